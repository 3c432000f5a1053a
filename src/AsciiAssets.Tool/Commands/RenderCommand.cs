using System.ComponentModel;
using AsciiAssets.Cli.Output;
using AsciiAssets.Diagnostics;
using AsciiAssets.Plan;
using AsciiAssets.Rendering;
using AsciiAssets.Spec;
using Spectre.Console;
using Spectre.Console.Cli;

namespace AsciiAssets.Cli.Commands;

/// <summary>What every render takes, whoever starts it: a person (`render`) or the MSBuild task (`msbuild-render`).</summary>
public abstract class RenderOptionsSettings : EncoderSettings
{
    [CommandOption("-w|--workers <N>")]
    [Description("Parallel render workers shared by all specs. Default: the usable cores.")]
    public int? Workers { get; init; }

    [CommandOption("-f|--force")]
    [Description("Render even when an output is up to date.")]
    public bool Force { get; init; }

    [CommandOption("--ffmpeg <PATH>")]
    [Description("The ffmpeg executable or its folder. Default: $ASCII_ASSETS_FFMPEG, then PATH.")]
    public string? Ffmpeg { get; init; }

    [CommandOption("--stall-timeout <TIME>")]
    [Description("How long ffmpeg may go without progress before it is stopped, e.g. 30s or 5m. Default: 2m.")]
    public string? StallTimeoutText { get; init; }

    public TimeSpan? StallTimeout => StallTimeoutText is not null && TimeValue.TryParse(StallTimeoutText, out var time) && !time.IsFrames && time.Seconds >= 1 ? TimeSpan.FromSeconds(time.Seconds) : null;

    [CommandOption("--cache-dir <DIR>")]
    [Description("The local cache of encoded segments and videos. Default: $ASCII_ASSETS_CACHE_DIR, else the user's cache folder (~/.cache/ascii-assets on Linux).")]
    public string? CacheDirectory { get; init; }

    [CommandOption("--no-cache")]
    [Description("Neither read nor write any cache.")]
    public bool NoCache { get; init; }

    [CommandOption("--cache-url <URL>")]
    [Description("A shared cache over HTTP in the bazel-remote layout (cas/, ac/). Default: $ASCII_ASSETS_CACHE_URL. Credentials from $ASCII_ASSETS_CACHE_TOKEN, or $ASCII_ASSETS_CACHE_USER and $ASCII_ASSETS_CACHE_PASSWORD.")]
    public string? CacheUrlText { get; init; }

    [CommandOption("--cache-read-only")]
    [Description("Take from the shared cache but never write to it (pull requests). Also $ASCII_ASSETS_CACHE_READ_ONLY=1.")]
    public bool CacheReadOnly { get; init; }

    [CommandOption("--cache-max-size <GIB>")]
    [Description("The local cache's size cap in GiB; the least recently used files go first. Default: 2.")]
    public double? CacheMaxGiB { get; init; }

    [CommandOption("--cache-timeout <TIME>")]
    [Description("How long one request to the shared cache may take, e.g. 10s. Default: 30s.")]
    public string? CacheTimeoutText { get; init; }

    [CommandOption("--explain")]
    [Description("Say, for every segment, whether it came from the cache and, if not, what changed since the last render.")]
    public bool Explain { get; init; }

    [CommandOption("--shard <I/N>")]
    [Description("Render only share I of N of all segments (1-based, e.g. 2/3) into the cache, and write no video; `join` assembles them. With --shards N instead, I comes from $JOB_COMPLETION_INDEX (Kubernetes, 0-based).")]
    public string? ShardText { get; init; }

    [CommandOption("--shards <N>")]
    [Description("This is one of N shards; which one $JOB_COMPLETION_INDEX says (0-based), as in a Kubernetes Indexed Job.")]
    public int? ShardCount { get; init; }

