using System.Text;

namespace AsciiAssets.Tool.Tests.Hostile;

/// <summary>What a hostile case must end in: a render, or one coded error at a position with its exit code.</summary>
/// <param name="Line">1-based; 0 for a file-level error (the message starts "path: error"), null for "any position in the spec".</param>
public sealed record Outcome(int ExitCode, string? Code = null, int? Line = null, int? Column = null)
{
    public static readonly Outcome Renders = new(0);

    public static Outcome Error(string code, int? line = null, int? column = null) => new(1, code, line, column);
}

/// <summary>
/// One hostile case: the files it writes into a sandbox project, the spec's file name, and what must come of it.
/// The sandbox is laid out as the tests expect an attacker's pull request to be: specs and media in
/// project/videos, the output folder project/out, and a file outside the project the spec may try to reach.
/// </summary>
public sealed record HostileCase(string Name, string SpecFile, Func<Sandbox, string> Spec, Outcome Outcome, Action<Sandbox>? Arrange = null)
{
    public override string ToString() => Name;
}

/// <summary>
/// The corpus, generated: hostile names put into every slot that takes a name or a path (the output, the spec's file
/// name, the audio path), hostile media given as audio, hostile scalars in every kind of value, and hostile files.
/// Each hostile name carries what it must do in each slot; the cases are their product.
/// </summary>
public static class HostileCorpus
{
    /// <summary>The template every case varies; {0}.. are the slots. Line numbers below count from it.</summary>
    public static string Template(string output = "", string audio = "", string size = "64x36", string fps = "6", string seed = "1", string sceneName = "\"intro\"", string end = "1s", string palette = "dense", string color = "\"#33ff77\"", string source = "") =>
        $"""
        size: {size}
        fps: {fps}
        seed: {seed}
        {output}
        {audio}
        scenes:
          - name: {sceneName}
            start: 0s
            end: {end}
            layers:
              - field: plasma
                palette: {palette}
                color: {"{"} type: fixed, color: {color} {"}"}
              {source}
        """;

    public const int OutputLine = 4;
    public const int AudioLine = 5;
    public const int SourceLine = 14;

    /// <summary>
    /// A hostile name and what it must do as an output name (null: renders), as a spec's file name (whose name
    /// without .video.yaml is the output name) and as the name of an input file: audio, image or footage (null: renders with that file).
    /// </summary>
    private sealed record HostileName(string Label, string Text, string? AsOutput, bool ValidSpecFileName, string? AsInput);

    private static IEnumerable<HostileName> Names(string root) => new[]
    {
        new HostileName("quote injection", $"x\" -f mp4 -y \"{root}/escaped", "AA1031", true, null),
        new HostileName("single quote", "it's", null, true, null),
        new HostileName("spaces", "my first video", null, true, null),
        new HostileName("newline", "a\nb", "AA1030", false, "AA1030"),
        new HostileName("leading dash", "-y", null, true, null),
        new HostileName("option lookalike", "-f mp4 -i", null, true, null),
        new HostileName("concat protocol", "concat:a|b", "AA1031", false, null),
        new HostileName("file protocol", "file:x", "AA1031", false, null),
        new HostileName("pipe protocol", "pipe:1", "AA1031", false, null),
        new HostileName("url", "http://evil.example/x", "AA1031", true, null),
        new HostileName("unicode", "日本語 ✓ ünïcödé", null, true, null),
        new HostileName("emoji", "🎬 take", null, true, null),
        new HostileName("parent", "../x", "AA1031", true, null),
        new HostileName("deep parent", "../../../../../../../nonexistent-ascii-assets/x", "AA1031", true, "AA1007"),
        new HostileName("absolute", root + "/escaped", "AA1031", true, "AA1033"),
        new HostileName("dot", ".", "AA1031", true, null),
        new HostileName("dot dot", "..", "AA1031", true, null),
        new HostileName("blank", "   ", "AA1031", false, null),
        new HostileName("empty", "", "AA1037", true, "AA1037"),
        new HostileName("trailing slash", "x/", "AA1031", true, null),
        new HostileName("state folder", ".ascii-assets/x", "AA1031", true, null),
        new HostileName("hidden", ".x", "AA1031", false, null),
        new HostileName("windows device", "CON", "AA1031", false, null),
        new HostileName("windows device with extension", "nul.txt", "AA1031", false, null),
        new HostileName("windows forbidden", "a<b>c", "AA1031", false, null),
        new HostileName("trailing dot", "x.", "AA1031", false, null),
        new HostileName("over-long", new string('a', 240), "AA1031", false, null),
        new HostileName("nul", "a\0b", "AA1030", true, "AA1030"),
        new HostileName("escape sequence", "a\u001b[2Jb", "AA1030", false, "AA1030"),
        new HostileName("tab", "a\tb", "AA1030", false, "AA1030"),
    };

