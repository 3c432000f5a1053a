using AsciiAssets.Encode;
using AsciiAssets.Frames;
using AsciiAssets.Registry;
using AsciiAssets.Scene.Pictures;
using AsciiAssets.Spec;

namespace AsciiAssets.Scene.Sources;

[Registered("video", "Footage (any file ffmpeg decodes), frame by frame as characters: by luminance, along edges, by shape or by motion, with its colours. Frame-accurate on any number of workers.")]
public sealed record VideoSource(
    [Doc("The footage, relative to the spec. Its sound can be the video's: give the same file as the spec's 'audio'.")][Media(MediaKind.Video)] InputFile File,
    [Doc("Where in the footage the scene starts (frames, 48f, count the footage's frames).")] TimeValue? Start = null,
    [Doc("How much of the footage from 'start' plays before it loops or holds; default up to its end.")] TimeValue? Length = null,
    [Doc("Playback speed: 2 twice as fast, 0.5 half.")][Range(0.01, 100)] float Speed = 1f,
    [Doc("After the end of the footage (or of 'length'): loop (start again) or hold (keep the last frame).")] SequenceEnd End = SequenceEnd.Loop,
    [Doc("Motion mode: how strongly a change between footage frames shows (the difference in luminance times this).")][Range(0, 100)] float MotionGain = 4f) : PictureSource
{
    public override ISourceExecutor Create(SourceSetup setup) => new Executor(this, setup, setup.Ffmpeg());

    /// <summary>The footage frame shown at a video frame: from 'start', at 'speed', looped or held within 'length'.</summary>
    internal int FootageFrame(in FrameTime time, FootageInfo info)
    {
        var first = Math.Clamp((int)Math.Floor((Start?.ToSeconds(info.Fps) ?? 0) * info.Fps + 1e-6), 0, info.FrameCount - 1);
        var available = info.FrameCount - first;
        var count = Length is { } length ? Math.Clamp((int)Math.Round(length.ToSeconds(info.Fps) * info.Fps), 1, available) : available;
        var step = (int)Math.Floor((time.Frame - time.SceneStartFrame) / time.Fps * Speed * info.Fps + 1e-6);
        // A loop's frames before the video's start (negative steps) show the footage's end, or hold its first frame.
        return first + (End == SequenceEnd.Loop ? (step % count + count) % count : Math.Clamp(step, 0, count - 1));
    }

    private sealed class Executor : ISourceExecutor, IDisposable
    {
        private readonly VideoSource _p;
        private readonly FootageInfo _info;
        private readonly FootageReader _reader;
        private readonly SamplePlane _plane;
        private readonly SamplePlane? _previousPlane;
        private readonly Picture _picture;
        private readonly Picture? _previousPicture;
        private readonly PictureCells _cells;
        private (int Frame, Placement Placement) _sampled = (-1, default);

        public Executor(VideoSource p, SourceSetup setup, FfmpegInstall ffmpeg)
        {
            _p = p;
            var grid = setup.Grid;
            _info = FootageProbe.Probe(ffmpeg, p.File.FullPath);
            _plane = new SamplePlane(grid);
            // ffmpeg scales the footage so that one of its pixels is one sample of the grid where it is shown at scale 1.
            var (sampleWidth, sampleHeight) = _plane.SamplePixels;
            var (shownWidth, shownHeight) = Placement.Fitted(p.Fit, _info.Width, _info.Height, grid.FrameWidth, grid.FrameHeight, (float)_info.PixelAspect);
            var width = Math.Max(1, (int)MathF.Round(shownWidth / sampleWidth));
            var height = Math.Max(1, (int)MathF.Round(shownHeight / sampleHeight));
            _reader = new FootageReader(ffmpeg, p.File.FullPath, _info, width, height);
            _picture = new Picture(width, height, new byte[width * height * 4]);
            if (p.Mode == PictureMode.Motion)
            {
                _previousPlane = new SamplePlane(grid);
                _previousPicture = new Picture(width, height, new byte[width * height * 4]);
            }

            _cells = new PictureCells(p, setup);
            ShownSize = (shownWidth, shownHeight);
            Grid = grid;
        }

        private (float Width, float Height) ShownSize { get; }

        private Grids.Grid Grid { get; }

        public void Render(in FrameTime time, LayerCells cells)
        {
            var frame = _p.FootageFrame(time, _info);
            var placement = Placement.Of(_picture.Width, _picture.Height, ShownSize.Width * _p.Scale, ShownSize.Height * _p.Scale, Grid.FrameWidth, Grid.FrameHeight, _p.X, _p.Y);
            if (_sampled != (frame, placement))
            {
                _reader.Read(frame, withPrevious: _previousPlane is not null);
                Fill(_plane, _picture, _reader.Current, placement);
                if (_previousPlane is not null)
                {
                    // The first frame has none before it: no motion.
                    Fill(_previousPlane, _previousPicture!, frame > 0 && _reader.PreviousIndex == frame - 1 ? _reader.Previous : _reader.Current, placement);
                }

                _sampled = (frame, placement);
            }

            _cells.Write(_plane, cells, _previousPlane is null ? default : _previousPlane.CellLuma, _p.MotionGain);
        }

        /// <summary>rgb24 → the picture's opaque RGBA, then sampled where the placement puts it.</summary>
        private static void Fill(SamplePlane plane, Picture picture, byte[] rgb, Placement placement)
        {
            var rgba = picture.Pixels;
            for (int i = 0, j = 0; i < rgb.Length; i += 3, j += 4)
            {
                rgba[j] = rgb[i];
                rgba[j + 1] = rgb[i + 1];
                rgba[j + 2] = rgb[i + 2];
                rgba[j + 3] = 255;
            }

            picture.PixelsChanged();
            plane.Fill(picture, placement);
        }

        public void Dispose() => _reader.Dispose();
    }
}
