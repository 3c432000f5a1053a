using AsciiAssets.Frames;
using AsciiAssets.Registry;
using AsciiAssets.Scene.Text;
using AsciiAssets.Spec;

namespace AsciiAssets.Scene.Sources;

[Registered("subtitles", "Subtitles or lyrics from an SRT file: each cue in the grid during its time range (video time), with an animation from its start.")]
public sealed record SubtitlesSource(
    [Doc("The SRT file, relative to the spec; its times are the video's.")][Media(MediaKind.Subtitles)] InputFile File,
    [Doc("A TrueType or OpenType font file, relative to the spec; default the bundled DejaVu Sans Mono.")][Media(MediaKind.Font)] InputFile? Font = null,
    [Doc("The centre of the cue across the frame: 0 left edge, 1 right edge.")][Range(-1, 2)] float X = 0.5f,
    [Doc("The centre of the cue down the frame: 0 top, 1 bottom.")][Range(-1, 2)] float Y = 0.85f,
    [Doc("How a cue's lines of different lengths line up: center, left or right.")] TextAlign Align = TextAlign.Center,
    [Doc("How each cue appears from its start: typewriter, fade, flash, scatter or wave; none by default.")] TextAnimationParameters? Animation = null) : LayerSource
{
    public override IReadOnlyList<string> Characters() =>
        SubtitleFile.Load(File.FullPath).SelectMany(c => c.Text.Characters).Distinct(StringComparer.Ordinal).ToArray();

    public override InputFile? CharacterFont => Font;

    public override string CharactersKey => "file";

    public override ISourceExecutor Create(SourceSetup setup)
    {
        var cues = SubtitleFile.Load(File.FullPath);
        return new Executor(this, setup, cues.ToArray(), cues.Select(c => new GridText(c.Text, Align, setup.Atlas, setup.Seed)).ToArray());
    }

    private sealed class Executor(SubtitlesSource p, SourceSetup setup, SubtitleCue[] cues, GridText[] texts) : ISourceExecutor
    {
        private readonly ushort _blank = setup.Atlas.IndexOf(" ")!.Value;

        public void Render(in FrameTime time, LayerCells cells)
        {
            GridText.Clear(cells, _blank);
            // Frame times are exact multiples of the frame duration; compare in double so a cue ending on a frame is not shown in it.
            var now = time.Frame / time.Fps;
            for (var i = 0; i < cues.Length && cues[i].Start <= now; i++)
            {
                if (now < cues[i].End)
                {
                    texts[i].Draw(setup.Grid, cells, p.X, p.Y, p.Animation, (float)(now - cues[i].Start));
                }
            }
        }
    }
}
