"""Sara am written as nikhahit + sara aa for the PDF, and read back to the stored spelling."""
from hypothesis import given
from hypothesis import strategies as st

from sujarit.documents.thaitext import decompose_sara_am, normalise_extracted

CONSONANTS = "กขคงจชซญดตถทนบปผพฟมยรลวสหอฮ"
TONES = ["", "\u0e48", "\u0e49", "\u0e4a", "\u0e4b"]


def test_examples():
    assert decompose_sara_am("กำลัง") == "ก\u0e4d\u0e32ลัง"
    assert decompose_sara_am("น้ำ") == "น\u0e4d\u0e49\u0e32"
    assert decompose_sara_am("ไม่มี") == "ไม่มี"
    assert normalise_extracted("ก\u0e4d\u0e32ลัง น\u0e4d\u0e49\u0e32 น\u0e49\u0e4d\u0e32") == "กำลัง น้ำ น้ำ"


syllable = st.builds(lambda c, t, v: c + t + v, st.sampled_from(CONSONANTS), st.sampled_from(TONES),
                     st.sampled_from(["\u0e33", "\u0e32", "", "ะ"]))


@given(st.lists(syllable, min_size=1, max_size=8).map("".join))
def test_decomposed_text_normalises_back(text):
    decomposed = decompose_sara_am(text)
    assert "\u0e33" not in decomposed
    assert normalise_extracted(decomposed) == normalise_extracted(text)
