using System.Text.Json;
using PubCatalog.Sample;

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

// Everything below reads the catalog generated at compile time: no Markdown is parsed at run time.
app.MapGet("/", (string? tag, string? author, string? year) =>
    Results.Content(PublicationListPage.Render(PublicationFilter.From(tag, author, year)), "text/html; charset=utf-8"));

app.MapGet("/publications.json", () => Results.Json(Publications.All, CatalogJson.Options));

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
