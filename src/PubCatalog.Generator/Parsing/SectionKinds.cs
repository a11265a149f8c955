using System;
using System.Linq;
using PubCatalog.Generator.Model;

namespace PubCatalog.Generator.Parsing
{
    /// <summary>
    /// What a heading or an entry label (<c>&lt;sub&gt;Conference Talk&lt;/sub&gt;</c>) says about the entries under it:
    /// not publications at all (Talks, Teaching, Reviewing, Presentations), or a kind of venue (Journals, Workshops).
    /// </summary>
    internal static class SectionKinds
    {
        private static readonly string[] NotPublicationWords =
        {
            "talk", "presentation", "teaching", "lecture", "webinar", "keynote", "reviewing", "reviewer", "service",
            "seminar", "course", "student", "supervision", "mentoring", "committee", "news", "grant", "funding",
        };

        private static readonly string[] PublicationWords =
        {
            "publication", "paper", "article", "journal", "proceeding", "preprint", "pre-print", "book", "chapter",
            "thesis", "dissertation", "report",
        };

        /// <summary>True for "Talks", "Conference Presentations", "Teaching", "Reviewing", "Guest Lecture" — but not "Publications and Talks".</summary>
        public static bool IsNotPublication(string? heading)
        {
            var lower = (heading ?? "").ToLowerInvariant();
            return lower.Length > 0 && NotPublicationWords.Any(w => lower.IndexOf(w, StringComparison.Ordinal) >= 0)
                && !PublicationWords.Any(w => lower.IndexOf(w, StringComparison.Ordinal) >= 0);
        }

        /// <summary>The venue kind a heading or label names, if any: "Workshop Track" → Workshop, "Science Journals" → Journal.</summary>
        public static string? KindOf(string? heading)
        {
            var lower = (heading ?? "").ToLowerInvariant();
            if (lower.Contains("workshop"))
            {
                return VenueKinds.Workshop;
            }

            if (lower.Contains("journal"))
            {
                return VenueKinds.Journal;
            }

            if (lower.Contains("preprint") || lower.Contains("pre-print"))
            {
                return VenueKinds.Preprint;
            }

            return lower.Contains("conference") ? VenueKinds.Conference : null;
        }
    }
}
