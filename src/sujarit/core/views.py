from django.shortcuts import redirect, render

from .access import access_rule, public


@access_rule(public)
def home(request):
    if request.user.is_authenticated:
        return redirect("plans:list")
    return render(request, "core/home.html")


def forbidden(request, exception=None):
    return render(request, "403.html", status=403)


def not_found(request, exception=None):
    return render(request, "404.html", status=404)
