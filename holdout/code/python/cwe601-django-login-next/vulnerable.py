from django.contrib.auth import authenticate, login
from django.shortcuts import redirect, render


def sign_in(request):
    if request.method != "POST":
        return render(request, "sign_in.html", {"next": request.GET.get("next", "")})
    user = authenticate(
        request,
        username=request.POST.get("username"),
        password=request.POST.get("password"),
    )
    if user is None:
        return render(request, "sign_in.html", {"error": "Wrong username or password"})
    login(request, user)
    return redirect(request.POST.get("next") or "/dashboard/")
