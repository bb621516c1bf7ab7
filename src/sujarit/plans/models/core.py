"""The anti-corruption action plan as data: Part 1 (risks, targets), Part 2 (yearly tables), Part 3 (sheets)."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from sujarit.core.models import AppendOnlyModel
from sujarit.core.querysets import OrgScopedQuerySet


class PlanStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    APPROVED = "approved", _("Approved")
    PUBLISHED = "published", _("Published")


class Plan(models.Model):
    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.PROTECT, related_name="plans")
    framework = models.ForeignKey("frameworks.Framework", on_delete=models.PROTECT, related_name="plans")
    title = models.CharField(_("title"), max_length=300)
    first_year_be = models.PositiveIntegerField(_("first fiscal year (BE)"))
    last_year_be = models.PositiveIntegerField(_("last fiscal year (BE)"))
    status = models.CharField(_("status"), max_length=16, choices=PlanStatus.choices, default=PlanStatus.DRAFT)
    preface = models.TextField(_("preface"), blank=True)
    rationale = models.TextField(_("rationale"), blank=True)
    objectives = models.JSONField(_("objectives"), default=list, blank=True)
    goals = models.JSONField(_("goals"), default=list, blank=True)
    benefits = models.JSONField(_("benefits"), default=list, blank=True)
    base_year_be = models.PositiveIntegerField(_("base year for case reduction (BE)"), null=True, blank=True)
    base_case_count = models.PositiveIntegerField(_("corruption cases in the base year"), null=True, blank=True)
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                     related_name="+", verbose_name=_("submitted by"))
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    approved_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+", verbose_name=_("approved by"))
    approved_at = models.DateTimeField(_("approved at"), null=True, blank=True)
    published_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                     related_name="+", verbose_name=_("published by"))
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    version = models.PositiveIntegerField(_("version"), default=1)
    supersedes = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="superseded_by", verbose_name=_("new version of"))
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = OrgScopedQuerySet.as_manager()

    class Meta:
        verbose_name = _("action plan")
        verbose_name_plural = _("action plans")
        ordering = ["organisation", "-first_year_be"]

    def __str__(self) -> str:
        return f"{self.organisation} {self.first_year_be}–{self.last_year_be}"

    @property
    def years(self) -> list[int]:
        return list(range(self.first_year_be, self.last_year_be + 1))


class PlanEventKind(models.TextChoices):
    TRANSITION = "transition", _("Status change")
    REVIEW = "review", _("Review")


class ReviewVerdict(models.TextChoices):
    PASS = "pass", _("Passed (ผ่าน)")
    NEEDS_REVISION = "needs_revision", _("Needs revision (ต้องแก้ไข)")


class PlanEvent(AppendOnlyModel):
    """Append-only: a workflow transition or a reviewer's verdict, with who, when and why."""

    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.PROTECT, related_name="+")
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="events")
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    kind = models.CharField(_("kind"), max_length=16, choices=PlanEventKind.choices)
    transition = models.CharField(_("transition"), max_length=32, blank=True)
    from_status = models.CharField(_("from"), max_length=16, choices=PlanStatus.choices, blank=True)
    to_status = models.CharField(_("to"), max_length=16, choices=PlanStatus.choices, blank=True)
    verdict = models.CharField(_("verdict"), max_length=16, choices=ReviewVerdict.choices, blank=True)
    comment = models.TextField(_("comment"), blank=True)
    created_at = models.DateTimeField(_("when"), auto_now_add=True)

    objects = OrgScopedQuerySet.as_manager()

    class Meta:
        verbose_name = _("plan event")
        verbose_name_plural = _("plan events")
        ordering = ["-created_at", "-id"]



class PlanYear(models.Model):
    """What the source document stated for one fiscal year (kept to lint against the computed values)."""

    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.PROTECT, related_name="+")
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="plan_years")
    fiscal_year_be = models.PositiveIntegerField(_("fiscal year (BE)"))
    stated_total_budget = models.DecimalField(_("stated total budget"), max_digits=14, decimal_places=2,
                                              null=True, blank=True)
    stated_quarter_ticks = models.JSONField(_("stated ticks per quarter"), default=list, blank=True)
    eplan = models.JSONField(_("e-PlanNACC block as stated"), default=dict, blank=True)

    objects = OrgScopedQuerySet.as_manager()

    class Meta:
        verbose_name = _("plan year as stated")
        verbose_name_plural = _("plan years as stated")
        constraints = [models.UniqueConstraint(fields=["plan", "fiscal_year_be"], name="planyear_unique")]


class RiskRow(models.Model):
    """Part 1, ๑. การประเมินความเสี่ยงการทุจริตในองค์กร: one row of the table."""

    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.PROTECT, related_name="+")
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="risk_rows")
    number = models.PositiveIntegerField(_("number"))
    step = models.TextField(_("process step"))
    issues = models.JSONField(_("risk issues"), default=list)
    level = models.CharField(_("risk level"), max_length=32)
    measures = models.JSONField(_("control measures"), default=list)

    objects = OrgScopedQuerySet.as_manager()

    class Meta:
        verbose_name = _("risk-assessment row")
        verbose_name_plural = _("risk-assessment rows")
        ordering = ["plan", "number", "id"]


