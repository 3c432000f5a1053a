namespace AsciiAssets.Build.Tests.Support;

/// <summary>A throwaway project that references the packed AsciiAssets.Build like any consumer, built with the real dotnet.</summary>
public sealed class ConsumerProject
{
    /// <summary>Options every build gets: no lingering servers, plain console output, messages at normal verbosity.</summary>
    private static readonly string[] CommonArguments = { "-nologo", "-nodeReuse:false", "-tl:off" };

    private ConsumerProject(PackageFeed feed, string directory, string file)
    {
        Feed = feed;
        Directory = directory;
        ProjectFile = file;
    }

    public PackageFeed Feed { get; }

    public string Directory { get; }

    public string ProjectFile { get; }

    /// <summary>A console app as `dotnet new console` makes it, plus the package reference.</summary>
    /// <param name="properties">More properties, e.g. the package's.</param>
    public static ConsumerProject Console(string name, string properties = "") =>
        Create(name, $"""
            <PropertyGroup>
              <OutputType>Exe</OutputType>
              <TargetFramework>net10.0</TargetFramework>
              <ImplicitUsings>enable</ImplicitUsings>
              <Nullable>enable</Nullable>
              {properties}
            </PropertyGroup>
            """, programCs: "Console.WriteLine(\"Hello, World!\");\n");

    /// <summary>
    /// A project as `dotnet new <paramref name="template"/>` makes it, with the package added as the docs say
    /// (`dotnet add package AsciiAssets.Build`).
    /// </summary>
    public static ConsumerProject FromTemplate(string template, string name)
    {
        var feed = PackageFeed.Shared;
        var directory = NewDirectory(feed, name);
        var created = DotNetProcess.Run(feed.ProjectsFolder, feed.Environment, "new", template, "-o", directory, "-n", name, "--no-restore");
        if (created.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet new {template} failed: {created}");
        }

        var added = DotNetProcess.Run(directory, feed.Environment, "add", "package", "AsciiAssets.Build", "--version", feed.Version);
        if (added.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet add package failed: {added}");
        }

        return new ConsumerProject(feed, directory, Path.Combine(directory, name + ".csproj"));
    }

    /// <summary>A project whose body (everything but the package reference) the test writes.</summary>
    public static ConsumerProject Create(string name, string body, string? programCs = null, string? directory = null)
    {
        var feed = PackageFeed.Shared;
        directory ??= NewDirectory(feed, name);
        System.IO.Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, name + ".csproj");
        File.WriteAllText(file, $"""
            <Project Sdk="Microsoft.NET.Sdk">
            {body}
              <ItemGroup>
                <PackageReference Include="AsciiAssets.Build" Version="{feed.Version}" />
              </ItemGroup>
            </Project>
            """);
        if (programCs is not null)
        {
            File.WriteAllText(Path.Combine(directory, "Program.cs"), programCs);
        }

        return new ConsumerProject(feed, directory, file);
    }

    private static string NewDirectory(PackageFeed feed, string name) =>
        Path.Combine(feed.ProjectsFolder, $"{name}-{Guid.NewGuid():N}"[..(name.Length + 9)]);

    public string PathOf(string relativePath) => Path.Combine(Directory, relativePath);

    public string Write(string relativePath, string text)
    {
        var path = PathOf(relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Where the video of a spec is rendered: under obj/, at its path in the build output.</summary>
    public string RenderedVideo(string link, string intermediateFolder = "obj/Debug/net10.0") =>
        PathOf(Path.Combine(intermediateFolder, "asciivideo", link));

    public ProcessResult Build(params string[] arguments) => Run("build", arguments);

    /// <summary>`dotnet <paramref name="command"/>` on this project, at normal verbosity unless the arguments say otherwise.</summary>
    public ProcessResult Run(string command, params string[] arguments) =>
        DotNetProcess.Run(Directory, Feed.Environment, Arguments(command, arguments));

    /// <summary>Like <see cref="Run"/>, with the variables of <paramref name="changes"/> set (or removed where null).</summary>
    public ProcessResult RunWith(IReadOnlyDictionary<string, string?> changes, string command, params string[] arguments)
    {
        var environment = new Dictionary<string, string?>(Feed.Environment);
        foreach (var (name, value) in changes)
        {
            environment[name] = value;
        }

        return DotNetProcess.Run(Directory, environment, Arguments(command, arguments));
    }

    public DotNetProcess Start(string command, params string[] arguments) =>
        DotNetProcess.Start(Directory, Feed.Environment, Arguments(command, arguments));

    private string[] Arguments(string command, string[] arguments)
    {
        var verbosity = arguments.Any(a => a.StartsWith("-v:", StringComparison.Ordinal)) ? Array.Empty<string>() : new[] { "-v:n" };
        return new[] { command, ProjectFile }.Concat(CommonArguments).Concat(verbosity).Concat(arguments).ToArray();
    }
}
