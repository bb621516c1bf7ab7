"""Who may use each URL of the channel (see tests/test_url_access.py)."""
from sujarit.core.testing import EVERYONE

OFFICER = frozenset({"integrity"})
CUSTODIAN = frozenset({"custodian"})
KEY_HOLDERS = OFFICER | CUSTODIAN

EXPECTED = {
    "whistleblowing:public_entry": ("get", EVERYONE),
    "whistleblowing:public_submit": ("get", EVERYONE),
    "whistleblowing:public_track": ("get", EVERYONE),
    "whistleblowing:public_status": ("get", EVERYONE),  # without a receipt session: back to the receipt form
    "whistleblowing:public_finish": ("post", EVERYONE),
    "whistleblowing:public_statistics": ("get", EVERYONE),
    "whistleblowing:public_statistics_json": ("get", EVERYONE),
    "whistleblowing:public_summary_pdf": ("get", EVERYONE),
    "whistleblowing:home": ("get", KEY_HOLDERS),
    "whistleblowing:dashboard": ("get", OFFICER),
    "whistleblowing:unlock": ("get", KEY_HOLDERS),
    "whistleblowing:key": ("get", KEY_HOLDERS),
    "whistleblowing:settings": ("get", OFFICER | {"orgadmin"}),
    "whistleblowing:report_detail": ("get", OFFICER),
    "whistleblowing:report_transition": ("post", OFFICER),
    "whistleblowing:report_message": ("post", OFFICER),
    "whistleblowing:report_assign": ("post", OFFICER),
    "whistleblowing:report_exclude": ("post", OFFICER),
    "whistleblowing:identity_request": ("post", OFFICER),
    "whistleblowing:attachment": ("get", OFFICER),
    "whistleblowing:custodian": ("get", CUSTODIAN),
    "whistleblowing:custodian_request": ("get", CUSTODIAN),
    "whistleblowing:custodian_recover": ("post", CUSTODIAN),
    "whistleblowing:custodian_share": ("post", CUSTODIAN),
}


def url_kwargs(demo) -> dict:
    from sujarit.accounts.models import User
    from sujarit.whistleblowing.models import Attachment, IdentityRequest, Report, UserKey

    report = Report.objects.for_org(demo.org).order_by("id").first()
    attachment = Attachment.objects.filter(report__organisation=demo.org).first()
    return {"report_id": report.pk, "step": "acknowledge",
            "attachment_id": attachment.pk if attachment else 0,
            "identity_request_id": IdentityRequest.objects.for_org(demo.org).first().pk,
            "lost_key_id": UserKey.objects.first().pk,
            "custodian_user_id": User.objects.get(username="custodian").pk}
