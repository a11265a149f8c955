using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using PubCatalog.Generator.Options;
using PubCatalog.Generator.Parsing;
using PubCatalog.Tests.Infrastructure;

namespace PubCatalog.Tests.Robustness;

/// <summary>Files that are not publication pages at all, damaged encodings, and determinism across file order, CRLF and BOM.</summary>
public sealed class EdgeFileTests
{
    private const string Good = "Good Paper Title\\\nA. Author, B. Author\\\n*NSDI 2024*\n";

    public static TheoryData<string, string?, string> BrokenFiles => new()
    {
        { "empty", "", "PUB0017 warning broken.md(1,1): The publication file 'pages/broken.md' is empty" },
        { "blank", " \n\t\r\n", "PUB0017 warning broken.md(1,1): The publication file 'pages/broken.md' is empty" },
        { "front matter only", "---\ntitle: Publications\nlayout: page\n---\n\n", "PUB0017 warning broken.md(1,1): The publication file 'pages/broken.md' is empty apart from its front matter" },
        { "binary", "\u0089PNG\r\n\u001A\n\0\0\0\rIHDR\0\0", "PUB0005 error broken.md(1,1): The publication file 'pages/broken.md' cannot be read: it is not a text file" },
        { "missing", null, "PUB0005 error broken.md(1,1): The publication file 'pages/broken.md' cannot be read: the file does not exist or cannot be opened" },
        { "invalid UTF-8", "Title\\\nA. Au\uFFFDthor, B. Author\\\n*NSDI 2024*\n", "PUB0015 warning broken.md(2,6): 'pages/broken.md' is not valid UTF-8 on line 2, at byte offset 5 of that line; the bad bytes were read as U+FFFD. Save the file as UTF-8." },
        { "too deeply nested", new string('>', 5000) + " x\n", "PUB0016 error broken.md(1,1): These 2 lines were not read: Markdown elements are nested too deeply" },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void A_broken_file_gets_a_clear_diagnostic_and_the_rest_still_generates(string name, string? text, string expected)
    {
        var files = new[] { new TestFile("/project/pages/good.md", Good), new TestFile("/project/pages/broken.md", text) };
        var run = CatalogRoundTrip.GenerateAndCompile(files);
        Assert.Contains(expected, run.DiagnosticLines);
        // The damaged-but-readable file still gives its entry; the others give none. The good file always generates.
        Assert.Equal(name == "invalid UTF-8" ? 2 : 1, CatalogRoundTrip.AssertValuesRoundTrip(run, files));
    }

    [Fact]
    public void Bytes_the_compiler_read_as_Windows_1252_are_read_again_as_UTF8_and_the_bad_byte_reported()
    {
        // "Zoë" in UTF-8, then a lone 0xFF byte on line 2 at byte 3: not UTF-8, so the compiler falls back to a single-byte code page.
        var bytes = Encoding.UTF8.GetBytes("Zoë Title\\\nA. \u0000Author, B. Author\\\n*NSDI 2024*\n");
        bytes[Array.IndexOf(bytes, (byte)0)] = 0xFF;
        var text = PageText.Read(SourceText.From(bytes, bytes.Length, Encoding.Latin1));
        Assert.StartsWith("Zoë Title", text);
        var result = PublicationFileParser.Parse("/p.md", "p.md", text, PageOptions.Default);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "PUB0015");
        Assert.Equal(new[] { "p.md", "2", "3", "" }, diagnostic.MessageArgs.ToArray());
        Assert.Equal((1, 3), (diagnostic.Location!.Line, diagnostic.Location.Column));
        Assert.Equal("Zoë Title", Assert.Single(result.Publications).Title);
    }

    [Fact]
    public void What_the_compiler_itself_decodes_from_invalid_bytes_is_reported()
    {
        // The compiler's own decoder for additional files (internal: reached by reflection; skipped if it moved).
        var create = typeof(SourceText).Assembly.GetType("Microsoft.CodeAnalysis.Text.EncodedStringText")?
            .GetMethods(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)
            .FirstOrDefault(m => m.Name == "Create" && m.GetParameters().Length == 4 && m.GetParameters()[0].ParameterType == typeof(Stream));
        Assert.NotNull(create);

        var bytes = Encoding.UTF8.GetBytes("Zoë Title\\\nA. XAuthor, B. Author\\\n*NSDI 2024*\n");
        bytes[Array.IndexOf(bytes, (byte)'X')] = 0xC3; // a lead byte with no continuation
        var decoded = (SourceText)create.Invoke(null, new object?[] { new MemoryStream(bytes), null, SourceHashAlgorithm.Sha1, false })!;
        var result = PublicationFileParser.Parse("/p.md", "p.md", PageText.Read(decoded), PageOptions.Default);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "PUB0015");
        Assert.Equal("3", diagnostic.MessageArgs[2]);
        Assert.Equal("Zoë Title", Assert.Single(result.Publications).Title);
    }

    [Fact]
    public void Mojibake_is_reported_with_the_repair_and_repaired_when_asked()
    {
        const string page = "SchrÃ¶dinger Cats\\\nChristopher RÃ©, MigÃ¼el Ortiz\\\n*NSDI 2024*\n";
        var warned = CatalogRoundTrip.GenerateAndCompile(new[] { new TestFile("/project/p.md", page) });
        Assert.Contains("PUB0007 warning p.md(2,1): 'Christopher RÃ©' looks like UTF-8 read as Windows-1252; did you mean 'Christopher Ré'?", warned.DiagnosticLines);
        Assert.Contains("SchrÃ¶dinger", warned.Source);

        var repaired = GeneratorHarness.Run(new[] { new TestFile("/project/p.md", page) }, new Dictionary<string, string> { ["PubCatalogRepairMojibake"] = "true" });
        Assert.Empty(repaired.CompileErrors);
        var paper = Assert.Single(CatalogLoader.All(CatalogLoader.LoadCatalogType(repaired.OutputCompilation)));
        Assert.Equal("Schrödinger Cats", paper.Title);
        Assert.Equal(["Christopher Ré", "Migüel Ortiz"], paper.Authors.Select(a => a.Name));
        Assert.DoesNotContain("Ã", repaired.Source);

        var perFile = GeneratorHarness.Run(new[] { new TestFile("/project/p.md", page, new Dictionary<string, string> { ["PubCatalogRepairMojibake"] = "true" }) });
        Assert.Equal(repaired.Source, perFile.Source);
    }

    [Fact]
    public void Seeds_give_the_same_bytes_and_diagnostics_in_any_order_with_CRLF_or_LF_and_with_or_without_BOM()
    {
        var seeds = Directory.GetFiles(Paths.Seeds).OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new TestFile("/project/publications/" + Path.GetFileName(p), File.ReadAllText(p).Replace("\r\n", "\n"))).ToList();
        var baseline = CatalogRoundTrip.GenerateAndCompile(seeds);
        var variants = new[]
        {
            Enumerable.Reverse(seeds).ToList(),
            seeds.Select(f => f with { Text = f.Text!.Replace("\n", "\r\n") }).ToList(),
            seeds.Select(f => f with { Text = "\uFEFF" + f.Text }).Reverse().ToList(),
            seeds.Select(f => f with { Text = "\uFEFF" + f.Text!.Replace("\n", "\r\n") }).OrderBy(f => f.Text!.Length).ToList(),
        };
        foreach (var files in variants)
        {
            var run = GeneratorHarness.Run(files);
            Assert.Equal(baseline.Source, run.Source);
            Assert.Equal(baseline.DiagnosticLines, run.DiagnosticLines);
        }
    }
}
