using System.Reflection;
using AsciiAssets.Registry;

namespace AsciiAssets.Spec;

/// <summary>A file a spec reads: the record and key it was given under (for positions), and what it must contain.</summary>
public sealed record SpecInput(object Owner, ParameterDescriptor Parameter, InputFile File)
{
    public string Key => Parameter.Name;

    /// <summary>The media the parameter declares with <see cref="MediaAttribute"/>, if any.</summary>
    public MediaKind? Media => (Parameter.Parameter?.GetCustomAttribute<MediaAttribute>() ?? Parameter.Property.GetCustomAttribute<MediaAttribute>())?.Kind;
}

/// <summary>Finds every file a spec refers to by walking its records, so a new file-valued parameter is covered without code here.</summary>
public static class SpecInputs
{
    /// <param name="records">A spec, or a part of one (a scene).</param>
    public static IReadOnlyList<SpecInput> Files(object records)
    {
        var found = new List<SpecInput>();
        Walk(records, found);
        return found.DistinctBy(f => f.File.FullPath).ToArray();
    }

    private static void Walk(object? value, List<SpecInput> found)
    {
        switch (value)
        {
            case null or string or ValueType or InputFile:
                return;
            case System.Collections.IEnumerable items:
                foreach (var item in items)
                {
                    Walk(item, found);
                }

                return;
        }

        foreach (var parameter in RecordDescriptor.For(value.GetType()).Parameters)
        {
            var child = parameter.Property.GetValue(value);
            if (child is InputFile file)
            {
                found.Add(new SpecInput(value, parameter, file));
            }
            else if (child is System.Collections.IEnumerable files and not string && files.OfType<InputFile>().ToArray() is { Length: > 0 } listed)
            {
                found.AddRange(listed.Select(f => new SpecInput(value, parameter, f)));
            }
            else
            {
                Walk(child, found);
            }
        }
    }
}
