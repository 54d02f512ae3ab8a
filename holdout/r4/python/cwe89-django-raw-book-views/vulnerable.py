"""Views of the library app: book search and per-author listing."""
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.http import require_GET

from .models import Book


@require_GET
def search_books(request):
    """Search books by title keyword and optional publication year.

    GET /books/search?q=dune&year=1965
    """
    keyword = request.GET.get("q", "")
    year = request.GET.get("year")

    sql = f"SELECT * FROM library_book WHERE title ILIKE '%%{keyword}%%'"
    if year:
        sql += f" AND published_year = {year}"
    sql += " ORDER BY title LIMIT 100"

    books = Book.objects.raw(sql)
    return JsonResponse({"results": [{"id": b.id, "title": b.title, "year": b.published_year} for b in books]})


@require_GET
def books_per_author(request):
    """Number of books per author, most prolific first."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT author, COUNT(*) FROM library_book GROUP BY author ORDER BY COUNT(*) DESC LIMIT %s",
            [int(request.GET.get("limit", 20))],
        )
        rows = cursor.fetchall()
    return JsonResponse({"authors": [{"author": a, "books": n} for a, n in rows]})


@require_GET
def book_detail(request, book_id: int):
    book = Book.objects.filter(pk=book_id).values("id", "title", "author", "published_year").first()
    if book is None:
        return JsonResponse({"error": "not found"}, status=404)
    return JsonResponse(book)
