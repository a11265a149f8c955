using PubCatalog;

namespace PubCatalog.Sample;

/// <summary>
/// The site's routes over a catalog. <c>Program</c> serves the generated <c>Publications.All</c>; the browser
/// tests start the same site, on Kestrel, over catalogs of their own.
/// </summary>
public static class SampleSite
{
    public const string Html = "text/html; charset=utf-8";
    public const string BibTeX = "text/plain; charset=utf-8";
    public const string Json = "application/json; charset=utf-8";

    /// <summary>Builds the web application over <paramref name="publications"/>; call <c>Run</c> or <c>StartAsync</c>.</summary>
    public static WebApplication Create(string[] args, IReadOnlyList<Publication> publications, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        var app = builder.Build();
        var options = new SiteOptions();
        app.Configuration.GetSection("PubCatalog").Bind(options);
        Map(app, new SiteCatalog(publications), options);
        return app;
    }

    /// <summary>Everything below reads a catalog generated at compile time: no Markdown is parsed at run time.</summary>
    public static void Map(WebApplication app, SiteCatalog catalog, SiteOptions options)
    {
        app.MapGet("/", (string? tag, string? author, string? year, string? kind, string? q) =>
            Results.Content(PublicationListPage.Render(catalog, PublicationFilter.From(tag, author, year, kind, q), options), Html));

        app.MapGet("/publications.json", () => Results.Json(catalog.All, CatalogJson.Options));
        app.MapGet("/publications.bib", (HttpRequest request) => Results.Text(catalog.All.ToBibTeX(Citation(request)), BibTeX));
        app.MapGet("/publications.csl.json", (HttpRequest request) => Results.Text(catalog.All.ToCslJson(Citation(request)), Json));

        // One route for /publications/{id} and /publications/{id}.bib: ids are slugs, never ending in ".bib".
        app.MapGet("/publications/{name}", (string name, HttpRequest request) =>
        {
            var isBib = name.EndsWith(".bib", StringComparison.Ordinal);
            var id = isBib ? name[..^4] : name;
            if (catalog.FindById(id) is not Publication publication)
            {
                return Results.Content(PublicationDetailPage.NotFound(id), Html, statusCode: StatusCodes.Status404NotFound);
            }

            return isBib
                ? Results.Text(publication.ToBibTeX(Citation(request)), BibTeX)
                : Results.Content(PublicationDetailPage.Render(publication, Citation(request), options), Html);
        });
    }

    /// <summary>Exports link each paper's page on this site: <c>{scheme}://{host}/publications/{Id}</c>.</summary>
    private static CitationOptions Citation(HttpRequest request)
    {
        var origin = $"{request.Scheme}://{request.Host}{request.PathBase}";
        return new CitationOptions { PageUrl = p => $"{origin}/publications/{Uri.EscapeDataString(p.Id)}" };
    }
}
