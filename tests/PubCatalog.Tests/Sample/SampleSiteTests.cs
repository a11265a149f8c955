using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PubCatalog.Tests.Sample;

/// <summary>The sample site over HTTP: the page and the JSON carry the whole seed catalog (61 entries less 7 merged = 54).</summary>
public class SampleSiteTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Fact]
    public async Task Publications_page_lists_all_54_entries_grouped_by_year()
    {
        var html = await factory.CreateClient().GetStringAsync("/");

        Assert.Equal(54, Regex.Matches(html, "<li class=\"pub\"").Count);
        Assert.Contains("<span id=\"count\">54</span>", html);
        var years = Regex.Matches(html, "<h2>(\\d{4}|Undated)</h2>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(years.Where(y => y != "Undated").OrderByDescending(y => y), years.Where(y => y != "Undated"));
        Assert.Contains("<strong class=\"author self\">Ziming Mao</strong>", html);
        Assert.Contains("<span class=\"badge award\">Outstanding Paper Award</span>", html);
        Assert.Contains("<em>Summ<sup>N</sup></em>", html);
    }

    [Fact]
    public async Task Filters_by_tag_and_author_narrow_the_list()
    {
        var client = factory.CreateClient();

        var byTag = await client.GetStringAsync("/?tag=KV%20Cache");
        var byAuthor = await client.GetStringAsync("/?author=Lianmin%20Zheng");

        Assert.Equal(2, Regex.Matches(byTag, "<li class=\"pub\"").Count);
        Assert.Equal(18, Regex.Matches(byAuthor, "<li class=\"pub\"").Count);
    }

    [Fact]
    public async Task Json_has_all_54_publications_with_camel_case_and_string_enums()
    {
        var response = await factory.CreateClient().GetAsync("/publications.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(54, json.RootElement.GetArrayLength());
        var first = json.RootElement[0];
        Assert.Equal("skylb-2026", first.GetProperty("id").GetString());
        Assert.Equal("Conference", first.GetProperty("venue").GetProperty("kind").GetString());
        Assert.Equal("Paper", first.GetProperty("links")[0].GetProperty("kind").GetString());
    }
}
