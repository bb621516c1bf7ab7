"""Forms: shape only. The services check the rules (dates, categories, files) and raise coded errors."""
from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from sujarit.core.forms import BEDateField

from .models import Channel


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data, initial=None):
        if not data:
            return []
        files = data if isinstance(data, (list, tuple)) else [data]
        return [super(MultipleFileField, self).clean(f, initial) for f in files]


class ComplaintFields(forms.Form):
    category = forms.ModelChoiceField(label=_("Category"), queryset=None, empty_label=_("— choose —"))
    subject = forms.CharField(label=_("Subject"), max_length=200)
    description = forms.CharField(label=_("What happened, and what would you like us to do?"),
                                  widget=forms.Textarea(attrs={"rows": 6}), max_length=5000)
    place = forms.CharField(label=_("Place"), max_length=300, required=False,
                            help_text=_("Village (หมู่), road, landmark."))
    latitude = forms.DecimalField(required=False, widget=forms.HiddenInput, max_digits=9, decimal_places=6,
                                  min_value=-90, max_value=90)
    longitude = forms.DecimalField(required=False, widget=forms.HiddenInput, max_digits=9, decimal_places=6,
                                   min_value=-180, max_value=180)
    attachments = MultipleFileField(label=_("Photos or documents"), required=False,
                                    help_text=_("Up to 5 files: JPEG, PNG, WebP, GIF or PDF, at most 5 MB each."),
                                    widget=MultipleFileInput(attrs={"accept": "image/*,application/pdf"}))
    contact_name = forms.CharField(label=_("Your name"), max_length=200, required=False)
    contact_phone = forms.CharField(label=_("Phone"), max_length=50, required=False)
    contact_email = forms.EmailField(label=_("Email"), required=False,
                                     help_text=_("We send the tracking code and our letters here."))
    contact_line = forms.CharField(label=_("LINE ID"), max_length=100, required=False)

    def __init__(self, *args, categories, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].queryset = categories


class PublicComplaintForm(ComplaintFields):
    consent = forms.BooleanField(label=_("I agree that the municipality keeps these details to handle my complaint "
                                         "and to write to me about it, and publishes only statistics without names."),
                                 required=True)
    altcha = forms.CharField(widget=forms.HiddenInput, required=False)


class OfficerIntakeForm(ComplaintFields):
    channel = forms.ChoiceField(label=_("Channel"), choices=[c for c in Channel.choices if c[0] != Channel.WEB])
    received_on = BEDateField(label=_("Date received on that channel"),
                              help_text=_("The 15-day clock starts on this date."))
    contact_address = forms.CharField(label=_("Postal address"), required=False,
                                      widget=forms.Textarea(attrs={"rows": 2}), max_length=1000)
    field_order = ["channel", "received_on"]


class TrackForm(forms.Form):
    code = forms.CharField(label=_("Tracking code"), max_length=40,
                           widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false",
                                                         "autocapitalize": "characters",
                                                         "placeholder": "XXXX-XXXX-XXXX-XXXX"}))


class MessageForm(forms.Form):
    body = forms.CharField(label=_("Message"), widget=forms.Textarea(attrs={"rows": 3}), max_length=5000)


class RatingForm(forms.Form):
    rating = forms.TypedChoiceField(label=_("How satisfied are you with our service?"), coerce=int,
                                    choices=[(5, _("5 – very satisfied")), (4, _("4 – satisfied")),
                                             (3, _("3 – fair")), (2, _("2 – dissatisfied")),
                                             (1, _("1 – very dissatisfied"))], widget=forms.RadioSelect)
    comment = forms.CharField(label=_("Comment"), required=False, widget=forms.Textarea(attrs={"rows": 2}),
                              max_length=2000)


class ReopenForm(forms.Form):
    reason = forms.CharField(label=_("What is still wrong?"), widget=forms.Textarea(attrs={"rows": 2}),
                             max_length=2000)


class ActionForm(forms.Form):
    comment = forms.CharField(label=_("Reason or note"), required=False, widget=forms.Textarea(attrs={"rows": 2}))
    forwarded_to = forms.CharField(label=_("Agency"), required=False, max_length=300)
    unit = forms.CharField(label=_("Responsible unit"), required=False, max_length=200)
    assignee = forms.ModelChoiceField(label=_("Officer"), required=False, queryset=None)
    result = forms.CharField(label=_("Result"), required=False, widget=forms.Textarea(attrs={"rows": 3}))
    obstacle = forms.CharField(label=_("Problems and obstacles"), required=False,
                               widget=forms.Textarea(attrs={"rows": 2}))
    prevention = forms.CharField(label=_("Solution and prevention"), required=False,
                                 widget=forms.Textarea(attrs={"rows": 2}))
    evidence = MultipleFileField(label=_("Evidence (photos, PDF)"), required=False)

    def __init__(self, *args, organisation, **kwargs):
        super().__init__(*args, **kwargs)
        from sujarit.accounts.models import User

        self.fields["assignee"].queryset = User.objects.filter(
            memberships__organisation=organisation, memberships__is_active=True).distinct().order_by("first_name")


class ExplainForm(forms.Form):
    reason = forms.CharField(label=_("Why the case needs more time"), widget=forms.Textarea(attrs={"rows": 3}))
    expected_on = BEDateField(label=_("New expected date"))


# The centre settings page. Empty names, ranges and duplicates are checked by the services (coded Thai errors).

class _OwnIds(forms.Form):
    """Several forms share the page: each gives its fields ids of its own (names stay plain)."""

    id_prefix = "id"

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", f"{self.id_prefix}_%s")
        super().__init__(*args, **kwargs)


class CategoryForm(_OwnIds):
    id_prefix = "category"
    name = forms.CharField(label=_("Name of the new category"), max_length=200, required=False)
    code = forms.CharField(label=_("Code (optional)"), max_length=40, required=False,
                           help_text=_("English letters, digits and hyphens, e.g. \"trees\". Left empty, one is "
                                       "made for you. The code never changes."))


class CategoryRenameForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=200, required=False)


class CategoryMoveForm(forms.Form):
    direction = forms.ChoiceField(choices=[("up", "up"), ("down", "down")])


class CategoryActiveForm(forms.Form):
    active = forms.TypedChoiceField(choices=[("1", "1"), ("0", "0")], coerce=lambda v: v == "1")


def _days(label, help_text=""):
    return forms.IntegerField(label=label, help_text=help_text,
                              widget=forms.NumberInput(attrs={"inputmode": "numeric"}))


class ClockForm(forms.Form):
    due_days = _days(_("Days to resolve a complaint"), _("From 1 to 60. The plan says 15."))
    working_days = forms.TypedChoiceField(
        label=_("Count the days as"), coerce=lambda v: v == "working", widget=forms.RadioSelect,
        choices=[("calendar", _("calendar days (every day counts)")),
                 ("working", _("working days (weekends and the holidays below do not count)"))])
    reopen_days = _days(_("Days in which a complainant may reopen a resolved case"), _("From 1 to 60."))
    remind_days = _days(_("Remind the officers this many days before the deadline"), _("From 1 to 30."))


class HolidayForm(_OwnIds):
    id_prefix = "holiday"
    day = BEDateField(label=_("Date"), required=False)
    name = forms.CharField(label=_("Name of the holiday"), max_length=200, required=False)


class HolidayImportForm(forms.Form):
    year = forms.IntegerField(widget=forms.HiddenInput)
