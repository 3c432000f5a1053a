using System.Reflection;

namespace AsciiAssets.Build.Tests.Support;

/// <summary>Facts the test project stamped into this assembly when it was built.</summary>
internal static class Repository
{
    public static string Root => Metadata("RepositoryRoot");

    /// <summary>The configuration the tests, and so the package's projects, were built in.</summary>
    public static string Configuration => Metadata("Configuration");

    private static string Metadata(string key) =>
        typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
