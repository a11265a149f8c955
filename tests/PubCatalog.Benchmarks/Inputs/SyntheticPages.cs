using System.Globalization;
using System.Text;

namespace PubCatalog.Benchmarks.Inputs;

/// <summary>The five shapes of the seed pages (see issue 2's table), one per seed file.</summary>
public enum PageShape
{
    /// <summary>Seed 000: backslash-broken lines, <c>&lt;span&gt;</c> venue, <c>[&lt;a href&gt;Paper&lt;/a&gt;]</c> links.</summary>
    BackslashHtml,

    /// <summary>Seed 001: the same, with <c>**Self**\*</c> equal marks and entries without links.</summary>
    BackslashEqual,

    /// <summary>Seed 002: front matter, Liquid tag, <c>## 2025</c> sections, <c>**Title**␣␣</c>, <c>*In Preprint.*</c>, <c>[**[PDF](url)**]</c>.</summary>
    YearSections,

    /// <summary>Seed 003: card text <c>Name Name 01 / Title</c>, <c>Venue · Authors</c>, summary, highlights, <c>#tag#tag</c>.</summary>
    Card,

    /// <summary>Seed 004: front matter, <c>&lt;script&gt;</c>, <c>---</c>, bold titles, <c>| [paper](url) |</c> link rows.</summary>
    PipeLinks,
}

/// <summary>
/// Realistic, deterministic publication pages: titles with short names and emphasis, 3–20 authors with a bold owner
/// and equal-contribution marks, venues with honours, 0–5 links. The same seed gives the same bytes on every machine.
/// </summary>
public static class SyntheticPages
{
    private static readonly string[] Words =
    {
        "Scalable", "Efficient", "Serving", "Inference", "Learning", "Caching", "Scheduling", "Distributed", "Training",
        "Memory", "Networks", "Graphs", "Compilers", "Storage", "Streaming", "Serverless", "Models", "Clusters",
        "Latency", "Throughput", "Sparse", "Adaptive", "Robust", "Verified", "Secure", "Elastic", "Heterogeneous",
        "Accelerators", "Queries", "Indexes", "Transactions", "Replication", "Consensus", "Kernels", "Tensors",
    };

    private static readonly string[] Connectors = { "for", "with", "in", "at", "over", "under", "across", "via" };

    private static readonly string[] FirstNames =
    {
        "Yang", "Tian", "Ion", "Scott", "Wei-Lin", "Zhanghao", "Matei", "Joseph", "Ying", "Hao", "Xin", "Lianmin", "Shu",
        "Anurag", "Rashmi", "Juncheng", "Chao", "Zili", "Xuanzhe", "Danyang", "Eric", "Ameer", "Cody", "Siyuan", "Amog",
    };

    private static readonly string[] LastNames =
    {
        "Zhou", "Xia", "Stoica", "Shenker", "Chiang", "Wu", "Zaharia", "Gonzalez", "Sheng", "Zhang", "Jin", "Zheng", "Liu",
        "Khandelwal", "Vinayak", "Yang", "Li", "Zhuo", "Xing", "Haj-Ali", "Yu", "Zhuang", "Kamsetty", "Chen", "Wang",
    };

    private static readonly (string Acronym, string Long, bool Journal)[] Venues =
    {
        ("NSDI", "USENIX Symposium on Networked Systems Design and Implementation", false),
        ("OSDI", "USENIX Symposium on Operating Systems Design and Implementation", false),
        ("SOSP", "ACM Symposium on Operating Systems Principles", false),
        ("EuroSys", "European Conference on Computer Systems", false),
        ("SIGCOMM", "ACM Special Interest Group on Data Communication", false),
        ("ICML", "International Conference on Machine Learning", false),
        ("NeurIPS", "Conference on Neural Information Processing Systems", false),
        ("ICLR", "International Conference on Learning Representations", false),
        ("FAST", "USENIX Conference on File and Storage Technologies", false),
        ("TON", "IEEE Transactions on Networking", true),
        ("TPDS", "IEEE Transactions on Parallel and Distributed Systems", true),
    };

    private static readonly string[] Awards = { "Best Paper Award", "Outstanding Paper Award", "Best Student Paper Award", "Distinguished Artifact Award" };

    private static readonly string[] LinkLabels = { "Paper", "Code", "Slides", "Talk", "Video", "Dataset", "Blog" };

