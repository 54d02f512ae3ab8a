import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404


@login_required
def download_report(request, filename):
    path = os.path.join(settings.MEDIA_ROOT, "reports", filename)
    if not os.path.exists(path):
        raise Http404("no such report")
    return FileResponse(open(path, "rb"), as_attachment=True, filename=os.path.basename(path))
