using System.Diagnostics;
using System.Text;
using PubCatalog.Generator.Model;

namespace PubCatalog.Tests.Robustness;

/// <summary>
/// Inputs built to find quadratic loops, catastrophic backtracking and deep recursion. Each is parsed on a thread with
/// a 1 MB stack (what a compiler thread may have) and must finish within a time budget that is generous for linear
/// work on a slow CI machine and hopeless for quadratic work.
/// </summary>
public sealed partial class PathologicalInputTests
{
    private const int StackSize = 1024 * 1024;

    public static TheoryData<string> Cases => new(Inputs.Keys);

    private static readonly Dictionary<string, Func<string>> Inputs = new()
    {
        ["5 MB title line"] = () => new string('a', 5_000_000) + "\\\nA. Author, B. Author\\\n*NSDI 2024*\n",
        ["5 MB line of words"] = () => Repeat("word ", 1_000_000) + "\\\nA. Author, B. Author\\\n*NSDI 2024*\n",
        ["5 MB line of periods"] = () => "Title" + Repeat(" .", 2_500_000) + "\\\nA. Author, B. Author\\\n*NSDI 2024*\n",
        ["10,000 nested emphasis"] = () => Repeat("*_", 10_000) + "Title" + Repeat("_*", 10_000) + "\\\nA. Author, B. Author\\\n*NSDI 2024*\n",
        ["10,000 unclosed emphasis"] = () => Repeat("**a ", 10_000) + "\\\nA. Author, B. Author\n",
        ["10,000 nested links"] = () => Repeat("[", 10_000) + "x" + Repeat("](u)", 10_000) + "\\\nA. Author, B. Author\n",
        ["10,000 nested block quotes"] = () => Repeat(">", 10_000) + " Title\\\nA. Author, B. Author\n",
        ["500 nested lists"] = () => string.Concat(Enumerable.Range(0, 500).Select(i => new string(' ', i * 2) + "- x\n")),
        ["3,000 nested list markers on one line"] = () => Repeat("- ", 3_000) + "Title\n",
        ["100,000 comment openers"] = () => Repeat("<!--", 100_000) + "\n",
        ["100,000 comment openers on lines"] = () => Repeat("<!--\n", 100_000),
        ["100,000 HTML tags"] = () => "Title " + Repeat("<span>", 100_000) + "\\\nA. Author, B. Author\n",
        ["100,000 unclosed tags"] = () => "Title " + Repeat("<a href=\"", 100_000) + "\\\nA. Author, B. Author\n",
        ["16 MB title of words"] = () => Repeat("word ", 3_200_000) + "\\\nA. Author, B. Author\\\n*NSDI 2024*\n",
        ["16 MB author name"] = () => "Title\\\n" + Repeat("Abc Def ", 2_000_000) + ", C. Author\\\n*NSDI 2024*\n",
        ["50,000 commas in an author line"] = () => "Title\\\n" + Repeat("A. B, ", 50_000) + "\\\n*NSDI 2024*\n",
        ["50,000 bare commas"] = () => "Title\\\n" + new string(',', 50_000) + "x\\\n*NSDI 2024*\n",
        ["50,000 equal-contribution marks"] = () => "Title\\\nA. Author, B. Author" + new string('†', 50_000) + "\\\n*NSDI 2024*\n",
        ["1,500 links on a venue line"] = () => "Title\\\nA. Author, B. Author\\\n*NSDI 2024* " + Repeat("[code](https://x.org) ", 1_500) + "\n",
        ["50,000 links on a venue line"] = () => "Title\\\nA. Author, B. Author\\\n*NSDI 2024* " + Repeat("[code](https://x.org) ", 50_000) + "\n",
        ["50,000 links on a link row"] = () => "Title\\\nA. Author, B. Author\n" + Repeat("[code](https://x.org) | ", 50_000) + "\n",
        ["50,000 years in a venue"] = () => "Title\\\nA. Author, B. Author\\\n*NSDI " + Repeat("2024 ", 50_000) + "*\n",
        ["50,000 parentheses in a venue"] = () => "Title\\\nA. Author, B. Author\\\n*NSDI " + Repeat("(", 50_000) + "*\n",
        ["50,000 backticks"] = () => Repeat("`a", 50_000) + "\\\nA. Author, B. Author\n",
        ["50,000 entities"] = () => Repeat("&amp;", 50_000) + "\\\nA. Author, B. Author\\\n*NSDI 2024*\n",
        ["20,000 entries"] = () => Repeat("1. Title {0}\\\n   A. Author, B. Author\\\n   *NSDI 2024*\n\n", 20_000),
        ["30,000 cards"] = () => Repeat("Foo Foo 01 / Foo: a title\nNSDI 2024 · A. Author, B. Author\nsummary line\n", 30_000),
        ["card with 100,000 summary lines"] = () => "Foo Foo 01 / Foo: a title\nNSDI 2024 · A. Author, B. Author\n" + Repeat("summary line that goes on\n", 100_000),
        ["mojibake 1 MB"] = () => "Title\\\n" + Repeat("RÃ© ", 250_000) + ", B. Author\\\n*NSDI 2024*\n",
        ["explicit id braces"] = () => Repeat("{#", 100_000) + "a}\\\nA. Author, B. Author\n",
        ["front matter 1 MB"] = () => "---\n" + Repeat("key: value\n", 100_000) + "---\n",
        ["unclosed front matter"] = () => "---\n" + Repeat("key: value\n", 100_000),
        ["table-like rows"] = () => Repeat("| [paper](u) | [code](u) |\n", 50_000),
        ["self-name words"] = () => "Title\\\n" + Repeat("a ", 100_000) + "Liu, B. Author\\\n*NSDI 2024*\n",
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Finishes_quickly_without_throwing(string name)
    {
        var text = Inputs[name]();
        var elapsed = RunOnSmallStack(() =>
        {
            var result = PubCatalog.Generator.Parsing.PublicationFileParser.Parse(
                "/project/p.md", "p.md", text, new PubCatalog.Generator.Options.PageOptions(new[] { "X Liu" }.ToEquatableArray(), true));
            Assert.DoesNotContain(result.Diagnostics, d => d.Id == "PUB0012");
        });
        Assert.True(elapsed < TimeSpan.FromSeconds(20), $"{name} took {elapsed.TotalSeconds:F1} s");
    }

    internal static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    internal static TimeSpan RunOnSmallStack(Action action)
    {
        Exception? failure = null;
        var watch = Stopwatch.StartNew();
        var thread = new Thread(() =>
        {
            try
            {
                action();
            }
            catch (Exception e)
            {
                failure = e;
            }
        }, StackSize);
        thread.Start();
        thread.Join();
        watch.Stop();
        if (failure is not null)
        {
            throw new Xunit.Sdk.XunitException("Failed: " + failure);
        }

        return watch.Elapsed;
    }
}
