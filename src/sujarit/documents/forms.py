from django import forms
from django.utils.translation import gettext_lazy as _

from .models import DocumentDigits, DocumentFormat, DocumentKind


class ExportForm(forms.Form):
    kind = forms.ChoiceField(label=_("Document"), choices=[(DocumentKind.BOOK, DocumentKind.BOOK.label)],
                             error_messages={"required": _("Choose a document."),
                                             "invalid_choice": _("Choose a document.")})
    doc_format = forms.ChoiceField(label=_("Format"), choices=DocumentFormat.choices,
                                   error_messages={"required": _("Choose PDF, DOCX or XLSX."),
                                                   "invalid_choice": _("Choose PDF, DOCX or XLSX.")})
    digits = forms.ChoiceField(label=_("Digits"), choices=DocumentDigits.choices, required=False,
                               initial=DocumentDigits.THAI,
                               error_messages={"invalid_choice": _("Choose Thai or Arabic digits.")})

    def clean_digits(self) -> str:
        return self.cleaned_data.get("digits") or DocumentDigits.THAI


class LetterheadForm(forms.Form):
    name = forms.CharField(label=_("Name as printed"), max_length=200,
                           help_text=_("As it appears at the top of the organisation's documents."),
                           error_messages={"required": _("Write the organisation's name as it is printed.")})
    address = forms.CharField(label=_("Address"), required=False, widget=forms.Textarea(attrs={"rows": 3}))
    logo = forms.FileField(label=_("Logo"), required=False,
                           help_text=_("PNG or JPEG, at most 2 MB. It takes the emblem's place on the cover."))
    remove_logo = forms.BooleanField(label=_("Remove the logo"), required=False)