    public Shard? Shard => ShardText is not null ? Shard.Parse(ShardText)
        : ShardCount is { } count && int.TryParse(Environment.GetEnvironmentVariable("JOB_COMPLETION_INDEX"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) && index < count
            ? new Shard(index, count)
            : null;

    public Uri? CacheUrl => (CacheUrlText ?? Environment.GetEnvironmentVariable(Caching.HttpCache.UrlVariable)) is { Length: > 0 } text && Uri.TryCreate(text, UriKind.Absolute, out var url) ? url : null;

    public TimeSpan? CacheTimeout => CacheTimeoutText is not null && TimeValue.TryParse(CacheTimeoutText, out var time) && !time.IsFrames && time.Seconds > 0 ? TimeSpan.FromSeconds(time.Seconds) : null;

    /// <summary>The cache this run uses; the MSBuild task passes its own folder under obj/.</summary>
    public Caching.CacheOptions Cache => NoCache
        ? Caching.CacheOptions.None
        : new Caching.CacheOptions(
            CacheDirectory ?? (Environment.GetEnvironmentVariable("ASCII_ASSETS_CACHE_DIR") is { Length: > 0 } folder ? folder : Caching.LocalCache.DefaultFolder()),
            CacheUrl,
            CacheReadOnly || Environment.GetEnvironmentVariable("ASCII_ASSETS_CACHE_READ_ONLY") is "1" or "true",
            CacheMaxGiB is { } gib ? (long)(gib * (1L << 30)) : Caching.LocalCache.DefaultMaximumBytes,
            CacheTimeout);

    public override ValidationResult Validate()
    {
        var urlText = CacheUrlText ?? Environment.GetEnvironmentVariable(Caching.HttpCache.UrlVariable);
        if (urlText is { Length: > 0 } && CacheUrl is not { Scheme: "http" or "https" })
        {
            return ValidationResult.Error($"--cache-url '{urlText}' is not an http or https URL");
        }

        if (CacheUrl is { UserInfo.Length: > 0 })
        {
            return ValidationResult.Error($"--cache-url must not hold credentials (URLs are printed); put them in {Caching.HttpCache.TokenVariable}, or {Caching.HttpCache.UserVariable} and {Caching.HttpCache.PasswordVariable}");
        }

        if (CacheMaxGiB is <= 0)
        {
            return ValidationResult.Error($"--cache-max-size must be above 0 GiB, not {CacheMaxGiB}");
        }

        if (ShardText is not null && Shard is null)
        {
            return ValidationResult.Error($"--shard '{ShardText}' is not I/N with 1 <= I <= N, e.g. 2/3");
        }

        if (ShardCount is not null && (ShardText is not null || Shard is null))
        {
            return ValidationResult.Error(ShardText is not null
                ? "give --shard I/N or --shards N, not both"
                : $"--shards {ShardCount} needs $JOB_COMPLETION_INDEX set to a number from 0 to {ShardCount - 1}");
        }

        if (Shard is not null && (NoCache || Cache.Url is null))
        {
            return ValidationResult.Error("a shard renders into the shared cache: give --cache-url (or $ASCII_ASSETS_CACHE_URL)");
        }

        if (CacheTimeoutText is not null && CacheTimeout is null)
        {
            return ValidationResult.Error($"--cache-timeout '{CacheTimeoutText}' is not a time, e.g. 10s");
        }

        if (Workers is < 1 or > 256)
        {
            return ValidationResult.Error($"--workers must be between 1 and 256, not {Workers}");
        }

        if (StallTimeoutText is not null && StallTimeout is null)
        {
            return ValidationResult.Error($"--stall-timeout '{StallTimeoutText}' is not a time of at least 1 s, e.g. 30s or 5m");
        }

        return base.Validate();
    }

    public override RenderOptions ToOptions() => base.ToOptions() with
    {
        Workers = Workers,
        Force = Force,
        FfmpegPath = Ffmpeg,
        StallTimeout = StallTimeout,
        Cache = Cache,
        Explain = Explain,
        Shard = Shard,
    };
}

public class RenderSettings : RenderOptionsSettings
{
    [CommandArgument(0, "<SPECS>")]
    [Description("Spec files (*.video.yaml) or folders searched for them.")]
    public string[] Inputs { get; init; } = Array.Empty<string>();

    [CommandOption("--out-dir <DIR>")]
    [Description("Where MP4s are written. Default: beside each spec.")]
    public string? OutputDirectory { get; init; }

