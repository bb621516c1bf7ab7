"""Emails to the complainant. Sending never undoes a saved case: failures are logged, not raised."""
from __future__ import annotations

import logging

from django.core.mail import EmailMessage
from django.utils.translation import gettext as _

from sujarit.core.links import absolute_url
from sujarit.core.thai import format_date_be

from ..models import Complaint, Letter

log = logging.getLogger(__name__)


def _send(message: EmailMessage) -> None:
    try:
        message.send()
    except Exception:  # an SMTP outage must not lose the complaint
        log.warning("complaint email not sent", exc_info=True)


def email_tracking_code(*, complaint: Complaint, code: str) -> None:
    if not complaint.contact_email:
        return
    body = _(
        "%(org)s received your complaint \"%(subject)s\" on %(received)s (number %(ref)s).\n\n"
        "Your tracking code: %(code)s\n\n"
        "We expect to finish by %(due)s. Follow the case, read our letters and write to us at the complaint "
        "centre's tracking page with this code. Keep the code to yourself: anyone who has it can read the case."
    ) % {"org": complaint.organisation.name, "subject": complaint.subject, "ref": complaint.reference,
         "received": format_date_be(complaint.received_on), "code": code,
         "due": format_date_be(complaint.due_on)}
    body += "\n\n" + absolute_url("complaints:track", org_code=complaint.organisation.code)
    _send(EmailMessage(_("Complaint received: %(ref)s") % {"ref": complaint.reference}, body,
                       to=[complaint.contact_email]))


def email_letter(*, letter: Letter, pdf: bytes | None) -> None:
    complaint = letter.complaint
    if not complaint.contact_email:
        return
    message = EmailMessage(
        _("%(kind)s: complaint %(ref)s") % {"kind": letter.get_kind_display(), "ref": complaint.reference},
        _("%(org)s sends you a letter about your complaint \"%(subject)s\". It is attached, and it is also on "
          "the tracking page.") % {"org": complaint.organisation.name, "subject": complaint.subject}
        + "\n\n" + absolute_url("complaints:track", org_code=complaint.organisation.code),
        to=[complaint.contact_email])
    if pdf:
        message.attach(f"complaint-{complaint.fiscal_year_be}-{complaint.number}-{letter.kind}.pdf", pdf,
                       "application/pdf")
    _send(message)
