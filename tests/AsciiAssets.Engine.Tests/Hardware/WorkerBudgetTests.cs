using AsciiAssets.Encode.Outputs;
using AsciiAssets.Hardware;
using AsciiAssets.Tests.Support;

namespace AsciiAssets.Tests.Hardware;

/// <summary>The worker count memory allows counts each worker's frames and the encoders of every track it feeds.</summary>
public class WorkerBudgetTests
{
    private const string Spec = """
        size: 1920x1080
        fps: 24
        scenes:
          - start: 0s
            end: 2s
            layers: [{ field: plasma }]
        """;

    [Theory]
    // 8 GiB: 60 % of it over (24 MiB + 8 frames + two of each encoder) per worker, 6.2 MB frames at 1080p.
    [InlineData(new[] { "mp4" }, 4)] // 168 frames: 1.07 GB a worker
    [InlineData(new[] { "webm" }, 4)] // VP9 4:4:4, 90 frames: 1.19 GB
    [InlineData(new[] { "mp4", "webm" }, 2)] // 348 frames: 2.19 GB
    [InlineData(new[] { "mp4", "webm", "poster" }, 1)] // and the lossless frames every image kind is made from (FFV1, 65 frames): 3.0 GB
    public void Counts_the_encoders_of_every_track_a_worker_feeds(string[] kinds, int workers)
    {
        var plan = TestRender.Plan(Spec);
        var tracks = kinds.Select(k => Probe.Default<OutputKind>(k).Track(plan)).OfType<SegmentTrack>().DistinctBy(t => t.Name).ToArray();

        WorkerBudget.MaximumForMemory(new HardwareInfo(8, 8L << 30, "linux-x64"), [(plan, tracks)]).Should().Be(workers);
    }

    [Fact]
    public void Leaves_one_worker_however_little_memory_there_is()
    {
        var plan = TestRender.Plan(Spec);

        WorkerBudget.MaximumForMemory(new HardwareInfo(8, 1L << 30, "linux-x64"), [(plan, [SegmentTrack.H264(plan, maxRate: null)])]).Should().Be(1);
    }
}
