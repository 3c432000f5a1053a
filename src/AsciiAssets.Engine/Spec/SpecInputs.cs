using AsciiAssets.Registry;

namespace AsciiAssets.Spec;

/// <summary>Finds every file a spec refers to by walking its records, so a new file-valued parameter is covered without code here.</summary>
public static class SpecInputs
{
    public static IReadOnlyList<(string Key, InputFile File)> Files(VideoSpec spec)
    {
        var found = new List<(string, InputFile)>();
        Walk(spec, found);
        return found.DistinctBy(f => f.Item2.FullPath).ToArray();
    }

    private static void Walk(object? value, List<(string, InputFile)> found, string key = "")
    {
        switch (value)
        {
            case null or string or ValueType:
                return;
            case InputFile file:
                found.Add((key, file));
                return;
            case System.Collections.IEnumerable items:
                foreach (var item in items)
                {
                    Walk(item, found, key);
                }

                return;
        }

        foreach (var parameter in RecordDescriptor.For(value.GetType()).Parameters)
        {
            Walk(parameter.Property.GetValue(value), found, parameter.Name);
        }
    }
}
