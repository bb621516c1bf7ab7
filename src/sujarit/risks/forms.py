"""Input shapes for the risk pages. Forms check the shape; services check the rules (and re-check)."""
from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from sujarit.core.forms import BEDateField, BEYearField, LinesField
from sujarit.core.thai import to_thai_digits

from .models import MeasureStatus, RiskArea, WorkingGroupRole


class AssessmentForm(forms.Form):
    fiscal_year_be = BEYearField(label=_("Fiscal year (BE)"))
    title = forms.CharField(label=_("Title"), max_length=300, required=False,
                            help_text=_("Left empty: “Corruption-risk assessment, fiscal year …”."))
    scope = forms.CharField(label=_("Scope and method"), required=False, widget=forms.Textarea(attrs={"rows": 4}))

    def __init__(self, *args, fixed_year: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if fixed_year:
            del self.fields["fiscal_year_be"]


class FromPlanForm(forms.Form):
    plan = forms.ModelChoiceField(label=_("Action plan"), queryset=None)
    fiscal_year_be = BEYearField(label=_("Fiscal year (BE)"))

    def __init__(self, *args, plans, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["plan"].queryset = plans


class MemberForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=200)
    position = forms.CharField(label=_("Position"), max_length=200, required=False)
    group_role = forms.ChoiceField(label=_("Role in the working group"), choices=WorkingGroupRole.choices,
                                   initial=WorkingGroupRole.MEMBER)


def scale_choices(scale: list[dict]) -> list[tuple[int, str]]:
    return [(step["value"], f'{to_thai_digits(step["value"])} – {step["label"]}: {step["description"]}')
            for step in scale]


class RiskForm(forms.Form):
    process_step = forms.CharField(label=_("Process step"), widget=forms.Textarea(attrs={"rows": 2}),
                                   help_text=_("e.g. การให้บริการสาธารณะ, การอนุมัติ อนุญาต"))
    area = forms.ChoiceField(label=_("Risk area"), choices=RiskArea.choices)
    area_other = forms.CharField(label=_("Other area (name it)"), max_length=200, required=False)
    events = LinesField(label=_("Risk events"))
    likelihood = forms.TypedChoiceField(label=_("Likelihood"), coerce=int, widget=forms.RadioSelect,
                                        error_messages={"required": _("Choose the likelihood.")})
    impact = forms.TypedChoiceField(label=_("Impact"), coerce=int, widget=forms.RadioSelect,
                                    error_messages={"required": _("Choose the impact.")})
    owner_unit = forms.CharField(label=_("Owner unit"), max_length=200, required=False)

    def __init__(self, *args, matrix, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["likelihood"].choices = scale_choices(matrix.likelihood_scale)
        self.fields["impact"].choices = scale_choices(matrix.impact_scale)


class MeasureForm(forms.Form):
    description = forms.CharField(label=_("Control measure"), widget=forms.Textarea(attrs={"rows": 3}))
    owner = forms.CharField(label=_("Owner"), max_length=200, required=False)
    due_date = BEDateField(label=_("Due date"), required=False)
    projects = forms.ModelMultipleChoiceField(label=_("Plan projects that carry out this measure"), queryset=None,
                                              required=False, widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args, projects, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["projects"].queryset = projects


class RoundForm(forms.Form):
    months = forms.TypedChoiceField(label=_("Follow-up"), coerce=int,
                                    choices=[(6, _("6 months")), (12, _("12 months"))])
    as_of = BEDateField(label=_("As of"))


class TransitionForm(forms.Form):
    comment = forms.CharField(label=_("Reason or comment"), required=False, widget=forms.Textarea(attrs={"rows": 2}))


class ImportForm(forms.Form):
    file = forms.FileField(label=_("XLSX file"), help_text=_("Columns: step, risk events, likelihood, impact, score, "
                                                            "level, measures (the layout of the export)."))


STATUS_CHOICES = MeasureStatus.choices
