using PubCatalog.Generator.Model;
using PubCatalog.Generator.Options;
using PubCatalog.Generator.Parsing;

namespace PubCatalog.Tests.Infrastructure;

/// <summary>Calls the parser directly, for per-shape unit tests.</summary>
public static class ParserHarness
{
    internal static FileParseResult Parse(string text, string path = "/project/publications.md", params string[] selfNames) =>
        PublicationFileParser.Parse(path, Path.GetFileName(path), text, new PageOptions(selfNames.ToEquatableArray(), false));

    internal static FileParseResult ParseSeed(string prefix, params string[] selfNames)
    {
        var path = Paths.Seed(prefix);
        return Parse(File.ReadAllText(path), path, selfNames);
    }
}
