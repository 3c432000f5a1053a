using System.ComponentModel;
using AsciiAssets.Registry;
using Spectre.Console.Cli;

namespace AsciiAssets.Cli.Commands;

public sealed class ListSettings : CommandSettings
{
    [CommandOption("--markdown")]
    [Description("Print the reference as Markdown (the source of docs/vocabulary.md).")]
    public bool Markdown { get; init; }
}

public sealed class ListCommand : Command<ListSettings>
{
    public override int Execute(CommandContext context, ListSettings settings, CancellationToken cancellationToken)
    {
        Console.Out.Write(settings.Markdown ? VocabularyDocument.Markdown() : VocabularyDocument.Text());
        return App.Ok;
    }
}
