"""Tests for the text clean-up helpers (no database)."""
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from sujarit.plans.importers.normalise import (
    fix_ocr_labels,
    name_key,
    normalise,
    normalise_keep_tabs,
    parse_baht,
    to_arabic_digits,
)

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"


def test_sara_am_written_as_nikhahit_and_sara_aa():
    assert normalise("นํ้า") == "น้ำ"
    assert normalise("ทํา") == "ทำ"


def test_space_before_marks_removed():
    assert normalise("ก ำ") == "กำ"
    assert normalise("จัดท ำแผน") == "จัดทำแผน"
    assert normalise("ประชาชน ทั่วไป") == "ประชาชน ทั่วไป"  # a space before a consonant stays


def test_newlines_quotes_and_spaces():
    assert normalise("ก\r\nข\rค") == "ก\nข\nค"
    assert normalise("“บริการเป็นเลิศ” ‘ก’") == "\"บริการเป็นเลิศ\" 'ก'"
    assert normalise("ก  \t  ข") == "ก ข"
    assert normalise_keep_tabs("ก  ข\t\tค") == "ก ข\t\tค"


def test_thai_digits():
    assert to_arabic_digits("๓0,๐๐0") == "30,000"
    assert to_arabic_digits("พ.ศ. ๒๕๖๖ – ๒๕๗๐") == "พ.ศ. 2566 – 2570"


def test_ocr_labels():
    assert fix_ocr_labels("มติที่ ๑ การสร้างวัฒนธรรมสุจริต") == "มิติที่ ๑ การสร้างวัฒนธรรมสุจริต"
    assert fix_ocr_labels("มิตที่ 1") == "มิติที่ 1"
    assert fix_ocr_labels("midt 2") == "มิติ 2"
    assert fix_ocr_labels("มิต") == "มิติ"
    assert fix_ocr_labels("โครงการตามแผนฯ ป.พ.ช.") == "โครงการตามแผนฯ ป.ป.ช."
    assert fix_ocr_labels("สำนักงาน ป.บ.จ.") == "สำนักงาน ป.ป.ช."
    # ordinary words are left alone
    assert fix_ocr_labels("มติที่ประชุม") == "มติที่ประชุม"
    assert fix_ocr_labels("เป็นมิตรกับสิ่งแวดล้อม") == "เป็นมิตรกับสิ่งแวดล้อม"


def test_parse_baht():
    assert parse_baht("๓๐,๐๐๐") == Decimal("30000")
    assert parse_baht("๓0,๐๐0") == Decimal("30000")
    assert parse_baht("๐") == Decimal("0")
    assert parse_baht("๑๑๐,๐๐๐ บาท") == Decimal("110000")
    assert parse_baht("ไม่ใช้งบประมาณ") is None
    assert parse_baht("ไม่ใช้งบประมาณดำเนินการ") is None
    assert parse_baht("ระบุงบประมาณที่ใช้ดำเนินการ") is None
    assert parse_baht("") is None


def test_name_key():
    assert name_key('มาตรการ “ส่งเสริม NO Gift ๑”') == name_key('มาตรการ"ส่งเสริมno gift 1"')
    assert name_key("กิจกรรม ก ำหนด") == "กิจกรรมกำหนด"


@given(st.integers())
def test_thai_rendering_of_any_int_reads_back(n):
    thai = str(n).translate(str.maketrans("0123456789", THAI_DIGITS))
    assert to_arabic_digits(thai) == str(n)


_THAI_TEXT = st.text(
    alphabet=st.characters(min_codepoint=0x0E01, max_codepoint=0x0E5B)
    | st.sampled_from(list(" \t\n\r“”‘’a1")),
    max_size=60,
)


@settings(max_examples=300)
@given(_THAI_TEXT)
def test_normalise_is_idempotent(text):
    once = normalise(text)
    assert normalise(once) == once
    kept = normalise_keep_tabs(text)
    assert normalise_keep_tabs(kept) == kept
