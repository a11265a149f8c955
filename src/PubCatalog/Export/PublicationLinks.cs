using System;
using System.Collections.Generic;

namespace PubCatalog
{
    /// <summary>What the exports read from a publication's links: absolute URLs, the paper, its PDF, an arXiv id.</summary>
    public static class PublicationLinks
    {
        /// <summary>The link's URL made absolute (against <see cref="CitationOptions.BaseUri"/>), or null when it cannot be.</summary>
        public static string? AbsoluteUrl(Link link, CitationOptions? options = null)
        {
            // "/files/x.pdf" parses as an absolute file: URI on Unix; a leading slash always means site-relative here.
            if (!link.Url.StartsWith("/", StringComparison.Ordinal) && Uri.TryCreate(link.Url, UriKind.Absolute, out var absolute))
            {
                return IsWeb(absolute) ? absolute.AbsoluteUri : null;
            }

            var baseUri = (options ?? CitationOptions.Default).BaseUri;
            return baseUri is not null && Uri.TryCreate(baseUri, link.Url, out var resolved) && IsWeb(resolved) ? resolved.AbsoluteUri : null;
        }

        /// <summary>The absolute URL of the paper itself: the first <see cref="LinkKind.Paper"/> link that has one.</summary>
        public static string? PaperUrl(this Publication publication, CitationOptions? options = null)
        {
            foreach (var link in publication.Links)
            {
                if (link.Kind == LinkKind.Paper && AbsoluteUrl(link, options) is string url)
                {
                    return url;
                }
            }

            return null;
        }

        /// <summary>The absolute URL of the paper's PDF, when a paper link is one (<c>.pdf</c>, arXiv's <c>/pdf/</c>).</summary>
        public static string? PdfUrl(this Publication publication, CitationOptions? options = null)
        {
            foreach (var link in publication.Links)
            {
                if (link.Kind == LinkKind.Paper && AbsoluteUrl(link, options) is string url && IsPdf(url))
                {
                    return url;
                }
            }

            return null;
        }

        /// <summary>The arXiv identifier (<c>2505.24095</c>) of an <c>arxiv.org/abs/…</c> or <c>/pdf/…</c> paper link.</summary>
        public static string? ArxivId(this Publication publication)
        {
            foreach (var link in publication.Links)
            {
                if (link.Kind == LinkKind.Paper && Uri.TryCreate(link.Url, UriKind.Absolute, out var uri)
                    && (uri.Host == "arxiv.org" || uri.Host.EndsWith(".arxiv.org", StringComparison.Ordinal)))
                {
                    var path = uri.AbsolutePath;
                    foreach (var prefix in new[] { "/abs/", "/pdf/" })
                    {
                        if (path.StartsWith(prefix, StringComparison.Ordinal))
                        {
                            var id = path.Substring(prefix.Length).TrimEnd('/');
                            id = id.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? id.Substring(0, id.Length - 4) : id;
                            return id.Length > 0 ? id : null;
                        }
                    }
                }
            }

            return null;
        }

        /// <summary>True for a URL that names a PDF file.</summary>
        public static bool IsPdf(string url) =>
            Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && (uri.AbsolutePath.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)
                || (uri.Host.EndsWith("arxiv.org", StringComparison.Ordinal) && uri.AbsolutePath.StartsWith("/pdf/", StringComparison.Ordinal))
                || uri.AbsolutePath.Contains("/doi/pdf/"));

        /// <summary>Absolute URLs of all links, in order, skipping those that cannot be made absolute.</summary>
        public static IReadOnlyList<string> AbsoluteUrls(this Publication publication, CitationOptions? options = null)
        {
            var urls = new List<string>();
            foreach (var link in publication.Links)
            {
                if (AbsoluteUrl(link, options) is string url && !urls.Contains(url))
                {
                    urls.Add(url);
                }
            }

            return urls;
        }

        private static bool IsWeb(Uri uri) => uri.Scheme == "http" || uri.Scheme == "https";
    }
}
