using System.Text;
using PubCatalog.Generator.Emit;
using Xunit;

namespace PubCatalog.Tests.Emit;

/// <summary>
/// Generated files reach Roslyn as <c>SourceText</c> read from the writer's buffer (<see cref="SourceBufferReader"/>), so a
/// page file of hundreds of kilobytes is never one string on the large-object heap.
/// </summary>
public class SourceTextOutputTests
{
    /// <summary>Roslyn's chunk size (<c>SourceText.LargeObjectHeapLimitInChars</c>): a longer text is read into chunks.</summary>
    private const int RoslynChunkSize = 40 * 1024;

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(RoslynChunkSize - 1)]
    [InlineData(RoslynChunkSize * 3 + 17)]
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
    public void A_long_file_is_held_in_chunks_not_one_string()
    {
        var writer = new SourceWriter();
        writer.Append(Lines(RoslynChunkSize * 3));

        var text = writer.ToSourceTextAndRelease();

        // Roslyn's text of chunks: were the file made one string first, Roslyn would keep that string (a StringText).
        Assert.Equal("LargeText", text.GetType().Name);
    }

    [Fact]
    public void The_writer_s_buffer_reused_by_the_next_file_does_not_change_the_text_handed_out()
    {
        var first = new SourceWriter();
        first.Append(Lines(RoslynChunkSize * 2));
        var text = first.ToSourceTextAndRelease();

        // The next writer on the thread takes the same buffer and writes over it.
        var second = new SourceWriter();
        second.Append(new string('x', RoslynChunkSize * 2));
        second.ToSourceTextAndRelease();

        Assert.Equal(Lines(RoslynChunkSize * 2), text.ToString());
    }

    [Fact]
    public void The_reader_reads_in_pieces_peeks_and_reads_the_rest_whole()
    {
        var chars = "abcdefghij-unused".ToCharArray();
        var reader = new SourceBufferReader(chars, 10);
        var buffer = new char[4];

        Assert.Equal('a', reader.Peek());
        Assert.Equal('a', reader.Read());
        Assert.Equal(4, reader.Read(buffer, 0, 4));
        Assert.Equal("bcde", new string(buffer));
        Assert.Equal(2, reader.Read(buffer, 1, 2));
        Assert.Equal("bfge", new string(buffer));
        Assert.Equal("hij", reader.ReadToEnd());
        Assert.Equal(-1, reader.Peek());
        Assert.Equal(-1, reader.Read());
        Assert.Equal(0, reader.Read(buffer, 0, 4));
        Assert.Equal("", reader.ReadToEnd());
    }

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
