import pytest

_RENDERED: dict = {}


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    """Export files of these tests land in a temporary folder, not in var/media."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def rendered(demo):
    """render_document on the demo plan, memoised for the session: the plan book takes seconds to lay out, and
    the demo plan is the same in every test (tests that change it roll back)."""
    from sujarit.documents.render import render_document

    def get(kind: str, doc_format: str, **params):
        key = (kind, doc_format, tuple(sorted(params.items())))
        if key not in _RENDERED:
            _RENDERED[key] = render_document(kind=kind, doc_format=doc_format, plan=demo.plan, **params)
        return _RENDERED[key]

    return get
