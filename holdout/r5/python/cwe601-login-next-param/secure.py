"""
Django view: after a successful login, send the user back to the page given in
`?next=`; default to the dashboard.
"""
from django.contrib.auth import authenticate, login
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme


def login_view(request):
    if request.method == "POST":
        user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
        if user is not None:
            login(request, user)
            target = request.GET.get("next") or "/dashboard/"
            if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()},
                                                   require_https=request.is_secure()):
                target = "/dashboard/"
            return HttpResponseRedirect(target)
        return render(request, "login.html", {"error": "Wrong username or password"})
    return render(request, "login.html")