    /// <summary>A page of <paramref name="entries"/> entries in one shape; titles carry <paramref name="prefix"/> so pages never share a paper.</summary>
    public static string Page(PageShape shape, int entries, int seed, string prefix)
    {
        var random = new Random(seed);
        var builder = new StringBuilder(entries * 420);
        var owner = Person(random);
        WriteHeader(builder, shape);
        var year = 2026;
        for (var i = 0; i < entries; i++)
        {
            // Newest first, a dozen or so papers a year, as on a real page.
            if (i > 0 && random.Next(12) == 0 && year > 1990)
            {
                year--;
                if (shape == PageShape.YearSections)
                {
                    builder.Append("## ").Append(Int(year)).Append("\n\n");
                }
            }
            else if (i == 0 && shape == PageShape.YearSections)
            {
                builder.Append("## ").Append(Int(year)).Append("\n\n");
            }

            var entry = Entry.Create(random, owner, year, prefix + "-" + Int(i));
            switch (shape)
            {
                case PageShape.BackslashHtml:
                case PageShape.BackslashEqual:
                    WriteBackslash(builder, entry, shape == PageShape.BackslashEqual);
                    break;
                case PageShape.YearSections:
                    WriteYearSection(builder, entry, random);
                    break;
                case PageShape.Card:
                    WriteCard(builder, entry, i + 1, random);
                    break;
                default:
                    WritePipe(builder, entry);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>The owner's name of a card page (cards bold nobody: the build names the owner with <c>PubCatalogSelf</c>).</summary>
    public static string CardOwner(int seed) => Person(new Random(seed));

    private static void WriteHeader(StringBuilder builder, PageShape shape)
    {
        switch (shape)
        {
            case PageShape.YearSections:
                builder.Append("---\nlayout: archive\ntitle: \"Full Publications\"\npermalink: /publications/\nauthor_profile: true\n---\n\n{% include base_path %}\n\n");
                break;
            case PageShape.PipeLinks:
                builder.Append("---\nlayout: archive\ntitle: \"Publications\"\npermalink: /publications/\nauthor_profile: true\n---\n\n");
                builder.Append("<script async defer src=\"https://buttons.github.io/buttons.js\"></script>\n\n---\n\n");
                builder.Append("See a full list on  [Google Scholar](https://scholar.google.com/citations?user=_7Q8uIYAAAAJ&hl=en)  \n\n---\n\n");
                break;
        }
    }

    private static void WriteBackslash(StringBuilder b, Entry e, bool equalMarks)
    {
        b.Append(e.TitleMarkdown).Append("\\\n");
        b.Append(e.Authors(equalMarks ? "\\*" : "", bold: true)).Append("\\\n");
        b.Append("<span style=\"color:green; font-style:italic\">").Append(e.VenueShort()).Append("</span>");
        if (e.Links.Count > 0)
        {
            b.Append("\\\n");
            b.Append(string.Join(" ", e.Links.Select(l => $"[<a style=\"text-decoration:none\" href=\"{l.Url}\" target=\"_blank\">{l.Label}</a>]")));
        }

        b.Append("\n\n");
    }

    private static void WriteYearSection(StringBuilder b, Entry e, Random random)
    {
        b.Append("**").Append(e.TitlePlain).Append("**  \n");
        b.Append(e.Authors("\\*", bold: true)).Append("  \n");
        if (e.HasEqual)
        {
            b.Append("(\\* Equal Contribution)  \n");
        }

        if (e.Preprint)
        {
            b.Append("*In Preprint.*");
        }
        else
        {
            b.Append('*').Append(e.Venue.Long).Append(" ([**").Append(e.Venue.Acronym).Append(' ').Append(Int(e.Year))
                .Append("**](https://conf.example.org/").Append(e.Venue.Acronym.ToLowerInvariant()).Append(Int(e.Year)).Append("/)), ")
                .Append(random.Next(2) == 0 ? "Boston" : "Santa Clara").Append(", ").Append(Int(e.Year)).Append(".*");
        }

        if (e.Links.Count > 0)
        {
            b.Append("  \n").Append(string.Join(" ", e.Links.Select(l => $"[**[{(l.Label == "Paper" ? "PDF" : l.Label)}]({l.Url})**]")));
        }

        b.Append("\n\n");
    }

    private static void WriteCard(StringBuilder b, Entry e, int number, Random random)
    {
        var name = e.ShortName ?? e.TitlePlain.Split(' ')[0];
        b.Append(name).Append(' ').Append(name).Append(' ').Append(((number - 1) % 99 + 1).ToString("00", CultureInfo.InvariantCulture)).Append(" / ").Append(e.TitlePlain).Append('\n');
        b.Append(e.Preprint ? "In submission" : e.Venue.Acronym + " " + Int(e.Year)).Append(" · ").Append(e.Initials()).Append('\n');
        b.Append("Makes ").Append(e.TitlePlain.ToLowerInvariant()).Append(" practical by rethinking the design across the stack.\n");
        var highlights = 1 + random.Next(3);
        for (var h = 0; h < highlights; h++)
        {
            b.Append("- ").Append(Words[random.Next(Words.Length)]).Append(" design that improves throughput by up to ").Append(Int(10 + random.Next(90))).Append("%.\n");
        }

        b.Append('#').Append(Words[random.Next(Words.Length)]).Append('#').Append(Words[random.Next(Words.Length)]).Append(" Systems\n");
    }

    private static void WritePipe(StringBuilder b, Entry e)
    {
        b.Append("**").Append(e.TitlePlain).Append("**  \n");
        b.Append(e.Authors(" \\*", bold: true)).Append("  \n");
        b.Append("<span style=\"color:green; font-style:italic\">").Append(e.Preprint ? "Preprint " + Int(e.Year) : e.Venue.Acronym + " " + Int(e.Year));
        if (e.Award is not null)
        {
            b.Append(" (").Append(e.Award).Append(')');
        }

        b.Append("</span>  \n");
        for (var i = 0; i < e.Links.Count; i++)
        {
            b.Append("| [").Append(e.Links[i].Label.ToLowerInvariant()).Append("](").Append(e.Links[i].Url).Append(')');
            b.Append(i == e.Links.Count - 1 ? " |  \n" : "\n");
        }

        b.Append('\n');
    }

    private static string Person(Random random) => FirstNames[random.Next(FirstNames.Length)] + " " + LastNames[random.Next(LastNames.Length)];

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed class Entry
    {
        private readonly List<(string Name, bool Self, bool Equal)> _authors = new();

        public string TitlePlain { get; private init; } = "";

        public string TitleMarkdown { get; private init; } = "";

        public string? ShortName { get; private init; }

        public (string Acronym, string Long, bool Journal) Venue { get; private init; }

        public bool Preprint { get; private init; }

        public string? Award { get; private init; }

        public int Year { get; private init; }

        public List<(string Label, string Url)> Links { get; } = new();

        public bool HasEqual => _authors.Any(a => a.Equal);

        public static Entry Create(Random random, string owner, int year, string unique)
        {
            var words = new List<string>();
            var count = 3 + random.Next(6);
            for (var i = 0; i < count; i++)
            {
                words.Add(i > 0 && random.Next(4) == 0 ? Connectors[random.Next(Connectors.Length)] : Words[random.Next(Words.Length)]);
            }

            // Every title is unique (an id-like word), so no two synthetic entries merge.
            words.Add("(" + unique + ")");
            var shortName = random.Next(2) == 0 ? Words[random.Next(Words.Length)] + unique.Replace("-", "", StringComparison.Ordinal) : null;
            var rest = string.Join(" ", words);
            var entry = new Entry
            {
                ShortName = shortName,
                TitlePlain = shortName is null ? rest : shortName + ": " + rest,
                TitleMarkdown = shortName is null ? rest : (random.Next(3) == 0 ? "*" + shortName + "*" : shortName) + ": " + rest,
                Venue = Venues[random.Next(Venues.Length)],
                Preprint = random.Next(5) == 0,
                Award = random.Next(8) == 0 ? Awards[random.Next(Awards.Length)] : null,
                Year = year,
            };

            var authors = 3 + random.Next(18);
            var self = random.Next(authors);
            var equal = random.Next(3) == 0 ? 1 + random.Next(3) : 0;
            for (var i = 0; i < authors; i++)
            {
                entry._authors.Add((i == self ? owner : Person(random), i == self, i < equal));
            }

            var links = random.Next(6);
            if (entry.Preprint)
            {
                // A preprint's year comes from its arXiv id, as on the real pages.
                entry.Links.Add(("Paper", $"https://arxiv.org/abs/{year % 100:00}{1 + random.Next(12):00}.{random.Next(100000):00000}"));
            }

            for (var i = entry.Links.Count; i < links; i++)
            {
                var label = LinkLabels[i == 0 ? 0 : random.Next(LinkLabels.Length)];
                entry.Links.Add((label, $"https://example.org/{unique}/{label.ToLowerInvariant()}{Int(i)}"));
            }

            return entry;
        }

        public string VenueShort()
        {
            if (Preprint)
            {
                return "arXiv preprint";
            }

            var text = Venue.Acronym + " " + Int(Year);
            return Award is null ? text : text + ", " + Award;
        }

        public string Authors(string equalMark, bool bold) => string.Join(", ", _authors.Select(a =>
            (bold && a.Self ? "**" + a.Name + "**" : a.Name) + (a.Equal ? equalMark : "")));

        public string Initials() => string.Join(", ", _authors.Select(a =>
        {
            var parts = a.Name.Split(' ');
            return parts[0][0] + " " + parts[^1] + (a.Equal ? "*" : "");
        }));
    }
}
