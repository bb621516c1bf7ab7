import pytest


@pytest.fixture(autouse=True)
def _complaint_files(settings, tmp_path):
    settings.COMPLAINTS_FILE_ROOT = tmp_path / "complaint-files"
    settings.COMPLAINTS_POW = (1, 2000)


@pytest.fixture
def centre(demo, persona):
    from sujarit.complaints.models import Category

    officer = persona("complaints")
    cats = {c.code: c for c in Category.objects.for_org(demo.org)}
    return type("Centre", (), {"org": demo.org, "officer": officer, "cats": cats, "mayor": persona("mayor")})
