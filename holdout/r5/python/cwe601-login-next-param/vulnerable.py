"""
Django view: after a successful login, send the user back to the page given in
`?next=`; default to the dashboard.
"""
from django.contrib.auth import authenticate, login
from django import forms
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.shortcuts import redirect
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


def logout_view(request):
    logout(request)
    return HttpResponseRedirect("/")


def password_changed_view(request):
    """Shown after the change-password form; offers a link back to the settings page."""
    if not request.user.is_authenticated:
        return redirect("login")
    messages.info(request, "Your password was changed.")
    return render(request, "password_changed.html", {"settings_url": "/settings/"})


def signup_view(request):
    """Create an account, log the new user in and continue to the dashboard."""
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, "Welcome aboard!")
        return redirect("dashboard")
    return render(request, "signup.html", {"form": form})


class SignupForm(forms.ModelForm):
    password = forms.CharField(widget=forms.PasswordInput, min_length=10)

    class Meta:
        model = User
        fields = ["username", "email"]

    def clean_email(self):
        email = self.cleaned_data["email"].lower()
        if User.objects.filter(email=email).exists():
            raise forms.ValidationError("An account with this e-mail already exists.")
        return email

    def save(self, commit=True):
        user = super().save(commit=False)
        user.set_password(self.cleaned_data["password"])
        if commit:
            user.save()
        return user


@login_required
def dashboard(request):
    recent = request.user.logentry_set.order_by("-action_time")[:5] if hasattr(request.user, "logentry_set") else []
    return render(request, "dashboard.html", {"recent": recent})
