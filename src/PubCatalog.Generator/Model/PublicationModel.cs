namespace PubCatalog.Generator.Model
{
    /// <summary>One author, as parsed.</summary>
    internal sealed record AuthorModel(string Name, bool IsSelf, bool IsEqualContribution);

    /// <summary>A venue, as parsed. <see cref="Kind"/> holds the name of a <c>PubCatalog.VenueKind</c> member.</summary>
    internal sealed record VenueModel(string Name, string? Acronym, string Kind, string Raw)
    {
        public static readonly VenueModel Unknown = new("", null, VenueKinds.Other, "");
    }

    /// <summary>
    /// A link, as parsed. <see cref="Kind"/> holds the name of a <c>PubCatalog.LinkKind</c> member. A struct: an entry has
    /// up to several, the driver keeps every entry between runs, and the collector copies each object it keeps, so the links
    /// sit in their entry's array rather than each in an object of its own (5,000 fewer objects at 2,000 entries).
    /// </summary>
    internal readonly record struct LinkModel(string Label, string Kind, string Url);

    /// <summary>
    /// One entry of one file, as parsed: everything the runtime <c>Publication</c> carries except the id, which is
    /// assigned when all files are combined.
    /// </summary>
    /// <param name="FilePath">The file's path (one string shared by its entries).</param>
    /// <param name="Line">The 0-based line where the entry starts.</param>
    /// <param name="Column">The 0-based column where the entry starts.</param>
    internal sealed record PublicationModel(
        string Title,
        string TitleHtml,
        string? ShortName,
        string? ExplicitId,
        EquatableArray<AuthorModel> Authors,
        VenueModel Venue,
        int? Year,
        EquatableArray<string> Awards,
        EquatableArray<LinkModel> Links,
        EquatableArray<string> Tags,
        string? Summary,
        EquatableArray<string> Highlights,
        string FilePath,
        int Line,
        int Column)
    {
        /// <summary>
        /// Where the entry starts, for diagnostics. Made when asked for, not kept: the driver keeps every entry between
        /// runs, and the collector copies what it keeps (an object less per entry is 2,000 less at 2,000 entries).
        /// </summary>
        public LocationInfo Location => new(FilePath, Line, Column, 0);

        /// <summary>The DOI without resolver prefix (<c>10.1145/3097983.3098072</c>), when the page gives one.</summary>
        public string? Doi { get; init; }

        /// <summary>The abstract, when the page gives one (front matter <c>abstract</c>).</summary>
        public string? Abstract { get; init; }

        /// <summary>True when the page marks the paper as featured or selected.</summary>
        public bool Selected { get; init; }
    }

    /// <summary>The names of the runtime enum members, in one place.</summary>
    internal static class VenueKinds
    {
        public const string Conference = nameof(Conference);
        public const string Journal = nameof(Journal);
        public const string Workshop = nameof(Workshop);
        public const string Preprint = nameof(Preprint);
        public const string InSubmission = nameof(InSubmission);
        public const string Other = nameof(Other);

        /// <summary>Peer-reviewed venues win over preprints when the same paper is listed twice.</summary>
        public static int Rank(string kind) => kind switch
        {
            Conference or Journal or Workshop => 2,
            Preprint or InSubmission => 1,
            _ => 0,
        };
    }
}
