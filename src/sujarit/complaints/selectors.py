"""Reads for the complaint centre: staff lists and dashboard, a case with its history, and the tracking lookup."""
from __future__ import annotations

from datetime import timedelta

from django.db.models import Count, Q, QuerySet

from sujarit.core.thai import ad_year, be_year

from . import clock, tracking
from .models import Category, Complaint, ComplaintEvent, FINISHED, Holiday, Letter, Message, Reminder


def categories(*, organisation, include_inactive: bool = False) -> QuerySet[Category]:
    """The categories offered on forms; with include_inactive, also the deactivated ones (to filter old cases)."""
    qs = Category.objects.for_org(organisation)
    return qs if include_inactive else qs.filter(is_active=True)


def complaints_list(*, organisation, status: str = "", category: str = "", q: str = "",
                    due: str = "") -> QuerySet[Complaint]:
    qs = (Complaint.objects.for_org(organisation).select_related("category", "assignee")
          .order_by("due_on", "id"))
    if status == "open":
        qs = qs.exclude(status__in=FINISHED)
    elif status:
        qs = qs.filter(status=status)
    if category:
        qs = qs.filter(category__code=category)
    if q:
        qs = qs.filter(Q(subject__icontains=q) | Q(place__icontains=q) | Q(tracking_hint__iexact=q[-4:]))
    today = clock.today()
    if due == "overdue":
        qs = _overdue(qs, today)
    elif due == "soon":
        qs = _due_soon(qs, today, clock.rules_for(organisation).remind_days)
    return qs


def _open(qs):
    return qs.exclude(status__in=FINISHED)


def _overdue(qs, today):
    return _open(qs).filter(Q(extended_on__isnull=True, due_on__lt=today) | Q(extended_on__lt=today))


def _due_soon(qs, today, days):
    horizon = today + timedelta(days=days)
    return _open(qs).filter(Q(extended_on__isnull=True, due_on__gte=today, due_on__lte=horizon)
                            | Q(extended_on__gte=today, extended_on__lte=horizon))


def dashboard(*, organisation, user) -> dict:
    base = Complaint.objects.for_org(organisation).select_related("category", "assignee")
    today = clock.today()
    rules = clock.rules_for(organisation)
    need_explanation = _open(base).filter(extended_on__isnull=True,
                                          due_on__lte=today + timedelta(days=rules.remind_days))
    return {
        "overdue": list(_overdue(base, today).order_by("due_on")[:50]),
        "due_soon": list(_due_soon(base, today, rules.remind_days).order_by("due_on")[:50]),
        "need_explanation": list(need_explanation.order_by("due_on")[:50]),
        "new": list(base.filter(status="received").order_by("received_on")[:50]),
        "mine": list(_open(base).filter(assignee=user).order_by("due_on")[:50]),
        "reminders": list(Reminder.objects.for_org(organisation).filter(user=user)
                          .select_related("complaint")[:20]),
        "open_count": _open(base).count(),
        "today": today,
        "rules": rules,
    }


def complaint_get(*, organisation, complaint_id: int) -> Complaint:
    return (Complaint.objects.for_org(organisation).select_related("category", "assignee", "organisation")
            .get(pk=complaint_id))


def complaint_by_code(*, organisation, code: str) -> Complaint | None:
    if tracking.normalise(code) is None:
        return None
    return (Complaint.objects.for_org(organisation).select_related("category", "organisation")
            .filter(tracking_hash=tracking.code_hash(code)).first())


def complaint_history(*, complaint: Complaint) -> dict:
    org = complaint.organisation
    return {
        "events": list(ComplaintEvent.objects.for_org(org).filter(complaint=complaint).select_related("actor")),
        "messages": list(Message.objects.for_org(org).filter(complaint=complaint).select_related("author")),
        "letters": list(Letter.objects.for_org(org).filter(complaint=complaint)),
        "attachments": list(complaint.attachments.all()),
    }


PATH = ["received", "accepted", "assigned", "in_progress", "resolved", "closed"]


def status_steps(*, complaint: Complaint) -> list[tuple[str, str]]:
    """The usual path of a case as (label, "done" | "current" | ""), for the step bar."""
    from .models import Status

    labels = dict(Status.choices)
    if complaint.status not in PATH:
        return [(labels["received"], "done"), (labels[complaint.status], "current")]
    at = PATH.index(complaint.status)
    return [(labels[s], "done" if i < at else "current" if i == at else "") for i, s in enumerate(PATH)]


# The centre settings page (ตั้งค่าศูนย์รับเรื่อง).

def categories_for_settings(*, organisation) -> list[Category]:
    """Every category, active or not, in order, each with `cases`: how many complaints point to it."""
    counts = dict(Complaint.objects.for_org(organisation).order_by().values("category").annotate(n=Count("id"))
                  .values_list("category", "n"))
    rows = list(categories(organisation=organisation, include_inactive=True).order_by("order", "id"))
    for row in rows:
        row.cases = counts.get(row.pk, 0)
    return rows


def category_get(*, organisation, category_id: int) -> Category:
    return Category.objects.for_org(organisation).get(pk=category_id)


def holidays_in_year(*, organisation, year_be: int) -> list[Holiday]:
    return list(Holiday.objects.for_org(organisation).filter(day__year=ad_year(year_be)).order_by("day"))


def holiday_get(*, organisation, holiday_id: int) -> Holiday:
    return Holiday.objects.for_org(organisation).get(pk=holiday_id)


def holiday_years(*, organisation, around: int) -> list[int]:
    """BE years to choose from: those with holidays, and the years next to `around` (this year)."""
    have = {be_year(d.year) for d in Holiday.objects.for_org(organisation).dates("day", "year")}
    return sorted(have | {around - 1, around, around + 1})
