namespace PubCatalog.Tests.Infrastructure;

/// <summary>Builds publications for the runtime tests, with defaults for what a test does not care about.</summary>
public static class TestPublications
{
    public static Publication Make(
        string title = "A Paper",
        string[]? authors = null,
        VenueKind kind = VenueKind.Conference,
        string venue = "NSDI",
        string? acronym = "NSDI",
        int? year = 2024,
        string[]? awards = null,
        Link[]? links = null,
        string[]? tags = null,
        string id = "a-paper-2024",
        string? self = null,
        string[]? equal = null,
        string? doi = null,
        string? @abstract = null) =>
        new(
            id,
            title,
            System.Net.WebUtility.HtmlEncode(title),
            null,
            (authors ?? new[] { "Ada Lovelace", "Charles Babbage" })
                .Select(a => new Author(a, a == self, equal?.Contains(a) == true)).ToList(),
            new Venue(venue, acronym, kind, venue),
            year,
            awards ?? Array.Empty<string>(),
            links ?? Array.Empty<Link>(),
            tags ?? Array.Empty<string>(),
            null,
            Array.Empty<string>(),
            new SourceLocation("publications.md", 1),
            doi,
            @abstract);

    /// <summary>The catalog the sample generates from the five seed pages.</summary>
    public static IReadOnlyList<Publication> Seeds => PubCatalog.Sample.Publications.All;
}
