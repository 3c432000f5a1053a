using AsciiAssets.Tests.Shared;
using AsciiAssets.Tool.Tests.Support;

namespace AsciiAssets.Tool.Tests.Cache;

/// <summary>
/// Segments and outputs as content-addressed cache entries: an edit re-renders only what it touches, a shared cache
/// (a real nginx WebDAV server on loopback, and a server that misbehaves) serves other folders and machines, shards
/// fill it and a join assembles the same bytes as one process. Every run is the tool as a real process.
/// </summary>
[Collection(ToolCollection.Name)]
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public class CacheTests
{
    /// <summary>Six one-second scenes: six segments of twelve frames.</summary>
    private static string SixScenes(string third = "spiral") => "size: 96x54\nfps: 12\nquality: draft\nscenes:\n" + string.Concat(
        new[] { "plasma", "rings", third, "tunnel", "fire", "fbm" }.Select((field, i) =>
            $"  - name: s{i + 1}\n    start: {i}s\n    end: {i + 1}s\n    layers:\n      - field: {field}\n"));

    private static readonly string[] Render = { "render", ".", "--encoder", "libx264" };

    [Fact]
    public async Task An_edited_scene_renders_only_its_segments_and_the_result_is_a_force_render_byte_for_byte()
    {
        using var dir = new TempFolder();
        var cache = dir.File("cache");
        dir.Write("six.video.yaml", SixScenes());
        (await Tool(dir.Path, "--cache-dir", cache)).ExitCode.Should().Be(0);
        var first = File.ReadAllBytes(dir.File("six.mp4"));

        dir.Write("six.video.yaml", SixScenes("{ type: spiral, arms: 5 }"));
        var edited = await Tool(dir.Path, "--cache-dir", cache, "--explain");
        var editedBytes = File.ReadAllBytes(dir.File("six.mp4"));
        using var full = new TempFolder();
        full.Write("six.video.yaml", SixScenes("{ type: spiral, arms: 5 }"));
        (await Tool(full.Path, "--force", "--no-cache")).ExitCode.Should().Be(0);
        dir.Write("six.video.yaml", SixScenes());
        var reverted = await Tool(dir.Path, "--cache-dir", cache);

        edited.ExitCode.Should().Be(0, edited.AllOutput);
        edited.StandardOutput.Should().Contain("six.mp4: 5 of 6 segments from the cache (5 local, 0 shared); rendering segment 3")
            .And.Contain("six.mp4: segment 2 (frames 12-23): hit (local)")
            .And.Contain("six.mp4: segment 3 (frames 24-35): miss (scene changed)")
            .And.Contain("six.mp4: rendered 12 frames (60 more from the cache)");
        editedBytes.Should().Equal(File.ReadAllBytes(full.File("six.mp4")), "a cached segment is the same bytes as a rendered one");
        reverted.StandardOutput.Should().Contain("six.mp4: the whole video from the local cache").And.Contain("six.mp4: from the cache →");
        File.ReadAllBytes(dir.File("six.mp4")).Should().Equal(first, "edit and revert give back the first render's bytes");
    }

    [Fact]
    public async Task An_added_output_encodes_only_its_own_track_and_the_mp4_comes_from_its_cached_segments()
    {
        using var dir = new TempFolder();
        var cache = dir.File("cache");
        dir.Write("six.video.yaml", SixScenes());
        (await Tool(dir.Path, "--cache-dir", cache)).ExitCode.Should().Be(0);
        var first = File.ReadAllBytes(dir.File("six.mp4"));

        dir.Write("six.video.yaml", SixScenes() + "outputs: [mp4, webm]\n");
        var added = await Tool(dir.Path, "--cache-dir", cache, "--explain");

        added.ExitCode.Should().Be(0, added.AllOutput);
        added.StandardOutput.Should().Contain("six.mp4: segment 1 (frames 0-11): miss of vp9 (the frames are the same; not encoded to this output before, or no longer in the cache)")
            .And.Contain("six.mp4: segment 6 (frames 60-71): miss of vp9 (");
        added.StandardOutput.Should().NotContain("miss of mp4").And.NotContain("miss (");
        File.ReadAllBytes(dir.File("six.mp4")).Should().Equal(first, "the MP4 is joined from the segments the first run cached");
        (await Media.ProbeAsync(dir.File("six.webm")))[0].CodecName.Should().Be("vp9");
    }

    [Fact]
    public async Task A_damaged_local_blob_is_never_used()
    {
        using var dir = new TempFolder();
        var cache = dir.File("cache");
        dir.Write("six.video.yaml", SixScenes());
        (await Tool(dir.Path, "--cache-dir", cache)).ExitCode.Should().Be(0);
        var first = File.ReadAllBytes(dir.File("six.mp4"));
        foreach (var blob in Directory.GetFiles(Path.Combine(cache, "cas")))
        {
            var bytes = File.ReadAllBytes(blob);
            bytes[bytes.Length / 2] ^= 0xff;
            File.WriteAllBytes(blob, bytes);
        }

        File.Delete(dir.File("six.mp4"));
        var again = await Tool(dir.Path, "--cache-dir", cache);

        again.ExitCode.Should().Be(0, again.AllOutput);
        again.StandardOutput.Should().Contain("six.mp4: 6 segments to render, none in the cache");
        File.ReadAllBytes(dir.File("six.mp4")).Should().Equal(first);
    }

    [Fact]
    public async Task A_second_folder_with_the_shared_cache_renders_nothing_and_gets_the_same_bytes()
    {
        using var nginx = new NginxCache();
        using var one = new TempFolder();
        using var two = new TempFolder();
        one.Write("six.video.yaml", SixScenes());
        two.Write("six.video.yaml", SixScenes());

        var first = await Tool(one.Path, "--cache-dir", one.File("cache"), "--cache-url", nginx.Url);
        var second = await Tool(two.Path, "--cache-dir", two.File("cache"), "--cache-url", nginx.Url);

        first.ExitCode.Should().Be(0, first.AllOutput);
        nginx.Files("ac").Should().Be(7, "six segments and the output");
        second.ExitCode.Should().Be(0, second.AllOutput);
        second.StandardOutput.Should().Contain("six.mp4: the whole video from the shared cache").And.NotContain("%");
        File.ReadAllBytes(two.File("six.mp4")).Should().Equal(File.ReadAllBytes(one.File("six.mp4")));
    }

    [Fact]
    public async Task Three_shards_and_a_join_give_the_bytes_of_one_process()
    {
        using var nginx = new NginxCache();
        using var dir = new TempFolder();
        dir.Write("videos/six.video.yaml", SixScenes());
        dir.Write("videos/other.video.yaml", SixScenes("{ type: spiral, arms: 2 }").Replace("fps: 12", "fps: 8"));
        dir.Write("single/six.video.yaml", SixScenes());
        dir.Write("single/other.video.yaml", SixScenes("{ type: spiral, arms: 2 }").Replace("fps: 12", "fps: 8"));
        (await Tool(dir.File("single"), "--no-cache")).ExitCode.Should().Be(0);

        var shards = await Task.WhenAll(
            ToolProcess.RunToolAsync(dir.File("videos"), "render", ".", "--shard", "1/3", "--cache-url", nginx.Url, "--cache-dir", dir.File("c1"), "--workers", "1"),
            ToolProcess.RunToolAsync(dir.File("videos"), "render", ".", "--shard", "2/3", "--cache-url", nginx.Url, "--cache-dir", dir.File("c2"), "--workers", "1"),
            ToolProcess.RunToolAsync(dir.File("videos"), new Dictionary<string, string?> { ["JOB_COMPLETION_INDEX"] = "2" }, "render", ".", "--shards", "3", "--cache-url", nginx.Url, "--cache-dir", dir.File("c3"), "--workers", "1"));
        foreach (var shard in shards)
        {
            shard.ExitCode.Should().Be(0, shard.AllOutput);
            shard.StandardOutput.Should().Contain("this shard's segments are in the cache");
        }

        File.Exists(dir.File("videos/six.mp4")).Should().BeFalse("a shard writes no video");
        nginx.Files("ac").Should().Be(12, "every segment of both videos, each stored by one shard");
        var join = await ToolProcess.RunToolAsync(dir.File("videos"), "join", ".", "--cache-url", nginx.Url, "--cache-dir", dir.File("cj"));

        join.ExitCode.Should().Be(0, join.AllOutput);
        join.StandardOutput.Should().NotContain("%", "a join renders nothing");
        foreach (var video in new[] { "six.mp4", "other.mp4" })
        {
            File.ReadAllBytes(dir.File($"videos/{video}")).Should().Equal(File.ReadAllBytes(dir.File($"single/{video}")), video);
        }
    }

    [Fact]
    public async Task A_join_with_missing_segments_names_them_and_shards_need_a_fixed_quality()
    {
        using var server = new FaultyCacheServer(CacheFault.None);
        using var dir = new TempFolder();
        dir.Write("six.video.yaml", SixScenes());
        dir.Write("auto/six.video.yaml", SixScenes().Replace("quality: draft\n", ""));

        var join = await ToolProcess.RunToolAsync(dir.Path, "join", "six.video.yaml", "--cache-url", server.Url, "--cache-dir", dir.File("cache"));
        var auto = await ToolProcess.RunToolAsync(dir.File("auto"), "render", ".", "--shard", "1/2", "--cache-url", server.Url);

        join.ExitCode.Should().Be(3);
        join.StandardError.Should().Contain($"{dir.File("six.video.yaml")}: error AA3020: six.mp4 cannot be joined: segments 1, 2, 3, 4, 5, 6 are not in the cache.");
        auto.ExitCode.Should().Be(2);
        auto.StandardError.Should().Contain("error AA4010: --shard and join need a fixed quality");
    }

    [Theory]
    [InlineData(CacheFault.ServerError, "answered 500 Internal Server Error")]
    [InlineData(CacheFault.TruncatedBody, "broke off")]
    [InlineData(CacheFault.WrongBytes, "do not hash to its name")]
    [InlineData(CacheFault.Hang, "no answer within 1 s")]
    [InlineData(null, "Connection refused")]
    public async Task A_failing_shared_cache_is_one_warning_and_a_correct_render(CacheFault? fault, string reason)
    {
        using var server = new FaultyCacheServer(CacheFault.None);
        using var good = new TempFolder();
        using var dir = new TempFolder();
        good.Write("six.video.yaml", SixScenes());
        dir.Write("six.video.yaml", SixScenes());
        (await Tool(good.Path, "--cache-dir", good.File("cache"), "--cache-url", server.Url)).ExitCode.Should().Be(0);
        server.Fault = fault ?? CacheFault.None;
        var url = fault is null ? $"http://127.0.0.1:{NginxCache.FreePort()}" : server.Url;

        var result = await Tool(dir.Path, "--cache-dir", dir.File("cache"), "--cache-url", url, "--cache-timeout", "1s");

        result.ExitCode.Should().Be(0, result.AllOutput);
        result.Lines("AA2040").Should().ContainSingle().Which.Should().Contain(reason);
        File.ReadAllBytes(dir.File("six.mp4")).Should().Equal(File.ReadAllBytes(good.File("six.mp4")), "the output is right whatever the cache does");
    }

    [Fact]
    public async Task A_read_only_cache_is_read_and_never_written_and_the_token_is_sent_but_never_shown()
    {
        using var server = new FaultyCacheServer(CacheFault.None);
        using var dir = new TempFolder();
        dir.Write("six.video.yaml", SixScenes());
        var secret = new Dictionary<string, string?> { ["ASCII_ASSETS_CACHE_TOKEN"] = "s3cr3t-t0ken" };

        var result = await ToolProcess.RunToolAsync(dir.Path, secret, "render", ".", "--encoder", "libx264", "--cache-url", server.Url, "--cache-read-only", "--explain", "-v", "diag");

        result.ExitCode.Should().Be(0, result.AllOutput);
        server.Requests.Should().NotBeEmpty().And.OnlyContain(r => r.Request.StartsWith("GET ", StringComparison.Ordinal) && r.Authorization == "Bearer s3cr3t-t0ken");
        server.Stored.Should().Be(0);
        result.AllOutput.Should().NotContain("s3cr3t");
    }

    private static Task<ProcessResult> Tool(string folder, params string[] options) => ToolProcess.RunToolAsync(folder, Render.Concat(options).ToArray());
}
