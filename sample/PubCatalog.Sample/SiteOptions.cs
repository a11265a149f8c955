using PubCatalog;

namespace PubCatalog.Sample;

/// <summary>Site settings, bound from the <c>PubCatalog</c> configuration section (appsettings, environment, command line).</summary>
public sealed class SiteOptions
{
    /// <summary>The page heading.</summary>
    public string Title { get; set; } = "Publications";

    /// <summary>List "selected" papers in their own section above the years.</summary>
    public bool SelectedFirst { get; set; }

    /// <summary>Authors shown per entry on the list before "and N more" (the owner always shows); 0 shows all.</summary>
    public int MaxAuthors { get; set; } = 10;

    /// <summary>Whether a paper is "selected": by default the page's own flag (<c>featured: true</c> in front matter).</summary>
    public Func<Publication, bool> IsSelected { get; set; } = static p => p.Selected;
}
