"""Input parsing for plan pages. Forms check the shape; services check the rules (and re-check)."""
from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from sujarit.core.forms import BahtField, BEYearField, LinesField
from sujarit.frameworks.models import Area

from .models import ProjectKind, ReviewVerdict


class PlanForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=300)
    first_year_be = BEYearField(label=_("First fiscal year (BE)"))
    last_year_be = BEYearField(label=_("Last fiscal year (BE)"))
    preface = forms.CharField(label=_("Preface"), required=False, widget=forms.Textarea(attrs={"rows": 4}))
    rationale = forms.CharField(label=_("Rationale"), required=False, widget=forms.Textarea(attrs={"rows": 4}))
    objectives = LinesField(label=_("Objectives of the plan"), required=False)
    base_year_be = BEYearField(label=_("Base year for case reduction (BE)"), required=False)
    base_case_count = forms.IntegerField(label=_("Corruption cases in the base year"), required=False,
                                         min_value=0)

    def clean(self):
        data = super().clean()
        first, last = data.get("first_year_be"), data.get("last_year_be")
        if first and last and last < first:
            self.add_error("last_year_be", _("The last year must not be before the first year."))
        return data


class ProjectForm(forms.Form):
    dimension = forms.ModelChoiceField(label=_("Dimension"), queryset=Area.objects.none(),
                                       error_messages={"required": _("Choose the dimension (มิติ) of this project.")})
    area = forms.ModelChoiceField(label=_("Area"), queryset=Area.objects.none(), required=False)
    kind = forms.ChoiceField(label=_("Kind"), choices=ProjectKind.choices)
    sheet_number = forms.IntegerField(label=_("Number in Part 3"), required=False, min_value=1)
    name = forms.CharField(label=_("1. Name"), widget=forms.Textarea(attrs={"rows": 2}))
    rationale = forms.CharField(label=_("2. Rationale"), required=False, widget=forms.Textarea(attrs={"rows": 5}))
    objectives = LinesField(label=_("3. Objectives"), required=False)
    target_group = forms.CharField(label=_("4. Target group"), required=False,
                                   widget=forms.Textarea(attrs={"rows": 2}))
    methods = LinesField(label=_("5. Methods"), required=False)
    duration = forms.CharField(label=_("6. Duration"), required=False)
    budget = BahtField(label=_("7. Budget (baht)"), required=False)
    budget_text = forms.CharField(label=_("7. Budget as written"), required=False, max_length=300)
    responsible = forms.CharField(label=_("8. Responsible"), required=False)
    outputs = LinesField(label=_("9. Outputs"), required=False)
    outcomes = LinesField(label=_("9. Outcomes"), required=False)

    def __init__(self, *args, plan, **kwargs):
        super().__init__(*args, **kwargs)
        areas = Area.objects.filter(framework=plan.framework)
        self.fields["dimension"].queryset = areas.filter(level=1)
        self.fields["area"].queryset = areas.exclude(level=1)


class YearlyEntryForm(forms.Form):
    project = forms.ModelChoiceField(label=_("Project"), queryset=None)
    fiscal_year_be = BEYearField(label=_("Fiscal year (BE)"))
    budget = BahtField(label=_("Budget used (baht)"))
    quarters = forms.TypedMultipleChoiceField(
        label=_("Quarters"), required=False, coerce=int, widget=forms.CheckboxSelectMultiple,
        choices=[(1, _("Quarter 1 (Oct–Dec)")), (2, _("Quarter 2 (Jan–Mar)")), (3, _("Quarter 3 (Apr–Jun)")),
                 (4, _("Quarter 4 (Jul–Sep)"))],
        error_messages={"invalid_choice": _("A quarter must be 1, 2, 3 or 4.")})
    remark = forms.CharField(label=_("Remark"), required=False, max_length=300)
    counted = forms.BooleanField(label=_("Counted for scoring in e-PlanNACC"), required=False, initial=True)

    def __init__(self, *args, projects, fixed_project=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["project"].queryset = projects
        if fixed_project is not None:
            del self.fields["project"]
            del self.fields["fiscal_year_be"]


class TransitionForm(forms.Form):
    comment = forms.CharField(label=_("Reason or comment"), required=False,
                              widget=forms.Textarea(attrs={"rows": 2}))


class ReviewForm(forms.Form):
    verdict = forms.ChoiceField(label=_("Verdict"), choices=ReviewVerdict.choices, widget=forms.RadioSelect)
    reason = forms.CharField(label=_("Reason"), required=False, widget=forms.Textarea(attrs={"rows": 3}))
