using AsciiAssets.Numerics;
using AsciiAssets.Registry;

namespace AsciiAssets.Shaders;

[Registered("levels", "Input levels as in a photo editor: black point to 0, white point to 255, a gamma between, every channel alike.")]
public sealed record LevelsShader(
    [Doc("Input value (0..254) that becomes black; everything darker is black too.")][Range(0, 254)] int Black = 16,
    [Doc("Input value (1..255) that becomes white; above 'black'.")][Range(1, 255)] int White = 235,
    [Doc("Exponent of the curve between the two points: 1 straight, below 1 brighter mid-tones.")][Range(0.1, 10)] float Gamma = 1f) : LookupShader, IValidatedRecord
{
    public void Validate(RecordCheck check)
    {
        if (White <= Black)
        {
            check.Fail("white", $"is {White}, not above 'black' ({Black}), so no value would lie between them; make 'white' larger than 'black'");
        }
    }

    protected override byte Map(byte value)
    {
        // Moving points may cross; the span then stays one level wide rather than dividing by zero.
        var span = Math.Max(1, White - Black);
        var x = DetMath.Clamp01((value - Black) / (float)span);
        return (byte)(DetMath.Pow(x, Math.Max(Gamma, 0.01f)) * 255f + 0.5f);
    }
}
