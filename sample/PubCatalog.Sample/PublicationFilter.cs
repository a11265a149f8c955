using PubCatalog;

namespace PubCatalog.Sample;

/// <summary>The list page's filters, from the query string so filtered views can be shared as links.</summary>
public sealed record PublicationFilter(string? Tag, string? Author, int? Year)
{
    public static PublicationFilter From(string? tag, string? author, string? year) => new(
        string.IsNullOrWhiteSpace(tag) ? null : tag.Trim(),
        string.IsNullOrWhiteSpace(author) ? null : author.Trim(),
        int.TryParse(year, out var y) ? y : null);

    public bool IsEmpty => Tag is null && Author is null && Year is null;

    public bool Matches(Publication publication) =>
        (Tag is null || publication.Tags.Contains(Tag, StringComparer.OrdinalIgnoreCase))
        && (Author is null || publication.Authors.Any(a => string.Equals(a.Name, Author, StringComparison.OrdinalIgnoreCase)))
        && (Year is null || publication.Year == Year);
}
