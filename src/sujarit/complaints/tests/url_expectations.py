"""Who may use each complaint-centre URL (walked by tests/test_url_access.py)."""
from sujarit.core.testing import EVERYONE

READERS = frozenset({"complaints", "mayor"})
HANDLERS = frozenset({"complaints"})
CONFIGURERS = frozenset({"complaints", "orgadmin"})  # the centre settings page

EXPECTED = {
    "complaints:public_form": ("get", EVERYONE),
    "complaints:challenge": ("get", EVERYONE),
    "complaints:track": ("get", EVERYONE),
    "complaints:track_case": ("get", EVERYONE),   # without a code in the session it sends you to the code form
    "complaints:track_letter": ("get", frozenset()),  # only with a tracked case in the session
    "complaints:stats": ("get", EVERYONE),
    "complaints:stats_json": ("get", EVERYONE),
    "complaints:mine": ("get", READERS),
    "complaints:dashboard": ("get", READERS),
    "complaints:list": ("get", READERS),
    "complaints:intake": ("get", HANDLERS),
    "complaints:analysis": ("get", READERS),
    "complaints:summary_pdf": ("get", READERS),
    "complaints:summary_docx": ("get", READERS),
    "complaints:detail": ("get", READERS),
    "complaints:act": ("post", HANDLERS),
    "complaints:explain": ("post", HANDLERS),
    "complaints:message": ("post", HANDLERS),
    "complaints:letter": ("get", READERS),
    "complaints:attachment": ("get", READERS),
    "complaints:settings_mine": ("get", CONFIGURERS),
    "complaints:settings": ("get", CONFIGURERS),
    "complaints:settings_clock": ("post", CONFIGURERS),
    "complaints:category_add": ("post", CONFIGURERS),
    "complaints:category_rename": ("post", CONFIGURERS),
    "complaints:category_move": ("post", CONFIGURERS),
    "complaints:category_active": ("post", CONFIGURERS),
    "complaints:holiday_add": ("post", CONFIGURERS),
    "complaints:holiday_remove": ("post", CONFIGURERS),
    "complaints:holidays_import": ("post", CONFIGURERS),
}


def url_kwargs(demo) -> dict:
    from datetime import date

    from sujarit.complaints.models import Attachment, Category, Complaint, Holiday

    complaint = Complaint.objects.for_org(demo.org).filter(attachments__isnull=False).first() or \
        Complaint.objects.for_org(demo.org).first()
    attachment = Attachment.objects.for_org(demo.org).filter(complaint=complaint).first()
    return {"complaint_id": complaint.pk, "letter_id": complaint.letters.first().pk, "action": "accept",
            "attachment_id": attachment.pk if attachment else 0,
            "category_id": Category.objects.for_org(demo.org).first().pk,
            "holiday_id": Holiday.objects.get_or_create(organisation=demo.org, day=date(2025, 12, 10),
                                                        defaults={"name": "วันรัฐธรรมนูญ"})[0].pk}
