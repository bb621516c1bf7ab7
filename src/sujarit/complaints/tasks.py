"""Background jobs (ADR 0004): deadline reminders to the assignee and the head of unit, by email and in-app.

`python -m sujarit complaints_remind` (from cron, e.g. every morning) enqueues one job per organisation.
"""
from __future__ import annotations

import logging
from datetime import timedelta

from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Q
from django_tasks import task
from django.utils.translation import gettext as _

from sujarit.core.links import absolute_url
from sujarit.core.thai import format_date_be
from sujarit.orgs.models import Membership, Organisation

from . import clock
from .models import Complaint, FINISHED, Reminder, UnitHead
from .workflow import HANDLERS

log = logging.getLogger(__name__)


def _recipients(complaint: Complaint) -> set:
    people = set()
    if complaint.assignee_id:
        people.add(complaint.assignee)
    if complaint.assigned_unit:
        people |= {h.user for h in UnitHead.objects.for_org(complaint.organisation)
                   .filter(unit=complaint.assigned_unit).select_related("user")}
    if not people:  # nobody named yet: the complaint officers
        people |= {m.user for m in Membership.objects.filter(organisation=complaint.organisation, is_active=True,
                                                            role__in=list(HANDLERS)).select_related("user")}
    return people


@task()
def remind_due_complaints(organisation_id: int) -> int:
    """Create today's reminders for cases due soon or overdue; returns how many were new."""
    organisation = Organisation.objects.get(pk=organisation_id)
    rules = clock.rules_for(organisation)
    today = clock.today()
    horizon = today + timedelta(days=rules.remind_days)
    cases = (Complaint.objects.for_org(organisation).exclude(status__in=FINISHED)
             .filter(Q(extended_on__isnull=True, due_on__lte=horizon) | Q(extended_on__lte=horizon))
             .select_related("assignee", "organisation"))
    created = 0
    for complaint in cases:
        stage = "overdue" if today > complaint.expected_on else "due_soon"
        for user in _recipients(complaint):
            try:
                with transaction.atomic():
                    Reminder.objects.create(organisation=organisation, complaint=complaint, user=user,
                                            stage=stage, day=today)
            except IntegrityError:
                continue
            created += 1
            if user.email:
                subject = (_("Overdue complaint %(ref)s") if stage == "overdue"
                           else _("Complaint %(ref)s is due soon")) % {"ref": complaint.reference}
                body = _("\"%(subject)s\" is due on %(due)s.%(explain)s") % {
                    "subject": complaint.subject, "due": format_date_be(complaint.expected_on),
                    "explain": "" if complaint.extended_on else " " + _(
                        "If it cannot be finished by then, write to the complainant to explain before the date.")}
                body += "\n\n" + absolute_url("complaints:detail", org_code=organisation.code,
                                                complaint_id=complaint.pk)
                try:
                    send_mail(subject, body, None, [user.email])
                except Exception:
                    log.exception("reminder email not sent")
    return created
