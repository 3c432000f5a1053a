using System.Runtime.InteropServices;

namespace AsciiAssets.Numerics;

/// <summary>One pixel in the byte layout ffmpeg's rgb24 input expects.</summary>
[StructLayout(LayoutKind.Sequential, Pack = 1)]
public readonly record struct Rgb24(byte R, byte G, byte B)
{
    public static Rgb24 FromUnit(float r, float g, float b) =>
        new(ToByte(r), ToByte(g), ToByte(b));

    public static byte ToByte(float unit) => (byte)(DetMath.Clamp01(unit) * 255f + 0.5f);

    public Rgb24 Scale(float factor) => FromUnit(R / 255f * factor, G / 255f * factor, B / 255f * factor);
}
