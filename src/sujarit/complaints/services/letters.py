"""Issue a written notice: a Letter row (its text frozen), an event, and an email with the PDF if possible."""
from __future__ import annotations

from datetime import date

from ..models import Complaint, ComplaintEvent, Letter


def letter_issue(*, complaint: Complaint, kind: str, issued_on: date, body: str = "", expected_on=None,
                 acting_user=None, send: bool = True) -> Letter:
    letter = Letter.objects.create(organisation=complaint.organisation, complaint=complaint, kind=kind,
                                   issued_on=issued_on, body=body, expected_on=expected_on, issued_by=acting_user)
    ComplaintEvent.objects.create(organisation=complaint.organisation, complaint=complaint, actor=acting_user,
                                  action=f"letter_{kind}", from_status=complaint.status, to_status=complaint.status,
                                  comment=body[:500])
    if send and complaint.contact_email:
        from django.db import transaction

        def after_commit():
            from ..documents import letter_pdf
            from .notify import email_letter

            try:
                pdf = letter_pdf(letter=letter)
            except Exception:  # the email still tells them to look at the tracking page
                pdf = None
            email_letter(letter=letter, pdf=pdf)

        transaction.on_commit(after_commit)
    return letter
