using System.Text;
using CsCheck;

namespace PubCatalog.Tests.Robustness;

/// <summary>One generated entry: the field texts before they are written as Markdown.</summary>
public sealed record EntrySpec(string Title, string[] Authors, string Venue, int Year, string LinkLabel, string Url);

/// <summary>An edit applied to a page's lines after it is written: delete, duplicate, swap, insert markup, cut short.</summary>
public sealed record Mutation(int Kind, int A, int B);

/// <summary>A generated page: well-formed entries, then (for the mutated half) edits, line endings and a BOM.</summary>
public sealed record PageSpec(EntrySpec[] Entries, Mutation[] Mutations, bool Crlf, bool Bom)
{
    public bool IsWellFormed => Mutations.Length == 0;

    public string Render()
    {
        var lines = new List<string>();
        foreach (var e in Entries)
        {
            lines.Add(e.Title + "\\");
            lines.Add(string.Join(", ", e.Authors) + "\\");
            lines.Add("*" + e.Venue + " " + e.Year + "*\\");
            lines.Add("[" + e.LinkLabel + "](" + e.Url + ")");
            lines.Add("");
        }

        foreach (var m in Mutations)
        {
            Apply(lines, m);
        }

        var text = string.Join(Crlf ? "\r\n" : "\n", lines);
        return Bom ? "\uFEFF" + text : text;
    }

    private static void Apply(List<string> lines, Mutation m)
    {
        if (lines.Count == 0)
        {
            lines.Add(PageGen.Markup[m.A % PageGen.Markup.Length]);
            return;
        }

        var a = m.A % lines.Count;
        var b = m.B % lines.Count;
        switch (m.Kind)
        {
            case 0: lines.RemoveAt(a); break;
            case 1: lines.Insert(a, lines[a]); break;
            case 2: (lines[a], lines[b]) = (lines[b], lines[a]); break;
            case 3: lines.Insert(a, PageGen.Markup[m.B % PageGen.Markup.Length]); break;
            case 4:
                var line = lines[a];
                var at = line.Length == 0 ? 0 : m.B % (line.Length + 1);
                lines[a] = line.Substring(0, at) + PageGen.Markup[m.B % PageGen.Markup.Length] + line.Substring(at);
                break;
            default:
                // Cut the file short, possibly inside a surrogate pair or an entity.
                var line2 = lines[a];
                lines.RemoveRange(a + 1, lines.Count - a - 1);
                lines[a] = line2.Substring(0, line2.Length == 0 ? 0 : m.B % line2.Length);
                break;
        }
    }
}

/// <summary>Generators for hostile-but-plausible publication pages.</summary>
public static class PageGen
{
    /// <summary>Characters that break C# literals, doc comments, HTML or Markdown, and the "Trojan Source" controls.</summary>
    public static readonly string[] Hostile =
    {
        "\"", "\\", "\0", "\t", "\u0001", "\u001B", "\u007F", "\u0085", "\u00A0", "\u2028", "\u2029", "\u200B", "\u200D", "\uFEFF",
        "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F", "\u061C",
        "\uD800", "\uDFFF", "\uFFFE", "\uFFFF", "\uFFFD", "*/", "/*", "//", "{", "}", "{{", "{0}", "$\"", "@\"", "\"\"\"", "#if",
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "</em>", "<em>", "&amp;", "&lt;", "&#0;", "&#xD800;", "&quot;",
        "'", "`", "*", "**", "_", "~", "^", "[", "]", "(", ")", "<", ">", "&", "|", "#", ":", "{#id}", "\\*",
        "😀", "👩‍🔬", "🏆", "中文", "日本語", "한국어", "עברית", "العربية", "e\u0301", "\u0301", "\u0300\u0301\u0302", "Ⅻ", "ǅ",
        "RÃ©", "MigÃ¼el", "â€™", "Ã", "class", "@", "1st", "null", "default",
    };

