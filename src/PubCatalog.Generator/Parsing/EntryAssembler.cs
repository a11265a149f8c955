using System.Collections.Generic;
using System.Collections.Immutable;
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

        /// <summary>Made once per file (<see cref="ParseContext.StartEntry"/>): its lists are reused entry after entry, since <see cref="Build"/> copies what it keeps.</summary>
        public EntryAssembler(ParseContext context)
        {
            _context = context;
            // Taken once per file: a thread-static read is a call into the runtime's thread-local lookup each time.
            _cleanAuthors = s_cleanAuthors ??= new AuthorModel?[CleanSlots];
        }

        private readonly AuthorModel?[] _cleanAuthors;

        // Authors whose names were found free of mojibake, by a slot from the object (the pages read on a thread name their
        // authors by the same objects, their author table's, entry after entry and page after page): a name's test, a call
        // per author of every entry, is made about once per distinct name on the thread. Whether a name is clean depends
        // on its text alone, so a slot taken over by another author only means a test made again.
        [System.ThreadStatic]
        private static AuthorModel?[]? s_cleanAuthors;

        // Four times the thousand or so distinct authors of the 2,000 synthetic entries: with 1,024 slots, two authors
        // shared a slot often enough that about a third of the tests were made again (Mojibake.TryRepair 2.2 % of reading,
        // 1.2 % with 4,096). 32 KB of references per thread.
        private const int CleanSlots = 4096;

        private static int CleanSlot(AuthorModel author) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(author) & (CleanSlots - 1);

        /// <summary>The file the entry is read from.</summary>
        public ParseContext Context => _context;

        /// <summary>Forgets the last entry's fields, so the next entry starts empty.</summary>
        public void Reset()
        {
            TitleLine = null;
            Title = "";
            TitleHtml = "";
            ShortName = null;
            ExplicitId = null;
            Authors.Clear();
            Venue = VenueModel.Unknown;
            VenueLine = null;
            VenueAt = null;
            VenueYear = null;
            Awards.Clear();
            Links.Clear();
            _tags?.Clear();
            Summary = null;
            _highlights?.Clear();
            Doi = null;
            Abstract = null;
            Selected = false;
        }

        public LogicalLine? TitleLine { get; set; }

        public string Title { get; set; } = "";

        public string TitleHtml { get; set; } = "";

        public string? ShortName { get; set; }

        public string? ExplicitId { get; set; }

        /// <summary>The authors with where each name starts (for the encoding warnings); readers add to it in place.</summary>
        public List<(AuthorModel Author, int Line, int Column)> Authors { get; } = new();

        // Made when first asked for: most entries have no tags or highlights.

        public VenueModel Venue { get; set; } = VenueModel.Unknown;

        public LogicalLine? VenueLine { get; set; }

        /// <summary>Where the venue's text is (line, column, length), for a reader with no <see cref="VenueLine"/> to give.</summary>
        public (int Line, int Column, int Length)? VenueAt { get; set; }

        public int? VenueYear { get; set; }

        public List<string> Awards { get; } = new();

        public List<LinkModel> Links { get; } = new();

        public List<string> Tags => _tags ??= new();

        private List<string>? _tags;

        public string? Summary { get; set; }

        public List<string> Highlights => _highlights ??= new();

        private List<string>? _highlights;

        public string? Doi { get; set; }

        public string? Abstract { get; set; }

        public bool Selected { get; set; }

        public PublicationModel Build(EntryBlock block)
        {
            var location = TitleLine is null ? _context.At(block.Line, 0) : _context.At(TitleLine);
            var title = CheckEncoding(Title, location);
            var titleHtml = _context.Options.RepairMojibake && Mojibake.TryRepair(TitleHtml, out var repairedHtml) ? repairedHtml : TitleHtml;

            // Loops rather than LINQ, and a record copied only when a field changes: this runs once per entry.
            // Names changed by the encoding check; null while none is (the usual case).
            string[]? checkedNames = null;
            var cleanAuthors = _cleanAuthors;
            for (var i = 0; i < Authors.Count; i++)
            {
                var (author, line, column) = Authors[i];
                // The pages name their authors in entry after entry, the same objects: one found clean is not tested again.
                var slot = CleanSlot(author);
                if (ReferenceEquals(cleanAuthors[slot], author))
                {
                    continue;
                }

                if (!Mojibake.TryRepair(author.Name, out _))
                {
                    cleanAuthors[slot] = author;
                    continue;
                }

                var name = CheckEncoding(author.Name, _context.At(line, column, author.Name.Length));
                if (!ReferenceEquals(name, author.Name))
                {
                    checkedNames ??= new string[Authors.Count];
                    checkedNames[i] = name;
                }
            }

            var venueRaw = VenueLine is not null ? CheckEncoding(Venue.Raw, VenueLine)
                : VenueAt is { } at ? CheckEncoding(Venue.Raw, at.Line, at.Column, at.Length)
                : CheckEncoding(Venue.Raw, location);
            var venueName = Venue.Name;
            if (venueName != Venue.Raw && _context.Options.RepairMojibake && Mojibake.TryRepair(venueName, out var repairedName))
            {
                venueName = repairedName;
            }

            var year = VenueYear ?? block.SectionYear ?? YearFromLinks();
            // A paper in submission has no year yet: that is not worth a warning.
            if (year is null && Venue.Kind != VenueKinds.InSubmission)
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

            // Clipped in the order the fields are listed, so TextTooLong warnings come out in the same order as ever.
            var authors = ImmutableArray.CreateBuilder<AuthorModel>(Authors.Count);
            for (var i = 0; i < Authors.Count; i++)
            {
                var author = Authors[i].Author;
                var name = Clip(checkedNames?[i] ?? author.Name, location);
                authors.Add(ReferenceEquals(name, author.Name) ? author : author with { Name = name });
            }

            var clippedVenueName = Clip(venueName, location);
            var clippedAcronym = Venue.Acronym is null ? null : Clip(Venue.Acronym, location);
            var clippedRaw = Clip(venueRaw, location);
            var venue = _context.Shared.Venue(
                ReferenceEquals(clippedVenueName, Venue.Name) && ReferenceEquals(clippedAcronym, Venue.Acronym) && ReferenceEquals(clippedRaw, Venue.Raw)
                    ? Venue
                    : Venue with { Name = clippedVenueName, Acronym = clippedAcronym, Raw = clippedRaw });
            var awards = ClipDistinct(Awards, location);
            var links = ClipLinks(location);
            var tags = ClipDistinct(_tags, location);
            var summary = Summary is null ? null : Clip(Summary, location);
            var highlights = ClipAll(_highlights, location);

            return new PublicationModel(
                clippedTitle,
                titleHtml,
                ShortName,
                ExplicitId,
                new EquatableArray<AuthorModel>(authors.MoveToImmutable()),
                venue,
                year,
                awards,
                links,
                tags,
                summary,
                highlights,
                location.FilePath,
                location.Line,
                location.Column)
            {
                Doi = Doi is null ? null : Clip(Doi, location),
                Abstract = Abstract is null ? null : Clip(Abstract, location),
                Selected = Selected,
            };
        }

        // An empty list (most entries have no awards, tags or highlights) gives the shared empty array, not a builder of none.
        private EquatableArray<LinkModel> ClipLinks(LocationInfo location)
        {
            if (Links.Count == 0)
            {
                return EquatableArray<LinkModel>.Empty;
            }

            var links = ImmutableArray.CreateBuilder<LinkModel>(Links.Count);
            foreach (var link in Links)
            {
                var label = Clip(link.Label, location);
                var url = Clip(link.Url, location);
                links.Add(_context.Shared.Link(ReferenceEquals(label, link.Label) && ReferenceEquals(url, link.Url) ? link : link with { Label = label, Url = url }));
            }

            return new EquatableArray<LinkModel>(links.MoveToImmutable());
        }

        /// <param name="share">Whether the items are ones a page repeats (awards, tags), kept once per file.</param>
        private EquatableArray<string> ClipAll(List<string>? items, LocationInfo location, bool share = false)
        {
            if (items is null || items.Count == 0)
            {
                return EquatableArray<string>.Empty;
            }

            var clipped = ImmutableArray.CreateBuilder<string>(items.Count);
            foreach (var item in items)
            {
                clipped.Add(share ? _context.Shared.Text(Clip(item, location)) : Clip(item, location));
            }

            return new EquatableArray<string>(clipped.MoveToImmutable());
        }

        /// <summary>
        /// Every item clipped (each may warn), then duplicates dropped, first kept: <c>Select(Clip).Distinct()</c>. The
        /// items (awards, tags) are ones a page repeats: each is kept once per file.
        /// </summary>
        private EquatableArray<string> ClipDistinct(List<string>? items, LocationInfo location)
        {
            if (items is null || items.Count <= 1)
            {
                return ClipAll(items, location, share: true);
            }

            // An entry has a few: each is looked for among those kept before it (the file's shared strings, so mostly the same
            // object), with no set, closure or second list; a set only for a long list.
            var clipped = ImmutableArray.CreateBuilder<string>(items.Count);
            var seen = items.Count > MaxItemsSearched ? new HashSet<string>(System.StringComparer.Ordinal) : null;
            foreach (var item in items)
            {
                var text = _context.Shared.Text(Clip(item, location));
                if (seen is null ? !Holds(clipped, text) : seen.Add(text))
                {
                    clipped.Add(text);
                }
            }

            return new EquatableArray<string>(clipped.Count == clipped.Capacity ? clipped.MoveToImmutable() : clipped.ToImmutable());
        }

        /// <summary>The longest list whose duplicates are found by searching what was kept before (beyond it, a set).</summary>
        private const int MaxItemsSearched = 16;

        private static bool Holds(ImmutableArray<string>.Builder items, string text)
        {
            for (var i = 0; i < items.Count; i++)
            {
                if (string.Equals(items[i], text))
                {
                    return true;
                }
            }

            return false;
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

        // The location is made only when there is something to report (most text is clean).
        private string CheckEncoding(string text, LogicalLine line) =>
            Mojibake.TryRepair(text, out _) ? CheckEncoding(text, _context.At(line)) : text;

        private string CheckEncoding(string text, int line, int column, int length) =>
            Mojibake.TryRepair(text, out _) ? CheckEncoding(text, _context.At(line, column, length)) : text;
    }
}
