using AsciiAssets.Build.Tasks;
using Microsoft.Build.Utilities;

namespace AsciiAssets.Build.Tests.Tasks;

/// <summary>The checks the task makes before it starts the engine; the integration tests cover the rest.</summary>
public sealed class RenderAsciiVideosTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("asciivideo-task-").FullName;
    private readonly RecordingBuildEngine _engine = new();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_missing_engine_is_AA5001()
    {
        var task = Task(Video("draft"));
        task.EngineDirectory = Path.Combine(_folder, "nowhere");

        task.Execute().Should().BeFalse();

        _engine.Errors.Should().ContainSingle().Which.Code.Should().Be("AA5001");
    }

    [Fact]
    public void An_unknown_quality_is_AA5002_at_the_spec()
    {
        var task = Task(Video("ultra"));

        task.Execute().Should().BeFalse();

        var error = _engine.Errors.Should().ContainSingle().Subject;
        error.Code.Should().Be("AA5002");
        error.File.Should().Be(Path.Combine(_folder, "intro.video.yaml"));
        error.Message.Should().Contain("'ultra'");
    }

    [Fact]
    public void An_unknown_encoder_is_AA5007_at_the_spec()
    {
        var video = Video("draft");
        video.SetMetadata("Encoder", "h264_nvnc");

        Task(video).Execute().Should().BeFalse();

        var error = _engine.Errors.Should().ContainSingle().Subject;
        error.Code.Should().Be("AA5007");
        error.File.Should().Be(Path.Combine(_folder, "intro.video.yaml"));
        error.Message.Should().Contain("'h264_nvnc'").And.Contain("auto, libx264, h264_nvenc, h264_qsv, h264_vaapi, h264_videotoolbox, h264_amf");
    }

    [Fact]
    public void An_unsupported_format_is_AA5003()
    {
        var video = Video("draft");
        video.SetMetadata("Format", "gif");

        Task(video).Execute().Should().BeFalse();

        _engine.Errors.Should().ContainSingle().Which.Code.Should().Be("AA5003");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-2")]
    [InlineData("many")]
    public void Max_workers_must_be_a_positive_number_AA5004(string workers)
    {
        var task = Task(Video("draft"));
        task.MaxWorkers = workers;

        task.Execute().Should().BeFalse();

        _engine.Errors.Should().ContainSingle().Which.Code.Should().Be("AA5004");
    }

    [Fact]
    public void A_dotnet_host_that_cannot_start_is_AA5005()
    {
        var task = Task(Video("draft"));
        task.DotNetHostPath = Path.Combine(_folder, "no-such-dotnet");

        task.Execute().Should().BeFalse();

        _engine.Errors.Should().ContainSingle().Which.Code.Should().Be("AA5005");
    }

    private RenderAsciiVideos Task(params TaskItem[] videos)
    {
        // An engine folder that passes the existence check; nothing here gets as far as running it.
        var engine = Directory.CreateDirectory(Path.Combine(_folder, "engine")).FullName;
        File.WriteAllText(Path.Combine(engine, "AsciiAssets.Tool.dll"), "");
        return new RenderAsciiVideos
        {
            BuildEngine = _engine,
            Videos = videos,
            EngineDirectory = engine,
            LockFile = Path.Combine(_folder, "obj", "asciivideo.lock"),
        };
    }

    private TaskItem Video(string quality)
    {
        var video = new TaskItem(Path.Combine(_folder, "intro.video.yaml"));
        video.SetMetadata("OutputPath", Path.Combine(_folder, "obj", "videos", "intro.mp4"));
        video.SetMetadata("OutputLink", "videos/intro.mp4");
        video.SetMetadata("Quality", quality);
        video.SetMetadata("Encoder", "auto");
        video.SetMetadata("Format", "mp4");
        return video;
    }
}
