using System;

namespace PubCatalog
{
    /// <summary>What the exports need to know about the site that serves them. All optional.</summary>
    public sealed class CitationOptions
    {
        /// <summary>The defaults: relative links are left out, no page URL.</summary>
        public static CitationOptions Default { get; } = new CitationOptions();

        /// <summary>
        /// An absolute URL that relative links of the catalog (<c>/files/paper.pdf</c>) are resolved against.
        /// Without it, relative links are left out of exports, since citation tools need absolute URLs.
        /// </summary>
        public Uri? BaseUri { get; set; }

        /// <summary>The absolute URL of a publication's own page on the site, e.g. <c>https://me.org/publications/{Id}</c>.</summary>
        public Func<Publication, string?>? PageUrl { get; set; }
    }
}
