using System.Globalization;
using AsciiAssets.Audio;
using AsciiAssets.Diagnostics;
using AsciiAssets.Frames;
using AsciiAssets.Motion;
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
            case ShapeKind.Record when node is YamlScalarNode { Value: "true" or "yes" or "on" } shorthand && IsBooleanShorthand(shape):
                var record = RecordDescriptor.For(shape.ClrType);
                var defaults = record.Create(record.Parameters.Select(p => p.DefaultValue).ToArray());
                Locations.Record(defaults, string.Empty, At(shorthand));
                return defaults;
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
        if (shape.Kind is ShapeKind.String or ShapeKind.File or ShapeKind.FileSequence)
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

        return shape.Kind switch
        {
            ShapeKind.String => text,
            ShapeKind.FileSequence => BindSequence(scalar, text, key),
            _ => BindFile(scalar, text, key),
        };
    }

    /// <summary>A pattern naming files in order (frames/*.png, frames/%03d.png); each file is checked as <see cref="BindFile"/> checks one.</summary>
    private InputSequence? BindSequence(YamlScalarNode node, string text, string key)
    {
        if (!InputSequence.IsPattern(text))
        {
            _diagnostics.Add(DiagnosticDescriptors.NotAPattern, At(node), key, text);
            return null;
        }

        IReadOnlyList<string> paths;
        try
        {
            paths = InputSequence.Expand(_baseDirectory, text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            _diagnostics.Add(DiagnosticDescriptors.FileNotFound, At(node), text, e.Message);
            return null;
        }

        if (paths.Count == 0)
        {
            _diagnostics.Add(DiagnosticDescriptors.NoFilesMatch, At(node), text, Path.GetFullPath(Path.Combine(_baseDirectory, text)));
            return null;
        }

        if (paths.Count > InputSequence.MaximumFiles)
        {
            _diagnostics.Add(DiagnosticDescriptors.TooManyFiles, At(node), text, InputSequence.MaximumFiles);
            return null;
        }

        var files = new List<InputFile>();
        foreach (var path in paths)
        {
            if (BindFile(node, Path.GetRelativePath(_baseDirectory, path), key) is not { } file)
            {
                return null;
            }

            files.Add(file);
        }

        return new InputSequence(text, files);
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
        var motions = new List<ParameterMotion>();
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

            if (valueNode is YamlScalarNode { Value: "false" or "no" or "off" } && IsBooleanShorthand(parameter.Shape))
            {
                continue; // `loop: false` is the same as no loop.
            }

            if (valueNode is YamlMappingNode motionNode && parameter.Shape.Kind is ShapeKind.Number or ShapeKind.Integer && MovingParameters.AllowedIn(record.Type))
            {
                // A motion: the constructor gets its value at the scene's start; each worker's copy is rewritten per frame.
                var motion = BindParameterMotion(motionNode, parameter, context);
                if (motion is null)
                {
                    invalid.Add(name);
                    ok = false;
                    continue;
                }

                motions.Add(motion);
                values[name] = (ToParameterType(motion.At(SceneStart), parameter), keyNode, valueNode);
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
        if (motions.Count > 0)
        {
            MovingParameters.Attach(instance, motions.ToArray());
        }

        Locations.Record(instance, string.Empty, At(node));
        foreach (var (name, bound) in values)
        {
            Locations.Record(instance, name, At(bound.ValueNode));
        }

        return instance;
    }

    private static bool IsBooleanShorthand(ValueShape shape) =>
        shape.Kind == ShapeKind.Record && shape.ClrType.IsDefined(typeof(BooleanShorthandAttribute), inherit: true);

    /// <summary>The first frame of a scene, without features: where a motion gives the value the record is constructed with.</summary>
    private static readonly FrameTime SceneStart = new(0, 1, 0, 0, 1);

    private static readonly ValueShape MotionNumber = new(ShapeKind.Number, typeof(double));
    private static readonly ValueShape MotionTime = new(ShapeKind.Time, typeof(TimeValue));

    /// <summary>A mapping written for a number: the motion it follows, unless the executor reads the parameter only when it is built.</summary>
    private ParameterMotion? BindParameterMotion(YamlMappingNode mapping, ParameterDescriptor parameter, string context)
    {
        if (parameter.NotBindableReason is { } reason)
        {
            _diagnostics.Add(DiagnosticDescriptors.NotBindable, At(mapping), parameter.Name, context, reason);
            return null;
        }

        return BindMotion(mapping, parameter, parameter.Name) is { } value ? new ParameterMotion(parameter, value) : null;
    }

    /// <summary>
    /// A number or a motion, at any depth: { feature, min, max }, { from, to, ease, start, end } or { keys, ease },
    /// told apart by their keys. Every number in it must lie in the parameter's range; <paramref name="path"/> names it in messages (height.max).
    /// </summary>
    private MovingValue? BindMotion(YamlNode node, ParameterDescriptor parameter, string path)
    {
        if (node is not YamlMappingNode mapping)
        {
            if (Bind(node, MotionNumber, path) is not double number)
            {
                return null;
            }

            if (parameter.Range is { } range && !InRange(number, range))
            {
                _diagnostics.Add(DiagnosticDescriptors.OutOfRange, At(node), path, ValueShape.FormatValue(number), range.Min.ToString(CultureInfo.InvariantCulture), range.Max.ToString(CultureInfo.InvariantCulture));
                return null;
            }

            return new FixedValue((float)number);
        }

        var keys = mapping.Children.Keys.Select(k => (k as YamlScalarNode)?.Value).ToHashSet();
        MovingValue? value;
        if (keys.Contains("feature") || keys.Contains("min") || keys.Contains("max"))
        {
            value = BindFeature(mapping, parameter, path);
        }
        else if (keys.Contains("keys"))
        {
            value = BindKeyframes(mapping, parameter, path);
        }
        else if (keys.Contains("from") || keys.Contains("to"))
        {
            value = BindArc(mapping, parameter, path);
        }
        else
        {
            _diagnostics.Add(DiagnosticDescriptors.NotAMotion, At(mapping), path);
            return null;
        }

        if (value is not null)
        {
            Locations.Record(value, string.Empty, At(mapping));
        }

        return value;
    }

    /// <summary><c>{ feature: bass, min: 0.2, max: 1 }</c>; min defaults to the parameter's default.</summary>
    private FeatureValue? BindFeature(YamlMappingNode mapping, ParameterDescriptor parameter, string path)
    {
        var where = $"the binding of '{path}'";
        AudioFeature? feature = null;
        var featureSeen = false;
        MovingValue? min = null;
        MovingValue? max = null;
        var ok = ReadMotionKeys(mapping, where, new[] { "feature", "min", "max" }, (key, value) =>
        {
            switch (key)
            {
                case "feature":
                    featureSeen = true;
                    feature = (AudioFeature?)BindMotionName(value, typeof(AudioFeature), $"{path}.feature", "feature");
                    return feature is not null;
                case "min":
                    min = BindMotion(value, parameter, $"{path}.min");
                    return min is not null;
                default:
                    max = BindMotion(value, parameter, $"{path}.max");
                    return max is not null;
            }
        });
        ok &= Require(mapping, where, ("feature", featureSeen), ("max", max is not null || !ok));
        return ok ? new FeatureValue(feature!.Value, min ?? DefaultOf(parameter), max!) : null;
    }

    /// <summary><c>{ from: 0, to: 1, ease: in_out_cubic, start: 1s, end: 3s }</c>; from defaults to the parameter's default, start and end to the scene's.</summary>
    private ArcValue? BindArc(YamlMappingNode mapping, ParameterDescriptor parameter, string path)
    {
        var where = $"the arc of '{path}'";
        MovingValue? from = null;
        MovingValue? to = null;
        var toSeen = false;
        var ease = Easing.Linear;
        (TimeValue Time, YamlNode Node)? start = null;
        (TimeValue Time, YamlNode Node)? end = null;
        var ok = ReadMotionKeys(mapping, where, new[] { "from", "to", "ease", "start", "end" }, (key, value) =>
        {
            switch (key)
            {
                case "from":
                    from = BindMotion(value, parameter, $"{path}.from");
                    return from is not null;
                case "to":
                    toSeen = true;
                    to = BindMotion(value, parameter, $"{path}.to");
                    return to is not null;
                case "ease":
                    return BindEase(value, path, ref ease);
                case "start":
                    start = Bind(value, MotionTime, $"{path}.start") is TimeValue s ? (s, value) : null;
                    return start is not null;
                default:
                    end = Bind(value, MotionTime, $"{path}.end") is TimeValue e ? (e, value) : null;
                    return end is not null;
            }
        });
        ok &= Require(mapping, where, ("to", toSeen));
        if (!ok)
        {
            return null;
        }

        var arc = new ArcValue(from ?? DefaultOf(parameter), to!, ease, start?.Time, end?.Time);
        foreach (var (key, time) in new[] { ("start", start), ("end", end) })
        {
            if (time is { Node: var node })
            {
                Locations.Record(arc, key, At(node));
            }
        }

        return arc;
    }

    /// <summary><c>{ keys: { 0s: 0.2, 1.5s: 0.9 }, ease: out_expo }</c>: times relative to the scene, in time order (the validator checks the order).</summary>
    private KeyframeValue? BindKeyframes(YamlMappingNode mapping, ParameterDescriptor parameter, string path)
    {
        var where = $"the keyframes of '{path}'";
        var keys = new List<(Keyframe Key, YamlNode Node)>();
        var keysSeen = false;
        var ease = Easing.Linear;
        var ok = ReadMotionKeys(mapping, where, new[] { "keys", "ease" }, (key, value) =>
        {
            if (key == "ease")
            {
                return BindEase(value, path, ref ease);
            }

            keysSeen = true;
            if (value is not YamlMappingNode times)
            {
                WrongType(value, $"{path}.keys", new ValueShape(ShapeKind.Record, typeof(Keyframe)));
                return false;
            }

            if (times.Children.Count == 0)
            {
                _diagnostics.Add(DiagnosticDescriptors.EmptyList, At(value), $"{path}.keys");
                return false;
            }

            var valid = true;
            foreach (var (timeNode, valueNode) in times.Children)
            {
                var time = Bind(timeNode, MotionTime, $"{path}.keys");
                var keyValue = BindMotion(valueNode, parameter, $"{path}.keys[{(timeNode as YamlScalarNode)?.Value}]");
                if (time is TimeValue at && keyValue is not null)
                {
                    keys.Add((new Keyframe(at, keyValue), timeNode));
                }
                else
                {
                    valid = false;
                }
            }

            return valid;
        });
        ok &= Require(mapping, where, ("keys", keysSeen));
        if (!ok)
        {
            return null;
        }

        foreach (var (key, node) in keys)
        {
            Locations.Record(key, string.Empty, At(node));
        }

        return new KeyframeValue(keys.Select(k => k.Key).ToArray(), ease);
    }

    private bool BindEase(YamlNode node, string path, ref Easing ease)
    {
        if (BindMotionName(node, typeof(Easing), $"{path}.ease", "easing") is not Easing easing)
        {
            return false;
        }

        ease = easing;
        return true;
    }

    /// <summary>A name of an enum inside a motion (feature: bass, ease: out_expo); <paramref name="what"/> words the unknown-name error.</summary>
    private object? BindMotionName(YamlNode node, Type names, string path, string what)
    {
        var shape = new ValueShape(ShapeKind.Enum, names);
        if (node is not YamlScalarNode)
        {
            WrongType(node, path, shape);
            return null;
        }

        return Bind(node, shape, what);
    }

    /// <summary>Hands each key of a motion's mapping to <paramref name="read"/>, reporting unknown keys; `key:` with no value counts as absent.</summary>
    private bool ReadMotionKeys(YamlMappingNode mapping, string where, string[] known, Func<string, YamlNode, bool> read)
    {
        var ok = true;
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (!known.Contains(key))
            {
                _diagnostics.Add(DiagnosticDescriptors.UnknownKey, At(keyNode), key, where, Naming.DidYouMean(key, known));
                ok = false;
            }
            else if (valueNode is not YamlScalarNode { Value: null or "" or "~" or "null", Style: YamlDotNet.Core.ScalarStyle.Plain })
            {
                ok &= read(key, valueNode);
            }
        }

        return ok;
    }

    /// <summary>Reports each required key of a motion that was not given.</summary>
    private bool Require(YamlMappingNode mapping, string where, params (string Key, bool Seen)[] required)
    {
        var ok = true;
        foreach (var (key, seen) in required.Where(r => !r.Seen))
        {
            _diagnostics.Add(DiagnosticDescriptors.MissingKey, At(mapping), Capitalize(where), key);
            ok = false;
        }

        return ok;
    }

    private static FixedValue DefaultOf(ParameterDescriptor parameter) =>
        new((float)Convert.ToDouble(parameter.DefaultValue, CultureInfo.InvariantCulture));

    private static object ToParameterType(float value, ParameterDescriptor parameter) =>
        parameter.Shape.ClrType == typeof(int) ? (object)(int)MathF.Round(value)
        : parameter.Shape.ClrType == typeof(double) ? (object)(double)value
        : (object)value;

    private static bool InRange(double value, RangeAttribute range) => value >= range.Min && value <= range.Max;

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
