namespace AsciiAssets.Benchmarks;

/// <summary>Where the repository's own files are, found from the benchmark's binaries.</summary>
public static class BenchPaths
{
    /// <summary>The clone this benchmark was built from: the first folder above the binaries with sample-project/videos.</summary>
    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (Directory.Exists(Path.Combine(folder.FullName, "sample-project", "videos")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("The repository (with sample-project/videos) is not above " + AppContext.BaseDirectory);
    }
}