    /// <summary>Markup inserted by mutations.</summary>
    public static readonly string[] Markup =
    {
        "<!--", "-->", "**", "*", "_", "[", "](", "](javascript:alert(1))", "<br>", "<span>", "</span>", "<a href=\"java\tscript:x\">",
        "</a>", "---", "# 2024", "## ", "> ", "- ", "1. ", "```", "    ", "\\", "  ", "<sup>", "</sub>", "&", "&#", "{#x}", "|",
        "Foo Foo 01 / Foo: card title", "NSDI 2024 · A. B, C. D", "\uFFFD", "\0", "\uD83D", "[paper](data:text/html,x)",
    };

    private static readonly Gen<string> AnyChar = Gen.Char.Select(c => c.ToString());

    private static readonly Gen<string> Letter = Gen.Frequency(
        (10, Gen.Char['a', 'z'].Select(c => c.ToString())),
        (3, Gen.Char['\u00C0', '\u024F'].Select(c => c.ToString())),
        (2, Gen.Char['\u0400', '\u04FF'].Select(c => c.ToString())),
        (2, Gen.Char['\u4E00', '\u9FFF'].Select(c => c.ToString())),
        (1, Gen.Char['\u0300', '\u036F'].Select(c => "e" + c)),
        (1, Gen.Char['\uAC00', '\uD7A3'].Select(c => c.ToString())));

    private static readonly Gen<string> TitlePiece = Gen.Frequency(
        (12, Letter),
        (4, Gen.Const(" ")),
        (3, Gen.OneOf<string>(Hostile)),
        (2, AnyChar),
        (1, Gen.Int[0x1F300, 0x1FAFF].Select(char.ConvertFromUtf32)));

    private static Gen<string> Text(Gen<string> piece, int min, int max) =>
        piece.Array[min, max].Select(parts => string.Concat(parts).Replace("\n", " ").Replace("\r", " "));

    private static readonly Gen<string> Name = Gen.Select(Letter.Array[1, 8], Letter.Array[1, 10], Gen.OneOf<string>("", "", "", "*", "†", " ‡"),
        (given, family, mark) => char.ToUpperInvariant(given[0][0]) + string.Concat(given).Substring(1) + " " + string.Concat(family) + mark);

    public static readonly Gen<EntrySpec> Entry = Gen.Select(
        Text(TitlePiece, 1, 40),
        Name.Array[1, 6],
        Text(TitlePiece, 0, 20),
        Gen.Int[1990, 2030],
        Gen.OneOf<string>("paper", "code", "Slides", "pdf", "bibtex", "weird label", "", "<b>x</b>"),
        Gen.OneOf<string>("https://example.org/paper.pdf", "http://x.org/a?b=1&c=2", "mailto:a@b.org", "paper.pdf", "/abs/2401.00001",
            "https://arxiv.org/abs/2401.01234", "javascript:alert(1)", "JaVaScRiPt:alert(1)", "java&#x09;script:x", "javascript&colon;x",
            "data:text/html;base64,PHNjcmlwdD4=", "vbscript:msgbox", "&#106;avascript:x", "java%0ascript:x", "", "<>", "https://x.org/\"onerror=\"x"),
        (title, authors, venue, year, label, url) => new EntrySpec("T " + title, authors, "Conf " + venue, year, label, url));

    private static readonly Gen<Mutation> OneMutation = Gen.Select(Gen.Int[0, 5], Gen.Int[0, 10_000], Gen.Int[0, 10_000], (k, a, b) => new Mutation(k, a, b));

    /// <summary>Half the pages well-formed, half mutated; line endings and BOM at random.</summary>
    public static readonly Gen<PageSpec> Page = Gen.Select(
        Entry.Array[1, 6],
        Gen.Frequency((1, Gen.Const(Array.Empty<Mutation>())), (1, OneMutation.Array[1, 6])),
        Gen.Bool,
        Gen.Bool,
        (entries, mutations, crlf, bom) => new PageSpec(entries, mutations, crlf, bom));
}
