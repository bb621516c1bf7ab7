from django import template
from django.utils.translation import gettext_lazy as _

register = template.Library()

SEVERITY = {"error": _("Error"), "warning": _("Warning"), "info": _("Note")}


@register.filter
def severity(value: str) -> str:
    """The translated name of a lint severity."""
    return SEVERITY.get(value, value)
