namespace PubCatalog.BrowserTests;

/// <summary>Where Chromium is: <c>PUBCATALOG_CHROMIUM</c>, else Debian's <c>/usr/bin/chromium</c>.</summary>
public static class Chromium
{
    public static string? ExecutablePath { get; } = Find();

    public static string SkipReason =>
        "No Chromium found (looked at $PUBCATALOG_CHROMIUM, /usr/bin/chromium, /usr/bin/chromium-browser). "
        + "Install it with 'apt-get install -y chromium' (.ci/run does this) to run the browser tests.";

    /// <summary>Flags for a headless Chromium on a machine with no network: no sandbox as root, no GPU, no phoning home.</summary>
    public static readonly string[] Arguments =
    {
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-quic", "--no-first-run", "--disable-dev-shm-usage",
    };

    private static string? Find()
    {
        var candidates = new[] { Environment.GetEnvironmentVariable("PUBCATALOG_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser" };
        return candidates.FirstOrDefault(path => !string.IsNullOrEmpty(path) && File.Exists(path));
    }
}

/// <summary>A test that needs a browser: skipped, saying why, only where no Chromium is installed.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.ExecutablePath is null)
        {
            Skip = Chromium.SkipReason;
        }
    }
}
