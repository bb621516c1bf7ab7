"""Who may use each progress URL (see tests/test_url_access.py)."""
from sujarit.core.testing import EVERYONE, SIGNED_IN, VIEWERS

EXPECTED = {
    "progress:index": ("get", SIGNED_IN),
    "progress:notices_read": ("post", SIGNED_IN),
    "progress:dashboard": ("get", VIEWERS),
    "progress:entries": ("get", VIEWERS),
    "progress:rounds": ("get", VIEWERS),
    "progress:round_set": ("post", {"plan"}),
    "progress:round_pdf": ("get", VIEWERS),
    "progress:report_edit": ("get", {"plan"}),
    "progress:report": ("get", VIEWERS),
    "progress:report_transition": ("post", {"plan", "mayor", "orgadmin"}),
    "progress:evidence_add": ("post", {"plan"}),
    "progress:evidence_file": ("get", VIEWERS),
    "progress:evidence_delete": ("post", {"plan"}),
    "progress:targets": ("get", VIEWERS),
    "progress:targets_edit": ("get", {"plan"}),
    "progress:public": ("get", EVERYONE),
    "progress:public_json": ("get", EVERYONE),
    "progress:public_evidence": ("get", EVERYONE),
}


def url_kwargs(demo) -> dict:
    from sujarit.progress.models import Evidence, EvidenceKind

    evidence = Evidence.objects.for_org(demo.org).filter(kind=EvidenceKind.FILE, is_public=True).first()
    return {"report_id": evidence.report_id, "evidence_id": evidence.pk, "quarter": 1, "round_kind": "6m"}
