using System.Globalization;
using AsciiAssets.Audio;
using AsciiAssets.Diagnostics;
using AsciiAssets.Registry;
using YamlDotNet.RepresentationModel;

namespace AsciiAssets.Spec;

/// <summary>
/// Turns YAML nodes into the typed spec records, driven only by the records' constructors and the registry.
/// Reports every problem with its position and keeps going, so one run shows all errors of a spec.
/// </summary>
internal sealed partial class SpecBinder
{
    private readonly string _file;
    private readonly string _baseDirectory;
    private readonly DiagnosticBag _diagnostics;
    private readonly InputPolicy _inputs;

    public SpecBinder(string file, DiagnosticBag diagnostics, InputPolicy inputs)
    {
        _file = file;
        _baseDirectory = Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".";
        _diagnostics = diagnostics;
        _inputs = inputs;
        Locations = new SpecLocations(file);
    }

    public SpecLocations Locations { get; }

    public T? BindRoot<T>(YamlNode node)
        where T : class => (T?)BindRecord(node, RecordDescriptor.For(typeof(T)), "the spec", string.Empty);

    private SourceLocation At(YamlNode node) => new(_file, (int)node.Start.Line, (int)node.Start.Column);

    private object? Bind(YamlNode node, ValueShape shape, string key)
    {
        switch (shape.Kind)
        {
            case ShapeKind.List:
                return BindList(node, shape, key);
            case ShapeKind.Record:
                return BindRecord(node, RecordDescriptor.For(shape.ClrType), Naming.ToSnakeCase(shape.ClrType.Name.Replace("Spec", string.Empty)), key);
            case ShapeKind.Union:
                return BindUnion(node, SpecRegistry.FindKind(shape.ClrType)!, key);
        }

        if (node is not YamlScalarNode scalar)
        {
            WrongType(node, key, shape);
            return null;
        }

        var text = scalar.Value ?? string.Empty;
        if (shape.Kind is ShapeKind.String or ShapeKind.File)
        {
            return BindText(scalar, shape, key);
        }

