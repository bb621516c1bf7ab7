"""Custodian flow for identity access; key unlock at login, rotation and lost-password recovery."""
import pytest

from sujarit.core.errors import ApplicationError
from sujarit.whistleblowing import access, keyring, services
from sujarit.whistleblowing.errors import WbErrorCode
from sujarit.whistleblowing.models import EventKind, IdentityRequest, ReportEvent, ReportKeyWrap, UserKey

from .conftest import DEMO_PASSWORD, officer_key

pytestmark = pytest.mark.django_db

IDENTITY = {"name": "นางสาวผู้แจ้ง ทดสอบลับ", "phone": "089-111-2233", "email": "reporter@example.org"}


def _confidential(submit):
    return submit(anonymity="confidential", identity=IDENTITY)[0]


def test_login_unlocks_the_key_in_the_session_sealed(signed_in, persona):
    client = signed_in("integrity")
    stored = client.session[keyring.OFFICER_SLOT]
    key = UserKey.objects.get(user=persona("integrity"), status="active")
    assert stored["user_key_id"] == key.pk and len(stored["box"]) > 64


def test_custodian_flow_request_approve_then_officer_reads_identity(submit, persona, signed_in, demo):
    officer, custodian = persona("integrity"), persona("custodian")
    report = _confidential(submit)
    with pytest.raises(ApplicationError) as error:
        services.identity_request(report=report, reason="สั้น", report_key=officer_key(report, officer),
                                  acting_user=officer)
    assert error.value.code == WbErrorCode.REASON_REQUIRED
    officer_client = signed_in("integrity")
    base = f"/o/{demo.org.code}/integrity-reports/{report.pk}/"
    officer_client.post(base + "identity/", {"reason": "ต้องสอบปากคำผู้แจ้งเพื่อยืนยันข้อเท็จจริง"})
    request = IdentityRequest.objects.get(report=report)
    assert IDENTITY["name"] not in officer_client.get(base).content.decode()  # not before approval

    custodian_client = signed_in("custodian")
    page = custodian_client.get(f"/o/{demo.org.code}/integrity-reports/custodian/requests/{request.pk}/")
    assert "ต้องสอบปากคำผู้แจ้ง" in page.content.decode()  # the reason, read through escrow
    custodian_client.post(f"/o/{demo.org.code}/integrity-reports/custodian/requests/{request.pk}/",
                          {"decision": "approve", "note": ""})
    request.refresh_from_db()
    assert request.decision == "approved" and request.decided_by == custodian

    page = officer_client.get(base).content.decode()
    assert IDENTITY["name"] in page and IDENTITY["phone"] in page
    kinds = set(ReportEvent.objects.filter(report=report).values_list("kind", flat=True))
    assert {EventKind.IDENTITY_REQUESTED, EventKind.IDENTITY_APPROVED, EventKind.IDENTITY_VIEWED} <= kinds


def test_custodian_refusal_needs_a_reason_and_grants_nothing(submit, persona, demo, rf):
    officer, custodian = persona("integrity"), persona("custodian")
    report = _confidential(submit)
    request = services.identity_request(report=report, reason="จำเป็นต้องติดต่อผู้แจ้งเพื่อขอเอกสาร",
                                        report_key=officer_key(report, officer), acting_user=officer)
    key = UserKey.objects.get(user=custodian, status="active")
    private = services.keys.user_key_open(key, DEMO_PASSWORD)
    with pytest.raises(ApplicationError) as error:
        services.identity_decide(request=request, approve=False, note="", custodian_key_id=key.pk,
                                 custodian_private=private, acting_user=custodian)
    assert error.value.code == WbErrorCode.REASON_REQUIRED
    services.identity_decide(request=request, approve=False, note="ยังไม่จำเป็น", custodian_key_id=key.pk,
                             custodian_private=private, acting_user=custodian)
    request.refresh_from_db()
    assert request.decision == "refused" and request.granted_wrap is None
    with pytest.raises(ApplicationError) as error:  # an officer cannot decide
        services.identity_decide(request=request, approve=True, note="", custodian_key_id=key.pk,
                                 custodian_private=private, acting_user=officer)
    assert error.value.code == WbErrorCode.NOT_CUSTODIAN


