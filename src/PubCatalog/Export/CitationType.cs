namespace PubCatalog
{
    /// <summary>How each <see cref="VenueKind"/> is typed in the export formats, in one place.</summary>
    internal static class CitationType
    {
        /// <summary><c>inproceedings</c>, <c>article</c> or <c>misc</c>.</summary>
        public static string BibTeX(VenueKind kind) => kind switch
        {
            VenueKind.Conference => "inproceedings",
            VenueKind.Workshop => "inproceedings",
            VenueKind.Journal => "article",
            _ => "misc",
        };

        /// <summary>The BibTeX field that names the venue, or null when the venue goes in <c>howpublished</c>/<c>note</c>.</summary>
        public static string? BibTeXContainerField(VenueKind kind) => kind switch
        {
            VenueKind.Conference => "booktitle",
            VenueKind.Workshop => "booktitle",
            VenueKind.Journal => "journal",
            _ => null,
        };

        /// <summary>The CSL 1.0.2 item type.</summary>
        public static string Csl(VenueKind kind) => kind switch
        {
            VenueKind.Conference => "paper-conference",
            VenueKind.Workshop => "paper-conference",
            VenueKind.Journal => "article-journal",
            VenueKind.Preprint => "article",
            VenueKind.InSubmission => "manuscript",
            _ => "document",
        };

        /// <summary>The Highwire tag that names the venue, or null.</summary>
        public static string? Highwire(VenueKind kind) => kind switch
        {
            VenueKind.Conference => "citation_conference_title",
            VenueKind.Workshop => "citation_conference_title",
            VenueKind.Journal => "citation_journal_title",
            _ => null,
        };

        /// <summary>True when the venue is a place of publication (not a preprint server or "in submission").</summary>
        public static bool IsPublished(VenueKind kind) =>
            kind == VenueKind.Conference || kind == VenueKind.Workshop || kind == VenueKind.Journal;
    }
}
