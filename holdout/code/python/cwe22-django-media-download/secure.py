import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.exceptions import SuspiciousFileOperation
from django.http import FileResponse, Http404
from django.utils._os import safe_join


@login_required
def download_report(request, filename):
    try:
        path = safe_join(settings.MEDIA_ROOT, "reports", filename)
    except SuspiciousFileOperation:
        raise Http404("no such report")
    if not os.path.exists(path):
        raise Http404("no such report")
    return FileResponse(open(path, "rb"), as_attachment=True, filename=os.path.basename(path))
