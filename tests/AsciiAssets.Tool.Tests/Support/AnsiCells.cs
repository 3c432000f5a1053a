using System.Text.RegularExpressions;

namespace AsciiAssets.Tool.Tests.Support;

/// <summary>
/// What a terminal shows after the output of `play`, read the way a terminal reads it: cursor positions, 24-bit
/// foreground and background colours, and upper half blocks, cell by cell. One screen per synchronized frame.
/// </summary>
public static partial class AnsiCells
{
    public readonly record struct Cell(byte[] Upper, byte[] Lower);

    /// <summary>The screens, one per frame (the text between "\e[?2026h" and "\e[?2026l"): cells by (row, column), 1-based.</summary>
    public static IReadOnlyList<Dictionary<(int Row, int Column), Cell>> Frames(string output)
    {
        var frames = new List<Dictionary<(int, int), Cell>>();
        foreach (Match frame in FramePattern().Matches(output))
        {
            var cells = new Dictionary<(int, int), Cell>();
            var (row, column) = (1, 1);
            byte[] foreground = [0, 0, 0], background = [0, 0, 0];
            var text = frame.Groups[1].Value;
            for (var i = 0; i < text.Length;)
            {
                if (text[i] == '▀')
                {
                    cells[(row, column++)] = new Cell(foreground, background);
                    i++;
                    continue;
                }

                var sequence = SequencePattern().Match(text, i);
                if (!sequence.Success || sequence.Index != i)
                {
                    throw new FormatException($"Unexpected text at {i} of a frame: '{text[i..Math.Min(text.Length, i + 20)]}'");
                }

                var arguments = sequence.Groups[1].Value.Split(';');
                switch (sequence.Groups[2].Value)
                {
                    case "H":
                        (row, column) = (int.Parse(arguments[0]), int.Parse(arguments[1]));
                        break;
                    case "m" when arguments is ["38", "2", var r, var g, var b]:
                        foreground = [byte.Parse(r), byte.Parse(g), byte.Parse(b)];
                        break;
                    case "m" when arguments is ["48", "2", var r, var g, var b]:
                        background = [byte.Parse(r), byte.Parse(g), byte.Parse(b)];
                        break;
                    case "m" when arguments is ["0"]:
                        break;
                    default:
                        throw new FormatException($"Unexpected sequence '{sequence.Value[1..]}' in a frame");
                }

                i += sequence.Length;
            }

            frames.Add(cells);
        }

        return frames;
    }

    [GeneratedRegex("\u001b\\[\\?2026h(.*?)\u001b\\[\\?2026l", RegexOptions.Singleline)]
    private static partial Regex FramePattern();

    [GeneratedRegex("\u001b\\[([0-9;]*)([A-Za-z])")]
    private static partial Regex SequencePattern();
}
