using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using PubCatalog.Tests.Infrastructure;

namespace PubCatalog.Tests.Package;

/// <summary>
/// Packs PubCatalog.Generator once for the package tests, into a local folder feed inside a fresh temporary directory.
/// The version is unique per run, and consumers restore into their own packages folder, so no run is ever served a
/// package from an earlier run (the global NuGet cache never sees it). Set PUBCATALOG_KEEP_PACKAGE_TEST=1 to keep the
/// directory for a look.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        WorkRoot = Path.Combine(Path.GetTempPath(), "pubcatalog-package-" + Guid.NewGuid().ToString("N").Substring(0, 12));
        Feed = Path.Combine(WorkRoot, "feed");
        Directory.CreateDirectory(Feed);
        Version = ProjectVersion() + "-pkgtest." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);

        // The repository's own bin/ and obj/ are left alone: the pack builds under the work root (--artifacts-path).
        Pack = DotnetCli.Run(
            Paths.RepositoryRoot,
            null,
            "pack", Path.Combine(Paths.RepositoryRoot, "src", "PubCatalog.Generator", "PubCatalog.Generator.csproj"),
            "-c", "Release", "-o", Feed, "--artifacts-path", Path.Combine(WorkRoot, "artifacts"),
            "-p:Version=" + Version);
        PackagePath = Path.Combine(Feed, $"PubCatalog.Generator.{Version}.nupkg");
    }

    public string WorkRoot { get; }

    public string Feed { get; }

    public string Version { get; }

    public CliResult Pack { get; }

    public string PackagePath { get; }

    /// <summary>Where consumers restore packages: isolated from the machine's global cache.</summary>
    public string PackagesFolder => Path.Combine(WorkRoot, "packages");

    public IReadOnlyDictionary<string, string> ConsumerEnvironment => new Dictionary<string, string>
    {
        ["NUGET_PACKAGES"] = PackagesFolder,
        ["NUGET_HTTP_CACHE_PATH"] = Path.Combine(WorkRoot, "http-cache"),
    };

    /// <summary>Fails the calling test with the pack output when packing failed.</summary>
    public ZipArchive OpenPackage()
    {
        Assert.True(Pack.ExitCode == 0 && File.Exists(PackagePath), Pack.ToString());
        return ZipFile.OpenRead(PackagePath);
    }

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("PUBCATALOG_KEEP_PACKAGE_TEST") == "1")
        {
            return;
        }

        try
        {
            Directory.Delete(WorkRoot, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string ProjectVersion()
    {
        var props = File.ReadAllText(Path.Combine(Paths.RepositoryRoot, "Directory.Build.props"));
        var match = Regex.Match(props, "<Version>([^<]+)</Version>");
        return match.Success ? match.Groups[1].Value.Trim() : "0.0.0";
    }
}

[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "Package";
}
