namespace AsciiAssets.Build.Tests.Support;

/// <summary>
/// The real AsciiAssets.Build package, packed once per test run into a temporary local feed. Builds get a package
/// folder of their own (NUGET_PACKAGES), so a package extracted by an earlier run can never be picked up from a
/// cache; the nuget.config beside the projects adds the feed and keeps the usual sources for everything else.
/// </summary>
public sealed class PackageFeed
{
    private static readonly Lazy<PackageFeed> Instance = new(Pack, LazyThreadSafetyMode.ExecutionAndPublication);

    private PackageFeed(string root, string version)
    {
        Root = root;
        Version = version;
        Environment = BuildEnvironment(Path.Combine(root, "packages"));
    }

    public static PackageFeed Shared => Instance.Value;

    /// <summary>Holds the feed, the package folder and every test project of this run.</summary>
    public string Root { get; }

    public string Version { get; }

    /// <summary>For every dotnet process of the tests.</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; }

    public string PackagesFolder => Path.Combine(Root, "packages");

    public string ProjectsFolder => Path.Combine(Root, "projects");

    private static PackageFeed Pack()
    {
        var root = Directory.CreateTempSubdirectory("asciiassets-build-tests-").FullName;
        var feed = Path.Combine(root, "feed");
        var environment = BuildEnvironment(Path.Combine(root, "packages"));

        // The test project references the package project, so it and the engine are built already.
        var pack = DotNetProcess.Run(Repository.Root, environment,
            "pack", "src/AsciiAssets.Build/AsciiAssets.Build.csproj", "--no-build", "-c", Repository.Configuration, "-o", feed, "-nologo");
        if (pack.ExitCode != 0)
        {
            throw new InvalidOperationException($"Packing AsciiAssets.Build failed: {pack}");
        }

        var package = Path.GetFileNameWithoutExtension(Directory.GetFiles(feed, "AsciiAssets.Build.*.nupkg").Single());
        Directory.CreateDirectory(Path.Combine(root, "projects"));
        File.WriteAllText(Path.Combine(root, "projects", "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="asciiassets-tests" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteQuietly(root);
        return new PackageFeed(root, package["AsciiAssets.Build.".Length..]);
    }

    /// <summary>The environment of a child build, with its own package folder (the user's when null).</summary>
    internal static Dictionary<string, string?> BuildEnvironment(string? packagesFolder)
    {
        var environment = new Dictionary<string, string?>
        {
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
            // No MSBuild node or compiler server outlives a build: they would keep the output pipes open.
            ["MSBUILDDISABLENODEREUSE"] = "1",
            ["UseSharedCompilation"] = "false",
            ["MSBUILDTERMINALLOGGER"] = "off",
        };

        if (packagesFolder is not null)
        {
            environment["NUGET_PACKAGES"] = packagesFolder;
        }

        // `dotnet test` runs under MSBuild, whose variables would point the child builds at the parent's state.
        foreach (var name in System.Environment.GetEnvironmentVariables().Keys.Cast<string>())
        {
            if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) && name != "MSBUILDDISABLENODEREUSE" && name != "MSBUILDTERMINALLOGGER")
            {
                environment[name] = null;
            }
        }

        return environment;
    }

    private static void DeleteQuietly(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
