using System.Globalization;
using System.Text;
using PubCatalog.Benchmarks.Inputs;
using PubCatalog.Generator.Model;
using PubCatalog.Generator.Options;
using PubCatalog.Generator.Parsing;

namespace PubCatalog.Benchmarks;

/// <summary>
/// <c>dump DIR [INPUT|FILE…]</c>: writes everything the parse stage and the generator produce, so a change meant to
/// be behaviour-preserving can be checked with <c>diff -r</c>. A workload (<c>seeds</c>, <c>synthetic-N</c>) gives its
/// generated source, driver diagnostics and every page's parse result; a file path gives its parse result alone.
/// </summary>
public static class Dump
{
    public static void Run(string directory, IEnumerable<string> inputs)
    {
        Directory.CreateDirectory(directory);
        foreach (var input in inputs)
        {
            if (File.Exists(input))
            {
                var text = File.ReadAllText(input);
                var result = PublicationFileParser.Parse(input, Path.GetFileName(input), text, new PageOptions(EquatableArray<string>.Empty, false));
                File.WriteAllText(Path.Combine(directory, "file-" + Path.GetFileName(input) + ".txt"), Describe(result));
                continue;
            }

            var workload = Workload.Create(input);
            var driver = Workload.Run(workload.CreateDriver(), Workload.CreateCompilation());
            var run = driver.GetRunResult();
            var output = new StringBuilder();
            foreach (var source in run.Results[0].GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal))
            {
                output.Append("==== ").AppendLine(source.HintName).AppendLine(source.SourceText.ToString());
            }

            output.AppendLine("==== diagnostics");
            foreach (var d in run.Diagnostics)
            {
                output.AppendLine(d.ToString());
            }

            File.WriteAllText(Path.Combine(directory, input + ".generated.txt"), output.ToString());
            var parsed = new StringBuilder();
            foreach (var text in workload.Texts)
            {
                var page = PageInput.Create(text, workload.Options);
                parsed.Append(Describe(PublicationFileParser.Parse(page.File.Path, page.DisplayPath, page.File.GetText()?.ToString(), page.Options)));
            }

            File.WriteAllText(Path.Combine(directory, input + ".parsed.txt"), parsed.ToString());
        }
    }

    /// <summary>Every field of a parse result, one per line.</summary>
    private static string Describe(FileParseResult result)
    {
        var b = new StringBuilder();
        b.Append("== ").Append(result.FilePath).Append(" | ").Append(result.DisplayPath).Append(" | nowarn ").AppendLine(string.Join(",", result.NoWarn));
        foreach (var p in result.Publications)
        {
            b.Append("- ").AppendLine(Show(p.Location));
            b.Append("  title: ").AppendLine(p.Title);
            b.Append("  html: ").AppendLine(p.TitleHtml);
            b.Append("  short: ").Append(p.ShortName ?? "<null>").Append(" | id: ").AppendLine(p.ExplicitId ?? "<null>");
            foreach (var a in p.Authors)
            {
                b.Append("  author: ").Append(a.Name).Append(" | ").Append(a.IsSelf).Append(" | ").Append(a.IsEqualContribution).AppendLine();
            }

            b.Append("  venue: ").Append(p.Venue.Name).Append(" | ").Append(p.Venue.Acronym ?? "<null>").Append(" | ").Append(p.Venue.Kind).Append(" | ").AppendLine(p.Venue.Raw);
            b.Append("  year: ").AppendLine(p.Year?.ToString(CultureInfo.InvariantCulture) ?? "<null>");
            foreach (var a in p.Awards)
            {
                b.Append("  award: ").AppendLine(a);
            }

            foreach (var l in p.Links)
            {
                b.Append("  link: ").Append(l.Label).Append(" | ").Append(l.Kind).Append(" | ").AppendLine(l.Url);
            }

            foreach (var t in p.Tags)
            {
                b.Append("  tag: ").AppendLine(t);
            }

            b.Append("  summary: ").AppendLine(p.Summary ?? "<null>");
            foreach (var h in p.Highlights)
            {
                b.Append("  highlight: ").AppendLine(h);
            }

            b.Append("  doi: ").Append(p.Doi ?? "<null>").Append(" | selected: ").Append(p.Selected).Append(" | abstract: ").AppendLine(p.Abstract ?? "<null>");
        }

        foreach (var d in result.Diagnostics)
        {
            b.Append("  ! ").Append(d.Id).Append(' ').Append(d.Location is null ? "<none>" : Show(d.Location)).Append(" | ").AppendLine(string.Join(" | ", d.MessageArgs));
        }

        return b.ToString();
    }

    private static string Show(LocationInfo l) => $"{l.FilePath}({l.Line},{l.Column},{l.Length})";
}
