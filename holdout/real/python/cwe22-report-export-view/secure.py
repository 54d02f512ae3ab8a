"""Finance exports: generated overnight, downloaded by accountants."""
import logging
import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import render

log = logging.getLogger(__name__)
EXPORT_ROOT = getattr(settings, "FINANCE_EXPORT_ROOT", "/srv/finance/exports")
ALLOWED_SUFFIXES = (".csv", ".xlsx", ".pdf")


def available_exports():
    try:
        names = os.listdir(EXPORT_ROOT)
    except FileNotFoundError:
        return []
    return sorted(n for n in names if n.endswith(ALLOWED_SUFFIXES))


@login_required
def export_index(request):
    return render(request, "finance/exports.html", {"exports": available_exports()})


@login_required
def export_download(request):
    filename = request.GET.get("file", "")
    if not filename.endswith(ALLOWED_SUFFIXES):
        raise Http404("unsupported export type")
    path = os.path.join(EXPORT_ROOT, os.path.basename(filename))
    if not os.path.exists(path):
        raise Http404("export not found")
    log.info("user %s downloads %s", request.user.pk, filename)
    return FileResponse(open(path, "rb"), as_attachment=True, filename=os.path.basename(path))


@login_required
def export_size(request, filename):
    path = os.path.join(EXPORT_ROOT, os.path.basename(filename))
    try:
        return render(request, "finance/size.html", {"size": os.path.getsize(path)})
    except OSError:
        raise Http404("export not found")
