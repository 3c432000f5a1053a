namespace AsciiAssets.Cli.Output;

/// <summary>Plain line output: results on stdout, diagnostics on stderr.</summary>
public static class ConsoleWriter
{
    private static readonly object Gate = new();

    public static void Line(string text)
    {
        lock (Gate)
        {
            Console.Out.WriteLine(text);
        }
    }

    public static void Error(string text)
    {
        lock (Gate)
        {
            Console.Error.WriteLine(text);
        }
    }
}
