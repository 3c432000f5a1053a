using AsciiAssets.Plan;

namespace AsciiAssets.Hardware;

/// <summary>Caps the worker count so every worker's frame buffers fit in 60 % of the memory the process may use.</summary>
public static class WorkerBudget
{
    /// <summary>Frame-sized buffers one worker holds: its in-flight frames, a layer scratch, feedback's two, and slack.</summary>
    private const int FramesPerWorker = 8;

    /// <summary>Glyph atlases, grids and the runtime's own share, per worker.</summary>
    private const long FixedBytesPerWorker = 24L << 20;

    public static int MaximumForMemory(HardwareInfo hardware, IEnumerable<RenderPlan> plans)
    {
        var frameBytes = plans.Max(p => (long)p.Width * p.Height * 3);
        var perWorker = FixedBytesPerWorker + FramesPerWorker * frameBytes;
        return (int)Math.Max(1, hardware.MemoryBytes * 6 / 10 / perWorker);
    }
}
