"""Login/logout views for the customer portal."""
import logging

from django.conf import settings
from django.contrib.auth import authenticate, login, logout
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods

log = logging.getLogger(__name__)
DEFAULT_NEXT = "/dashboard/"


def _next_url(request) -> str:
    return request.POST.get("next") or request.GET.get("next") or DEFAULT_NEXT


@require_http_methods(["GET", "POST"])
def login_view(request):
    if request.method == "GET":
        return render(request, "portal/login.html", {"next": _next_url(request)})
    user = authenticate(
        request,
        username=request.POST.get("username", ""),
        password=request.POST.get("password", ""),
    )
    if user is None:
        log.info("failed login for %r", request.POST.get("username", "")[:64])
        return render(request, "portal/login.html", {"error": True, "next": _next_url(request)}, status=401)
    login(request, user)
    target = _next_url(request)
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()},
                                           require_https=request.is_secure()):
        target = DEFAULT_NEXT
    return HttpResponseRedirect(target)


def logout_view(request):
    logout(request)
    return HttpResponseRedirect(settings.LOGIN_URL)


def sso_callback(request):
    # The identity provider posts back here; the state carries where to go next.
    target = request.session.pop("sso_next", DEFAULT_NEXT)
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = DEFAULT_NEXT
    return HttpResponseRedirect(target)
