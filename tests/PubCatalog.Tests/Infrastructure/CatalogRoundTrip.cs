using System.Collections.Immutable;
using System.Net;
using System.Runtime.Loader;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using PubCatalog.Generator.Catalog;
using PubCatalog.Generator.Model;
using PubCatalog.Generator.Options;
using PubCatalog.Generator.Parsing;

namespace PubCatalog.Tests.Infrastructure;

/// <summary>
/// The end-to-end checks every robustness test shares: run the generator, compile its output, load the compiled
/// catalog in a collectible <see cref="AssemblyLoadContext"/> and compare every value with the parser's model.
/// </summary>
public static partial class CatalogRoundTrip
{
    /// <summary>
    /// Runs the generator over the files; asserts it did not throw and its output compiles. Returns the run. The page
    /// data is packed unless <paramref name="pack"/> is false: a test catalog is far below the size at which the generator
    /// packs by itself (<see cref="PageDataPacking"/>), and the packed path is the one hostile text can break.
    /// </summary>
    public static GeneratorRun GenerateAndCompile(IReadOnlyList<TestFile> files, bool pack = true)
    {
        var run = GeneratorHarness.Run(files, PackData(pack)); // throws when the generator threw
        Assert.NotNull(run.Source);
        var errors = run.CompileErrors;
        Assert.True(errors.Count == 0, "The generated catalog does not compile:\n" + string.Join("\n", errors.Take(10)));
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "PUB0012" || d.Id == "CS8785");
        return run;
    }

    /// <summary>The project property that packs the page data (<c>true</c>) or writes it as it is (<c>false</c>).</summary>
    public static IReadOnlyDictionary<string, string> PackData(bool pack) =>
        new Dictionary<string, string> { ["PubCatalogPackData"] = pack ? "true" : "false" };

    /// <summary>The catalog model the generator builds from these files (same parse, same merge).</summary>
    internal static CatalogResult ExpectedCatalog(IReadOnlyList<TestFile> files) =>
        CatalogBuilder.Build(
            files.Select(f => PublicationFileParser.Parse(f.Path, OptionsReader.DisplayPath(f.Path, GeneratorHarness.ProjectDirectory), f.Text, PageOptions.Default)).ToImmutableArray(),
            new CatalogOptions(CatalogOptions.DefaultClassName, "Consumer"));

    /// <summary>Emits the compiled catalog, loads it and asserts every value equals the model's. Returns the number of publications compared.</summary>
    public static int AssertValuesRoundTrip(GeneratorRun run, IReadOnlyList<TestFile> files)
    {
        var expected = ExpectedCatalog(files).Model.Entries;
        using var stream = new MemoryStream();
        var emit = run.OutputCompilation.Emit(stream);
        Assert.True(emit.Success, "Emit failed:\n" + string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)));
        stream.Position = 0;
        var context = new AssemblyLoadContext("catalog", isCollectible: true);
        try
        {
            var catalog = context.LoadFromStream(stream).GetType("Consumer.Publications", throwOnError: true)!;
            var all = (IReadOnlyList<Publication>)catalog.GetProperty("All")!.GetValue(null)!;
            Assert.Equal(expected.Count, all.Count);
            for (var i = 0; i < all.Count; i++)
            {
                var entry = expected[i];
                var p = entry.Publication;
                var actual = all[i];
                Assert.Same(actual, catalog.GetProperty(entry.MemberName)!.GetValue(null));
                Assert.Equal(entry.Id, actual.Id);
                Assert.Equal(p.Title, actual.Title);
                Assert.Equal(p.TitleHtml, actual.TitleHtml);
                Assert.Equal(p.ShortName, actual.ShortName);
                Assert.Equal(p.Authors.Select(a => (a.Name, a.IsSelf, a.IsEqualContribution)), actual.Authors.Select(a => (a.Name, a.IsSelf, a.IsEqualContribution)));
                Assert.Equal((p.Venue.Name, p.Venue.Acronym, p.Venue.Kind, p.Venue.Raw), (actual.Venue.Name, actual.Venue.Acronym, actual.Venue.Kind.ToString(), actual.Venue.Raw));
                Assert.Equal(p.Year, actual.Year);
                Assert.Equal(p.Awards, actual.Awards);
                Assert.Equal(p.Links.Select(l => (l.Label, l.Kind, l.Url)), actual.Links.Select(l => (l.Label, l.Kind.ToString(), l.Url)));
                Assert.Equal(p.Tags, actual.Tags);
                Assert.Equal(p.Summary, actual.Summary);
                Assert.Equal(p.Highlights, actual.Highlights);
                Assert.Equal((entry.SourceFile, p.Location.Line + 1), (actual.Source.File, actual.Source.Line));
                AssertSafeHtml(actual.TitleHtml);
                foreach (var link in actual.Links)
                {
                    AssertSafeUrl(link.Url);
                }
            }

            return all.Count;
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>Only the allow-listed inline elements, without attributes, properly nested; all other text encoded.</summary>
    public static void AssertSafeHtml(string html)
    {
        var open = new Stack<string>();
        foreach (Match match in Tag().Matches(html))
        {
            if (match.Groups[1].Value == "/")
            {
                Assert.True(open.Count > 0 && open.Pop() == match.Groups[2].Value, "Unbalanced tags in " + html);
            }
            else
            {
                open.Push(match.Groups[2].Value);
            }
        }

        Assert.True(open.Count == 0, "Unclosed tags in " + html);
        var text = Tag().Replace(html, "");
        Assert.DoesNotContain('<', text);
        Assert.DoesNotContain('>', text);
        Assert.DoesNotContain('"', text);
        Assert.True(Entity().Replace(text, "").IndexOf('&') < 0, "A bare '&' in " + html);
    }

    /// <summary>No script-capable scheme, whatever entities, escapes, case or whitespace hide it.</summary>
    public static void AssertSafeUrl(string url)
    {
        var revealed = url;
        for (var i = 0; i < 4; i++)
        {
            revealed = Uri.UnescapeDataString(WebUtility.HtmlDecode(revealed.Replace("&colon;", ":").Replace("&Tab;", "").Replace("&NewLine;", "")));
        }

        var compact = new string(revealed.Where(c => c > ' ' && !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray()).ToLowerInvariant();
        foreach (var scheme in new[] { "javascript:", "data:", "vbscript:", "file:" })
        {
            Assert.False(compact.StartsWith(scheme, StringComparison.Ordinal), "Dangerous URL let through: " + url);
        }
    }

    [GeneratedRegex("<(/?)(em|strong|sup|sub|code)>")]
    private static partial Regex Tag();

    [GeneratedRegex("&(amp|lt|gt|quot|#39);")]
    private static partial Regex Entity();
}
