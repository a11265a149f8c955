using Microsoft.CodeAnalysis.CSharp;
using PubCatalog.Generator.Catalog;
using PubCatalog.Generator.Emit;
using PubCatalog.Generator.Model;
using PubCatalog.Generator.Options;
using PubCatalog.Generator.Parsing;

namespace PubCatalog.Tests.Robustness;

/// <summary>
/// Hostile titles, names, URLs and identifiers, each with the exact result: the escaped C# literal or doc text, the
/// exact <c>TitleHtml</c>, the exact link or diagnostic, the exact member name. Diagnostics are written
/// <c>ID: arg / arg / …</c> (PUB0006 and PUB0011 left out).
/// </summary>
public sealed class HostileInputTests
{
    public static TheoryData<string, string, string> Cases => new()
    {
        { "literal", "say \"hi\"", "\"say \\\"hi\\\"\"" },
        { "literal", "back\\slash", "\"back\\\\slash\"" },
        { "literal", "line\nbreak", "\"line\\nbreak\"" },
        { "literal", "cr\rlf", "\"cr\\rlf\"" },
        { "literal", "nul\u0000char", "\"nul\\0char\"" },
        { "literal", "bell\u0007", "\"bell\\u0007\"" },
        { "literal", "del\u007F", "\"del\\u007F\"" },
        { "literal", "nel\u0085", "\"nel\\u0085\"" },
        { "literal", "ls\u2028ps\u2029", "\"ls\\u2028ps\\u2029\"" },
        { "literal", "rlo\u202Eevil\u202C", "\"rlo\\u202Eevil\\u202C\"" },
        { "literal", "lri\u2066x\u2069", "\"lri\\u2066x\\u2069\"" },
        { "literal", "lrm\u200E", "\"lrm\\u200E\"" },
        { "literal", "zwj\u200D", "\"zwj\\u200D\"" },
        { "literal", "bom\uFEFF", "\"bom\\uFEFF\"" },
        { "literal", "lone\uD800high", "\"lone\\uD800high\"" },
        { "literal", "lone\uDC00low", "\"lone\\uDC00low\"" },
        { "literal", "emoji\U0001F600", "\"emoji\U0001F600\"" },
        { "literal", "*/ end", "\"*/ end\"" },
        { "literal", "{interp}", "\"{interp}\"" },
        { "literal", "{{0}}", "\"{{0}}\"" },
        { "literal", "$\"{x}\"", "\"$\\\"{x}\\\"\"" },
        { "literal", "\uFFFF", "\"\\uFFFF\"" },
        { "doc", "a <b> & c", "a &lt;b&gt; &amp; c" },
        { "doc", "x\ny", "x y" },
        { "doc", "rlo\u202Eevil", "rlo&#x202E;evil" },
        { "doc", "lone\uD800", "lone\uFFFD" },
        { "doc", "*/ end", "*/ end" },
        { "html", "<script>alert(1)</script> Title", "NONE PUB0001: A. Author, B. Author" },
        { "html", "Title <img src=x onerror=alert(1)>", "Title" },
        { "html", "**Bold** and *em* Title", "<strong>Bold</strong> and <em>em</em> Title" },
        { "html", "A &lt;script&gt; Title", "A &lt;script&gt; Title" },
        { "html", "Title with \"quotes\" & 'apos'", "Title with &quot;quotes&quot; &amp; &#39;apos&#39;" },
        { "html", "H<sub>2</sub>O and x<sup>2</sup>", "H<sub>2</sub>O and x<sup>2</sup>" },
        { "html", "Use `<code>` here", "Use <code>&lt;code&gt;</code> here" },
        { "html", "<a href=\"javascript:alert(1)\">Click</a> Title", "Click Title" },
        { "html", "<em onclick=\"x\">Em</em> Title", "<em>Em</em> Title" },
        { "html", "Title <b>bold</b>", "Title <strong>bold</strong>" },
        { "html", "Title with {#my-id}", "Title with" },
        { "html", "Title *with <!-- comment --> x*", "Title <em>with x</em>" },
        { "html", "Title &#60;b&#62;", "Title &lt;b&gt;" },
        { "html", "<style>x</style>Title", "NONE PUB0001: A. Author, B. Author" },
        { "html", "Title <span style=\"x\">s</span>", "Title s" },
        { "html", "<em>Cut {#</em>my-id}", "<em>Cut</em>" },
        { "url", "javascript:alert(1)", "PUB0003: paper / Title / the scheme 'javascript:'" },
        { "url", "JAVASCRIPT:alert(1)", "PUB0003: paper / Title / the scheme 'javascript:'" },
        { "url", " javascript:alert(1)", "PUB0003: paper / Title / the scheme 'javascript:'" },
        { "url", "java\tscript:alert(1)", "PUB0003: paper / Title / the scheme 'javascript:'" },
        { "url", "java&#x09;script:x", "PUB0003: paper / Title / the scheme 'javascript:'" },
        { "url", "javascript&colon;alert(1)", "PUB0003: paper / Title / the scheme 'javascript:'" },
        { "url", "&#106;avascript:x", "PUB0003: paper / Title / the scheme 'javascript:'" },
        { "url", "&#x6A;avascript:x", "PUB0003: paper / Title / the scheme 'javascript:'" },
        { "url", "jav&#97;script:x", "PUB0003: paper / Title / the scheme 'javascript:'" },
        { "url", "java%73cript:x", "PUB0003: paper / Title / the scheme 'javascript:'" },
        { "url", "javascript&#58x", "PUB0003: paper / Title / the scheme 'javascript:'" },
        { "url", "data:text/html,x", "PUB0003: paper / Title / the scheme 'data:'" },
        { "url", "DaTa:image/png;base64,x", "PUB0003: paper / Title / the scheme 'data:'" },
        { "url", "vbscript:msgbox(1)", "PUB0003: paper / Title / the scheme 'vbscript:'" },
        { "url", "file:///etc/passwd", "PUB0003: paper / Title / the scheme 'file:'" },
        { "url", "https://example.org/a?b=1&c=2", "link https://example.org/a?b=1&c=2" },
        { "url", "mailto:a@b.org", "link mailto:a@b.org" },
        { "url", "paper.pdf", "link paper.pdf" },
        { "url", "//cdn.example.org/x", "link //cdn.example.org/x" },
        { "url", "", "PUB0003: paper / Title / an empty URL" },
        { "ahref", "javascript:alert(1)", "PUB0003: code / Title / the scheme 'javascript:'" },
        { "ahref", "java&#x09;script:x", "PUB0003: code / Title / the scheme 'javascript:'" },
        { "ahref", "javascript&colon;x", "PUB0003: code / Title / the scheme 'javascript:'" },
        { "ahref", "&Tab;javascript:x", "PUB0003: code / Title / the scheme 'javascript:'" },
        { "ahref", "https://ok.org", "link https://ok.org" },
        { "member", "class", "Class" },
        { "member", "Class", "Class" },
        { "member", "@", "Paper" },
        { "member", "123 Go", "Paper123Go" },
        { "member", "\U0001F600 Emoji", "Emoji" },
        { "member", "中文标题", "中文标题" },
        { "member", "\u00E9te", "Éte" }, // precomposed: NFC of "e\u0301te" depends on ICU (see docs/reliability.md)
        { "member", "\u0301lead", "Lead" },
        { "member", "All", "All" },
        { "member", "Publications", "Publications" },
        { "member", "ToString", "ToString" },
        { "member", "new", "New" },
        { "member", "var", "Var" },
        { "member", "x\u200By", "XY" },
        { "member", new string('a', 600), new string('A', 1) + new string('a', 63) },
        { "member", "Ⅻ roman", "ⅫRoman" },
        { "member", "ǅemal", "Ǆemal" },
        { "author", "Christopher RÃ©", "Christopher RÃ© | PUB0007: Christopher RÃ© / Christopher Ré" },
        { "author", "MigÃ¼el Ã\u2018uÃ±ez", "MigÃ¼el Ã\u2018uÃ±ez | PUB0007: MigÃ¼el Ã\u2018uÃ±ez / Migüel Ñuñez" },
        { "author", "Zoë O\u2019Brien", "Zoë O\u2019Brien | " },
        { "author", "李 小龍", "李 小龍 | " },
        { "author", "Ana\u202E Evil", "Ana\u202E Evil | " },    };

