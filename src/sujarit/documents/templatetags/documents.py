"""`{% lbl "name" key=value %}`: a document label (documents/labels.py) with its values, numbers in Thai digits."""
from django import template

from sujarit.core import thai

from ..labels import LABELS

register = template.Library()


def label(name: str, **values) -> str:
    text = str(getattr(LABELS, name))
    if values:
        text = text % {k: thai.to_thai_digits(v) if isinstance(v, int) else v for k, v in values.items()}
    return text


@register.simple_tag
def lbl(name: str, **values) -> str:
    return label(name, **values)
