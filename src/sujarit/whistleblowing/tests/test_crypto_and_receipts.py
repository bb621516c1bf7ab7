"""Receipts: ≥ 80 bits, stored only as an Argon2id hash, rate-limited when wrong; primitives round-trip."""
import math

import pytest
from django.db import connection
from nacl.exceptions import CryptoError

from sujarit.core.errors import ApplicationError
from sujarit.whistleblowing import crypto, services
from sujarit.whistleblowing.errors import WbErrorCode
from sujarit.whistleblowing.models import Report, ThrottleBucket

pytestmark = pytest.mark.django_db


def test_receipt_has_at_least_80_bits_and_accepts_thai_digits():
    receipt = crypto.generate_receipt()
    assert len(receipt) == 25 and receipt.isdigit()
    assert 25 * math.log2(10) >= 80
    thai = receipt.translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))
    assert crypto.normalise_receipt(crypto.format_receipt(thai)) == receipt
    assert len({crypto.generate_receipt() for _ in range(200)}) == 200


def test_seal_and_secretbox_round_trip_and_refuse_a_wrong_key():
    private, public = crypto.generate_keypair()
    other_private, _ = crypto.generate_keypair()
    key = crypto.new_symmetric_key()
    assert crypto.unseal(private, crypto.seal(public, key)) == key
    with pytest.raises(CryptoError):
        crypto.unseal(other_private, crypto.seal(public, key))
    box = crypto.secret_encrypt(key, "ชื่อผู้แจ้ง".encode())
    assert crypto.secret_decrypt(key, box).decode() == "ชื่อผู้แจ้ง"
    with pytest.raises(CryptoError):
        crypto.secret_decrypt(crypto.new_symmetric_key(), box)


def test_receipt_is_stored_only_as_an_argon2_hash(submit, demo):
    report, receipt = submit()
    report.refresh_from_db()
    assert receipt not in report.receipt_hash and len(report.receipt_hash) == 64
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM whistleblowing_report")
        rows = repr(cursor.fetchall())
    assert receipt not in rows and crypto.format_receipt(receipt) not in rows
    found, key = services.report_open_with_receipt(organisation=demo.org, receipt=crypto.format_receipt(receipt),
                                                   bucket="b")
    assert found.pk == report.pk and len(key) == 32


def test_wrong_receipts_are_rate_limited_per_client(submit, demo, settings):
    settings.WHISTLEBLOWING_RECEIPT_LIMITS = {"client": 3, "organisation": 100}
    report, receipt = submit()
    for _ in range(3):
        with pytest.raises(ApplicationError) as error:
            services.report_open_with_receipt(organisation=demo.org, receipt="1" * 25, bucket="client-a")
        assert error.value.code == WbErrorCode.RECEIPT_WRONG
    with pytest.raises(ApplicationError) as error:  # even the right receipt waits, from that client
        services.report_open_with_receipt(organisation=demo.org, receipt=receipt, bucket="client-a")
    assert error.value.code == WbErrorCode.RATE_LIMITED
    assert services.report_open_with_receipt(organisation=demo.org, receipt=receipt, bucket="client-b")[0] == report


def test_client_bucket_is_a_keyed_hash_not_the_address(demo, rf):
    from sujarit.whistleblowing import throttle

    request = rf.post("/", REMOTE_ADDR="203.0.113.7")
    bucket = throttle.client_bucket(request, demo.org)
    assert "203.0.113" not in bucket and len(bucket) == 64
    throttle.record_failure(bucket=bucket, organisation=demo.org)
    assert not ThrottleBucket.objects.filter(key__contains="203.0.113").exists()


def test_organisation_wide_limit_slows_guessing_from_many_clients(submit, demo, settings):
    settings.WHISTLEBLOWING_RECEIPT_LIMITS = {"client": 100, "organisation": 4}
    submit()
    for n in range(4):
        with pytest.raises(ApplicationError):
            services.report_open_with_receipt(organisation=demo.org, receipt="2" * 25, bucket=f"c{n}")
    with pytest.raises(ApplicationError) as error:
        services.report_open_with_receipt(organisation=demo.org, receipt="3" * 25, bucket="fresh")
    assert error.value.code == WbErrorCode.RATE_LIMITED


def test_receipt_of_one_organisation_does_not_open_another(submit, demo, other_org):
    report, receipt = submit()
    with pytest.raises(ApplicationError) as error:
        services.report_open_with_receipt(organisation=other_org.org, receipt=receipt, bucket="x")
    assert error.value.code == WbErrorCode.RECEIPT_WRONG
    assert Report.objects.for_org(other_org.org).count() == 0
