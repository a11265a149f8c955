using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace PubCatalog.BrowserTests;

/// <summary>The sample site as a reader sees it: real Kestrel on 127.0.0.1, real Chromium, JavaScript on.</summary>
public sealed class SiteInBrowserTests(BrowserFixture site, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task ListShowsEveryPublication()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Seeds.Address + "/");

        Assert.Equal(54, await page.Locator("li.pub").CountAsync());
        Assert.Equal("54", await page.Locator("#count").InnerTextAsync());
        Assert.Equal("2026", await page.Locator("section.year h2").First.InnerTextAsync());
        Assert.True(await page.Locator("li.pub .authors strong.self").First.IsVisibleAsync());

        var screenshot = Path.Combine(BrowserFixture.ArtifactsDirectory, "publications-list.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        output.WriteLine($"Screenshot: {screenshot}");
        Assert.True(new FileInfo(screenshot).Length > 10_000);
    }

    [BrowserFact]
    public async Task ListIsReadableOnAPhone()
    {
        var page = await site.NewPageAsync(width: 390, height: 844);
        await page.GotoAsync(site.Seeds.Address + "/?year=2024");

        // Nothing wider than the screen: no sideways scrolling on a phone.
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        var screenshot = Path.Combine(BrowserFixture.ArtifactsDirectory, "publications-list-phone.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot });
        output.WriteLine($"Screenshot: {screenshot}");
    }

    [BrowserFact]
    public async Task FilterNarrowsTheList()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Seeds.Address + "/");

        await page.SelectOptionAsync("select[name=year]", "2024");
        await page.SelectOptionAsync("select[name=kind]", "Conference");
        await page.ClickAsync("form.filters button[type=submit]");
        await page.WaitForURLAsync("**/?*year=2024*");

        Assert.Contains("kind=Conference", page.Url);
        Assert.Equal("7", await page.Locator("#count").InnerTextAsync());
        Assert.Equal(7, await page.Locator("li.pub").CountAsync());
        foreach (var badge in await page.Locator("li.pub .badge.venue").AllInnerTextsAsync())
        {
            Assert.EndsWith("2024", badge);
        }

        // The search box keeps the other filters: the form resubmits them.
        await page.FillAsync("input[name=q]", "spot");
        await page.PressAsync("input[name=q]", "Enter");
        await page.WaitForURLAsync("**q=spot*");
        Assert.Equal(1, await page.Locator("li.pub").CountAsync());
        Assert.Contains("Can't Be Late", await page.Locator("li.pub .title").InnerTextAsync());
    }

    [BrowserFact]
    public async Task BibTeXButtonShowsAndDownloadsTheEntry()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Seeds.Address + "/");
        var entry = page.Locator("li.pub#cant-be-late-2024");
        var bib = entry.Locator("pre.bib");

        Assert.False(await bib.IsVisibleAsync());
        await entry.Locator("details.bibtex summary").ClickAsync();
        Assert.True(await bib.IsVisibleAsync());
        var shown = await bib.InnerTextAsync();
        Assert.StartsWith("@inproceedings{wu2024cant,", shown);
        Assert.Contains("booktitle = {NSDI}", shown);

        var download = await page.RunAndWaitForDownloadAsync(() => entry.Locator("a.download").ClickAsync());
        Assert.Equal("wu2024cant.bib", download.SuggestedFilename);
        var saved = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Equal(shown.Trim(), saved.Trim());
    }

    [BrowserFact]
    public async Task DetailPageHasScholarMetaTags()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Seeds.Address + "/");
        await page.ClickAsync("li.pub#cant-be-late-2024 a.title");
        await page.WaitForURLAsync("**/publications/cant-be-late-2024");

        var head = page.Locator("head");
        Assert.Equal("Can't Be Late: Optimizing Spot Instance Savings under Deadlines", await head.Locator("meta[name=citation_title]").GetAttributeAsync("content"));
        Assert.Equal(
            new[] { "Zhanghao Wu", "Wei-Lin Chiang", "Ziming Mao", "Zongheng Yang", "Eric Friedman", "Scott Shenker", "Ion Stoica" },
            await head.Locator("meta[name=citation_author]").EvaluateAllAsync<string[]>("tags => tags.map(t => t.content)"));
        Assert.Equal("2024", await head.Locator("meta[name=citation_publication_date]").GetAttributeAsync("content"));
        Assert.Equal("NSDI", await head.Locator("meta[name=citation_conference_title]").GetAttributeAsync("content"));
        Assert.Equal("https://www.usenix.org/system/files/nsdi24-wu-zhanghao.pdf", await head.Locator("meta[name=citation_pdf_url]").GetAttributeAsync("content"));

        var jsonLd = await head.Locator("script[type='application/ld+json']").TextContentAsync();
        using var article = JsonDocument.Parse(jsonLd!);
        Assert.Equal("ScholarlyArticle", article.RootElement.GetProperty("@type").GetString());
        Assert.Equal(page.Url, article.RootElement.GetProperty("url").GetString());
    }

    [BrowserFact]
    public async Task ScriptInATitleRendersAsTextAndRunsNothing()
    {
        var page = await site.NewPageAsync();
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
        await page.GotoAsync(site.Hostile.Address + "/");

        var titles = await page.Locator("li.pub .title").AllInnerTextsAsync();
        Assert.Contains("Escaped <script>window.__pwned = 1</script> Text In A Title", titles);
        Assert.Contains("Entity <script>window.__pwned = 3</script> In A Title", titles);
        Assert.Contains(await page.Locator("li.pub .authors").AllInnerTextsAsync(), a => a.Contains("Mallory <img src=x onerror=\"window.__pwned=2\">"));
        Assert.Equal(0, await page.Locator("body script, body img").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => window.__pwned === undefined"));

        await page.Locator("li.pub .title", new() { HasText = "Escaped" }).ClickAsync();
        await page.WaitForURLAsync("**/publications/*");
        Assert.Equal("Escaped <script>window.__pwned = 1</script> Text In A Title", await page.Locator("h1.paper-title").InnerTextAsync());
        Assert.Equal("Escaped <script>window.__pwned = 1</script> Text In A Title", await page.Locator("meta[name=citation_title]").GetAttributeAsync("content"));
        Assert.Equal(1, await page.Locator("script").CountAsync()); // the JSON-LD, which is data
        var jsonLd = await page.Locator("script[type='application/ld+json']").TextContentAsync();
        using var article = JsonDocument.Parse(jsonLd!);
        Assert.Equal("Escaped <script>window.__pwned = 1</script> Text In A Title", article.RootElement.GetProperty("name").GetString());
        Assert.True(await page.EvaluateAsync<bool>("() => window.__pwned === undefined"));
        Assert.Equal(0, dialogs);
    }
}
