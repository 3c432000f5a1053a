using System.ComponentModel;
using AsciiAssets.Cli.Output;
using AsciiAssets.Registry;
using Spectre.Console.Cli;

namespace AsciiAssets.Cli.Commands;

public sealed class ListSettings : GlobalSettings
{
    [CommandOption("--markdown")]
    [Description("Print the reference as Markdown (the source of docs/vocabulary.md).")]
    public bool Markdown { get; init; }

    [CommandOption("--json")]
    [Description("Print the registry as one JSON document: every kind, entry and parameter.")]
    public bool Json { get; init; }
}

public sealed class ListCommand : Command<ListSettings>
{
    public override int Execute(CommandContext context, ListSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Json)
        {
            JsonOutput.Write(new
            {
                kinds = SpecRegistry.Kinds.Select(kind => new
                {
                    name = kind.Name,
                    plural = kind.Plural,
                    entries = kind.Entries.Select(entry => new
                    {
                        name = entry.Name,
                        description = entry.Description,
                        parameters = entry.Record.Parameters.Select(p => new
                        {
                            name = p.Name,
                            type = p.Shape.Describe(),
                            required = p.IsRequired,
                            @default = p.IsRequired ? null : p.DefaultText,
                            min = p.Range?.Min,
                            max = p.Range?.Max,
                            values = p.Shape.Kind == ShapeKind.Enum ? p.Shape.EnumNames : null,
                            doc = p.Doc,
                            fixedReason = p.NotBindableReason,
                        }),
                    }),
                }),
            });
            return App.Ok;
        }

        Console.Out.Write(settings.Markdown ? VocabularyDocument.Markdown() : VocabularyDocument.Text());
        return App.Ok;
    }
}
