"""Who may use each URL of the documents app (walked by tests/test_url_access.py)."""
from django.core.files.base import ContentFile

from sujarit.core.testing import VIEWERS

EXPECTED = {
    "documents:plan": ("get", VIEWERS),
    "documents:year": ("get", VIEWERS),
    "documents:eplan": ("get", VIEWERS),
    "documents:sheet": ("get", VIEWERS),
    "documents:export_create": ("post", VIEWERS),
    "documents:export": ("get", VIEWERS),
    "documents:export_file": ("get", VIEWERS),
    "documents:letterhead": ("get", frozenset({"plan", "orgadmin"})),
}


def url_kwargs(demo) -> dict:
    from sujarit.documents.models import DocumentKind, ExportJob, ExportStatus

    job = ExportJob.objects.create(organisation=demo.org, plan=demo.plan, kind=DocumentKind.BOOK, doc_format="pdf",
                                   status=ExportStatus.DONE, progress=100, filename="walk.pdf", size=4)
    job.file.save("walk.pdf", ContentFile(b"%PDF"), save=True)
    return {"doc_format": "xlsx", "job_id": job.pk}
