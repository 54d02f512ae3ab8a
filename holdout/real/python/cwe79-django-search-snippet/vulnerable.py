"""Lightweight search endpoint used by the site-wide search box (returns an HTML fragment)."""
import logging

from django.db.models import Q
from django.http import HttpResponse
from django.utils.html import escape
from django.views.decorators.http import require_GET

from .models import Article

log = logging.getLogger(__name__)
MAX_RESULTS = 10


def _result_item(article) -> str:
    return (
        f'<li><a href="/articles/{article.pk}/">{escape(article.title)}</a>'
        f"<span class=\"date\">{article.published:%d %b %Y}</span></li>"
    )


def _search(term: str):
    return (
        Article.objects.filter(Q(title__icontains=term) | Q(summary__icontains=term), published__isnull=False)
        .order_by("-published")[:MAX_RESULTS]
    )


@require_GET
def search_fragment(request):
    """Rendered into the dropdown under the search box by htmx."""
    term = request.GET.get("q", "").strip()
    if len(term) < 2:
        return HttpResponse("")
    results = list(_search(term))
    log.debug("search %r -> %d hits", term, len(results))
    if not results:
        return HttpResponse(f'<p class="empty">No articles match <em>{term}</em>.</p>')
    items = "".join(_result_item(a) for a in results)
    return HttpResponse(f'<ul class="results">{items}</ul>')


@require_GET
def popular(request):
    items = "".join(_result_item(a) for a in Article.objects.order_by("-views")[:MAX_RESULTS])
    return HttpResponse(f"<ul>{items}</ul>")
