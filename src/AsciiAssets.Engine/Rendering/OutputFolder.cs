using AsciiAssets.Diagnostics;

namespace AsciiAssets.Rendering;

/// <summary>
/// Checks before the first frame that a folder can take files: a read-only, full or not-a-folder output folder is
/// found in a second, not after every frame has been rendered.
/// </summary>
public static class OutputFolder
{
    /// <summary>A probe the size of a small segment's first write, so a full disk shows, not only a missing permission.</summary>
    private const int ProbeBytes = 64 * 1024;

    /// <summary>Creates the folder when missing and writes (then removes) a probe file in it; AA3004 when either fails.</summary>
    public static void EnsureWritable(string folder, string purpose)
    {
        var probe = Path.Combine(folder, $".ascii-assets-probe-{Guid.NewGuid():N}.tmp");
        try
        {
            if (File.Exists(folder))
            {
                throw new IOException("it is a file, not a folder");
            }

            Directory.CreateDirectory(folder);
            using (var stream = new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
                stream.Write(new byte[ProbeBytes]);
                stream.Flush(flushToDisk: false);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new AsciiAssetsException(DiagnosticDescriptors.OutputNotWritten.Create(null, folder, $"{purpose} cannot be written there: {e.Message}"));
        }
        finally
        {
            try
            {
                File.Delete(probe);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
        }
    }
}
