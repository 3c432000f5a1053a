using AsciiAssets.Diagnostics;
using AsciiAssets.Encode;
using AsciiAssets.Plan;
using AsciiAssets.Registry;
using AsciiAssets.Rendering;

namespace AsciiAssets.Cli.Commands;

/// <summary>
/// Reads the MSBuild task's jobs file: one job per line, spec&lt;TAB&gt;output&lt;TAB&gt;quality&lt;TAB&gt;encoder
/// (quality and encoder may be empty or left out).
/// </summary>
public static class JobsFile
{
    public static IReadOnlyList<RenderRequest> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new AsciiAssetsException(DiagnosticDescriptors.InvalidOption.Create(null, $"Jobs file '{path}' does not exist."));
        }

        var requests = new List<RenderRequest>();
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var fields = lines[i].Split('\t');
            var location = new SourceLocation(path, i + 1, 1);
            if (fields.Length < 2 || fields[0].Length == 0 || fields[1].Length == 0)
            {
                throw new AsciiAssetsException(DiagnosticDescriptors.InvalidOption.Create(location, "A job line needs spec<TAB>output[<TAB>quality[<TAB>encoder]]."));
            }

            QualityName? quality = null;
            if (fields.Length > 2 && fields[2].Trim().Length > 0)
            {
                var names = Enum.GetNames<QualityName>().Select(Naming.ToSnakeCase).ToArray();
                if (!Enum.TryParse<QualityName>(fields[2].Trim(), ignoreCase: true, out var parsed) || !names.Contains(fields[2].Trim(), StringComparer.OrdinalIgnoreCase))
                {
                    throw new AsciiAssetsException(DiagnosticDescriptors.InvalidOption.Create(location, $"Unknown quality '{fields[2].Trim()}'; use one of {string.Join(", ", names)}."));
                }

                quality = parsed;
            }

            EncoderChoice? encoder = null;
            if (fields.Length > 3 && fields[3].Trim().Length > 0)
            {
                encoder = EncoderChoice.Parse(fields[3].Trim())
                    ?? throw new AsciiAssetsException(DiagnosticDescriptors.InvalidOption.Create(location, $"Encoder {EncoderChoice.Unknown(fields[3].Trim())}."));
            }

            requests.Add(new RenderRequest(fields[0], fields[1], quality, encoder));
        }

        return requests;
    }
}
