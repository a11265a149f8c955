using CsCheck;
using PubCatalog.Generator.Parsing;

namespace PubCatalog.Tests.Parsing;

/// <summary>
/// The test of whether text is all ASCII, which the readers put to every name, title and venue (the mojibake check, the
/// honour words): a vector at a time, then character by character. It must agree with the plain rule at every length
/// around the vector's width, whichever character breaks it and wherever it is.
/// </summary>
public sealed class AsciiCheckTests
{
    [Theory]
    [InlineData("", true)]
    [InlineData("Ada", true)]
    [InlineData("Ada Lovelace\u007F", true)]
    [InlineData("Ada Lovelac\u0080", false)]
    [InlineData("Ren\u00E9", false)]
    [InlineData("A title long enough for a vector, and then some more ASCII \u0100", false)]
    [InlineData("\uFF80 at the start of a title long enough for a vector", false)]
    public void Text_is_ascii_when_every_character_is_below_0x80(string text, bool expected) => Assert.Equal(expected, TextUtil.IsAscii(text));

    [Fact]
    public void The_test_agrees_with_the_rule_at_every_length_and_position()
    {
        Text.Sample(text => TextUtil.IsAscii(text) == text.All(c => c < '\u0080'), iter: 100_000, threads: 2);
    }

    /// <summary>ASCII mostly, with one in a few texts holding a character just past it, far past it, or with only a high bit set.</summary>
    private static readonly Gen<string> Text = Gen.Frequency(
            (60, Gen.Char['\0', '\u007F']),
            (1, Gen.OneOf('\u0080', '\u00E9', '\u0100', '\u0180', '\u2003', '\u8000', '\uFF80', '\uFFFF')))
        .Array[0, 70]
        .Select(chars => new string(chars));
}
