using PubCatalog;

namespace PubCatalog.Sample;

/// <summary>
/// The catalog the site serves, with the lookups the pages need. The sample serves the generated
/// <c>Publications.All</c>; tests hand it other generated catalogs.
/// </summary>
public sealed class SiteCatalog
{
    private readonly Dictionary<string, Publication> _byId;

    public SiteCatalog(IReadOnlyList<Publication> all)
    {
        All = all;
        _byId = all.ToDictionary(p => p.Id, StringComparer.Ordinal);
        Years = all.Where(p => p.Year is not null).Select(p => p.Year!.Value).Distinct().OrderByDescending(y => y).ToList();
        Tags = all.SelectMany(p => p.Tags).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
        Authors = all.SelectMany(p => p.Authors).Select(a => a.Name).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
        VenueKinds = all.Select(p => p.Venue.Kind).Distinct().Order().ToList();
    }

    public IReadOnlyList<Publication> All { get; }

    /// <summary>Years that have papers, newest first.</summary>
    public IReadOnlyList<int> Years { get; }

    public IReadOnlyList<string> Tags { get; }

    public IReadOnlyList<string> Authors { get; }

    public IReadOnlyList<VenueKind> VenueKinds { get; }

    public Publication? FindById(string id) => _byId.GetValueOrDefault(id);
}
