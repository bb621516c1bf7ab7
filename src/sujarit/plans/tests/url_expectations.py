"""Who may use the plans app's import and lint URLs (the core plan URLs are in tests/test_url_access.py)."""
from sujarit.core.testing import VIEWERS

EXPECTED = {
    "plans:import": ("get", frozenset({"plan"})),
    "plans:import_detail": ("get", frozenset({"plan"})),
    "plans:import_progress": ("get", frozenset({"plan"})),
    "plans:import_confirm": ("post", frozenset({"plan"})),
    "plans:lint": ("get", VIEWERS),
    "plans:lint_accept": ("post", frozenset({"plan"})),
}


def url_kwargs(demo):
    from sujarit.plans.models import PlanImport

    upload = PlanImport.objects.for_org(demo.org).first()
    if upload is None:
        upload = PlanImport.objects.create(organisation=demo.org, filename="empty.txt", data=b"",
                                           status="failed", error_code="empty")
    return {"import_id": upload.pk}
