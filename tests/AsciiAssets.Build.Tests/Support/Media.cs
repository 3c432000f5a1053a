using System.Text;

namespace AsciiAssets.Build.Tests.Support;

public static class Media
{
    /// <summary>Writes one second of a sine tone as 8 kHz mono 16-bit PCM WAV; another frequency gives other bytes.</summary>
    public static void WriteTone(string path, double frequency)
    {
        const int sampleRate = 8000;
        using var writer = new BinaryWriter(File.Create(path), Encoding.ASCII);
        writer.Write("RIFF"u8);
        writer.Write(36 + sampleRate * 2);
        writer.Write("WAVEfmt "u8);
        writer.Write(16);
        writer.Write((short)1);
        writer.Write((short)1);
        writer.Write(sampleRate);
        writer.Write(sampleRate * 2);
        writer.Write((short)2);
        writer.Write((short)16);
        writer.Write("data"u8);
        writer.Write(sampleRate * 2);
        for (var i = 0; i < sampleRate; i++)
        {
            writer.Write((short)(short.MaxValue * 0.3 * Math.Sin(2 * Math.PI * frequency * i / sampleRate)));
        }
    }

    /// <summary>An MP4 starts with an ftyp box; a half-written or foreign file does not.</summary>
    public static bool IsMp4(string path)
    {
        if (!File.Exists(path) || new FileInfo(path).Length < 1024)
        {
            return false;
        }

        var header = new byte[8];
        using var stream = File.OpenRead(path);
        stream.ReadExactly(header);
        return Encoding.ASCII.GetString(header, 4, 4) == "ftyp";
    }
}
