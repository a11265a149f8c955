using System.Collections.Generic;
using System.Linq;
using PubCatalog.Generator.Diagnostics;
using PubCatalog.Generator.Model;

namespace PubCatalog.Generator.Parsing
{
    /// <summary>
    /// The checks and fallbacks every shape shares once its fields are found: year from venue, section or arXiv link;
    /// mojibake warnings (and repair when asked); the missing-year warning.
    /// </summary>
    internal sealed class EntryAssembler
    {
        private readonly ParseContext _context;

        public EntryAssembler(ParseContext context) => _context = context;

        public LogicalLine? TitleLine { get; set; }

        public string Title { get; set; } = "";

        public string TitleHtml { get; set; } = "";

        public string? ShortName { get; set; }

        public string? ExplicitId { get; set; }

        public List<(AuthorModel Author, InlineSegment Segment)> Authors { get; } = new();

        public VenueModel Venue { get; set; } = VenueModel.Unknown;

        public LogicalLine? VenueLine { get; set; }

        public int? VenueYear { get; set; }

        public List<string> Awards { get; } = new();

        public List<LinkModel> Links { get; } = new();

        public List<string> Tags { get; } = new();

        public string? Summary { get; set; }

        public List<string> Highlights { get; } = new();

        public string? Doi { get; set; }

        public string? Abstract { get; set; }

        public bool Selected { get; set; }

        public PublicationModel Build(EntryBlock block)
        {
            var location = TitleLine is null ? _context.At(block.Line, 0) : _context.At(TitleLine);
            var title = CheckEncoding(Title, location);
            var titleHtml = _context.Options.RepairMojibake && Mojibake.TryRepair(TitleHtml, out var repairedHtml) ? repairedHtml : TitleHtml;
            var authors = Authors
                .Select(a => a.Author with { Name = CheckEncoding(a.Author.Name, _context.At(a.Segment.Line, a.Segment.Column, a.Author.Name.Length)) })
                .ToEquatableArray();
            var venue = Venue with { Raw = CheckEncoding(Venue.Raw, VenueLine is null ? location : _context.At(VenueLine)) };
            if (venue.Name != Venue.Raw && _context.Options.RepairMojibake && Mojibake.TryRepair(venue.Name, out var repairedName))
            {
                venue = venue with { Name = repairedName };
            }

            var year = VenueYear ?? block.SectionYear ?? YearFromLinks();
            // A paper in submission has no year yet: that is not worth a warning.
            if (year is null && venue.Kind != VenueKinds.InSubmission)
            {
                _context.Report(DiagnosticDescriptors.MissingYear, location, title);
            }

            // Nothing in a real entry is this long; a pasted file or a runaway line is cut so the catalog stays small
            // enough to compile (a program's strings share one 16 MB heap, CS8103).
            var clippedTitle = Clip(title, location);
            if (clippedTitle.Length != title.Length || titleHtml.Length > 4 * TextLimits.MaxFieldLength)
            {
                titleHtml = TextUtil.HtmlEncode(clippedTitle);
            }

            return new PublicationModel(
                clippedTitle,
                titleHtml,
                ShortName,
                ExplicitId,
                authors.Select(a => a with { Name = Clip(a.Name, location) }).ToEquatableArray(),
                venue with { Name = Clip(venue.Name, location), Acronym = venue.Acronym is null ? null : Clip(venue.Acronym, location), Raw = Clip(venue.Raw, location) },
                year,
                Awards.Select(a => Clip(a, location)).Distinct().ToEquatableArray(),
                Links.Select(l => l with { Label = Clip(l.Label, location), Url = Clip(l.Url, location) }).ToEquatableArray(),
                Tags.Select(t => Clip(t, location)).Distinct().ToEquatableArray(),
                Summary is null ? null : Clip(Summary, location),
                Highlights.Select(h => Clip(h, location)).ToEquatableArray(),
                location with { Length = 0 })
            {
                Doi = Doi is null ? null : Clip(Doi, location),
                Abstract = Abstract is null ? null : Clip(Abstract, location),
                Selected = Selected,
            };
        }

        private string Clip(string text, LocationInfo location)
        {
            if (text.Length <= TextLimits.MaxFieldLength)
            {
                return text;
            }

            var cut = TextLimits.MaxFieldLength;
            if (char.IsHighSurrogate(text[cut - 1]))
            {
                cut--;
            }

            var clipped = text.Substring(0, cut);
            _context.Report(DiagnosticDescriptors.TextTooLong, location,
                text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
                cut.ToString(System.Globalization.CultureInfo.InvariantCulture),
                clipped.Length > 40 ? clipped.Substring(0, char.IsHighSurrogate(clipped[39]) ? 39 : 40) : clipped);
            return clipped;
        }

        private int? YearFromLinks()
        {
            foreach (var link in Links)
            {
                if (YearText.TryFromArxivUrl(link.Url, out var year))
                {
                    return year;
                }
            }

            return null;
        }

        private string CheckEncoding(string text, LocationInfo location)
        {
            if (!Mojibake.TryRepair(text, out var repaired))
            {
                return text;
            }

            _context.Report(DiagnosticDescriptors.Mojibake, location, text, repaired);
            return _context.Options.RepairMojibake ? repaired : text;
        }
    }
}
