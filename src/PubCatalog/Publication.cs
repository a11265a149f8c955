using System.Collections.Generic;

namespace PubCatalog
{
    /// <summary>One paper of the catalog, as the generator read it from a Markdown publication page.</summary>
    public sealed class Publication
    {
        /// <summary>Creates a publication. The generated catalog calls this; apps rarely need to.</summary>
        public Publication(
            string id,
            string title,
            string titleHtml,
            string? shortName,
            IReadOnlyList<Author> authors,
            Venue venue,
            int? year,
            IReadOnlyList<string> awards,
            IReadOnlyList<Link> links,
            IReadOnlyList<string> tags,
            string? summary,
            IReadOnlyList<string> highlights,
            SourceLocation source)
        {
            Id = id;
            Title = title;
            TitleHtml = titleHtml;
            ShortName = shortName;
            Authors = authors;
            Venue = venue;
            Year = year;
            Awards = awards;
            Links = links;
            Tags = tags;
            Summary = summary;
            Highlights = highlights;
            Source = source;
        }

        /// <summary>Unique, stable, URL-safe slug such as <c>skylb-2026</c>.</summary>
        public string Id { get; }

        /// <summary>The title as plain text: markup removed, entities decoded, whitespace collapsed, no trailing period.</summary>
        public string Title { get; }

        /// <summary>The title as safe inline HTML: only <c>em</c>, <c>strong</c>, <c>sup</c>, <c>sub</c> and <c>code</c>; all text encoded.</summary>
        public string TitleHtml { get; }

        /// <summary>The paper's short name (<c>SkyLB</c> in "SkyLB: A Locality-Aware …"), when it has one.</summary>
        public string? ShortName { get; }

        /// <summary>The authors in the order written.</summary>
        public IReadOnlyList<Author> Authors { get; }

        /// <summary>Where the paper appeared.</summary>
        public Venue Venue { get; }

        /// <summary>The year of publication, when one could be found.</summary>
        public int? Year { get; }

        /// <summary>Honours such as <c>Outstanding Paper Award</c> or <c>Spotlight</c>.</summary>
        public IReadOnlyList<string> Awards { get; }

        /// <summary>Links to the paper, code, slides and so on.</summary>
        public IReadOnlyList<Link> Links { get; }

        /// <summary>Topic tags (<c>#LLM Serving</c> in a card).</summary>
        public IReadOnlyList<string> Tags { get; }

        /// <summary>A one-paragraph summary, when the page has one.</summary>
        public string? Summary { get; }

        /// <summary>Bullet-point highlights, when the page has them.</summary>
        public IReadOnlyList<string> Highlights { get; }

        /// <summary>Where the entry was written: file and 1-based line.</summary>
        public SourceLocation Source { get; }

        /// <inheritdoc />
        public override string ToString() => Year is int year ? $"{Title} ({Venue.Name} {year})" : $"{Title} ({Venue.Name})";
    }
}
