using AsciiAssets.Frames;
using AsciiAssets.Pixels;

namespace AsciiAssets.Shaders;

/// <summary>
/// A shader that maps every channel value through one function of it (invert, posterize, threshold, gamma...). A
/// record states the function in <see cref="Map"/>; the executor tabulates it from the parameters' values and
/// rebuilds the table only when one of them has changed (so the parameters can move per frame), then applies it to
/// the rows with <see cref="ByteLookup"/>, at memory speed on every CPU.
/// </summary>
public abstract record LookupShader : ShaderParameters
{
    /// <summary>A per-channel map changes colour only: it sees straight colour and the alpha stays.</summary>
    internal override ShaderAlpha AlphaRule => ShaderAlpha.Colour;

    /// <summary>The output of a channel value (0..255) under the parameters' current values.</summary>
    protected abstract byte Map(byte value);

    public sealed override IShader Create(ShaderSetup setup) => new Executor(this);

    private sealed class Executor : IRowShader
    {
        private readonly LookupShader _shader;
        private readonly ParameterWatch _parameters;
        private readonly byte[] _table = new byte[ByteLookup.TableLength];

        public Executor(LookupShader shader)
        {
            _shader = shader;
            _parameters = new ParameterWatch(shader);
            Tabulate();
        }

        public void ApplyRows(FrameBuffer frame, int top, int bottom, in FrameTime time)
        {
            if (_parameters.Changed())
            {
                Tabulate();
            }

            ByteLookup.Apply(frame.Pixels[(top * frame.Stride)..(bottom * frame.Stride)], _table);
        }

        private void Tabulate()
        {
            for (var v = 0; v < _table.Length; v++)
            {
                _table[v] = _shader.Map((byte)v);
            }
        }
    }
}
