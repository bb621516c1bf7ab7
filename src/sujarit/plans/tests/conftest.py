from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parents[1] / "demo" / "luang_nuea_2566_2570.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_result(seed_text):
    from sujarit.plans.importers.pipeline import parse_document_text

    return parse_document_text(seed_text)
