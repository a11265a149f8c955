using PubCatalog;

namespace PubCatalog.Sample;

/// <summary>
/// The list page's filters, from the query string so filtered views can be shared as links:
/// <c>?year=2024&amp;tag=KV+Cache&amp;kind=Conference&amp;author=Ion+Stoica&amp;q=cache</c>.
/// </summary>
public sealed record PublicationFilter(string? Tag, string? Author, int? Year, VenueKind? Kind = null, string? Query = null)
{
    public static PublicationFilter From(string? tag, string? author, string? year) => From(tag, author, year, null, null);

    public static PublicationFilter From(string? tag, string? author, string? year, string? kind, string? query) => new(
        Clean(tag),
        Clean(author),
        int.TryParse(year, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) ? y : null,
        ParseKind(kind),
        Clean(query));

    public bool IsEmpty => Tag is null && Author is null && Year is null && Kind is null && Query is null;

    public bool Matches(Publication publication) =>
        (Tag is null || publication.Tags.Contains(Tag, StringComparer.OrdinalIgnoreCase))
        && (Author is null || publication.Authors.Any(a => string.Equals(a.Name, Author, StringComparison.OrdinalIgnoreCase)))
        && (Year is null || publication.Year == Year)
        && (Kind is null || publication.Venue.Kind == Kind)
        && (Query is null || MatchesText(publication));

    /// <summary>Every word of the query appears in the title or short name (case-insensitive).</summary>
    private bool MatchesText(Publication publication)
    {
        var text = publication.Title + " " + publication.ShortName;
        return Query!.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(word => text.Contains(word, StringComparison.OrdinalIgnoreCase));
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static VenueKind? ParseKind(string? kind) =>
        !string.IsNullOrWhiteSpace(kind) && !char.IsDigit(kind.Trim()[0]) && Enum.TryParse<VenueKind>(kind.Trim(), ignoreCase: true, out var parsed)
            ? parsed
            : null;
}
