"""Shapes of the channel's forms. Rules (and the Thai errors they raise) are in services."""
from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from sujarit.core.forms import BEDateField

from .models import ActionTaken, Anonymity, Category, ChannelSettings, InvestigationKind, Outcome


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one input; the content check happens in the service (files.py)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, (list, tuple)):
            return [single(item, initial) for item in data]
        return [single(data, initial)] if data else []


class ReportForm(forms.Form):
    category = forms.ChoiceField(label=_("What kind of wrongdoing is it?"), choices=Category.choices,
                                 widget=forms.RadioSelect)
    accused_name = forms.CharField(label=_("Who is alleged (name, if known)"), max_length=300, required=False)
    accused_position = forms.CharField(label=_("Their position"), max_length=300, required=False)
    accused_unit = forms.CharField(label=_("Their unit or division"), max_length=300, required=False)
    what = forms.CharField(label=_("What happened"), widget=forms.Textarea(attrs={"rows": 6}), max_length=20000)
    when = forms.CharField(label=_("When (a date or a period)"), max_length=300, required=False)
    where = forms.CharField(label=_("Where"), max_length=300, required=False)
    how_known = forms.CharField(label=_("How do you know about it?"), widget=forms.Textarea(attrs={"rows": 3}),
                                max_length=5000, required=False)
    amount = forms.CharField(label=_("Amount of money involved, if any (baht)"), max_length=100, required=False)
    named = forms.MultipleChoiceField(
        label=_("Is any of these officers involved? They will never see or handle your report."),
        required=False, widget=forms.CheckboxSelectMultiple)
    evidence = MultipleFileField(label=_("Evidence files (PDF, JPEG, PNG or DOCX; hidden data such as location is "
                                       "removed)"), required=False)
    anonymity = forms.ChoiceField(label=_("Your identity"), choices=Anonymity.choices, widget=forms.RadioSelect,
                                  initial=Anonymity.ANONYMOUS)
    identity_name = forms.CharField(label=_("Your name"), max_length=300, required=False)
    identity_position = forms.CharField(label=_("Your position or status (e.g. resident, staff)"), max_length=300,
                                        required=False)
    identity_phone = forms.CharField(label=_("Telephone"), max_length=50, required=False)
    identity_email = forms.EmailField(label=_("E-mail"), required=False)
    identity_contact = forms.CharField(label=_("How and when we may contact you"), max_length=500, required=False)

    def __init__(self, *args, officers=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["named"].choices = [(str(u.pk), f"{u.get_full_name() or u.username}"
                                                    f"{' · ' + u.position if u.position else ''}") for u in officers]


class ReceiptForm(forms.Form):
    receipt = forms.CharField(label=_("Receipt"), max_length=60,
                              widget=forms.TextInput(attrs={"autocomplete": "off", "inputmode": "numeric",
                                                            "spellcheck": "false"}))


class ReplyForm(forms.Form):
    text = forms.CharField(label=_("Your answer or further information"), required=False, max_length=20000,
                           widget=forms.Textarea(attrs={"rows": 4}))
    evidence = MultipleFileField(label=_("Add evidence files"), required=False)


class PasswordForm(forms.Form):
    password = forms.CharField(label=_("Your password"), widget=forms.PasswordInput(attrs={"autocomplete":
                                                                                           "current-password"}))


class TransitionForm(forms.Form):
    comment = forms.CharField(label=_("Comment (encrypted)"), required=False, max_length=20000,
                              widget=forms.Textarea(attrs={"rows": 3}))
    investigation_kind = forms.ChoiceField(label=_("Investigation"), required=False,
                                           choices=[("", "—"), *InvestigationKind.choices])
    referred_on = BEDateField(label=_("Referred on"), required=False)
    outcome = forms.ChoiceField(label=_("Outcome"), required=False, choices=[("", "—"), *Outcome.choices])
    action_taken = forms.ChoiceField(label=_("Action taken"), required=False,
                                     choices=[("", "—"), *ActionTaken.choices])


class MessageForm(forms.Form):
    text = forms.CharField(label=_("Message to the reporter (encrypted)"), max_length=20000,
                           widget=forms.Textarea(attrs={"rows": 3}))


class PersonForm(forms.Form):
    person = forms.TypedChoiceField(label=_("Officer"), coerce=int)

    def __init__(self, *args, people=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].choices = [(u.pk, u.get_full_name() or u.username) for u in people]


class IdentityRequestForm(forms.Form):
    reason = forms.CharField(label=_("Why the investigation needs the reporter's identity (encrypted)"),
                             max_length=5000, widget=forms.Textarea(attrs={"rows": 3}))


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(label=_("Decision"), choices=[("approve", _("Approve")), ("refuse", _("Refuse"))],
                                 widget=forms.RadioSelect)
    note = forms.CharField(label=_("Note (encrypted; required for a refusal)"), required=False, max_length=5000,
                           widget=forms.Textarea(attrs={"rows": 3}))


class SettingsForm(forms.ModelForm):
    class Meta:
        model = ChannelSettings
        fields = ["responsible_unit", "contact", "acknowledge_days", "preliminary_days", "investigation_days",
                  "feedback_days", "remind_days", "tell_reporter_of_identity_access"]
