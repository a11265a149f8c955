using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using PubCatalog.Text;

namespace PubCatalog
{
    /// <summary>
    /// What a publication page shows of an entry, as plain parts (to render any way) or as safe HTML (every piece
    /// of catalog text encoded). The HTML uses the classes <c>author</c>, <c>self</c>, <c>equal</c>, <c>more</c>,
    /// <c>badge</c>, <c>venue</c> and <c>award</c>.
    /// </summary>
    public static class PublicationDisplay
    {
        /// <summary>The author list as parts, truncated to <see cref="DisplayOptions.MaxAuthors"/> with the owner kept.</summary>
        public static IReadOnlyList<AuthorPart> AuthorParts(this Publication publication, DisplayOptions? options = null)
        {
            options ??= DisplayOptions.Default;
            var authors = publication.Authors;
            var limit = options.MaxAuthors <= 0 || options.MaxAuthors >= authors.Count ? authors.Count : options.MaxAuthors;
            var parts = new List<AuthorPart>();
            var shown = 0;
            var skipped = 0;
            for (var i = 0; i < authors.Count; i++)
            {
                if (i < limit || authors[i].IsSelf)
                {
                    if (skipped > 0)
                    {
                        parts.Add(new AuthorPart(AuthorPartKind.Ellipsis, null, skipped, "…"));
                        skipped = 0;
                    }

                    var mark = authors[i].IsEqualContribution ? options.EqualContributionMark : string.Empty;
                    parts.Add(new AuthorPart(AuthorPartKind.Author, authors[i], 0, authors[i].Name + mark));
                    shown++;
                }
                else
                {
                    skipped++;
                }
            }

            var hidden = authors.Count - shown;
            if (hidden > 0)
            {
                parts.Add(new AuthorPart(AuthorPartKind.More, null, hidden, "and " + hidden.ToString(CultureInfo.InvariantCulture) + " more"));
            }

            return parts;
        }

        /// <summary>The author list as text: <c>Tian Xia, Ziming Mao*, …, and 3 more</c>.</summary>
        public static string AuthorsText(this Publication publication, DisplayOptions? options = null)
        {
            var text = new StringBuilder();
            foreach (var part in publication.AuthorParts(options))
            {
                text.Append(text.Length == 0 ? string.Empty : part.Kind == AuthorPartKind.More ? " " : ", ").Append(part.Text);
            }

            return text.ToString();
        }

        /// <summary>
        /// The author list as HTML: each name in <c>&lt;span class="author"&gt;</c>, the owner in
        /// <c>&lt;strong class="author self"&gt;</c>, equal contribution as <c>&lt;sup class="equal"&gt;</c>, then
        /// <c>&lt;span class="more"&gt;and N more&lt;/span&gt;</c>.
        /// </summary>
        public static string AuthorsHtml(this Publication publication, DisplayOptions? options = null)
        {
            options ??= DisplayOptions.Default;
            var html = new StringBuilder();
            var first = true;
            foreach (var part in publication.AuthorParts(options))
            {
                html.Append(first ? string.Empty : part.Kind == AuthorPartKind.More ? " " : ", ");
                first = false;
                switch (part.Kind)
                {
                    case AuthorPartKind.Author:
                        var author = part.Author!;
                        html.Append(author.IsSelf ? "<strong class=\"author self\">" : "<span class=\"author\">");
                        Html.AppendEncoded(html, author.Name);
                        html.Append(author.IsSelf ? "</strong>" : "</span>");
                        if (author.IsEqualContribution)
                        {
                            html.Append("<sup class=\"equal\" title=\"Equal contribution\">");
                            Html.AppendEncoded(html, options.EqualContributionMark).Append("</sup>");
                        }

                        break;
                    case AuthorPartKind.Ellipsis:
                        html.Append("<span class=\"gap\" title=\"").Append(part.Count).Append(" more\">…</span>");
                        break;
                    default:
                        html.Append("<span class=\"more\">");
                        Html.AppendEncoded(html, part.Text).Append("</span>");
                        break;
                }
            }

            return html.ToString();
        }

        /// <summary>The badges: the venue (short name and year), then each honour.</summary>
        public static IReadOnlyList<Badge> Badges(this Publication publication, DisplayOptions? options = null)
        {
            options ??= DisplayOptions.Default;
            var venue = publication.Venue;
            var label = venue.Acronym ?? venue.Name;
            if (options.YearInVenueBadge && publication.Year is int year)
            {
                label += " " + year.ToString(CultureInfo.InvariantCulture);
            }

            var badges = new List<Badge> { new Badge(BadgeKind.Venue, label, venue.Name) };
            foreach (var award in publication.Awards)
            {
                badges.Add(new Badge(BadgeKind.Award, award, award));
            }

            return badges;
        }

        /// <summary>The badges as HTML: <c>&lt;span class="badge venue" title="…"&gt;NSDI 2024&lt;/span&gt;</c>, then <c>badge award</c> spans.</summary>
        public static string BadgesHtml(this Publication publication, DisplayOptions? options = null)
        {
            var html = new StringBuilder();
            foreach (var badge in publication.Badges(options))
            {
                html.Append(html.Length == 0 ? string.Empty : " ")
                    .Append("<span class=\"badge ").Append(badge.Kind == BadgeKind.Venue ? "venue" : "award").Append('"');
                if (badge.Title != badge.Text)
                {
                    html.Append(" title=\"");
                    Html.AppendEncoded(html, badge.Title).Append('"');
                }

                html.Append('>');
                Html.AppendEncoded(html, badge.Text).Append("</span>");
            }

            return html.ToString();
        }

        /// <summary>
        /// A link URL that is safe in an <c>href</c>: http(s), mailto and relative URLs pass; anything else
        /// (<c>javascript:</c>, <c>data:</c>) becomes <c>#</c>. Encode the result for the attribute.
        /// </summary>
        public static string SafeHref(string url)
        {
            var trimmed = (url ?? string.Empty).Trim();
            var colon = trimmed.IndexOf(':');
            var slash = trimmed.IndexOfAny(new[] { '/', '?', '#' });
            if (colon < 0 || (slash >= 0 && slash < colon))
            {
                return trimmed; // relative
            }

            var scheme = trimmed.Substring(0, colon);
            return scheme.Equals("http", StringComparison.OrdinalIgnoreCase)
                || scheme.Equals("https", StringComparison.OrdinalIgnoreCase)
                || scheme.Equals("mailto", StringComparison.OrdinalIgnoreCase)
                ? trimmed
                : "#";
        }
    }
}
