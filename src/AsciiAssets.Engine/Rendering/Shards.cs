using System.Globalization;

namespace AsciiAssets.Rendering;

/// <summary>Shard <see cref="Index"/> (0-based) of <see cref="Count"/>: the share of a run one machine renders.</summary>
public sealed record Shard(int Index, int Count)
{
    /// <summary>"2/3" is the second of three (1-based, as CI matrices count); null for anything else.</summary>
    public static Shard? Parse(string text)
    {
        var parts = text.Split('/');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count is >= 1 and <= 1000 && index >= 1 && index <= count
                ? new Shard(index - 1, count)
                : null;
    }

    public override string ToString() => $"{Index + 1}/{Count}";
}

/// <summary>
/// Splits the segments of a run between shards so each gets about the same work: biggest first, each to the shard
/// with the least so far. The cost is what the specs fix (frames times pixels), never a measurement or what a cache
/// holds, so every shard, on whatever machine, computes the same split.
/// </summary>
public static class Shards
{
    public static IReadOnlySet<(RenderJob Job, int Segment)> Assign(IReadOnlyList<RenderJob> jobs, Shard shard)
    {
        var load = new long[shard.Count];
        var mine = new HashSet<(RenderJob, int)>();
        var segments = jobs
            .SelectMany(job => job.Segments.Select(segment => (Job: job, Segment: segment, Cost: (long)segment.FrameCount * job.Plan.Width * job.Plan.Height)))
            .OrderByDescending(s => s.Cost)
            .ThenBy(s => s.Job.Id)
            .ThenBy(s => s.Segment.Index);
        foreach (var (job, segment, cost) in segments)
        {
            var least = Array.IndexOf(load, load.Min());
            load[least] += cost;
            if (least == shard.Index)
            {
                mine.Add((job, segment.Index));
            }
        }

        return mine;
    }
}
