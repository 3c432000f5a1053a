using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Shaders;

[Registered("hue_rotate", "Turns every colour around the colour wheel by an angle, keeping its luma (the CSS hue-rotate matrix); greys stay grey.")]
public sealed record HueRotateShader(
    [Doc("The turn in degrees: 120 sends red to green, green to blue. Give it an arc to cycle the colours.")][Range(-360, 360)] float Degrees = 90f) : MatrixShader
{
    // The matrix as luma + cos · (identity − luma) + sin · the rotation part, each row by its output channel.
    private static readonly float[] LumaPart = [0.213f, 0.715f, 0.072f, 0.213f, 0.715f, 0.072f, 0.213f, 0.715f, 0.072f];
    private static readonly float[] CosinePart = [0.787f, -0.715f, -0.072f, -0.213f, 0.285f, -0.072f, -0.213f, -0.715f, 0.928f];
    private static readonly float[] SinePart = [-0.213f, -0.715f, 0.928f, 0.143f, 0.140f, -0.283f, -0.787f, 0.715f, 0.072f];

    protected override void Matrix(Span<int> weights, Span<int> offsets, float time) => Rotation(weights, offsets, Degrees);

    /// <summary>The hue rotation matrix of an angle in degrees, for the shaders that turn hues.</summary>
    internal static void Rotation(Span<int> weights, Span<int> offsets, float degrees)
    {
        var radians = degrees * (DetMath.Pi / 180f);
        var (cos, sin) = (DetMath.Cos(radians), DetMath.Sin(radians));
        for (var i = 0; i < 9; i++)
        {
            weights[i] = (int)MathF.Round(256f * (LumaPart[i] + cos * CosinePart[i] + sin * SinePart[i]));
        }

        offsets.Clear();
    }
}
