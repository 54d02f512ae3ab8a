using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc;

namespace Wiki.Controllers;

public class SearchController : Controller
{
    private readonly IPageIndex _index;

    public SearchController(IPageIndex index) => _index = index;

    [HttpGet("/search")]
    public IActionResult Search(string q)
    {
        var enc = HtmlEncoder.Default;
        var hits = _index.Find(q);
        var html = $"<h2>Results for {enc.Encode(q)}</h2><ul>";
        foreach (var hit in hits)
        {
            html += $"<li><a href=\"/wiki/{UrlEncoder.Default.Encode(hit.Slug)}\">{enc.Encode(hit.Title)}</a></li>";
        }
        return Content(html + "</ul>", "text/html");
    }
}
