from django.http import JsonResponse
from django.views.decorators.http import require_GET

from .models import Author


@require_GET
def author_search(request):
    surname = request.GET.get("surname", "")
    authors = Author.objects.raw(
        "SELECT id, first_name, last_name FROM library_author "
        "WHERE last_name LIKE '%s%%' ORDER BY last_name" % surname
    )
    return JsonResponse(
        {"results": [{"id": a.id, "name": f"{a.first_name} {a.last_name}"} for a in authors]}
    )
