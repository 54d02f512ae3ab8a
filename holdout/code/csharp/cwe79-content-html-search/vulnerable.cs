using Microsoft.AspNetCore.Mvc;

namespace Wiki.Controllers;

public class SearchController : Controller
{
    private readonly IPageIndex _index;

    public SearchController(IPageIndex index) => _index = index;

    [HttpGet("/search")]
    public IActionResult Search(string q)
    {
        var hits = _index.Find(q);
        var html = $"<h2>Results for {q}</h2><ul>";
        foreach (var hit in hits)
        {
            html += $"<li><a href=\"/wiki/{hit.Slug}\">{hit.Title}</a></li>";
        }
        return Content(html + "</ul>", "text/html");
    }
}