    public static IReadOnlyList<HostileCase> Cases { get; } = Build();

    private static List<HostileCase> Build()
    {
        var cases = new List<HostileCase>();
        // The root is only known per sandbox; names that embed it are made with a placeholder and filled in per case.
        foreach (var name in Names(Sandbox.RootPlaceholder))
        {
            cases.Add(new HostileCase(
                $"output: {name.Label}",
                "demo.video.yaml",
                box => Template(output: "output: " + Quote(box.Fill(name.Text))),
                name.AsOutput is null ? Outcome.Renders : Outcome.Error(name.AsOutput, OutputLine, 9)));

            // A file name cannot hold a separator or a NUL, and '.' and '..' name folders.
            if (name.Text.Length > 0 && name.Text.IndexOfAny(new[] { '/', '\0' }) < 0 && name.Text is not ("." or ".."))
            {
                cases.Add(new HostileCase(
                    $"spec file name: {name.Label}",
                    name.Text + ".video.yaml",
                    _ => Template(),
                    name.ValidSpecFileName ? Outcome.Renders : Outcome.Error("AA1031", 1, 1)));
            }

            if (!name.Text.EndsWith('/') && name.Text is not ("." or ".."))
            {
                // Every kind of input file takes the same names the same way: the name is a file, whatever it looks like.
                foreach (var input in Inputs)
                {
                    cases.Add(new HostileCase(
                        $"{input.Kind} name: {name.Label}",
                        "demo.video.yaml",
                        box => input.Spec(Quote(box.Fill(name.Text))),
                        name.AsInput is null ? Outcome.Renders : Outcome.Error(name.AsInput, input.Line, input.Column),
                        box => input.Place(box, box.Fill(name.Text))));
                }
            }
        }

        cases.AddRange(HostileMedia());
        cases.AddRange(HostileScalars());
        cases.AddRange(HostileFiles());
        return cases;
    }

    /// <summary>A slot of the template that names an input file, and how to put a valid file of its kind under a name.</summary>
    private sealed record InputSlot(string Kind, Func<string, string> Spec, int Line, int Column, Action<Sandbox, string> Place);

    // A property, not a field: Cases is built during static initialisation, before later fields are set.
    private static InputSlot[] Inputs => new InputSlot[]
    {
        new("audio", file => Template(audio: "audio: " + file), AudioLine, 8, (box, name) => box.Tone(name)),
        new("image", file => Template(source: "- source: { type: image, file: " + file + " }"), SourceLine, 38, (box, name) => box.Picture(name)),
        new("footage", file => Template(source: "- source: { type: video, file: " + file + " }"), SourceLine, 38, (box, name) => box.Clip(name)),
    };

