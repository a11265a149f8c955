using PubCatalog.Sample;

// The site over the catalog generated at compile time from the seed pages (see SampleSite for the routes).
var app = SampleSite.Create(args, Publications.All);

app.Lifetime.ApplicationStarted.Register(() =>
{
    foreach (var address in app.Urls)
    {
        Console.WriteLine($"PubCatalog sample: {Publications.All.Count} publications at {address}/");
    }
});

app.Run();

/// <summary>Lets the tests start the site with WebApplicationFactory.</summary>
public partial class Program
{
}
