using System.Globalization;
using AsciiAssets.Glyphs;
using AsciiAssets.Grids;
using AsciiAssets.Motion;
using AsciiAssets.Numerics;
using AsciiAssets.Registry;
using AsciiAssets.Rendering;
using AsciiAssets.Scene;
using AsciiAssets.Scene.Masks;
using AsciiAssets.Scene.Palettes;
using AsciiAssets.Scene.Sources;
using AsciiAssets.Shaders;
using AsciiAssets.Tests.Shaders;
using AsciiAssets.Tests.Support;
using AsciiAssets.Transitions;

namespace AsciiAssets.Tests.Registry;

/// <summary>
/// A parameter that may move must be read by its executor every frame: changing it on the executor's
/// record after Create must give exactly what building with the new value gives. Otherwise it must be marked
/// fixed, so the binder rejects bindings instead of silently ignoring (or half-applying) them.
/// </summary>
public class ParameterBindabilityTests
{
    public static TheoryData<string, string, string> BindableParameters()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var kind in KindsWithExecutors())
        {
            foreach (var entry in kind.Entries.Where(e => e.CreateDefault() is not null))
            {
                foreach (var parameter in entry.Record.Parameters.Where(p => p.IsBindable && p.Parameter is not null))
                {
                    data.Add(kind.Name, entry.Name, parameter.Name);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BindableParameters))]
    public void Is_read_every_frame(string kind, string name, string key)
    {
        var entry = SpecRegistry.Kinds.Single(k => k.Name == kind).Get(name);
        var parameter = entry.Record.Parameters.Single(p => p.Name == key);
        var record = Instance(entry);
        var render = Executor(record);
        var before = render();

        // Up and down: a step one way may do nothing (a count above the quality cap).
        var changed = false;
        foreach (var value in OtherValues(parameter))
        {
            parameter.Property.SetValue(record, value);
            var after = render();
            var rebuilt = Instance(entry);
            parameter.Property.SetValue(rebuilt, value);
            after.Should().Equal(Executor(rebuilt)(), $"setting {kind} '{name}' '{key}' to {value} after the build must give what building with it gives; if it is baked in when built, mark it [NotBindable(reason)] on its parameter");
            changed |= !after.AsSpan().SequenceEqual(before);
        }

        changed.Should().BeTrue($"{kind} '{name}' must read '{key}' per frame to move; if it is baked in when built, mark it [NotBindable(reason)] on its parameter");
    }

    public static TheoryData<string, string, string> FixedParameters()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var kind in KindsWithExecutors())
        {
            foreach (var entry in kind.Entries.Where(e => e.CreateDefault() is not null))
            {
                foreach (var parameter in entry.Record.Parameters.Where(p => p.NotBindableReason is not null))
                {
                    data.Add(kind.Name, entry.Name, parameter.Name);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FixedParameters))]
    public void Is_marked_fixed_only_while_the_executor_reads_it_once(string kind, string name, string key)
    {
        var entry = SpecRegistry.Kinds.Single(k => k.Name == kind).Get(name);
        var parameter = entry.Record.Parameters.Single(p => p.Name == key);
        var record = Instance(entry);
        var render = Executor(record);
        var before = render();

        foreach (var value in OtherValues(parameter))
        {
            parameter.Property.SetValue(record, value);
            byte[] after;
            try
            {
                after = render();
            }
            catch (IndexOutOfRangeException)
            {
                continue; // sized by it when built and read per frame (matrix_rain's drops): it must stay fixed
            }

            // Stale only if changing it after the build gives exactly what building with the new value gives.
            var rebuilt = Instance(entry);
            parameter.Property.SetValue(rebuilt, value);
            var followsPerFrame = !after.AsSpan().SequenceEqual(before) && after.AsSpan().SequenceEqual(Executor(rebuilt)());
            followsPerFrame.Should().BeFalse($"{kind} '{name}' now reads '{key}' per frame: drop its [NotBindable] so it can move");
        }
    }

    // A mood has no executor of its own: its keys move through the shader keys they set (MoodTests checks that they match).
    private static IEnumerable<RegistryKind> KindsWithExecutors() =>
        SpecRegistry.Kinds.Where(k => MovingParameters.AllowedIn(k.BaseType) && k.BaseType != typeof(AsciiAssets.Shaders.Moods.Mood));

    [Fact]
    public void Fixed_parameters_are_numbers_of_records_that_allow_bindings()
    {
        var fixedOnes = SpecRegistry.Kinds.SelectMany(k => k.Entries).SelectMany(e => e.Record.Parameters.Select(p => (Entry: e, Parameter: p)))
            .Where(x => x.Parameter.NotBindableReason is not null)
            .ToArray();

        fixedOnes.Should().NotBeEmpty();
        fixedOnes.Should().OnlyContain(x => x.Parameter.Shape.Kind == ShapeKind.Number || x.Parameter.Shape.Kind == ShapeKind.Integer);
        fixedOnes.Should().OnlyContain(x => MovingParameters.AllowedIn(x.Entry.Type));
    }

    [Fact]
    public void Shared_parameters_default_to_their_initial_value()
    {
        foreach (var entry in SpecRegistry.Kinds.SelectMany(k => k.Entries))
        {
            foreach (var parameter in entry.Record.Parameters.Where(p => p.Parameter is null))
            {
                // A required parameter (a footage file) takes null: only the shared parameters' initial values matter here.
                var constructed = entry.Record.Constructor.Invoke(entry.Record.Constructor.GetParameters().Select(p => p.HasDefaultValue ? p.DefaultValue : null).ToArray());
                parameter.Property.GetValue(constructed).Should().Be(parameter.DefaultValue, $"{entry.Name}.{parameter.Name}");
            }
        }
    }

    /// <summary>
    /// The entry with its defaults, or for entries whose defaults draw nothing (a text without text) a small example,
    /// so that every parameter has something to change.
    /// </summary>
    private static object Instance(RegistryEntry entry) => entry.Type switch
    {
        var t when t == typeof(TextSource) => new TextSource(Text: "Hi", Mode: TextMode.Stencil),
        var t when t == typeof(TextBlockMask) => new TextBlockMask { Text = "Hi" },
        var t when t == typeof(TextStencilMask) => new TextStencilMask { Text = "Hi" },
        var t when t == typeof(ImageSource) => new ImageSource(Frames: TestImages.Sequence("bindability", 3)),
        _ => entry.CreateDefault()!,
    };

    /// <summary>Values inside the range, a good step above and below the default.</summary>
    private static IEnumerable<object> OtherValues(ParameterDescriptor parameter)
    {
        var current = Convert.ToDouble(parameter.DefaultValue, CultureInfo.InvariantCulture);
        var (min, max) = parameter.Range is { } r ? (r.Min, r.Max) : (current - 10, current + 10);
        foreach (var target in new[] { current + 0.37 * (max - current), current - 0.37 * (current - min) }.Where(t => t != current))
        {
            if (parameter.Shape.Kind == ShapeKind.Integer)
            {
                var whole = (int)Math.Round(target);
                yield return whole == (int)current ? (int)current + Math.Sign(target - current) : whole;
            }
            else
            {
                yield return parameter.Shape.ClrType == typeof(double) ? target : (object)(float)target;
            }
        }
    }

    /// <summary>Creates the executor once; each call renders the same frames with whatever the record holds now.</summary>
    private static Func<byte[]> Executor(object record)
    {
        var frames = new[] { 5, 17, 30 };
        switch (record)
        {
            case FieldParameters field:
            {
                var executor = Probe.Field(field, tier: AsciiAssets.Plan.ParticleTier.High); // the highest caps, so counts matter
                var values = new float[48 * 27];
                return () => frames.SelectMany(f =>
                {
                    if (f == frames[0])
                    {
                        (executor as AsciiAssets.Frames.IStatefulExecutor)?.Reset(); // a simulation starts over for each render
                    }

                    executor.Evaluate(Probe.At(f), values);
                    return values.SelectMany(BitConverter.GetBytes).ToArray();
                }).ToArray();
            }

            case CoordinateTransform transform:
                // Through a field that reads coordinates and one that is resampled.
                var smooth = Executor(new AsciiAssets.Scene.Fields.PlasmaField { Transform = [transform] });
                var sampled = Executor(new AsciiAssets.Scene.Fields.FireField { Transform = [transform] });
                return () => smooth().Concat(sampled()).ToArray();

            case SdfShape shape:
                return Executor(new AsciiAssets.Scene.Fields.SdfField(shape, AsciiAssets.Scene.Fields.SdfStyle.Filled));

            case ColorParameters color:
            {
                var grid = Probe.Grid(32, 18);
                var colorizer = color.Create(grid);
                var values = Enumerable.Range(0, grid.CellCount).Select(i => (float)Hash.Unit(7, (uint)i)).ToArray();
                var colors = new Rgb24[grid.CellCount];
                return () => frames.SelectMany(f =>
                {
                    // What a source hands over (the `source` colour keeps it); the other strategies overwrite it.
                    for (var i = 0; i < colors.Length; i++)
                    {
                        colors[i] = new Rgb24((byte)(i * 7), (byte)(i * 13), (byte)(i * 29));
                    }

                    colorizer.Colorize(Probe.At(f), values, colors);
                    return colors.SelectMany(c => new[] { c.R, c.G, c.B }).ToArray();
                }).ToArray();
            }

            case ShaderParameters shader:
            {
                var executor = shader.Create(new ShaderSetup(96, 54, 7));
                return () => frames.SelectMany(f =>
                {
                    using var frame = ShaderTestKit.Frame(96, 54, (x, y, c) => (byte)((x * 37 + y * 11 + c * 90) % 256));
                    executor.Apply(frame, Probe.At(f));
                    return frame.Pixels.ToArray();
                }).ToArray();
            }

            case TransitionParameters transition:
            {
                // Two synthetic frames a third of the way through (where spread matters), at each test frame (glitch_cut's bands change with it).
                var executor = transition.Create(new TransitionSetup(96, 54, 7, new CellLayout(8, 12, 4, 3)));
                return () => frames.SelectMany(f =>
                {
                    using var outgoing = ShaderTestKit.Frame(96, 54, (x, y, c) => (byte)((x * 37 + y * 11 + c * 90) % 256));
                    using var incoming = ShaderTestKit.Frame(96, 54, (x, y, c) => (byte)((x * 5 + y * 53 + c * 40) % 256));
                    executor.Apply(outgoing, incoming, 0.3f, Probe.At(f));
                    return incoming.Pixels.ToArray();
                }).ToArray();
            }

            case MaskParameters mask:
            {
                var grid = Probe.Grid(32, 18);
                var executor = mask.Create(new MaskSetup(grid, 7, AsciiAssets.Plan.ParticleTier.High));
                var values = Enumerable.Range(0, grid.CellCount).Select(i => (float)Hash.Unit(7, (uint)i)).ToArray();
                var coverage = new float[grid.CellCount];
                return () => frames.SelectMany(f =>
                {
                    executor.Evaluate(Probe.At(f), values, coverage);
                    return coverage.SelectMany(BitConverter.GetBytes).ToArray();
                }).ToArray();
            }

            case TextAnimationParameters animation:
                // Twenty letters at each frame's time and at a quarter of it: during the default second's animation and after it.
                return () => frames.SelectMany(f => new[] { f / (float)Probe.Fps, f / (float)Probe.Fps / 4 }).SelectMany(seconds => Enumerable.Range(0, 20).SelectMany(order =>
                {
                    var letter = animation.Letter(animation.Clock(seconds), order, 20, 7);
                    return BitConverter.GetBytes(letter.Visible).Concat(BitConverter.GetBytes(letter.Columns)).Concat(BitConverter.GetBytes(letter.Rows)).Concat(BitConverter.GetBytes(letter.Coverage));
                })).ToArray();

            case LayerSource source:
            {
                var atlas = GlyphAtlas.Get(16, new DefaultPalette().Glyphs, FontFile.Bundled, [" ", .. source.Characters()]);
                var grid = new Grid(320, 180, atlas.CellWidth, atlas.CellHeight);
                var executor = source.Create(new SourceSetup(grid, atlas, 7, () => AsciiAssets.Encode.FfmpegInstall.Locate(null)));
                var cells = new LayerCells(grid.CellCount);
                return () => frames.SelectMany(f =>
                {
                    executor.Render(Probe.At(f), cells);
                    return cells.Values.SelectMany(BitConverter.GetBytes).Concat(cells.Coverage.SelectMany(BitConverter.GetBytes)).Concat(cells.Glyphs.SelectMany(BitConverter.GetBytes)).ToArray();
                }).ToArray();
            }

            default:
                throw new NotSupportedException(record.GetType().Name);
        }
    }
}