    [Theory]
    [MemberData(nameof(Cases), DisableDiscoveryEnumeration = true)]
    public void Hostile_input_gives_exactly(string kind, string input, string expected)
    {
        var actual = kind switch
        {
            "literal" => CSharpLiteral.String(input),
            "doc" => CSharpLiteral.DocText(input),
            "html" => Entry(input + "\\\nA. Author, B. Author\\\n*NSDI 2024*\n", r => r.Publications[0].TitleHtml),
            "url" => Entry("Title\\\nA. Author, B. Author\\\n*NSDI 2024*\\\n[paper](<" + input + ">)\n", Link),
            "ahref" => Entry("Title\\\nA. Author, B. Author\\\n*NSDI 2024*\\\n<a href=\"" + input + "\">code</a>\n", Link),
            "member" => MemberNames.FromText(input),
            "author" => Entry("Title\\\n" + input + ", B. Author\\\n*NSDI 2024*\n", r => r.Publications[0].Authors[0].Name + " | " + Diagnostics(r)),
            _ => throw new ArgumentException(kind),
        };
        Assert.Equal(expected, actual);
        if (kind == "member")
        {
            Assert.True(Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(actual));
            Assert.Equal(Microsoft.CodeAnalysis.CSharp.SyntaxKind.None, Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(actual));
        }

        if (kind == "literal")
        {
            // The literal is one token whose value is the input, character for character.
            var token = Microsoft.CodeAnalysis.CSharp.SyntaxFactory.ParseToken(actual);
            Assert.Equal(Microsoft.CodeAnalysis.CSharp.SyntaxKind.StringLiteralToken, token.Kind());
            Assert.Equal(input, token.ValueText);
            Assert.All(actual, c => Assert.True(c < 0x7F && c >= 0x20 || char.IsLetterOrDigit(c) || char.IsSurrogate(c), $"raw U+{(int)c:X4} in {actual}"));
        }
    }

