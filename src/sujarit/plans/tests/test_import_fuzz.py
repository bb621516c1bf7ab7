"""The importer never crashes on damaged documents: mutated, truncated and shuffled versions of the seed."""
from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sujarit.plans.importers.errors import DocumentError
from sujarit.plans.importers.pipeline import import_document, parse_document_text
from sujarit.plans.tests.conftest import SEED

LINES = SEED.read_text(encoding="utf-8").split("\n")


def _attempt(text: str) -> None:
    try:
        result = parse_document_text(text)
    except DocumentError as error:
        assert error.code and error.message_th
    else:
        result.report()  # the JSON report must build too


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cut=st.integers(min_value=0, max_value=len(LINES)))
def test_truncated(cut):
    _attempt("\n".join(LINES[:cut]))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(min_value=0, max_value=2**32), fraction=st.floats(min_value=0.0, max_value=0.3))
def test_shuffled_lines(seed, fraction):
    rng = random.Random(seed)
    lines = list(LINES)
    for _ in range(int(len(lines) * fraction)):
        i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
    _attempt("\n".join(lines))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits=st.lists(st.tuples(st.integers(min_value=0, max_value=len(LINES) - 1),
                                st.text(alphabet=st.sampled_from(list("๑๒๓๐/\t ,.-:รวมลำดับที่มิติ1234xX\u0e33\u0e4d")),
                                        max_size=12)), max_size=40))
def test_mutated_lines(edits):
    lines = list(LINES)
    for index, text in edits:
        lines[index] = text if index % 2 else lines[index][: len(text)] + text
    _attempt("\n".join(lines))


@settings(max_examples=30, deadline=None)
@given(data=st.binary(max_size=2048), name=st.sampled_from(["a.txt", "a.pdf", "a.docx", "a"]))
def test_random_bytes(data, name):
    try:
        import_document(data, name)
    except DocumentError as error:
        assert error.code