    public override RenderOptions ToOptions() => base.ToOptions() with { OutputDirectory = OutputDirectory };
}

/// <summary>The MSBuild task's render: its jobs, structured output lines, and cancellation by closing standard input.</summary>
public sealed class BuildRenderSettings : RenderOptionsSettings
{
    [CommandOption("--jobs <FILE>")]
    [Description("A file of jobs, one per line: spec<TAB>output<TAB>quality<TAB>encoder.")]
    public string? JobsFile { get; init; }

    [CommandOption("--cancel-on-stdin-close")]
    [Description("Cancel when standard input closes (how the build task cancels).")]
    public bool CancelOnStdinClose { get; init; }

    public override ValidationResult Validate() =>
        JobsFile is null ? ValidationResult.Error("msbuild-render needs --jobs") : base.Validate();
}

/// <summary>`render`: specs given on the command line, a progress bar or lines for a person.</summary>
public sealed class RenderCommand : AsyncCommand<RenderSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, RenderSettings settings, CancellationToken cancellationToken)
    {
        var reporter = new ConsoleReporter(settings.Verbosity);
        var session = new RenderSession(settings.ToOptions(), reporter, StateLocation.HiddenFolder);
        var exit = await RenderRun.ExecuteAsync(session, reporter, () => SpecFiles.Expand(settings.Inputs).Select(path => new RenderRequest(path)).ToArray(), reporter.RunAsync, cancellationToken);
        return exit;
    }
}

/// <summary>`join`: every output assembled from the cache (after the shards ran); nothing is rendered.</summary>
public sealed class JoinCommand : AsyncCommand<RenderSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, RenderSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Shard is not null)
        {
            throw new AsciiAssetsException(DiagnosticDescriptors.InvalidOption.Create(null, "join takes no --shard: it assembles what every shard stored"));
        }

        var reporter = new ConsoleReporter(settings.Verbosity);
        var session = new RenderSession(settings.ToOptions() with { JoinOnly = true }, reporter, StateLocation.HiddenFolder);
        return await RenderRun.ExecuteAsync(session, reporter, () => SpecFiles.Expand(settings.Inputs).Select(path => new RenderRequest(path)).ToArray(), reporter.RunAsync, cancellationToken);
    }
}

/// <summary>`msbuild-render`: the task's jobs, structured lines the task turns into build messages.</summary>
public sealed class BuildRenderCommand : AsyncCommand<BuildRenderSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, BuildRenderSettings settings, CancellationToken cancellationToken)
    {
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (settings.CancelOnStdinClose)
        {
            ConsoleCancellation.CancelWhenStdinCloses(cancellation);
        }

        var reporter = new MsBuildReporter();
        var session = new RenderSession(settings.ToOptions(), reporter, StateLocation.BesideOutput);
        return await RenderRun.ExecuteAsync(session, reporter, () => JobsFile.Read(settings.JobsFile!), work => work(), cancellation.Token);
    }
}

/// <summary>One render run from its requests to its exit code, however it reports.</summary>
internal static class RenderRun
{
    public static async Task<int> ExecuteAsync(
        RenderSession session,
        IRenderReporter reporter,
        Func<IReadOnlyList<RenderRequest>> requests,
        Func<Func<Task<RenderSession.Summary>>, Task<RenderSession.Summary>> display,
        CancellationToken token)
    {
        try
        {
            var run = requests();
            var summary = await display(() => session.RunAsync(run, token));
            if (reporter is ConsoleReporter console && summary.Failed == 0)
            {
                console.Summary($"{summary.Rendered} rendered, {summary.UpToDate} up to date.");
            }

            return summary.RenderErrors > 0 ? App.RenderError : summary.InputErrors > 0 ? App.InputError : App.Ok;
        }
        catch (AsciiAssetsException e)
        {
            foreach (var diagnostic in e.Diagnostics)
            {
                reporter.Diagnostic(diagnostic);
            }

            return App.ExitCodeFor(e);
        }
        catch (OperationCanceledException)
        {
            reporter.Diagnostic(DiagnosticDescriptors.Cancelled.Create(null, "the requested outputs"));
            return App.RenderError;
        }
    }
}
