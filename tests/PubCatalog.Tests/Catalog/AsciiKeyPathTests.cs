using CsCheck;
using PubCatalog.Generator.Catalog;
using PubCatalog.Generator.Parsing;

namespace PubCatalog.Tests.Catalog;

/// <summary>
/// An entry's keys (id slug, member name, merge key) have a one-pass path for ASCII text beside the general one that
/// folds Unicode; the two must agree on every text the fast path takes, or ids and member names would depend on it.
/// </summary>
public class AsciiKeyPathTests
{
    /// <summary>Printable ASCII, controls, both apostrophes and runs of spaces: the texts the ASCII paths are chosen for.</summary>
    private static readonly Gen<string> AsciiTitles =
        Gen.Frequency(
                (20, Gen.Char[' ', '~']),
                (3, Gen.Char['A', 'Z']),
                (2, Gen.OneOf(Gen.Const('\''), Gen.Const('’'), Gen.Const(' '), Gen.Const('-'))),
                (1, Gen.Char['\0', '\u001f']))
            .Array[0, 120].Select(chars => new string(chars));

    [Fact]
    public void The_texts_generated_are_the_ones_the_ascii_paths_take()
    {
        AsciiTitles.Sample(text => Assert.True(AsciiKeyText.IsAsciiBesidesApostrophes(text)), iter: 500);
    }

    [Fact]
    public void Ascii_slugs_equal_the_general_slugs()
    {
        AsciiTitles.Sample(text => Assert.Equal(Slug.MakeFromAnyText(text), Slug.Make(text)), iter: 20_000);
    }

    [Fact]
    public void Ascii_ids_with_a_year_equal_the_general_slug_and_the_year_joined()
    {
        Gen.Select(AsciiTitles, Gen.Int[0, 100_000]).Sample((text, year) =>
        {
            var slug = Slug.MakeFromAnyText(text);
            Assert.Equal((slug.Length == 0 ? "paper" : slug) + "-" + year.ToString(System.Globalization.CultureInfo.InvariantCulture), Slug.MakeAsciiWithYear(text, year));
        }, iter: 20_000);
        Assert.Null(Slug.MakeAsciiWithYear("Ré", 2024));
        Assert.Null(Slug.MakeAsciiWithYear("Title", -5));
    }

    [Fact]
    public void Ascii_member_names_equal_the_general_member_names()
    {
        AsciiTitles.Sample(text => Assert.Equal(MemberNames.FromAnyText(text), MemberNames.FromText(text)), iter: 20_000);
    }

    [Fact]
    public void Ascii_merge_keys_equal_the_general_merge_keys()
    {
        AsciiTitles.Sample(text => Assert.Equal(TextUtil.TitleKey(text), EntryKeys.TitleKey(text)), iter: 20_000);
    }

    [Theory]
    [InlineData("Can't Be Late: Optimizing Spot Instances", "cant-be-late-optimizing-spot-instances", "CantBeLateOptimizingSpotInstances")]
    [InlineData("3D Gaussian Splatting", "3d-gaussian-splatting", "Paper3DGaussianSplatting")]
    [InlineData("  -- ", "", "Paper")]
    public void Known_titles_give_known_keys(string title, string slug, string member)
    {
        Assert.Equal(slug, Slug.Make(title));
        Assert.Equal(member, MemberNames.FromText(title));
    }
}
