using AsciiAssets.Frames;
using AsciiAssets.Registry;
using AsciiAssets.Scene.Pictures;
using AsciiAssets.Spec;

namespace AsciiAssets.Scene.Sources;

[Registered("image", "An image (PNG, JPEG, WebP, a GIF's first frame) or a sequence of them, as characters: by luminance, along edges or by shape, with its colours and transparency.")]
[AlternativeKeys("file", "frames")]
public sealed record ImageSource(
    [Doc("The image, relative to the spec.")][Media(MediaKind.Image)] InputFile? File = null,
    [Doc("A sequence instead of one image: frames/*.png (sorted by name) or frames/%03d.png (numbered from 0 or 1).")][Media(MediaKind.Image)] InputSequence? Frames = null,
    [Doc("Frames per second of the sequence.")][Range(0.1, 120)] float FrameRate = 12f,
    [Doc("After the sequence's last frame: loop (start again) or hold (keep the last).")] SequenceEnd End = SequenceEnd.Loop) : PictureSource, IValidatedRecord
{
    public void Validate(RecordCheck check)
    {
        if (File is null == Frames is null)
        {
            check.Fail(File is null ? "file" : "frames", File is null ? "is missing: an image source needs 'file' or 'frames'" : "cannot go with 'frames': give one of them");
        }

        if (Mode == PictureMode.Motion)
        {
            check.Fail("mode", "is motion, which only footage has (a video source); use luminance, edge or shape");
        }
    }

    public override ISourceExecutor Create(SourceSetup setup)
    {
        var largestSide = Math.Max(setup.Grid.FrameWidth, setup.Grid.FrameHeight);
        var files = File is { } file ? new[] { file } : Frames!.ToArray();
        return new Executor(this, setup, files.Select(f => ImageFile.Load(f.FullPath, largestSide)).ToArray());
    }

    private sealed class Executor(ImageSource p, SourceSetup setup, Picture[] pictures) : ISourceExecutor
    {
        private readonly SamplePlane _plane = new(setup.Grid);
        private readonly PictureCells _cells = new(p, setup);
        private (int Index, Placement Placement) _sampled = (-1, default);

        public void Render(in FrameTime time, LayerCells cells)
        {
            var grid = setup.Grid;
            var step = (int)Math.Floor((time.Frame - time.SceneStartFrame) / time.Fps * p.FrameRate + 1e-6);
            // A loop's frames before the video's start (negative steps) show the sequence's end, or hold its first picture.
            var index = pictures.Length == 1 ? 0 : p.End == SequenceEnd.Loop ? (step % pictures.Length + pictures.Length) % pictures.Length : Math.Clamp(step, 0, pictures.Length - 1);
            var picture = pictures[index];
            var (width, height) = Placement.Fitted(p.Fit, picture.Width, picture.Height, grid.FrameWidth, grid.FrameHeight);
            var placement = Placement.Of(picture.Width, picture.Height, width * p.Scale, height * p.Scale, grid.FrameWidth, grid.FrameHeight, p.X, p.Y);
            // A still picture in a still place is sampled once.
            if (_sampled != (index, placement))
            {
                _plane.Fill(picture, placement);
                _sampled = (index, placement);
            }

            _cells.Write(_plane, cells);
        }
    }
}