    /// <summary>Files given as audio, image or footage that are not usable media of that kind, or that must never be opened.</summary>
    private static IEnumerable<HostileCase> HostileMedia()
    {
        IEnumerable<HostileCase> Every(string label, string path, string code, Action<Sandbox>? arrange) =>
            Inputs.Select(input => Media(input, label, path, code, arrange));

        HostileCase Media(InputSlot input, string label, string path, string code, Action<Sandbox>? arrange) =>
            new($"{input.Kind} content: {label}", "demo.video.yaml", box => input.Spec(Quote(box.Fill(path))), Outcome.Error(code, input.Line, input.Column), arrange);

        var audio = Inputs[0];
        var cases = new List<HostileCase>
        {
            Media(audio, "header without samples", "header.wav", "AA1034", box => box.WriteVideos("header.wav", box.ToneBytes()[..44])),
            Media(audio, "truncated wav", "cut.wav", "AA1034", box => box.WriteVideos("cut.wav", box.ToneBytes()[..8000])),
        };
        cases.AddRange(Every("text file", "notes.media", "AA1034", box => box.WriteVideos("notes.media", "these are not samples\n")));
        cases.AddRange(Every("random bytes", "noise.media", "AA1034", box => box.WriteVideos("noise.media", RandomBytes(5000))));
        cases.AddRange(Every("empty file", "empty.media", "AA1032", box => box.WriteVideos("empty.media", Array.Empty<byte>())));
        cases.AddRange(Every("fifo", "pipe.media", "AA1032", box => box.Fifo("pipe.media")));
        cases.AddRange(Every("dev zero", "/dev/zero", "AA1032", null));
        cases.AddRange(Every("dev urandom", "/dev/urandom", "AA1032", null));
        cases.AddRange(Every("dev stdin", "/dev/stdin", "AA1032", null));
        cases.AddRange(Every("proc file", "/proc/self/status", "AA1032", null));
        cases.AddRange(Every("system file", "/etc/passwd", "AA1033", null));
        cases.AddRange(Every("file outside the project", "../../outside/secret.wav", "AA1033", null));
        cases.AddRange(Every("link to outside the project", "inside.media", "AA1033", box => box.Link("inside.media", box.Fill(Sandbox.RootPlaceholder + "/outside/secret.wav"))));
        cases.AddRange(Every("symlink loop", "loop.media", "AA1032", box => { box.Link("loop.media", "loop2.media"); box.Link("loop2.media", "loop.media"); }));
        cases.AddRange(Every("dangling symlink", "gone.media", "AA1032", box => box.Link("gone.media", "nowhere.media")));
        cases.AddRange(Every("folder", "sounds", "AA1032", box => Directory.CreateDirectory(box.Videos("sounds"))));
        cases.AddRange(Every("missing", "missing.media", "AA1007", null));
        return cases;
    }

    /// <summary>Values that look almost right: other digits, tags, types, control characters, sizes beyond reason.</summary>
    private static IEnumerable<HostileCase> HostileScalars()
    {
        HostileCase Case(string label, string spec, string code, int line, int column) =>
            new($"value: {label}", "demo.video.yaml", _ => spec, Outcome.Error(code, line, column));

        yield return Case("fullwidth digits in a size", Template(size: "１２８x７２"), "AA1020", 1, 7);
        yield return Case("arabic-indic digits in a size", Template(size: "١٢٨x٧٢"), "AA1020", 1, 7);
        yield return Case("arabic-indic digits in fps", Template(fps: "٢٤"), "AA1004", 2, 6);
        yield return Case("devanagari digits in a time", Template(end: "१s"), "AA1009", 9, 10);
        yield return Case("superscript digits in a seed", Template(seed: "¹²"), "AA1004", 3, 7);
        yield return Case("nul in a scene name", Template(sceneName: "\"a\\0b\""), "AA1030", 7, 11);
        yield return Case("escape in a scene name", Template(sceneName: "\"a\\e[31mb\""), "AA1030", 7, 11);
        yield return Case("binary tag", Template(size: "!!binary aGVsbG8="), "AA1029", 1, 7);
        yield return Case("python object tag", Template(sceneName: "!!python/object:os.system \"rm -rf /\""), "AA1029", 7, 11);
        yield return Case("int tag", Template(seed: "!!int 3"), "AA1029", 3, 7);
        yield return Case("local tag", Template(palette: "!custom dense"), "AA1029", 12, 18);
        yield return Case("output true", Template(output: "output: true"), "AA1004", OutputLine, 9);
        yield return Case("output number", Template(output: "output: 2024"), "AA1004", OutputLine, 9);
        yield return Case("output list", Template(output: "output: [a, b]"), "AA1004", OutputLine, 9);
        yield return Case("empty custom chars", Template(palette: "{ type: custom, chars: \"\" }"), "AA1037", 12, 41);
        yield return Case("colour with a trailing newline", Template(color: "\"#ff0000\\n\""), "AA1017", 13, 38);
        yield return Case("colour with spaces", Template(color: "\" #ff0000 \""), "AA1017", 13, 38);
        yield return Case("infinite seed", Template(seed: "1e400"), "AA1004", 3, 7);
        yield return Case("time beyond a day", Template(end: "99999999999"), "AA1009", 9, 10);
        yield return Case("negative time", Template(end: "-5s"), "AA1009", 9, 10);
        yield return Case("number with spaces", Template(fps: "\" 6 \""), "AA1004", 2, 6);
        yield return Case("hex fps", Template(fps: "0x18"), "AA1004", 2, 6);
        yield return Case("huge size", Template(size: "999999999x999999999"), "AA1013", 1, 7);
    }

