using AsciiAssets.Frames;
using AsciiAssets.Pixels;

namespace AsciiAssets.Shaders;

/// <summary>
/// A shader that is one 3×3 colour matrix plus offset on every pixel (saturation, hue rotation, grades, channel
/// swaps). A record states the matrix in <see cref="Matrix"/>; the executor rebuilds it in place only when one of
/// the parameters has changed, so they can move per frame, and applies it to rows with <see cref="ColorMatrix"/>.
/// </summary>
public abstract record MatrixShader : ShaderParameters
{
    /// <summary>A colour matrix changes colour only: it sees straight colour and the alpha stays.</summary>
    internal override ShaderAlpha AlphaRule => ShaderAlpha.Colour;

    /// <summary>The luma weights of Rec. 601 in 1/256 (.299, .587, .114), summing to 256: what saturation keeps.</summary>
    protected static readonly int[] Luma = [77, 150, 29];

    /// <summary>
    /// Writes the weights (row-major, in 1/256, out channel c from in channel k at 3c + k) and offsets (levels) for a
    /// time in seconds, which only a shader that <see cref="FollowsTime"/> reads.
    /// </summary>
    protected abstract void Matrix(Span<int> weights, Span<int> offsets, float time);

    /// <summary>True when the matrix changes with time as well as with the parameters, so it is rebuilt every frame.</summary>
    protected virtual bool FollowsTime => false;

    public sealed override IShader Create(ShaderSetup setup) => new Executor(this);

    private sealed class Executor : IRowShader
    {
        private readonly MatrixShader _shader;
        private readonly ParameterWatch _parameters;
        private readonly int[] _weights = new int[9];
        private readonly int[] _offsets = new int[3];
        private readonly ColorMatrix _matrix;

        public Executor(MatrixShader shader)
        {
            _shader = shader;
            _parameters = new ParameterWatch(shader);
            shader.Matrix(_weights, _offsets, 0f);
            _matrix = new ColorMatrix(_weights, _offsets);
        }

        public void ApplyRows(FrameBuffer frame, int top, int bottom, in FrameTime time)
        {
            if (_parameters.Changed() | _shader.FollowsTime)
            {
                _shader.Matrix(_weights, _offsets, time.Time);
                _matrix.Set(_weights, _offsets);
            }

            _matrix.Apply(frame.Pixels[(top * frame.Stride)..(bottom * frame.Stride)]);
        }
    }
}
