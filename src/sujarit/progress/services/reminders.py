"""Reminders before a round's deadline: an e-mail (Django's e-mail API) and an in-app notice to each plan
officer while items remain unreported. Run by `python -m sujarit progress_remind` from cron (ADR 0018)."""
from __future__ import annotations

import datetime

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from sujarit.core.thai import format_date_be
from sujarit.orgs.models import Membership

from ..models import Notice, ReportRound
from ..selectors import round_missing
from ..workflow import REPORTER_ROLES


def rounds_due_for_reminder(*, today: datetime.date) -> list[ReportRound]:
    """Rounds whose reminder window (deadline − N days … deadline) contains `today`, not yet reminded today."""
    candidates = ReportRound.objects.filter(deadline__gte=today).exclude(last_reminded_on=today)
    return [r for r in candidates.select_related("organisation", "plan")
            if r.deadline - datetime.timedelta(days=r.remind_days_before) <= today]


@transaction.atomic
def round_remind(*, round_id: int, today: datetime.date) -> int:
    """Send the reminders of one round; returns how many people were reminded (0 when all have reported)."""
    rnd = ReportRound.objects.select_for_update().select_related("organisation", "plan").get(pk=round_id)
    if rnd.last_reminded_on == today or today > rnd.deadline:
        return 0
    missing = round_missing(plan=rnd.plan, fiscal_year_be=rnd.fiscal_year_be, kind=rnd.kind)
    rnd.last_reminded_on = today
    rnd.save(update_fields=["last_reminded_on"])
    if not missing:
        return 0
    officers = [m.user for m in Membership.objects.filter(organisation=rnd.organisation, is_active=True,
                                                           role__in=REPORTER_ROLES).select_related("user")]
    url = reverse("progress:entries", kwargs={"org_code": rnd.organisation.code, "plan_id": rnd.plan_id,
                                              "fiscal_year_be": rnd.fiscal_year_be})
    with translation.override("th"):
        text = _("%(round)s of fiscal year %(year)s: %(count)s items are not reported yet; the deadline is "
                 "%(deadline)s.") % {"round": rnd.get_kind_display(), "year": rnd.fiscal_year_be,
                                     "count": len(missing), "deadline": format_date_be(rnd.deadline)}
        subject = _("Progress report reminder: %(org)s") % {"org": rnd.organisation.name}
    for user in officers:
        Notice.objects.create(organisation=rnd.organisation, user=user, text=text, url=url)
        if user.email:
            send_mail(subject, f"{text}\n\n{settings.SITE_URL}{url}", settings.DEFAULT_FROM_EMAIL, [user.email],
                      fail_silently=False)
    return len(officers)
