using System.Text;

namespace AsciiAssets.Build.Tasks;

/// <summary>
/// Builds ProcessStartInfo.Arguments: netstandard2.0 has no ArgumentList, and .NET splits the string with the
/// Windows rules on every platform, so quoting by those rules is portable.
/// </summary>
internal static class CommandLine
{
    public static string Join(IEnumerable<string> arguments) => string.Join(" ", arguments.Select(Quote));

    public static string Quote(string argument)
    {
        if (argument.Length > 0 && argument.IndexOfAny(new[] { ' ', '\t', '\n', '"' }) < 0)
        {
            return argument;
        }

        var quoted = new StringBuilder("\"");
        var backslashes = 0;
        foreach (var c in argument)
        {
            if (c == '\\')
            {
                backslashes++;
                continue;
            }

            // Backslashes are literal unless they precede a quote, where each one needs escaping.
            quoted.Append('\\', c == '"' ? backslashes * 2 + 1 : backslashes);
            quoted.Append(c);
            backslashes = 0;
        }

        // Trailing backslashes precede the closing quote.
        quoted.Append('\\', backslashes * 2);
        return quoted.Append('"').ToString();
    }
}
