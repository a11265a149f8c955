using Microsoft.Playwright;

namespace PubCatalog.BrowserTests;

/// <summary>
/// One Chromium and two sites for all browser tests: the sample over the seed catalog, and the same site over
/// the catalog generated from <c>TestPages/hostile.md</c>. Does nothing where no Chromium is installed.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public SiteServer Seeds { get; private set; } = null!;

    public SiteServer Hostile { get; private set; } = null!;

    /// <summary>Where screenshots go: <c>TestResults/browser</c> at the repository root.</summary>
    public static string ArtifactsDirectory { get; } = FindArtifacts();

    public async Task InitializeAsync()
    {
        if (Chromium.ExecutablePath is not string chromium)
        {
            return;
        }

        Seeds = await SiteServer.StartAsync(PubCatalog.Sample.Publications.All);
        Hostile = await SiteServer.StartAsync(HostileCatalog.All);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = Chromium.Arguments,
            Timeout = 60_000,
        });
    }

    /// <summary>A fresh page with its own context; downloads accepted; failing fast rather than hanging.</summary>
    public async Task<IPage> NewPageAsync(int width = 1200, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            AcceptDownloads = true,
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_playwright is null)
        {
            return;
        }

        await Browser.CloseAsync();
        _playwright.Dispose();
        await Seeds.DisposeAsync();
        await Hostile.DisposeAsync();
    }

    private static string FindArtifacts([System.Runtime.CompilerServices.CallerFilePath] string path = "")
    {
        var dir = new DirectoryInfo(Path.GetDirectoryName(path)!);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PubCatalog.Generator.sln")))
        {
            dir = dir.Parent;
        }

        var root = dir?.FullName ?? AppContext.BaseDirectory;
        return Directory.CreateDirectory(Path.Combine(root, "TestResults", "browser")).FullName;
    }
}
