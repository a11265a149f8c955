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

            return new PublicationModel(
                title,
                titleHtml,
                ShortName,
                ExplicitId,
                authors,
                venue,
                year,
                Awards.Distinct().ToEquatableArray(),
                Links.ToEquatableArray(),
                Tags.Distinct().ToEquatableArray(),
                Summary,
                Highlights.ToEquatableArray(),
                location with { Length = 0 })
            {
                Doi = Doi,
                Abstract = Abstract,
                Selected = Selected,
            };
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