    [Theory]
    [MemberData(nameof(Cases), DisableDiscoveryEnumeration = true)]
    public void Data_literals_read_back_exactly_and_never_hold_a_raw_control_or_bidi_character(string kind, string input, string expected)
    {
        _ = kind;
        _ = expected;
        // Long ASCII around the input too: printable ASCII is passed over a vector at a time, so the input sits mid-vector.
        var ascii = new string('x', 70);
        foreach (var text in new[] { input, "ab\"cd" + input, "plain ascii \\ with \"quotes\"", "\"\"" + input + "\"", ascii + input + ascii, ascii.Substring(3) + input })
        {
            // Both ways a data literal is written: from a string, and from characters in a buffer (the packer's).
            AssertDataLiteral(text, new SourceWriter().AppendData(text).ToStringAndRelease());
            AssertDataLiteral(text, new SourceWriter().AppendData(("[" + text + "]").AsSpan(1, text.Length)).ToStringAndRelease());
        }
    }

    private static void AssertDataLiteral(string text, string literal)
    {
        var token = Microsoft.CodeAnalysis.CSharp.SyntaxFactory.ParseToken(literal);
        Assert.Equal(Microsoft.CodeAnalysis.CSharp.SyntaxKind.StringLiteralToken, token.Kind());
        Assert.Equal(literal.Length, token.FullSpan.Length);
        Assert.Equal(text, token.ValueText);
        Assert.DoesNotContain(literal, c => c < 0x20 || (c >= 0x7F && c <= 0x9F) || c is '\u2028' or '\u2029' or '\u200E' or '\u200F' or '\u061C'
            || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069'));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Hostile_everything_in_one_catalog_compiles_and_round_trips(bool packed)
    {
        var page = string.Concat(Cases.Select(row => (string)row[1]).Select((text, i) =>
            $"T{i} {text.Replace("\n", " ").Replace("\r", " ").Replace("\0", "")}\\\nA. Author, {(i % 2 == 0 ? "Zoë" : "李")} B{i}\\\n*Venue {text.Replace("\n", " ").Replace("\r", " ").Replace("*", "").Replace("\0", "")} 2024*\\\n[paper](https://x.org/{i})\n\n"));
        var files = new[] { new Infrastructure.TestFile("/project/hostile.md", page) };
        var run = Infrastructure.CatalogRoundTrip.GenerateAndCompile(files, packed);
        var count = Infrastructure.CatalogRoundTrip.AssertValuesRoundTrip(run, files);
        Assert.True(count >= Cases.Count / 2, $"{count} of {Cases.Count}: " + string.Join("\n", run.DiagnosticLines));
    }

    private static string Entry(string markdown, Func<FileParseResult, string> pick)
    {
        var result = PublicationFileParser.Parse("/project/p.md", "p.md", markdown, PageOptions.Default);
        return result.Publications.Count == 0 ? "NONE " + Diagnostics(result) : pick(result);
    }

    private static string Link(FileParseResult result) =>
        result.Publications[0].Links.Count > 0 ? "link " + result.Publications[0].Links[0].Url : Diagnostics(result);

    private static string Diagnostics(FileParseResult result) => string.Join(" | ", result.Diagnostics
        .Where(d => d.Id is not ("PUB0006" or "PUB0011" or "PUB0014"))
        .Select(d => d.Id + ": " + string.Join(" / ", d.MessageArgs)));
}
