using System.Text.Json;
using static PubCatalog.Tests.Infrastructure.TestPublications;

namespace PubCatalog.Tests.Exports;

/// <summary>Doi and Abstract (read from front matter) reach every export format.</summary>
public class DoiAndAbstractTests
{
    private static readonly Publication Paper = Make(doi: "10.1145/3627703.3650072", @abstract: "We do {things} & more.");

    [Fact]
    public void BibTeX_has_doi_and_escaped_abstract()
    {
        var bib = Paper.ToBibTeX();

        Assert.Contains("doi = {10.1145/3627703.3650072}", bib);
        Assert.Contains("abstract = {We do \\{things\\} \\& more.}", bib);
    }

    [Fact]
    public void Csl_json_has_DOI_and_abstract()
    {
        using var document = JsonDocument.Parse(Paper.ToCslJson());

        Assert.Equal("10.1145/3627703.3650072", document.RootElement.GetProperty("DOI").GetString());
        Assert.Equal("We do {things} & more.", document.RootElement.GetProperty("abstract").GetString());
    }

    [Fact]
    public void Scholar_tags_and_json_ld_carry_the_doi()
    {
        Assert.Contains(Paper.HighwireTags(), t => t.Name == "citation_doi" && t.Content == "10.1145/3627703.3650072");
        using var document = JsonDocument.Parse(Paper.ToJsonLd());
        Assert.Equal("https://doi.org/10.1145/3627703.3650072", document.RootElement.GetProperty("identifier").GetString());
    }
}
