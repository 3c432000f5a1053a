using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Shaders;

[Registered("color_grade", "A simple grade: white balance (warm or cool), green–magenta tint and exposure, as gains per channel.")]
public sealed record ColorGradeShader(
    [Doc("−1 cool (blue up, red down) … 1 warm (red up, blue down).")][Range(-1, 1)] float Temperature = 0.3f,
    [Doc("−1 magenta (green down) … 1 green (green up).")][Range(-1, 1)] float Tint = 0f,
    [Doc("Gain of every channel in stops: 0 none, 1 doubles, −1 halves.")][Range(-3, 3)] float Exposure = 0f) : MatrixShader
{
    protected override void Matrix(Span<int> weights, Span<int> offsets, float time)
    {
        var gain = DetMath.Pow(2f, Exposure);
        weights.Clear();
        weights[0] = Weight(gain * (1 + 0.25f * Temperature));
        weights[4] = Weight(gain * (1 + 0.25f * Tint));
        weights[8] = Weight(gain * (1 - 0.25f * Temperature));
        offsets.Clear();
    }

    private static int Weight(float gain) => (int)MathF.Round(Math.Clamp(gain, 0f, 127f) * 256f);
}
