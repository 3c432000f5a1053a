using System.Reflection;
using AsciiAssets.Caching;
using AsciiAssets.Encode;
using AsciiAssets.Plan;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Caching;

/// <summary>
/// The bytes of every file a source reads are in the output's fingerprint and in the keys of the segments of the scene
/// that reads it (and only that scene's): editing the logo re-renders the logo's scene, nothing else.
/// </summary>
public class InputKeyTests
{
    private static readonly string Root = typeof(InputKeyTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;

    private static readonly byte[] LogoBytes = File.ReadAllBytes(Path.Combine(Root, "sample-project", "videos", "logo.png"));

    private static string Spec(string logo, string font, string frames) => $"""
        size: 160x90
        fps: 12
        scenes:
          - start: 0s
            end: 1s
            layers:
              - source: {"{"} type: image, file: "{TestFiles.Relative(logo)}" {"}"}
              - source: {"{"} type: text, text: hi, font: "{TestFiles.Relative(font)}" {"}"}
              - source: {"{"} type: image, frames: "{TestFiles.Relative(frames)}/*.png" {"}"}
          - start: 1s
            end: 2s
            layers:
              - field: plasma
        """;

    [Fact]
    public void Editing_a_file_a_scene_reads_changes_its_segments_keys_and_the_fingerprint_says_which_file()
    {
        var folder = Path.Combine(TestFiles.SpecFolder, "keys-" + Environment.ProcessId);
        Directory.CreateDirectory(Path.Combine(folder, "frames"));
        var logo = Path.Combine(folder, "logo.png");
        var font = Path.Combine(folder, "font.ttf");
        File.WriteAllBytes(logo, LogoBytes);
        File.WriteAllBytes(font, AsciiAssets.Glyphs.FontFace.FileBytes.ToArray());
        File.WriteAllBytes(Path.Combine(folder, "frames", "0001.png"), LogoBytes);
        var spec = Spec(logo, font, Path.Combine(folder, "frames"));
        var ffmpeg = FfmpegInstall.Locate(null);

        (string[] Scene0, string[] Scene1, Fingerprint Fingerprint) Keys()
        {
            var plan = TestRender.Plan(spec);
            var segments = SegmentPlanner.Plan(plan);
            var keys = SegmentKeys.For(plan, segments, ffmpeg).Segments;
            return (keys.Where(k => plan.SceneAt(k.Segment.StartFrame).Index == 0).Select(k => k.Key).ToArray(),
                keys.Where(k => plan.SceneAt(k.Segment.StartFrame).Index == 1).Select(k => k.Key).ToArray(),
                Fingerprint.Of(plan));
        }

        var before = Keys();
        void ShouldChangeScene0Only(Action edit, string explained)
        {
            var previous = Keys();
            edit();
            var now = Keys();
            now.Scene0.Should().NotIntersectWith(previous.Scene0);
            now.Scene1.Should().Equal(previous.Scene1);
            now.Fingerprint.ExplainChangeFrom(previous.Fingerprint).Should().Be(explained);
        }

        before.Scene0.Should().NotBeEmpty();
        before.Scene1.Should().NotBeEmpty();
        var edited = LogoBytes.ToArray();
        edited[^20] ^= 1;
        var relative = Path.GetRelativePath(TestFiles.SpecFolder, folder);
        ShouldChangeScene0Only(() => File.WriteAllBytes(logo, edited), $"file {relative}/logo.png changed");
        ShouldChangeScene0Only(() => File.WriteAllBytes(font, [.. AsciiAssets.Glyphs.FontFace.FileBytes, 0]), $"font {relative}/font.ttf changed");
        ShouldChangeScene0Only(() => File.WriteAllBytes(Path.Combine(folder, "frames", "0001.png"), edited), $"frames {relative}/frames/0001.png changed");
        ShouldChangeScene0Only(() => File.WriteAllBytes(Path.Combine(folder, "frames", "0002.png"), LogoBytes), $"frames {relative}/frames/0002.png added");
    }
}
