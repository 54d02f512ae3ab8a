"""Views for the compliance team's audit trail."""
import csv
import logging

from django.contrib.auth.decorators import permission_required
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.views.decorators.http import require_GET

from .models import AuditEvent

logger = logging.getLogger(__name__)
PAGE_SIZE = 200


def _rows(cursor):
    cols = [c[0] for c in cursor.description]
    return [dict(zip(cols, row)) for row in cursor.fetchall()]


def fetch_events(actor: str, since: str):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT id, actor, action, target, created_at FROM audit_auditevent "
            "WHERE actor = %s AND created_at >= %s ORDER BY created_at LIMIT %s",
            [actor, since, PAGE_SIZE],
        )
        return _rows(cursor)


@require_GET
@permission_required("audit.view_auditevent")
def events_json(request):
    actor = request.GET.get("actor", "")
    since = request.GET.get("since", "1970-01-01")
    events = fetch_events(actor, since)
    logger.info("%s exported %d audit rows", request.user, len(events))
    return JsonResponse({"events": events}, json_dumps_params={"default": str})


@require_GET
@permission_required("audit.view_auditevent")
def events_csv(request):
    actor = request.GET.get("actor", "")
    since = request.GET.get("since", "1970-01-01")
    response = HttpResponse(content_type="text/csv")
    response["Content-Disposition"] = 'attachment; filename="audit.csv"'
    writer = csv.writer(response)
    writer.writerow(["id", "actor", "action", "target", "created_at"])
    for ev in fetch_events(actor, since):
        writer.writerow([ev["id"], ev["actor"], ev["action"], ev["target"], ev["created_at"]])
    return response


def recent_actions(limit: int = 20):
    return AuditEvent.objects.order_by("-created_at")[:limit]
