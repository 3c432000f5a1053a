using System.ComponentModel;
using AsciiAssets.Encode;
using AsciiAssets.Plan;
using Spectre.Console;
using Spectre.Console.Cli;

namespace AsciiAssets.Cli.Commands;

/// <summary>The encoder option of the commands that encode (render) or show how they would (info).</summary>
public class EncoderSettings : SharedSettings
{
    [CommandOption("--encoder <ENCODER>")]
    [Description("H.264 encoder: auto, libx264, h264_nvenc, h264_qsv, h264_vaapi, h264_videotoolbox or h264_amf. Default: auto, the first hardware encoder that passes a one-frame trial, else libx264.")]
    public string? EncoderName { get; init; }

    public EncoderChoice? Encoder => EncoderName is null ? null : EncoderChoice.Parse(EncoderName);

    public override ValidationResult Validate()
    {
        if (EncoderName is not null && Encoder is null)
        {
            return ValidationResult.Error($"--encoder {EncoderChoice.Unknown(EncoderName)}");
        }

        return base.Validate();
    }

    public override RenderOptions ToOptions() => base.ToOptions() with { Encoder = Encoder };
}
