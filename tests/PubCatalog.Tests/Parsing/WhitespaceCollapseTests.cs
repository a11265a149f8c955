using CsCheck;
using PubCatalog.Generator.Parsing;

namespace PubCatalog.Tests.Parsing;

/// <summary>
/// A line's plain text is its text with every run of whitespace and control characters made one space, and none at
/// either end. The readers test printable ASCII (most text) a vector at a time and other text character by character;
/// both must agree with the rule, for one piece of text and for a line's pieces joined, at every length around the
/// vector's width.
/// </summary>
public sealed class WhitespaceCollapseTests
{
    [Theory]
    [InlineData("Ada Lovelace", "Ada Lovelace")]
    [InlineData(" Ada Lovelace", "Ada Lovelace")]
    [InlineData("Ada Lovelace ", "Ada Lovelace")]
    [InlineData("Ada  Lovelace", "Ada Lovelace")]
    [InlineData("Ada\tLovelace", "Ada Lovelace")]
    [InlineData("Ada\u00A0\u2003Lovelace", "Ada Lovelace")]
    [InlineData("A long title that runs past a vector's width of characters,  then has two spaces", "A long title that runs past a vector's width of characters, then has two spaces")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    public void Whitespace_runs_become_one_space(string text, string collapsed) => Assert.Equal(collapsed, TextUtil.CollapseWhitespace(text));

    [Fact]
    public void Text_already_collapsed_is_handed_back_and_other_text_is_collapsed_by_the_rule()
    {
        Text.Sample(text =>
        {
            var collapsed = TextUtil.CollapseWhitespace(text);
            var expected = Collapse(text);
            return collapsed == expected && ReferenceEquals(collapsed, text) == (expected == text);
        }, iter: 100_000, threads: 2);
    }

    [Fact]
    public void A_lines_plain_text_is_its_pieces_joined_then_collapsed()
    {
        Text.Array[1, 5].Sample(pieces =>
        {
            var segments = pieces.Where(p => p.Length > 0).Select((p, i) => new InlineSegment(p, InlineStyle.None, 0, i)).ToArray();
            if (segments.Length == 0)
            {
                return true;
            }

            return new LogicalLine(segments, 0, 0).PlainText == Collapse(string.Concat(pieces));
        }, iter: 100_000, threads: 2);
    }

    [Fact]
    public void A_range_appended_collapsed_follows_the_rule_after_what_the_builder_holds()
    {
        // The card reader appends a summary's lines to one builder: a range already collapsed is copied whole, any
        // other a run of kept characters at a time; both must write what the rule makes of the range.
        Gen.Select(Text, Gen.Int[0, 80], Gen.Int[0, 80]).Sample((text, a, b) =>
        {
            var start = Math.Min(Math.Min(a, b), text.Length);
            var end = Math.Min(Math.Max(a, b), text.Length);
            var builder = new System.Text.StringBuilder("kept ");
            TextUtil.AppendCollapsed(builder, text, start, end);
            return builder.ToString() == "kept " + Collapse(text.Substring(start, end - start));
        }, iter: 100_000, threads: 2);
    }

    /// <summary>The rule, written the plain way.</summary>
    private static string Collapse(string text)
    {
        var words = new List<string>();
        var word = new System.Text.StringBuilder();
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || (char.IsControl(c) && c != '\0'))
            {
                if (word.Length > 0)
                {
                    words.Add(word.ToString());
                    word.Clear();
                }
            }
            else
            {
                word.Append(c);
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return string.Join(" ", words);
    }

    /// <summary>Mostly printable ASCII with spaces, some of it tabs, line breaks, no-break and wide spaces, other controls and non-ASCII letters.</summary>
    private static readonly Gen<string> Text = Gen.Frequency(
            (20, Gen.Char['a', 'z']), (6, Gen.Const(' ')), (2, Gen.Char['!', '~']),
            (1, Gen.OneOf('\t', '\n', '\r', '\u00A0', '\u2003', '\u007F', '\u0001', '\0', 'é', '\u0085')))
        .Array[0, 80]
        .Select(chars => new string(chars));
}
