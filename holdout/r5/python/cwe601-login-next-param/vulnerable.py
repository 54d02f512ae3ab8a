"""
Django view: after a successful login, send the user back to the page given in
`?next=`; default to the dashboard.
"""
from django.contrib.auth import authenticate, login
from django.http import HttpResponseRedirect
from django.shortcuts import render


def login_view(request):
    if request.method == "POST":
        user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
        if user is not None:
            login(request, user)
            target = request.GET.get("next") or "/dashboard/"
            return HttpResponseRedirect(target)
        return render(request, "login.html", {"error": "Wrong username or password"})
    return render(request, "login.html")
