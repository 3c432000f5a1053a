using System.Runtime.InteropServices;

namespace AsciiAssets.Hardware;

/// <summary>What this machine offers the renderer: cores and memory the process may use, OS and architecture.</summary>
public sealed record HardwareInfo(int LogicalCores, long MemoryBytes, string Platform)
{
    public static HardwareInfo Detect()
    {
        // Environment.ProcessorCount already honours container CPU limits and affinity;
        // GC's TotalAvailableMemoryBytes honours cgroup memory limits.
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        return new HardwareInfo(Environment.ProcessorCount, memory, RuntimeInformation.RuntimeIdentifier);
    }

    public double MemoryGiB => MemoryBytes / (1024.0 * 1024 * 1024);

    public override string ToString() => $"{LogicalCores} cores, {MemoryGiB:0.0} GiB, {Platform}";
}