class PlanTarget(models.Model):
    """Part 1, ๔. เป้าหมาย: the targets of one fiscal year."""

    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.PROTECT, related_name="+")
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="targets")
    fiscal_year_be = models.PositiveIntegerField(_("fiscal year (BE)"))
    ita_score = models.DecimalField(_("ITA score target"), max_digits=5, decimal_places=2, null=True, blank=True)
    case_reduction_pct = models.DecimalField(_("corruption-case reduction target (%)"), max_digits=5,
                                             decimal_places=2, null=True, blank=True)

    objects = OrgScopedQuerySet.as_manager()

    class Meta:
        verbose_name = _("yearly target")
        verbose_name_plural = _("yearly targets")
        ordering = ["plan", "fiscal_year_be"]
        constraints = [models.UniqueConstraint(fields=["plan", "fiscal_year_be"], name="target_unique_year")]


class ProjectKind(models.TextChoices):
    PROJECT = "project", _("Project (โครงการ)")
    ACTIVITY = "activity", _("Activity (กิจกรรม)")
    MEASURE = "measure", _("Measure (มาตรการ)")
    GUIDELINE = "guideline", _("Guideline (แนวปฏิบัติ)")


class Project(models.Model):
    """A project, activity or measure of the plan, with its Part 3 sheet (9 numbered fields)."""

    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.PROTECT, related_name="+")
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="projects")
    dimension = models.ForeignKey("frameworks.Area", on_delete=models.PROTECT, related_name="+",
                                  verbose_name=_("dimension"), limit_choices_to={"level": 1})
    area = models.ForeignKey("frameworks.Area", on_delete=models.PROTECT, related_name="+", null=True,
                             blank=True, verbose_name=_("area"))
    kind = models.CharField(_("kind"), max_length=16, choices=ProjectKind.choices, default=ProjectKind.PROJECT)
    sheet_number = models.PositiveIntegerField(_("number in Part 3"), null=True, blank=True)
    name = models.TextField(_("name"))
    rationale = models.TextField(_("rationale"), blank=True)
    objectives = models.JSONField(_("objectives"), default=list, blank=True)
    target_group = models.TextField(_("target group"), blank=True)
    methods = models.JSONField(_("methods"), default=list, blank=True)
    duration = models.TextField(_("duration"), blank=True)
    budget_text = models.CharField(_("budget as written"), max_length=300, blank=True)
    budget = models.DecimalField(_("budget (baht)"), max_digits=14, decimal_places=2, null=True, blank=True)
    responsible = models.TextField(_("responsible"), blank=True)
    outputs = models.JSONField(_("outputs"), default=list, blank=True)
    outcomes = models.JSONField(_("outcomes"), default=list, blank=True)

    objects = OrgScopedQuerySet.as_manager()

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")
        # Part 3 order; projects that appear only in yearly tables come after the sheets of their dimension.
        ordering = ["plan", "dimension__sort_key", models.F("sheet_number").asc(nulls_last=True), "id"]

    def __str__(self) -> str:
        return self.name


class KpiKind(models.TextChoices):
    OUTPUT = "output", _("Output (ผลผลิต)")
    OUTCOME = "outcome", _("Outcome (ผลลัพธ์)")


class Kpi(models.Model):
    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.PROTECT, related_name="+")
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="kpis")
    kind = models.CharField(_("kind"), max_length=16, choices=KpiKind.choices)
    text = models.TextField(_("as written"))
    indicator = models.TextField(_("indicator"))
    comparator = models.CharField(_("comparator"), max_length=50, blank=True)
    value = models.DecimalField(_("target value"), max_digits=14, decimal_places=2, null=True, blank=True)
    unit = models.CharField(_("unit"), max_length=50, blank=True)

    objects = OrgScopedQuerySet.as_manager()

    class Meta:
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        ordering = ["project", "kind", "id"]


class YearlyEntry(models.Model):
    """One row of a Part 2 table: a project scheduled in one fiscal year."""

    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.PROTECT, related_name="+")
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="entries")
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="entries")
    fiscal_year_be = models.PositiveIntegerField(_("fiscal year (BE)"))
    order = models.PositiveIntegerField(_("number"))
    budget = models.DecimalField(_("budget (baht)"), max_digits=14, decimal_places=2, default=0)
    q1 = models.BooleanField(_("quarter 1"), default=False)
    q2 = models.BooleanField(_("quarter 2"), default=False)
    q3 = models.BooleanField(_("quarter 3"), default=False)
    q4 = models.BooleanField(_("quarter 4"), default=False)
    remark = models.CharField(_("remark"), max_length=300, blank=True)
    counted = models.BooleanField(_("counted for scoring"), default=True,
                                  help_text=_("Unticked: an additional project that e-PlanNACC does not score."))
    name_as_printed = models.TextField(_("name as printed"), blank=True)
    match_score = models.DecimalField(_("name match score"), max_digits=5, decimal_places=1, null=True,
                                      blank=True)

    objects = OrgScopedQuerySet.as_manager()

    class Meta:
        verbose_name = _("yearly entry")
        verbose_name_plural = _("yearly entries")
        ordering = ["plan", "fiscal_year_be", "order", "id"]
        indexes = [models.Index(fields=["plan", "fiscal_year_be", "order"])]

    @property
    def quarters(self) -> list[int]:
        return [n for n, ticked in enumerate((self.q1, self.q2, self.q3, self.q4), start=1) if ticked]
