using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Nodes;
using AsciiAssets.Cli.Output;
using AsciiAssets.Diagnostics;
using AsciiAssets.Spec;
using Spectre.Console;
using Spectre.Console.Cli;

namespace AsciiAssets.Cli.Commands;

public sealed class InitSettings : GlobalSettings
{
    [CommandArgument(0, "[FOLDER]")]
    [Description("The project or repository folder to set up. Default: the current folder.")]
    public string Folder { get; init; } = ".";

    public override ValidationResult Validate() =>
        Directory.Exists(Folder) ? base.Validate() : ValidationResult.Error($"'{Folder}' is not a folder");
}

/// <summary>
/// Sets a folder up for editing specs: writes the JSON Schema of this tool's version into .vscode/ and maps every
/// *.video.yaml to it in .vscode/settings.json (`yaml.schemas`, read by the YAML extension of VS Code and by
/// yaml-language-server), keeping the other settings. Works offline; run it again after updating the tool.
/// </summary>
public sealed class InitCommand : Command<InitSettings>
{
    public const string SchemaFile = ".vscode/ascii-assets.schema.json";

    private static readonly string[] Globs = { "**/*.video.yaml", "**/*.video.yml" };

    public override int Execute(CommandContext context, InitSettings settings, CancellationToken cancellationToken)
    {
        var vscode = Path.GetFullPath(Path.Combine(settings.Folder, ".vscode"));
        var settingsPath = Path.Combine(vscode, "settings.json");
        var editor = ReadSettings(settingsPath);
        var schemas = editor["yaml.schemas"] as JsonObject ?? new JsonObject();
        schemas["./" + SchemaFile] = new JsonArray(Globs.Select(g => (JsonNode)JsonValue.Create(g)!).ToArray());
        editor["yaml.schemas"] = schemas;

        Directory.CreateDirectory(vscode);
        WriteIfChanged(Path.Combine(settings.Folder, SchemaFile), SpecSchema.Generate());
        WriteIfChanged(settingsPath, editor.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        if (settings.Verbosity >= Verbosity.Minimal)
        {
            ConsoleWriter.Line($"Wrote {Path.GetFullPath(Path.Combine(settings.Folder, SchemaFile))}");
            ConsoleWriter.Line($"Mapped {string.Join(", ", Globs)} to it in {Path.GetFullPath(settingsPath)} (yaml.schemas)");
        }

        return App.Ok;
    }

    /// <summary>
    /// The settings as JSON. VS Code allows comments there, which a rewrite would lose: such a file is left alone and
    /// the user is told what to add.
    /// </summary>
    private static JsonObject ReadSettings(string path)
    {
        if (!File.Exists(path))
        {
            return new JsonObject();
        }

        var text = File.ReadAllText(path);
        try
        {
            return JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true }) as JsonObject
                ?? throw new JsonException("it is not a JSON object");
        }
        catch (JsonException)
        {
            var entry = $"\"yaml.schemas\": {{ \"./{SchemaFile}\": [{string.Join(", ", Globs.Select(g => $"\"{g}\""))}] }}";
            throw new AsciiAssetsException(DiagnosticDescriptors.InvalidOption.Create(SourceLocation.FileOnly(path),
                $"Cannot update the file: it is not plain JSON (VS Code allows comments, which rewriting it would lose); add {entry} to it yourself"));
        }
    }

    private static void WriteIfChanged(string path, string text)
    {
        if (!File.Exists(path) || File.ReadAllText(path) != text)
        {
            File.WriteAllText(path, text);
        }
    }
}
