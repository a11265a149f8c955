using System.Text;
using PubCatalog.Text;

namespace PubCatalog.Sample;

/// <summary>The HTML shell and the style sheet every page shares: no external assets, no JavaScript.</summary>
public static class PageLayout
{
    /// <summary>Writes everything up to and including <c>&lt;main&gt;</c>. <paramref name="headHtml"/> must already be safe HTML.</summary>
    public static StringBuilder Begin(StringBuilder html, string title, string headHtml = "")
    {
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Html.Encode(title)).Append("</title>\n")
            .Append(headHtml)
            .Append("<style>").Append(Style).Append("</style>\n</head>\n<body>\n<main>\n");
        return html;
    }

    public static StringBuilder End(StringBuilder html) =>
        html.Append("<footer class=\"foot\">Exports: <a href=\"/publications.bib\">BibTeX</a> · ")
            .Append("<a href=\"/publications.csl.json\">CSL-JSON</a> · <a href=\"/publications.json\">JSON</a></footer>\n")
            .Append("</main>\n</body>\n</html>\n");

    private const string Style = """
        :root{--ink:#1f2328;--muted:#5b6270;--rule:#e3e1da;--paper:#fcfcfa;--accent:#1d4ed8;--venue:#14532d;--venue-bg:#e7f3ea;--award:#78350f;--award-bg:#fdecc8}
        *{box-sizing:border-box}
        body{margin:0;background:var(--paper);color:var(--ink);font:17px/1.55 "Iowan Old Style","Palatino Linotype",Palatino,Georgia,"Times New Roman",serif;-webkit-text-size-adjust:100%}
        main{max-width:50rem;margin:0 auto;padding:2rem 1.25rem 3rem}
        a{color:var(--accent);text-decoration-thickness:1px;text-underline-offset:2px}
        h1{font-weight:600;font-size:2.1rem;letter-spacing:-.01em;margin:.25rem 0 .75rem}
        h2{font-size:1.3rem;font-weight:600;margin:2.25rem 0 .75rem;padding-bottom:.3rem;border-bottom:1px solid var(--rule)}
        .ui,.filters,.count,.links,.tags,.badge,.foot,details.bibtex summary,.back{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
        .filters{display:grid;grid-template-columns:repeat(auto-fit,minmax(10rem,1fr));gap:.5rem;margin:1rem 0 .5rem;font-size:.9rem}
        .filters label{display:flex;flex-direction:column;gap:.15rem;color:var(--muted);font-size:.78rem;text-transform:uppercase;letter-spacing:.04em}
        .filters input,.filters select{font:inherit;font-size:.95rem;text-transform:none;letter-spacing:0;color:var(--ink);padding:.35rem .45rem;border:1px solid #c9c6bd;border-radius:.35rem;background:#fff;min-width:0;width:100%}
        .filters .search{grid-column:1/-1}
        .filters .actions{display:flex;align-items:flex-end;gap:.75rem}
        .filters button{font:inherit;padding:.4rem .9rem;border:0;border-radius:.35rem;background:var(--accent);color:#fff;cursor:pointer}
        .count{color:var(--muted);font-size:.9rem;margin:.25rem 0 0}
        .pubs{list-style:none;margin:0;padding:0}
        .pub{margin:0 0 1.4rem;padding-left:.9rem;border-left:3px solid transparent}
        .pub[data-selected]{border-left-color:var(--award-bg)}
        .pub .title{font-weight:600;font-size:1.05rem;line-height:1.35;color:var(--ink);text-decoration:none}
        .pub .title:hover{color:var(--accent);text-decoration:underline}
        .authors{font-size:.95rem;color:#30363d}.authors .self{color:#000}.authors .equal{color:var(--muted);margin-left:.05em}.authors .more,.authors .gap{color:var(--muted)}
        .meta{margin:.2rem 0}
        .badge{display:inline-block;font-size:.74rem;font-weight:600;line-height:1.5;border-radius:.3rem;padding:.05rem .45rem;margin:0 .3rem .2rem 0;vertical-align:.08em}
        .badge.venue{background:var(--venue-bg);color:var(--venue)}.badge.award{background:var(--award-bg);color:var(--award)}
        .links{display:flex;flex-wrap:wrap;gap:.35rem;align-items:flex-start;margin-top:.35rem;font-size:.8rem}
        .button,details.bibtex summary{display:inline-block;border:1px solid #c9c6bd;color:var(--ink);background:#fff;border-radius:.3rem;padding:.12rem .55rem;text-decoration:none;cursor:pointer;line-height:1.5}
        .button:hover,details.bibtex summary:hover{border-color:var(--accent);color:var(--accent)}
        details.bibtex[open]{flex-basis:100%}
        details.bibtex summary{list-style:none;width:max-content}details.bibtex summary::-webkit-details-marker{display:none}
        details.bibtex[open] summary{border-color:var(--accent);color:var(--accent)}
        pre.bib{margin:.4rem 0 0;padding:.6rem .75rem;background:#f3f2ee;border:1px solid var(--rule);border-radius:.35rem;overflow-x:auto;font:.78rem/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;white-space:pre}
        .tags{margin-top:.3rem;font-size:.78rem}.tags a{color:var(--muted);text-decoration:none;margin-right:.55rem}.tags a:hover{color:var(--accent)}
        h1.paper-title{font-size:1.75rem;line-height:1.25;margin:.5rem 0 .75rem}
        .summary{font-size:.98rem}.highlights{font-size:.95rem}
        .back{font-size:.9rem}
        .foot{margin-top:3rem;padding-top:1rem;border-top:1px solid var(--rule);color:var(--muted);font-size:.82rem}
        .empty{color:var(--muted);font-style:italic}
        @media (max-width:40rem){body{font-size:16px}main{padding:1.25rem .9rem 2rem}h1{font-size:1.6rem}.pub{padding-left:0;border-left:0}}
        """;
}
