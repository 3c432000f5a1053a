using System.ComponentModel;
using AsciiAssets.Cli.Output;
using AsciiAssets.Spec;
using Spectre.Console.Cli;

namespace AsciiAssets.Cli.Commands;

public sealed class SchemaSettings : GlobalSettings
{
    [CommandOption("-o|--output <FILE>")]
    [Description("Write to a file instead of standard output.")]
    public string? Output { get; init; }
}

public sealed class SchemaCommand : Command<SchemaSettings>
{
    public override int Execute(CommandContext context, SchemaSettings settings, CancellationToken cancellationToken)
    {
        var schema = SpecSchema.Generate();
        if (settings.Output is null)
        {
            Console.Out.Write(schema);
        }
        else
        {
            File.WriteAllText(settings.Output, schema);
            ConsoleWriter.Line($"Wrote {Path.GetFullPath(settings.Output)}");
        }

        return App.Ok;
    }
}
