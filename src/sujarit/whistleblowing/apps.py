from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

NAV_CACHE = "wb-nav-{}"


def shows_channel_link(user) -> bool:
    """Whether the header links to the channel. Cached per user (warmed at login), so pages pay no query;
    this decides only the link, never access."""
    from django.core.cache import cache

    shown = cache.get(NAV_CACHE.format(user.pk))
    if shown is None:
        from .services.keys import needs_key

        shown = needs_key(user)
        cache.set(NAV_CACHE.format(user.pk), shown, 12 * 3600)
    return shown


class WhistleblowingConfig(AppConfig):
    name = "sujarit.whistleblowing"
    label = "whistleblowing"
    verbose_name = _("Corruption and misconduct reports")
    # Deliberately not registered with django-auditlog: the channel keeps its own ReportEvent log.
    nav_items = [(_("Corruption reports"), "whistleblowing:home", shows_channel_link)]

    def ready(self) -> None:
        from . import signals  # noqa: F401