def test_the_reporter_is_told_that_their_identity_was_accessed(submit, persona, demo, signed_in, client):
    officer, custodian = persona("integrity"), persona("custodian")
    report, receipt = submit(anonymity="confidential", identity=IDENTITY)
    request = services.identity_request(report=report, reason="จำเป็นต้องสอบปากคำผู้แจ้งในฐานะพยาน",
                                        report_key=officer_key(report, officer), acting_user=officer)
    key = UserKey.objects.get(user=custodian, status="active")
    services.identity_decide(request=request, approve=True, note="", custodian_key_id=key.pk,
                             custodian_private=services.keys.user_key_open(key, DEMO_PASSWORD),
                             acting_user=custodian)
    client.post(f"/p/{demo.org.code}/report/track/", {"receipt": receipt})
    page = client.get(f"/p/{demo.org.code}/report/track/status/").content.decode()
    assert "ตัวตนของท่านถูกเปิดดูเมื่อ" in page


def test_anonymous_report_has_no_identity_to_request(submit, persona):
    officer = persona("integrity")
    report, _r = submit()
    with pytest.raises(ApplicationError) as error:
        services.identity_request(report=report, reason="ต้องการทราบตัวผู้แจ้งเพื่อสอบถาม",
                                  report_key=officer_key(report, officer), acting_user=officer)
    assert error.value.code == WbErrorCode.NO_IDENTITY


def test_key_rotation_keeps_every_report_and_removes_old_wraps(submit, persona, signed_in, demo):
    officer = persona("integrity")
    reports = [submit()[0] for _ in range(3)]
    old = UserKey.objects.get(user=officer, status="active")
    client = signed_in("integrity")
    response = client.post(f"/o/{demo.org.code}/integrity-reports/key/", {"password": "wrong-password-1"})
    assert response.status_code == 200 and UserKey.objects.get(pk=old.pk).status == "active"
    client.post(f"/o/{demo.org.code}/integrity-reports/key/", {"password": DEMO_PASSWORD})
    old.refresh_from_db()
    new = UserKey.objects.get(user=officer, status="active")
    assert old.status == "retired" and new.pk != old.pk and bytes(new.public_key) != bytes(old.public_key)
    assert not ReportKeyWrap.objects.filter(user_key=old).exists()
    for report in reports:
        page = client.get(f"/o/{demo.org.code}/integrity-reports/{report.pk}/").content.decode()
        assert "ตรวจรับงานก่อสร้าง" in page  # still opens, with the new key from the session
        assert len(officer_key(report, officer)) == 32


def test_lost_password_recovery_by_the_custodian_loses_no_report(submit, persona, signed_in, demo):
    officer = persona("integrity")
    reports = [submit()[0] for _ in range(2)]
    officer.set_password("new-password-after-reset-1")
    officer.save()
    client = signed_in("integrity", "new-password-after-reset-1")
    lost = UserKey.objects.get(user=officer, status="awaiting_recovery")
    page = client.get(f"/o/{demo.org.code}/integrity-reports/{reports[0].pk}/").content.decode()
    assert "ตรวจรับงานก่อสร้าง" not in page  # not yet
    custodian = signed_in("custodian")
    assert custodian.get(f"/o/{demo.org.code}/integrity-reports/custodian/").status_code == 200
    custodian.post(f"/o/{demo.org.code}/integrity-reports/custodian/recover/{lost.pk}/")
    lost.refresh_from_db()
    assert lost.status == "retired"
    for report in reports:
        page = client.get(f"/o/{demo.org.code}/integrity-reports/{report.pk}/").content.decode()
        assert "ตรวจรับงานก่อสร้าง" in page
    assert ReportEvent.objects.filter(kind=EventKind.KEY_RECOVERED).count() >= 2


def test_report_key_is_unreadable_without_an_unlocked_key(submit, persona, rf, demo):
    from django.contrib.sessions.backends.db import SessionStore

    report, _r = submit()
    request = rf.get("/")
    request.session = SessionStore()
    request.user = persona("integrity")
    assert access.report_key(request, report) is None
