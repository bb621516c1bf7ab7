"""Input shapes for progress pages; the services check the rules (and re-check)."""
from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from sujarit.core.forms import BahtField, BEDateField

from .models import ReportStatus, RoundKind


class ReportForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=ReportStatus.choices, widget=forms.RadioSelect)
    reason = forms.CharField(label=_("Reason (required if postponed or cancelled)"), required=False,
                             widget=forms.Textarea(attrs={"rows": 2}))
    committed = BahtField(label=_("Money committed so far (baht)"), required=False)
    paid = BahtField(label=_("Money paid so far (baht)"), required=False)
    narrative = forms.CharField(label=_("What was done"), required=False, widget=forms.Textarea(attrs={"rows": 4}))
    problems = forms.CharField(label=_("Problems and obstacles"), required=False,
                               widget=forms.Textarea(attrs={"rows": 3}))
    suggestions = forms.CharField(label=_("Suggestions"), required=False, widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, kpis=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.kpis = list(kpis)
        for kpi in self.kpis:
            target = f" ({kpi.comparator} {kpi.value:g} {kpi.unit})".replace("  ", " ") if kpi.value is not None else ""
            self.fields[f"kpi_{kpi.pk}"] = forms.DecimalField(
                label=_("Achieved: %(indicator)s%(target)s") % {"indicator": kpi.indicator or kpi.text,
                                                                "target": target},
                required=False, min_value=0, max_digits=14, decimal_places=2)

    def kpi_results(self) -> dict[int, tuple]:
        return {k.pk: (self.cleaned_data.get(f"kpi_{k.pk}"), "") for k in self.kpis}

    def service_data(self) -> dict:
        data = {k: self.cleaned_data.get(k) for k in ("status", "reason", "committed", "paid", "narrative",
                                                      "problems", "suggestions")}
        data["committed"] = data["committed"] or 0
        data["paid"] = data["paid"] or 0
        return data


class EvidenceForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200, required=False)
    file = forms.FileField(label=_("File or photo (PDF, image, Word, Excel; up to 10 MB)"), required=False)
    url = forms.CharField(label=_("…or a link"), required=False, max_length=500)
    is_public = forms.BooleanField(label=_("Show on the public progress page"), required=False)


class TransitionForm(forms.Form):
    comment = forms.CharField(label=_("Reason or comment"), required=False, widget=forms.Textarea(attrs={"rows": 2}))


class RoundForm(forms.Form):
    kind = forms.ChoiceField(choices=RoundKind.choices, widget=forms.HiddenInput)
    deadline = BEDateField(label=_("Deadline"))
    remind_days_before = forms.IntegerField(label=_("Remind days before"), min_value=0, max_value=60, initial=7)


class ItaForm(forms.Form):
    fiscal_year_be = forms.IntegerField(widget=forms.HiddenInput)
    score = forms.DecimalField(label=_("ITA score"), required=False, max_digits=5, decimal_places=2)
    iit = forms.DecimalField(label="IIT", required=False, max_digits=5, decimal_places=2)
    eit = forms.DecimalField(label="EIT", required=False, max_digits=5, decimal_places=2)
    oit = forms.DecimalField(label="OIT", required=False, max_digits=5, decimal_places=2)
    cases = forms.IntegerField(label=_("Corruption cases/complaints"), required=False, min_value=0)
    note = forms.CharField(label=_("Note"), required=False, max_length=300)


class TargetProfileForm(forms.Form):
    already_passed_ita = forms.BooleanField(label=_("The organisation had already passed ITA (target ≥ 90)"),
                                            required=False)
    base_case_count = forms.IntegerField(label=_("Corruption cases in the base year (entered once)"),
                                         required=False, min_value=0)
