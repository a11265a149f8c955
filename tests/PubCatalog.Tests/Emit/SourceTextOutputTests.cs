using System.Text;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PubCatalog.Generator.Emit;
using Xunit;

namespace PubCatalog.Tests.Emit;

/// <summary>
/// Generated files reach Roslyn as a <see cref="CompactSourceText"/>: chunks of one byte per character where every
/// character allows it, none on the large-object heap. Roslyn must read it as the same text made from a string.
/// </summary>
public class SourceTextOutputTests
{
    private const int Chunk = CompactSourceText.CharactersPerChunk;

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(Chunk - 1)]
    [InlineData(Chunk)]
    [InlineData((Chunk * 3) + 17)]
    public void The_text_is_what_was_written_in_UTF_8(int length)
    {
        var written = Lines(length);
        var writer = new SourceWriter();
        writer.Append(written);

        var text = writer.ToSourceTextAndRelease();

        Assert.Equal(written, text.ToString());
        Assert.Equal(written.Length, text.Length);
        Assert.Same(Encoding.UTF8, text.Encoding);
    }

    [Fact]
    public void Each_chunk_is_one_byte_a_character_unless_it_holds_a_character_past_U_00FF()
    {
        // Latin-1 letters (a name's é) still fit a byte; a typographic apostrophe (U+2019) in the second chunk does not.
        var chars = Lines(Chunk * 3).ToCharArray();
        chars[10] = 'é';
        chars[Chunk + 5] = '\u2019';

        var text = CompactSourceText.From(chars, chars.Length);

        Assert.Equal(2, text.NarrowChunkCount);
        Assert.Equal(new string(chars), text.ToString());
        Assert.Equal('é', text[10]);
        Assert.Equal('\u2019', text[Chunk + 5]);
    }

    [Fact]
    public void The_writer_s_buffer_reused_by_the_next_file_does_not_change_the_text_handed_out()
    {
        var first = new SourceWriter();
        first.Append(Lines(Chunk * 2));
        var text = first.ToSourceTextAndRelease();

        // The next writer on the thread takes the same buffer and writes over it.
        var second = new SourceWriter();
        second.Append(new string('x', Chunk * 2));
        second.ToSourceTextAndRelease();

        Assert.Equal(Lines(Chunk * 2), text.ToString());
    }

    [Fact]
    public void Roslyn_reads_it_as_the_same_text_made_from_a_string()
    {
        // Lengths around the chunk size, mostly ASCII with some Latin-1, wider characters and surrogate halves.
        var gen = Gen.Select(Characters.Array[0, (2 * Chunk) + 40], Gen.Int[0, 1_000_000], Gen.Int[0, 1_000_000], (chars, a, b) => (chars, a, b));
        gen.Sample(sample =>
        {
            var (chars, a, b) = sample;
            var compact = CompactSourceText.From(chars, chars.Length);
            var expected = SourceText.From(new string(chars), Encoding.UTF8);
            var start = chars.Length == 0 ? 0 : a % chars.Length;
            var count = chars.Length == 0 ? 0 : b % (chars.Length - start + 1);
            var copied = new char[count + 2];
            compact.CopyTo(start, copied, 1, count);
            return compact.ToString() == expected.ToString()
                && compact.ContentEquals(expected)
                && compact.GetChecksum().SequenceEqual(expected.GetChecksum())
                && compact.Lines.Count == expected.Lines.Count
                && compact.Lines.Select(l => l.SpanIncludingLineBreak).SequenceEqual(expected.Lines.Select(l => l.SpanIncludingLineBreak))
                && new string(copied, 1, count) == new string(chars, start, count)
                && copied[0] == '\0' && copied[count + 1] == '\0'
                && compact.ToString(new TextSpan(start, count)) == expected.ToString(new TextSpan(start, count))
                && (chars.Length == 0 || compact[start] == chars[start]);
        }, iter: 60, threads: 2, print: sample => $"{sample.chars.Length} characters, {sample.a}, {sample.b}");
    }

    [Fact]
    public void It_can_be_embedded_in_the_PDB_with_the_checksum_of_the_same_text()
    {
        var chars = (Lines(Chunk + 100) + "// ünïcödé\u2019\n").ToCharArray();
        var compact = CompactSourceText.From(chars, chars.Length);

        var embedded = EmbeddedText.FromSource("Page.g.cs", compact);

        Assert.Equal(Convert.ToHexString(EmbeddedText.FromSource("Page.g.cs", SourceText.From(new string(chars), Encoding.UTF8)).Checksum.ToArray()), Convert.ToHexString(embedded.Checksum.ToArray()));
    }

    [Fact]
    public void Whatever_is_written_across_the_window_s_end_comes_out_in_order()
    {
        // Lines (empty ones too), numbers, single characters, indented lines and verbatim pieces with quotes, to well past
        // two windows.
        var op = Gen.Select(Gen.Int[0, 5], Gen.Int[0, 100_000], Gen.Frequency((1, Gen.Const("")), (9, Gen.Char['"', 'z'].Array[1, 3000].Select(chars => new string(chars)))), (kind, number, text) => (kind, number, text));
        op.Array[50, 200].Sample(ops =>
        {
            var writer = new SourceWriter();
            var expected = new StringBuilder();
            var indent = 0;
            foreach (var (kind, number, text) in ops)
            {
                switch (kind)
                {
                    case 0:
                        writer.Append(text);
                        expected.Append(text);
                        break;
                    case 1:
                        writer.Append(number);
                        expected.Append(number);
                        break;
                    case 2:
                        writer.Append('x');
                        expected.Append('x');
                        break;
                    case 3:
                        // An empty line is written with no indentation (WriteLine).
                        writer.OpenBlock(text);
                        expected.Append(text.Length > 0 ? new string(' ', indent * 4) + text : "").Append('\n').Append(new string(' ', indent * 4)).Append("{\n");
                        indent++;
                        break;
                    case 4:
                        writer.StartLine().Append("line").EndLine();
                        expected.Append(new string(' ', indent * 4)).Append("line\n");
                        break;
                    default:
                        writer.OpenVerbatim().AppendVerbatim(text.AsSpan()).CloseVerbatim();
                        expected.Append("@\"").Append(text.Replace("\"", "\"\"")).Append('"');
                        break;
                }
            }

            var written = writer.ToSourceTextAndRelease();
            return written.Length == expected.Length && written.ToString() == expected.ToString();
        }, iter: 40, threads: 1);
    }

    [Fact]
    public void Each_kind_of_write_at_every_place_near_the_window_s_end_comes_out_whole()
    {
        var writes = new (Action<SourceWriter> Write, string Text)[]
        {
            (w => w.Append('x'), "x"),
            (w => w.Append(1234567), "1234567"),
            (w => w.Append("abcdef"), "abcdef"),
            (w => w.OpenVerbatim().AppendVerbatim("a\"b\"c".AsSpan()).CloseVerbatim(), "@\"a\"\"b\"\"c\""),
            (w => w.OpenBlock("class C").StartLine().Append("int x;").EndLine(), "class C\n{\n    int x;\n"),
        };
        foreach (var (write, written) in writes)
        {
            for (var before = Chunk - 12; before <= Chunk + 1; before++)
            {
                var writer = new SourceWriter();
                writer.Append(new string('a', before));
                write(writer);
                writer.Append("end");

                var text = writer.ToSourceTextAndRelease();

                var expected = new string('a', before) + written + "end";
                Assert.Equal(expected, text.ToString());
                Assert.Equal(expected.Length, text.Length);
                Assert.Equal('e', text[before + written.Length]);
            }
        }
    }

    [Fact]
    public void Reads_outside_the_text_are_refused()
    {
        var text = CompactSourceText.From("abc".ToCharArray(), 3);

        Assert.Throws<ArgumentOutOfRangeException>(() => text[3]);
        Assert.Throws<ArgumentOutOfRangeException>(() => text[-1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => text.CopyTo(1, new char[5], 0, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => text.CopyTo(0, new char[2], 0, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => text.ToString(new TextSpan(2, 2)));
    }

    private static readonly Gen<char> Characters = Gen.Frequency(
        (200, Gen.Char[' ', '~']),
        (8, Gen.Const('\n')),
        (2, Gen.Const('\r')),
        (4, Gen.Char['\u00A0', '\u00FF']),
        (1, Gen.OneOf('\u0100', '\u2019', '\u2028', '\u8000', '\uD83D', '\uDE00', '\uFFFF')));

    /// <summary>Text of numbered lines, <paramref name="length"/> characters long.</summary>
    private static string Lines(int length)
    {
        var builder = new StringBuilder(length + 16);
        for (var i = 0; builder.Length < length; i++)
        {
            builder.Append("line ").Append(i).Append('\n');
        }

        return builder.ToString(0, length);
    }
}
