using System.Globalization;
using AsciiAssets.Spec;

namespace AsciiAssets.Registry;

public enum ShapeKind
{
    Number,
    Integer,
    Boolean,
    String,
    Time,
    Size,
    Color,
    File,
    FileSequence,
    Enum,
    List,
    Record,
    Union,
}

/// <summary>What kind of YAML value a CLR parameter type accepts. Shared by the binder, the schema and `list`.</summary>
public sealed record ValueShape(ShapeKind Kind, Type ClrType, ValueShape? Element = null)
{
    public static ValueShape For(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(float) || t == typeof(double)) return new(ShapeKind.Number, t);
        if (t == typeof(int)) return new(ShapeKind.Integer, t);
        if (t == typeof(bool)) return new(ShapeKind.Boolean, t);
        if (t == typeof(string)) return new(ShapeKind.String, t);
        if (t == typeof(TimeValue)) return new(ShapeKind.Time, t);
        if (t == typeof(SizeValue)) return new(ShapeKind.Size, t);
        if (t == typeof(RgbColor)) return new(ShapeKind.Color, t);
        if (t == typeof(InputFile)) return new(ShapeKind.File, t);
        if (t == typeof(InputSequence)) return new(ShapeKind.FileSequence, t);
        if (t.IsEnum) return new(ShapeKind.Enum, t);
        if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            return new(ShapeKind.List, t, For(t.GetGenericArguments()[0]));
        }

        if (t.IsAbstract && SpecRegistry.FindKind(t) is not null) return new(ShapeKind.Union, t);
        if (t.IsClass) return new(ShapeKind.Record, t);
        throw new NotSupportedException($"No spec shape for {type}.");
    }

    public IReadOnlyList<string> EnumNames => Kind == ShapeKind.Enum
        ? Enum.GetNames(ClrType).Select(Naming.ToSnakeCase).ToArray()
        : Array.Empty<string>();

    /// <summary>Human wording of the accepted form, used in "must be …" messages and `list`.</summary>
    public string Describe() => Kind switch
    {
        ShapeKind.Number => "a number",
        ShapeKind.Integer => "a whole number",
        ShapeKind.Boolean => "true or false",
        ShapeKind.String => "text",
        ShapeKind.Time => "a time (2.5s, 1m20s, 500ms, 48f)",
        ShapeKind.Size => "a size (1280x720 or a preset)",
        ShapeKind.Color => "a colour (#rrggbb)",
        ShapeKind.File => "a file path",
        ShapeKind.FileSequence => "a file pattern (frames/*.png or frames/%03d.png)",
        ShapeKind.Enum => "one of " + string.Join(", ", EnumNames),
        ShapeKind.List => "a list",
        ShapeKind.Record => "a mapping",
        ShapeKind.Union => $"a {SpecRegistry.FindKind(ClrType)!.Name} name or a mapping with 'type'",
        _ => Kind.ToString(),
    };

    public static string FormatValue(object? value) => value switch
    {
        null => "none",
        float f => f.ToString("0.###", CultureInfo.InvariantCulture),
        double d => d.ToString("0.###", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        Enum e => Naming.ToSnakeCase(e.ToString()),
        string s => '"' + s + '"',
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