        // Values other than text are exact: no surrounding space or line break (a `|` block would add one).
        var exact = text.Length > 0 && !char.IsWhiteSpace(text[0]) && !char.IsWhiteSpace(text[^1]);
        switch (shape.Kind)
        {
            case ShapeKind.Number:
                if (exact && NumberPattern().IsMatch(text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
                {
                    return shape.ClrType == typeof(float) ? (object)(float)number : number;
                }

                break;
            case ShapeKind.Integer:
                if (exact && IntegerPattern().IsMatch(text) && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
                {
                    return integer;
                }

                break;
            case ShapeKind.Boolean:
                if (text is "true" or "false" or "yes" or "no" or "on" or "off")
                {
                    return text is "true" or "yes" or "on";
                }

                break;
            case ShapeKind.Time:
                if (exact && TimeValue.TryParse(text, out var time))
                {
                    return time;
                }

                _diagnostics.Add(DiagnosticDescriptors.InvalidTime, At(node), text);
                return null;
            case ShapeKind.Size:
                if (exact && SizeValue.TryParse(text, out var size))
                {
                    return size;
                }

                _diagnostics.Add(DiagnosticDescriptors.InvalidSize, At(node), text, Naming.DidYouMean(text, SizeValue.PresetNames));
                return null;
            case ShapeKind.Color:
                if (RgbColor.TryParse(text, out var color))
                {
                    return color;
                }

                _diagnostics.Add(DiagnosticDescriptors.InvalidColor, At(node), text);
                return null;
            case ShapeKind.Enum:
                var names = shape.EnumNames;
                var index = names.ToList().FindIndex(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
                if (index >= 0)
                {
                    return Enum.GetValues(shape.ClrType).GetValue(index);
                }

                _diagnostics.Add(DiagnosticDescriptors.UnknownName, At(node), key.Replace('_', ' '), text, Naming.DidYouMean(text, names));
                return null;
        }

        WrongType(node, key, shape);
        return null;
    }

    /// <summary>
    /// Text keys (names, characters) and file paths. A plain `true` or number is YAML for something else, so a name
    /// that looks like one must be quoted; control characters (line breaks included) never belong in one.
    /// </summary>
    private object? BindText(YamlScalarNode scalar, ValueShape shape, string key)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && (text is "true" or "false" or "yes" or "no" or "on" or "off" || NumberPattern().IsMatch(text)))
        {
            _diagnostics.Add(DiagnosticDescriptors.WrongType, At(scalar), key, "text in quotes", $"'{text}'");
            return null;
        }

        var control = text.AsSpan().IndexOfAnyInRange('\0', '\x1f');
        if (control < 0)
        {
            control = text.AsSpan().IndexOfAnyInRange('\x7f', '\x9f');
        }

        if (control >= 0)
        {
            // A line break in a name could forge a diagnostic line in a build log.
            _diagnostics.Add(DiagnosticDescriptors.ControlCharacter, At(scalar), key, (int)text[control]);
            return null;
        }

        if (text.Length == 0)
        {
            _diagnostics.Add(DiagnosticDescriptors.EmptyText, At(scalar), key);
            return null;
        }

        return shape.Kind == ShapeKind.String ? text : BindFile(scalar, text, key);
    }

    /// <summary>
    /// A path relative to the spec that must name a regular file of bounded size inside the input root: not a FIFO
    /// (opening it would hang), a device or /proc file (reading never ends), a broken link or a file elsewhere on the machine.
    /// </summary>
    private InputFile? BindFile(YamlScalarNode node, string text, string key)
    {
        string full;
        try
        {
            full = Path.GetFullPath(Path.Combine(_baseDirectory, text));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            _diagnostics.Add(DiagnosticDescriptors.FileNotFound, At(node), text, e.Message);
            return null;
        }

        var check = UntrustedFile.Inspect(full);
        if (check.Kind == FileKind.Missing)
        {
            _diagnostics.Add(DiagnosticDescriptors.FileNotFound, At(node), text, full);
            return null;
        }

        if (!check.IsReadable)
        {
            _diagnostics.Add(DiagnosticDescriptors.NotARegularFile, At(node), text, check.Describe(), $" (given as '{key}')");
            return null;
        }

        var real = UntrustedFile.RealPath(full);
        if (!_inputs.Allows(real))
        {
            _diagnostics.Add(DiagnosticDescriptors.InputOutsideRoot, At(node), text, _inputs.Root, real);
            return null;
        }

        if (check.Length > InputPolicy.MaximumInputBytes)
        {
            _diagnostics.Add(DiagnosticDescriptors.InputTooLarge, At(node), text, Bytes(check.Length), Bytes(InputPolicy.MaximumInputBytes));
            return null;
        }

        return new InputFile(text, full);
    }

    private static string Bytes(long count) => count >= 1L << 30 ? $"{count / (double)(1L << 30):0.#} GiB" : $"{count / (double)(1L << 20):0.#} MiB";

    [System.Text.RegularExpressions.GeneratedRegex(@"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?$")]
    private static partial System.Text.RegularExpressions.Regex NumberPattern();

    [System.Text.RegularExpressions.GeneratedRegex(@"^[+-]?[0-9]+$")]
    private static partial System.Text.RegularExpressions.Regex IntegerPattern();

    private void WrongType(YamlNode node, string key, ValueShape shape)
    {
        var actual = node switch
        {
            YamlScalarNode s => $"'{s.Value}'",
            YamlSequenceNode => "a list",
            _ => "a mapping",
        };
        _diagnostics.Add(DiagnosticDescriptors.WrongType, At(node), key, shape.Describe(), actual);
    }

    private object? BindList(YamlNode node, ValueShape shape, string key)
    {
        if (node is not YamlSequenceNode sequence)
        {
            WrongType(node, key, shape);
            return null;
        }

        var elementType = shape.Element!.ClrType;
        var items = new List<object?>();
        var ok = true;
        foreach (var child in sequence.Children)
        {
            var item = Bind(child, shape.Element, key);
            ok &= item is not null;
            items.Add(item);
        }

        if (!ok)
        {
            return null;
        }

        var array = Array.CreateInstance(elementType, items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            array.SetValue(items[i], i);
        }

        if (items.Count == 0)
        {
            _diagnostics.Add(DiagnosticDescriptors.EmptyList, At(node), key);
            return null;
        }

        return array;
    }

    private object? BindUnion(YamlNode node, RegistryKind kind, string key)
    {
        var names = kind.Entries.Select(e => e.Name).ToArray();
        if (node is YamlScalarNode scalar)
        {
            var name = scalar.Value ?? string.Empty;
            var entry = kind.Find(name);
            if (entry is null)
            {
                _diagnostics.Add(DiagnosticDescriptors.UnknownName, At(node), kind.Name.Replace('_', ' '), name, Naming.DidYouMean(name, names));
                return null;
            }

            var instance = entry.CreateDefault();
            if (instance is null)
            {
                var missing = entry.Record.Parameters.First(p => p.IsRequired).Name;
                _diagnostics.Add(DiagnosticDescriptors.MissingKey, At(node), $"{kind.Name} '{entry.Name}'", missing);
                return null;
            }

            Locations.Record(instance, string.Empty, At(node));
            return instance;
        }

        if (node is not YamlMappingNode mapping)
        {
            WrongType(node, key, ValueShape.For(kind.BaseType));
            return null;
        }

        var typeNode = mapping.Children.FirstOrDefault(p => p.Key is YamlScalarNode { Value: "type" }).Value;
        if (typeNode is not YamlScalarNode { Value: { } typeName })
        {
            _diagnostics.Add(DiagnosticDescriptors.MissingKey, At(node), $"{key} ({kind.Name})", "type");
            return null;
        }

        var found = kind.Find(typeName);
        if (found is null)
        {
            _diagnostics.Add(DiagnosticDescriptors.UnknownName, At(typeNode), kind.Name.Replace('_', ' '), typeName, Naming.DidYouMean(typeName, names));
            return null;
        }

        return BindRecord(node, found.Record, $"{kind.Name} '{found.Name}'", key, ignoreKey: "type");
    }

    private object? BindRecord(YamlNode node, RecordDescriptor record, string context, string key, string? ignoreKey = null)
    {
        if (node is not YamlMappingNode mapping)
        {
            WrongType(node, key.Length == 0 ? "the spec" : key, new ValueShape(ShapeKind.Record, record.Type));
            return null;
        }

        var byName = record.Parameters.ToDictionary(p => p.Name, StringComparer.Ordinal);
        var values = new Dictionary<string, (object? Value, YamlNode KeyNode, YamlNode ValueNode)>(StringComparer.Ordinal);
        var invalid = new HashSet<string>(StringComparer.Ordinal);
        var bindings = new List<FeatureBinding>();
        var ok = true;
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var name = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (name == ignoreKey)
            {
                continue;
            }

            if (!byName.TryGetValue(name, out var parameter))
            {
                _diagnostics.Add(DiagnosticDescriptors.UnknownKey, At(keyNode), name, context, Naming.DidYouMean(name, byName.Keys));
                ok = false;
                continue;
            }

            if (valueNode is YamlScalarNode { Value: null or "" or "~" or "null", Style: YamlDotNet.Core.ScalarStyle.Plain })
            {
                if (parameter.Shape.Kind == ShapeKind.Color)
                {
                    // `color: #ff0000` is a key followed by a YAML comment; say so rather than use the default.
                    _diagnostics.Add(DiagnosticDescriptors.InvalidColor, At(keyNode), "(nothing)");
                    invalid.Add(name);
                    ok = false;
                }

                continue; // `key:` with no value means the default.
            }

            if (valueNode is YamlMappingNode bindingNode && parameter.Shape.Kind is ShapeKind.Number or ShapeKind.Integer && FeatureBindings.AllowsBindings(record.Type))
            {
                // `{ feature: rms, min: 0.2, max: 1 }`: the constructor gets the value at feature 0; renderers rewrite it per frame.
                var binding = BindFeature(bindingNode, parameter, context);
                if (binding is null)
                {
                    invalid.Add(name);
                    ok = false;
                    continue;
                }

                bindings.Add(binding);
                values[name] = (ToParameterType(binding.Min, parameter), keyNode, valueNode);
                continue;
            }

            var value = Bind(valueNode, parameter.Shape, name);
            if (value is null)
            {
                invalid.Add(name); // already reported; not "missing" as well
                ok = false;
                continue;
            }

            if (parameter.Range is { } range && value is float or double or int && !InRange(Convert.ToDouble(value, CultureInfo.InvariantCulture), range))
            {
                _diagnostics.Add(DiagnosticDescriptors.OutOfRange, At(valueNode), name, ValueShape.FormatValue(value), range.Min.ToString(CultureInfo.InvariantCulture), range.Max.ToString(CultureInfo.InvariantCulture));
                invalid.Add(name);
                ok = false;
                continue;
            }

            values[name] = (value, keyNode, valueNode);
        }

        var arguments = new object?[record.Parameters.Count];
        for (var i = 0; i < record.Parameters.Count; i++)
        {
            var parameter = record.Parameters[i];
            if (values.TryGetValue(parameter.Name, out var bound))
            {
                arguments[i] = bound.Value;
            }
            else if (parameter.IsRequired && !invalid.Contains(parameter.Name))
            {
                _diagnostics.Add(DiagnosticDescriptors.MissingKey, At(node), Capitalize(context), parameter.Name);
                ok = false;
            }
            else
            {
                arguments[i] = parameter.DefaultValue;
            }
        }

        if (!ok)
        {
            return null;
        }

        var instance = record.Create(arguments);
        if (bindings.Count > 0)
        {
            FeatureBindings.Attach(instance, bindings.ToArray());
        }

        Locations.Record(instance, string.Empty, At(node));
        foreach (var (name, bound) in values)
        {
            Locations.Record(instance, name, At(bound.ValueNode));
        }

        return instance;
    }

