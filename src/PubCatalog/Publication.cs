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
            SourceLocation source,
            string? doi = null,
            string? @abstract = null,
            bool selected = false)
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
            Doi = doi;
            Abstract = @abstract;
            Selected = selected;
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

        /// <summary>The DOI without resolver prefix (<c>10.1145/3097983.3098072</c>), when the page gives one.</summary>
        public string? Doi { get; }

        /// <summary>The abstract, when the page gives one.</summary>
        public string? Abstract { get; }

        /// <summary>True when the page marks the paper as featured or selected (Hugo Blox <c>featured: true</c>).</summary>
        public bool Selected { get; }

        /// <inheritdoc />
        public override string ToString() => Year is int year ? $"{Title} ({Venue.Name} {year})" : $"{Title} ({Venue.Name})";
    }
}
