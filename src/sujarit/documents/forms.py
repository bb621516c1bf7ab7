from django import forms
from django.utils.translation import gettext_lazy as _

from .models import DocumentFormat, DocumentKind


class ExportForm(forms.Form):
    kind = forms.ChoiceField(label=_("Document"), choices=[(DocumentKind.BOOK, DocumentKind.BOOK.label)],
                             error_messages={"required": _("Choose a document."),
                                             "invalid_choice": _("Choose a document.")})
    doc_format = forms.ChoiceField(label=_("Format"), choices=DocumentFormat.choices,
                                   error_messages={"required": _("Choose PDF, DOCX or XLSX."),
                                                   "invalid_choice": _("Choose PDF, DOCX or XLSX.")})
