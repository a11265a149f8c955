using System;
using System.IO;
using System.Linq;
using PubCatalog.Generator.Model;
using PubCatalog.Generator.Options;
using PubCatalog.Generator.Parsing;

// Usage: dotnet run --project src/PubCatalog.Inspect -- page.md [more.md …] [--self "Name;Other Name"]
var selfIndex = Array.IndexOf(args, "--self");
var self = selfIndex >= 0 && selfIndex + 1 < args.Length ? args[selfIndex + 1].Split(';') : Array.Empty<string>();
var files = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (selfIndex < 0 || i != selfIndex + 1));
foreach (var path in files)
{
    var result = PublicationFileParser.Parse(path, Path.GetFileName(path), File.ReadAllText(path), new PageOptions(self.ToEquatableArray(), false));
    Console.WriteLine($"== {path}: {result.Publications.Count} entries");
    foreach (var p in result.Publications)
    {
        Console.WriteLine($"- [{p.Location.Line + 1}] {p.Title}");
        Console.WriteLine($"    html: {p.TitleHtml}   short: {p.ShortName}");
        Console.WriteLine($"    authors: {string.Join(", ", p.Authors.Select(a => a.Name + (a.IsSelf ? "[self]" : "") + (a.IsEqualContribution ? "[=]" : "")))}");
        Console.WriteLine($"    venue: {p.Venue.Name} | {p.Venue.Acronym} | {p.Venue.Kind} | {p.Year} | raw: {p.Venue.Raw}");
        if (p.Awards.Count > 0) Console.WriteLine($"    awards: {string.Join("; ", p.Awards)}");
        if (p.Links.Count > 0) Console.WriteLine($"    links: {string.Join("; ", p.Links.Select(l => $"{l.Label}({l.Kind}) {l.Url}"))}");
        if (p.Tags.Count > 0) Console.WriteLine($"    tags: {string.Join("; ", p.Tags)}");
        if (p.Summary is not null) Console.WriteLine($"    summary: {p.Summary}");
        if (p.Highlights.Count > 0) Console.WriteLine($"    highlights: {string.Join(" | ", p.Highlights)}");
        if (p.Doi is not null || p.Selected) Console.WriteLine($"    doi: {p.Doi}   selected: {p.Selected}");
        if (p.Abstract is not null) Console.WriteLine($"    abstract: {(p.Abstract.Length > 80 ? p.Abstract.Substring(0, 77) + "..." : p.Abstract)}");
    }

    foreach (var d in result.Diagnostics)
    {
        Console.WriteLine($"  ! {d.Id} ({d.Location?.Line + 1},{d.Location?.Column + 1}) {string.Join(" | ", d.MessageArgs)}");
    }
}
