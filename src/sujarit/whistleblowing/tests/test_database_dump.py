"""A dump of the whole database (SQLite file or pg_dump) after filing reports holds none of their secrets."""
import os
import shutil
import sqlite3
import subprocess
import tempfile
from pathlib import Path

import pytest
from django.db import connection

from sujarit.whistleblowing import services

from .conftest import officer_key

SECRETS = {
    "reporter name": "นางสาวลับเฉพาะ ผู้แจ้งเบาะแส",
    "reporter phone": "0899990001",
    "reporter e-mail": "whistle.secret@example.org",
    "accused": "นายทุจริต ตัวอย่างลับ",
    "allegation": "เรียกรับเงินสามหมื่นบาทเพื่อให้ผ่านการตรวจรับงานถนนคอนกรีตหมู่ที่เจ็ด",
    "message": "ขอสำเนาใบส่งมอบงานฉบับที่ถูกแก้ไข",
    "answer": "มีภาพถ่ายเก็บไว้ในโทรศัพท์ของน้องสาว",
    "file name": "หลักฐานลับสุดยอด",
    "identity reason": "จำเป็นต้องเชิญผู้แจ้งมาให้ถ้อยคำเป็นพยานปากสำคัญ",
}


def _file_reports(demo, persona):
    import io

    from PIL import Image

    officer = persona("integrity")
    png = io.BytesIO()
    Image.new("RGB", (8, 8)).save(png, format="PNG")
    report, receipt = services.report_submit(organisation=demo.org, data=services.ReportInput(
        category="bribery", anonymity="confidential", what=SECRETS["allegation"], accused_name=SECRETS["accused"],
        files=[(SECRETS["file name"] + ".png", png.getvalue())],
        identity={"name": SECRETS["reporter name"], "phone": SECRETS["reporter phone"],
                  "email": SECRETS["reporter e-mail"]}))
    key = officer_key(report, officer)
    services.report_transition(report=report, transition="acknowledge", report_key=key, acting_user=officer,
                               comment=SECRETS["message"])
    services.officer_message(report=report, report_key=key, text=SECRETS["message"], acting_user=officer)
    services.reporter_reply(report=report, report_key=key, text=SECRETS["answer"])
    services.identity_request(report=report, reason=SECRETS["identity reason"], report_key=key,
                              acting_user=officer)
    return {**SECRETS, "receipt": receipt}


def _assert_absent(dump: bytes, secrets: dict) -> None:
    found = [label for label, text in secrets.items() if text.encode() in dump]
    found += [label + " (UTF-16)" for label, text in secrets.items() if text.encode("utf-16-le") in dump]
    assert found == [], f"plaintext in the dump: {found}"


@pytest.mark.django_db(transaction=True)
def test_a_database_dump_contains_no_plaintext(demo, persona):
    secrets = _file_reports(demo, persona)
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "dump.sqlite3"
            target = sqlite3.connect(path)
            connection.connection.backup(target)
            target.close()
            raw = path.read_bytes()
            assert b"whistleblowing_report" in raw and len(raw) > 100_000
            assert demo.org.name.encode() in raw  # the search does find Thai text stored in clear
            _assert_absent(raw, secrets)
            text = "\n".join(sqlite3.connect(path).iterdump()).encode()
            assert b"whistleblowing_identityrecord" in text
            _assert_absent(text, secrets)
    else:
        pg_dump = shutil.which("pg_dump")
        if pg_dump is None:
            pytest.skip("pg_dump is not installed")
        settings = connection.settings_dict
        env = {**os.environ, "PGPASSWORD": settings.get("PASSWORD") or ""}
        args = [pg_dump, "-h", settings.get("HOST") or "127.0.0.1", "-p", str(settings.get("PORT") or 5432),
                "-U", settings.get("USER") or "postgres", settings["NAME"]]
        dump = subprocess.run(args, capture_output=True, check=True, env=env).stdout
        assert b"whistleblowing_report" in dump and demo.org.name.encode() in dump
        _assert_absent(dump, secrets)
    # and the application still reads everything back through the keys
    from sujarit.whistleblowing import access
    from sujarit.whistleblowing.models import Report

    report = Report.objects.for_org(demo.org).get(category="bribery", anonymity="confidential",
                                                  received_on__isnull=False, content_box__isnull=False,
                                                  identity__isnull=False, messages__author_kind="reporter")
    opened = access.report_open(report, officer_key(report, persona("integrity")))
    assert opened.content["what"] == SECRETS["allegation"]
