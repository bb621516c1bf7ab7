import pytest


@pytest.fixture
def media_in_tmp(settings, tmp_path):
    """Evidence files of a test go to a temporary MEDIA_ROOT."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def year_2567(demo):
    """A 2567 entry without reports (the demo reports 2566, and 2567's first entry is submitted)."""
    return demo.plan.entries.filter(fiscal_year_be=2567).order_by("order")[1]
