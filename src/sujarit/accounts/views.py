from django.contrib.auth import views as auth_views

from sujarit.core.access import access_rule, authenticated, public

login_view = access_rule(public)(auth_views.LoginView.as_view(template_name="accounts/login.html"))
logout_view = access_rule(authenticated)(auth_views.LogoutView.as_view())
