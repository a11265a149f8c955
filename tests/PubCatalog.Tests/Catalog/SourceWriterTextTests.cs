using System.Text;
using PubCatalog.Generator.Emit;

namespace PubCatalog.Tests.Catalog;

/// <summary>
/// A page's file reaches the compiler as a source text read from the writer's buffer (<see cref="SourceWriter.ToSourceTextAndRelease"/>),
/// not as one string: its text, lines and encoding must be what <c>AddSource(hintName, string)</c> would have made.
/// </summary>
public class SourceWriterTextTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(40 * 1024 - 1)]
    [InlineData(40 * 1024)]
    [InlineData(250_000)]
    public void The_source_text_holds_what_was_written_in_UTF8(int lines)
    {
        var writer = new SourceWriter();
        var expected = new StringBuilder();
        for (var i = 0; i < lines; i++)
        {
            // Non-ASCII too, and lines of varying length, so the chunk edges fall inside lines and characters.
            var line = "x" + i + (i % 7 == 0 ? " é\u2019" : "");
            writer.WriteLine(line);
            expected.Append(line).Append('\n');
        }

        var text = writer.ToSourceTextAndRelease();

        Assert.Equal(expected.ToString(), text.ToString());
        Assert.Equal(expected.Length, text.Length);
        Assert.Equal(lines + 1, text.Lines.Count);
        Assert.Same(Encoding.UTF8, text.Encoding);
        var reference = Microsoft.CodeAnalysis.Text.SourceText.From(expected.ToString(), Encoding.UTF8);
        Assert.Equal(reference.ChecksumAlgorithm, text.ChecksumAlgorithm);
        Assert.Equal(reference.GetChecksum().ToArray(), text.GetChecksum().ToArray());
    }

    [Fact]
    public void A_released_buffer_is_reused_without_its_old_text_leaking_into_the_next_file()
    {
        var first = new SourceWriter();
        first.WriteLine(new string('a', 5000));
        first.ToSourceTextAndRelease();

        var second = new SourceWriter();
        second.WriteLine("b");

        Assert.Equal("b\n", second.ToSourceTextAndRelease().ToString());
    }
}
