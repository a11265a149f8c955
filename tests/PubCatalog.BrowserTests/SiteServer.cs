using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using PubCatalog.Sample;

namespace PubCatalog.BrowserTests;

/// <summary>The sample site on a real Kestrel server, bound to 127.0.0.1 on a free port the OS picks.</summary>
public sealed class SiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SiteServer(WebApplication app, string address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The base address, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string Address { get; }

    public static async Task<SiteServer> StartAsync(IReadOnlyList<Publication> catalog)
    {
        var app = SampleSite.Create(
            new[] { "--urls", "http://127.0.0.1:0", "--environment", "Production" },
            catalog,
            builder => builder.Logging.ClearProviders());
        await app.StartAsync();
        var address = app.Urls.Single(u => u.StartsWith("http://127.0.0.1:", StringComparison.Ordinal) && !u.EndsWith(":0", StringComparison.Ordinal));
        return new SiteServer(app, address);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
