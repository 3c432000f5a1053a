namespace AsciiAssets.Tool.Tests.Support;

/// <summary>Processes as Linux's /proc shows them: what a run started, and whether any of it is still alive.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public static class Processes
{
    /// <summary>Children, grandchildren and so on of a process, while it lives.</summary>
    public static IReadOnlyList<int> Descendants(int pid)
    {
        var found = new List<int>();
        var pending = new Stack<int>(new[] { pid });
        while (pending.TryPop(out var parent))
        {
            foreach (var child in Children(parent))
            {
                found.Add(child);
                pending.Push(child);
            }
        }

        return found;
    }

    public static string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }

    /// <summary>Alive and not a zombie, after giving a killed process up to five seconds to be reaped.</summary>
    public static bool IsRunning(int pid)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (!IsAlive(pid))
            {
                return false;
            }

            Thread.Sleep(100);
        }

        return true;
    }

    /// <summary>Processes (other than this one) whose command line contains <paramref name="text"/> and that are still running after a moment.</summary>
    public static IReadOnlyList<int> Named(string text)
    {
        var matching = Directory.GetDirectories("/proc")
            .Select(Path.GetFileName)
            .Where(name => name!.All(char.IsAsciiDigit))
            .Select(name => int.Parse(name!))
            .Where(pid => pid != Environment.ProcessId && CommandLine(pid).Contains(text, StringComparison.Ordinal))
            .ToArray();
        return matching.Where(IsRunning).ToArray();
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return !stat[(stat.LastIndexOf(')') + 2)..].StartsWith('Z');
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static IEnumerable<int> Children(int pid)
    {
        try
        {
            return Directory.GetDirectories($"/proc/{pid}/task")
                .SelectMany(task => File.ReadAllText(Path.Combine(task, "children")).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .Select(int.Parse)
                .ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Array.Empty<int>();
        }
    }
}
