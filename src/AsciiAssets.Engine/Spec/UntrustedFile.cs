using System.Runtime.InteropServices;

namespace AsciiAssets.Spec;

/// <summary>
/// What a path from a spec (or a spec itself) really is, found without opening it: opening a FIFO blocks until a
/// writer comes, and reading a device or /proc never ends, so only regular files of a bounded size are read.
/// </summary>
internal static partial class UntrustedFile
{
    /// <summary>The file's kind, or why there is no file; a symbolic link is followed to its final target.</summary>
    public static FileCheck Inspect(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return InspectWindows(path);
        }

        return UnixStat.TryStat(path, out var type, out var length, out var error)
            ? type switch
            {
                UnixStat.Regular => length == 0 ? new FileCheck(FileKind.Empty, 0) : new FileCheck(FileKind.Regular, length),
                UnixStat.Directory => new FileCheck(FileKind.Directory, 0),
                UnixStat.Fifo => new FileCheck(FileKind.Fifo, 0),
                UnixStat.CharacterDevice or UnixStat.BlockDevice => new FileCheck(FileKind.Device, 0),
                UnixStat.Socket => new FileCheck(FileKind.Socket, 0),
                _ => new FileCheck(FileKind.Special, 0),
            }
            : error switch
            {
                UnixStat.NoSuchFile => new FileCheck(IsLink(path) ? FileKind.DanglingLink : FileKind.Missing, 0),
                UnixStat.TooManyLinks => new FileCheck(FileKind.LinkLoop, 0),
                _ => new FileCheck(FileKind.Unreadable, 0),
            };
    }

    /// <summary>The path with every symbolic link resolved, for checks of where a file really is.</summary>
    public static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var parts = new List<string>();
        var current = full;
        // Resolve from the file up: a link in any folder on the way counts.
        while (current is not null)
        {
            FileSystemInfo? target;
            try
            {
                var info = new FileInfo(current);
                target = info.LinkTarget is null ? null : info.ResolveLinkTarget(returnFinalTarget: true);
            }
            catch (IOException)
            {
                // A loop of links: what it is, Inspect says; there is nothing further to resolve.
                return full;
            }

            if (target is not null)
            {
                var resolved = target.FullName;
                parts.Reverse();
                return RealPath(parts.Count == 0 ? resolved : Path.Combine(new[] { resolved }.Concat(parts).ToArray()));
            }

            var parent = Path.GetDirectoryName(current);
            if (parent is null)
            {
                break;
            }

            parts.Add(Path.GetFileName(current));
            current = parent;
        }

        return full;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies inside it.</summary>
    public static bool IsInside(string path, string folder)
    {
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var root = Path.TrimEndingDirectorySeparator(folder);
        return string.Equals(path, root, comparison)
            || path.StartsWith(root + Path.DirectorySeparatorChar, comparison)
            || (OperatingSystem.IsWindows() && path.StartsWith(root + Path.AltDirectorySeparatorChar, comparison));
    }

    /// <summary>Reads at most <paramref name="limit"/> bytes of a file that <see cref="Inspect"/> found regular; null when it is longer.</summary>
    public static byte[]? ReadAtMost(string path, long limit)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
        var buffer = new byte[checked((int)Math.Min(limit + 1, Math.Max(stream.Length + 1, 1)))];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += read;
        }

        return total > limit ? null : buffer[..total];
    }

    private static bool IsLink(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget is not null;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static FileCheck InspectWindows(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        if (OutputName.IsWindowsDeviceName(name) || path.StartsWith(@"\\.\", StringComparison.Ordinal) || path.StartsWith(@"\\?\", StringComparison.Ordinal))
        {
            return new FileCheck(FileKind.Device, 0);
        }

        FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        try
        {
            if (info.LinkTarget is not null)
            {
                info = info.ResolveLinkTarget(returnFinalTarget: true) ?? info;
            }
        }
        catch (IOException)
        {
            return new FileCheck(FileKind.LinkLoop, 0);
        }

        if (!info.Exists)
        {
            return new FileCheck(new FileInfo(path).LinkTarget is not null ? FileKind.DanglingLink : FileKind.Missing, 0);
        }

        if (info.Attributes.HasFlag(FileAttributes.Directory))
        {
            return new FileCheck(FileKind.Directory, 0);
        }

        if (info.Attributes.HasFlag(FileAttributes.Device))
        {
            return new FileCheck(FileKind.Device, 0);
        }

        var length = ((FileInfo)info).Length;
        return new FileCheck(length == 0 ? FileKind.Empty : FileKind.Regular, length);
    }

    /// <summary>
    /// stat(2) through the runtime's own native shim (System.Native), whose FileStatus keeps Flags and Mode first and
    /// normalises the file-type bits across Unix systems. A self-check on a known folder guards against a runtime
    /// that changed it; without the shim every path counts as unreadable rather than as a file.
    /// </summary>
    private static partial class UnixStat
    {
        public const int Fifo = 0x1000;
        public const int CharacterDevice = 0x2000;
        public const int Directory = 0x4000;
        public const int BlockDevice = 0x6000;
        public const int Regular = 0x8000;
        public const int Socket = 0xC000;
        public const int NoSuchFile = 2;
        public const int TooManyLinks = 40;

        private const int TypeMask = 0xF000;
        private const int ModeOffset = 4;
        private const int SizeOffset = 16;

        private static readonly Lazy<bool> Works = new(() =>
            Stat(Path.GetTempPath(), out var type, out _, out _) && type == Directory);

        public static bool TryStat(string path, out int type, out long length, out int error)
        {
            if (!Works.Value)
            {
                (type, length, error) = (0, 0, -1);
                return false;
            }

            return Stat(path, out type, out length, out error);
        }

        private static unsafe bool Stat(string path, out int type, out long length, out int error)
        {
            var status = stackalloc byte[256];
            try
            {
                if (SystemNativeStat(path, status) != 0)
                {
                    (type, length, error) = (0, 0, Marshal.GetLastPInvokeError());
                    // Linux and macOS say ELOOP with 40 and 62.
                    if (error == 62 && OperatingSystem.IsMacOS())
                    {
                        error = TooManyLinks;
                    }

                    return false;
                }
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                (type, length, error) = (0, 0, -1);
                return false;
            }

            type = *(int*)(status + ModeOffset) & TypeMask;
            length = *(long*)(status + SizeOffset);
            error = 0;
            return true;
        }

        [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
        private static unsafe partial int SystemNativeStat(string path, byte* status);
    }
}

internal enum FileKind
{
    Regular,
    Empty,
    Missing,
    DanglingLink,
    LinkLoop,
    Directory,
    Fifo,
    Device,
    Socket,
    Special,
    Unreadable,
}

internal readonly record struct FileCheck(FileKind Kind, long Length)
{
    public bool IsReadable => Kind == FileKind.Regular;

    /// <summary>Completes "… it is …" for anything but a readable regular file.</summary>
    public string Describe() => Kind switch
    {
        FileKind.Empty => "an empty file",
        FileKind.Missing => "missing",
        FileKind.DanglingLink => "a symbolic link to a file that does not exist",
        FileKind.LinkLoop => "a loop of symbolic links",
        FileKind.Directory => "a folder",
        FileKind.Fifo => "a named pipe (FIFO)",
        FileKind.Device => "a device",
        FileKind.Socket => "a socket",
        FileKind.Special => "a special file",
        FileKind.Unreadable => "not readable",
        _ => "a file",
    };
}
