import pytest

DEMO_CODE = "luang-nuea"


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    """Export files of these tests land in a temporary folder, not in var/media."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(scope="session")
def rendered(django_db_setup, django_db_blocker):
    """render_document on the demo plan as loaded, memoised: the plan book takes seconds to lay out."""
    from sujarit.documents.render import render_document
    from sujarit.orgs.models import Organisation
    from sujarit.plans.models import Plan

    cache: dict = {}

    def get(kind: str, doc_format: str, **params):
        key = (kind, doc_format, tuple(sorted(params.items())))
        if key not in cache:
            with django_db_blocker.unblock():
                plan = Plan.objects.for_org(Organisation.objects.get(code=DEMO_CODE)).get()
                cache[key] = render_document(kind=kind, doc_format=doc_format, plan=plan, **params)
        return cache[key]

    return get