    /// <summary>Reads <c>{ feature: name, min: a, max: b }</c> for a numeric parameter; min defaults to the parameter's default.</summary>
    private FeatureBinding? BindFeature(YamlMappingNode mapping, ParameterDescriptor parameter, string context)
    {
        if (parameter.NotBindableReason is { } reason)
        {
            _diagnostics.Add(DiagnosticDescriptors.NotBindable, At(mapping), parameter.Name, context, reason);
            return null;
        }

        var where = $"the binding of '{parameter.Name}'";
        string[] keys = { "feature", "min", "max" };
        AudioFeature? feature = null;
        var featureSeen = false;
        double? min = null;
        double? max = null;
        var ok = true;
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (!keys.Contains(key))
            {
                _diagnostics.Add(DiagnosticDescriptors.UnknownKey, At(keyNode), key, where, Naming.DidYouMean(key, keys));
                ok = false;
                continue;
            }

            if (valueNode is YamlScalarNode { Value: null or "" or "~" or "null", Style: YamlDotNet.Core.ScalarStyle.Plain })
            {
                continue; // `key:` with no value: as if absent
            }

            if (key == "feature")
            {
                featureSeen = true;
                var text = (valueNode as YamlScalarNode)?.Value;
                feature = text is null ? null : AudioFeatures.Parse(text);
                if (text is null)
                {
                    WrongType(valueNode, $"{parameter.Name}.feature", new ValueShape(ShapeKind.Enum, typeof(AudioFeature)));
                    ok = false;
                }
                else if (feature is null)
                {
                    _diagnostics.Add(DiagnosticDescriptors.UnknownName, At(valueNode), "feature", text, Naming.DidYouMean(text, AudioFeatures.Names));
                    ok = false;
                }

                continue;
            }

            var bound = Bind(valueNode, new ValueShape(ShapeKind.Number, typeof(double)), $"{parameter.Name}.{key}");
            if (bound is not double number)
            {
                ok = false;
                continue;
            }

            if (parameter.Range is { } range && !InRange(number, range))
            {
                _diagnostics.Add(DiagnosticDescriptors.OutOfRange, At(valueNode), $"{parameter.Name}.{key}", ValueShape.FormatValue(number), range.Min.ToString(CultureInfo.InvariantCulture), range.Max.ToString(CultureInfo.InvariantCulture));
                ok = false;
                continue;
            }

            if (key == "min")
            {
                min = number;
            }
            else
            {
                max = number;
            }
        }

        foreach (var (missing, seen) in new[] { ("feature", featureSeen), ("max", max is not null || !ok) })
        {
            if (!seen)
            {
                _diagnostics.Add(DiagnosticDescriptors.MissingKey, At(mapping), Capitalize(where), missing);
                ok = false;
            }
        }

        if (!ok || feature is null || max is null)
        {
            return null;
        }

        var from = min ?? Convert.ToDouble(parameter.DefaultValue, CultureInfo.InvariantCulture);
        return new FeatureBinding(parameter.Name, parameter.Property, feature.Value, (float)from, (float)max.Value);
    }

    private static object ToParameterType(float value, ParameterDescriptor parameter) =>
        parameter.Shape.ClrType == typeof(int) ? (object)(int)MathF.Round(value)
        : parameter.Shape.ClrType == typeof(double) ? (object)(double)value
        : (object)value;

    private static bool InRange(double value, RangeAttribute range) => value >= range.Min && value <= range.Max;

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
