using System.Collections.Concurrent;
using System.IO.Hashing;
using SkiaSharp;

namespace AsciiAssets.Scene.Pictures;

/// <summary>
/// Images decoded by SkiaSharp's codecs (PNG, JPEG, WebP; a GIF's first frame) into premultiplied RGBA, without
/// colour management (the bytes as stored) and without resampling by Skia: a picture much larger than the frame is
/// halved by 2×2 averages of our own. Decoded once per content and size limit, shared by every worker.
/// </summary>
public static class ImageFile
{
    private static readonly ConcurrentDictionary<(string Hash, int Limit), Picture> Cache = new();

    /// <summary>The decoded picture; <paramref name="largestSide"/> bounds what is kept (halving while both sides are more than twice it).</summary>
    public static Picture Load(string path, int largestSide)
    {
        var bytes = File.ReadAllBytes(path);
        var key = (Convert.ToHexString(XxHash128.Hash(bytes)), largestSide);
        return Cache.GetOrAdd(key, _ => Decode(bytes, out var problem) is { } picture
            ? Reduce(picture, largestSide).WithAllLevels()
            : throw new InvalidDataException($"{Path.GetFileName(path)}: {problem}"));
    }

    /// <summary>Why the bytes are not a usable image, or null when they are.</summary>
    public static string? Problem(byte[] bytes)
    {
        Decode(bytes, out var problem);
        return problem;
    }

    /// <summary>The image's size without decoding its pixels, or null when it is not an image.</summary>
    public static (int Width, int Height)? Size(byte[] bytes)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        return codec is null ? null : (codec.Info.Width, codec.Info.Height);
    }

    private static Picture? Decode(byte[] bytes, out string? problem)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            problem = "SkiaSharp cannot decode it as PNG, JPEG, WebP or GIF";
            return null;
        }

        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if (width <= 0 || height <= 0 || (long)width * height > 100_000_000)
        {
            problem = $"its size {width}x{height} is not one we decode (at most 100 megapixels)";
            return null;
        }

        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        var rgba = new byte[width * height * 4];
        var handle = System.Runtime.InteropServices.GCHandle.Alloc(rgba, System.Runtime.InteropServices.GCHandleType.Pinned);
        SKCodecResult result;
        try
        {
            result = codec.GetPixels(info, handle.AddrOfPinnedObject(), new SKCodecOptions(0));
        }
        finally
        {
            handle.Free();
        }

        problem = result switch
        {
            SKCodecResult.Success => null,
            SKCodecResult.IncompleteInput or SKCodecResult.ErrorInInput => $"it is cut off or damaged ({codec.EncodedFormat} data ends early or is corrupt)",
            _ => $"SkiaSharp could not decode it ({result})",
        };
        return problem is null ? new Picture(width, height, rgba) : null;
    }

    private static Picture Reduce(Picture picture, int largestSide)
    {
        while (picture.Width > 2 * largestSide && picture.Height > 2 * largestSide)
        {
            picture = picture.Halved();
        }

        return picture;
    }
}