    /// <summary>Spec files that are not specs: too deep, too big, not UTF-8, alias bombs, pipes and links.</summary>
    private static IEnumerable<HostileCase> HostileFiles()
    {
        yield return new HostileCase("file: 100000 levels of [", "deep.video.yaml", _ => "scenes: " + new string('[', 100_000), Outcome.Error("AA1028", 1));
        yield return new HostileCase("file: 100 levels of block nesting", "deep.video.yaml", _ => string.Concat(Enumerable.Range(0, 100).Select(i => new string(' ', i) + "a:\n")), Outcome.Error("AA1028"));
        yield return new HostileCase("file: 2 MB", "big.video.yaml", _ => Template() + "\n# " + new string('x', 2 << 20), Outcome.Error("AA1027", 1, 1));
        yield return new HostileCase("file: billion laughs", "bomb.video.yaml", _ => Laughs(), Outcome.Error("AA1036"));
        yield return new HostileCase("file: invalid utf-8", "latin1.video.yaml", _ => Template(sceneName: "\"caf\uFFFDe\""), Outcome.Error("AA1035", 7, 15),
            box => box.WriteVideos("latin1.video.yaml", Encoding.UTF8.GetBytes(Template(sceneName: "\"cafXe\"")).Select(b => b == (byte)'X' ? (byte)0xE9 : b).ToArray()));
        yield return new HostileCase("file: utf-16", "wide.video.yaml", _ => Template(), Outcome.Error("AA1035", 1, 1),
            box => box.WriteVideos("wide.video.yaml", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Template())).ToArray()));
        yield return new HostileCase("file: empty", "empty.video.yaml", _ => string.Empty, Outcome.Error("AA1023", 1, 1));
        yield return new HostileCase("file: fifo", "pipe.video.yaml", _ => string.Empty, Outcome.Error("AA1032", 0), box => box.Fifo("pipe.video.yaml"));
        yield return new HostileCase("file: symlink loop", "loop.video.yaml", _ => string.Empty, Outcome.Error("AA1032", 0),
            box => { box.Link("loop.video.yaml", "loop2.yaml"); box.Link("loop2.yaml", "loop.video.yaml"); });
        yield return new HostileCase("file: link to a device", "zero.video.yaml", _ => string.Empty, Outcome.Error("AA1032", 0), box => box.Link("zero.video.yaml", "/dev/zero"));
    }

    /// <summary>Nine levels of ten aliases each: 10^9 values once expanded, a few hundred bytes written.</summary>
    private static string Laughs()
    {
        var text = new StringBuilder("a0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
        for (var i = 1; i < 10; i++)
        {
            text.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n");
        }

        return text.Append("scenes: *a9\n").ToString();
    }

    /// <summary>A YAML double-quoted scalar holding exactly <paramref name="text"/>.</summary>
    public static string Quote(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                '\0' => "\\0",
                '\u001b' => "\\e",
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(42).NextBytes(bytes);
        return bytes;
    }
}
