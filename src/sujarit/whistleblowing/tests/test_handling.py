"""Officer workflow, deadlines, named-person exclusion, logging of every view."""
from datetime import date, timedelta

import pytest
from django.utils import timezone

from sujarit.core.errors import ApplicationError
from sujarit.core.models import AppendOnlyError
from sujarit.whistleblowing import services
from sujarit.whistleblowing.errors import WbErrorCode
from sujarit.whistleblowing.models import EventKind, ExclusionTag, ReportEvent, ReportKeyWrap, ReportState

from .conftest import officer_key

pytestmark = pytest.mark.django_db


def test_full_workflow_with_deadlines_referral_and_conclusion(submit, persona):
    officer = persona("integrity")
    report, _receipt = submit()
    today = timezone.localdate()
    assert report.acknowledge_due_on == today + timedelta(days=7)
    key = officer_key(report, officer)
    step = lambda name, **kw: services.report_transition(report=report, transition=name, report_key=key,  # noqa
                                                         acting_user=officer, **kw)
    report = step("acknowledge")
    assert (report.state, report.acknowledged_on, report.assigned_to) == (ReportState.ACKNOWLEDGED, today, officer)
    report = step("review")
    assert report.stage_due_on == today + timedelta(days=30)
    with pytest.raises(ApplicationError) as error:
        step("investigate", investigation_kind="nacc")
    assert error.value.code == WbErrorCode.REFERRAL_REQUIRED
    report = step("investigate", investigation_kind="nacc", referred_on=date(2024, 3, 1))
    assert (report.investigation_kind, report.referred_on) == ("nacc", date(2024, 3, 1))
    with pytest.raises(ApplicationError) as error:
        step("conclude", comment="พบข้อเท็จจริง", outcome="substantiated")
    assert error.value.code == WbErrorCode.OUTCOME_REQUIRED
    report = step("conclude", comment="พบข้อเท็จจริงตามที่แจ้ง", outcome="substantiated",
                  action_taken="disciplinary")
    report = step("close")
    assert (report.state, report.closed_on, report.feedback_due_on) == (ReportState.CLOSED, today, None)
    with pytest.raises(ApplicationError) as error:
        step("acknowledge")
    assert error.value.code == WbErrorCode.TRANSITION_INVALID
    kinds = list(ReportEvent.objects.filter(report=report, kind=EventKind.TRANSITION).values_list("to_state",
                                                                                                  flat=True))
    assert kinds == ["acknowledged", "preliminary_review", "investigation", "concluded", "closed"]
    comment = ReportEvent.objects.get(report=report, to_state="concluded").comment_box
    assert "พบข้อเท็จจริง".encode() not in bytes(comment)


def test_transition_without_an_unlocked_key_is_refused_and_changes_nothing(submit, persona):
    report, _r = submit()
    with pytest.raises(ApplicationError) as error:
        services.report_transition(report=report, transition="acknowledge", report_key=None,
                                   acting_user=persona("integrity"))
    assert error.value.code == WbErrorCode.KEY_LOCKED
    report.refresh_from_db()
    assert report.state == ReportState.RECEIVED


def test_officer_message_resets_the_feedback_deadline(submit, persona):
    officer = persona("integrity")
    report, _r = submit()
    report.feedback_due_on = timezone.localdate() - timedelta(days=3)
    report.save()
    services.officer_message(report=report, report_key=officer_key(report, officer), text="ขอเอกสารเพิ่ม",
                             acting_user=officer)
    report.refresh_from_db()
    assert report.feedback_due_on == timezone.localdate() + timedelta(days=30)


def test_a_ticked_officer_gets_no_key_and_cannot_be_assigned(submit, persona, signed_in, demo):
    officer = persona("integrity")
    report, _r = submit(named_user_ids=[officer.pk])
    assert not ReportKeyWrap.objects.filter(report=report).exists()
    assert ExclusionTag.objects.filter(report=report).count() == 1
    assert len(ExclusionTag.objects.get(report=report).tag) == 64  # an HMAC, not a user id
    with pytest.raises(ApplicationError) as error:
        services.report_assign(report=report, officer=officer, report_key=None, acting_user=officer)
    assert error.value.code == WbErrorCode.NAMED_PERSON
    client = signed_in("integrity")
    assert client.get(f"/o/{demo.org.code}/integrity-reports/{report.pk}/").status_code == 404
    page = client.get(f"/o/{demo.org.code}/integrity-reports/").content.decode()
    assert f'data-report="{report.pk}"' not in page


def test_assigning_a_named_person_gives_the_assigning_officer_a_clear_refusal(submit, demo, persona):
    from sujarit.accounts.models import User
    from sujarit.orgs.models import Membership, Role

    second = User.objects.create_user("integrity2", first_name="สมชาย", last_name="ตรวจสอบ",
                                      password="x-second-officer-1")
    Membership.objects.create(user=second, organisation=demo.org, role=Role.CORRUPTION_OFFICER)
    officer = persona("integrity")
    report, _r = submit(accused_name="นายสมชาย ตรวจสอบ", what="เจ้าหน้าที่สมชาย ตรวจสอบ รับเงินจากผู้รับเหมา")
    with pytest.raises(ApplicationError) as error:
        services.report_assign(report=report, officer=second, report_key=officer_key(report, officer),
                               acting_user=officer)
    assert error.value.code == WbErrorCode.NAMED_PERSON
    assert "สมชาย" in str(error.value.message)
    assert ReportEvent.objects.filter(report=report, kind=EventKind.ASSIGN_REFUSED, actor=officer).exists()
    report.refresh_from_db()
    assert report.assigned_to is None


def test_excluding_a_person_later_removes_their_key(submit, demo, persona):
    from sujarit.accounts.models import User
    from sujarit.orgs.models import Membership, Role
    from sujarit.whistleblowing.services.keys import user_key_create

    second = User.objects.create_user("integrity3", password="x-third-officer-1")
    Membership.objects.create(user=second, organisation=demo.org, role=Role.CORRUPTION_OFFICER)
    user_key_create(user=second, password="x-third-officer-1")
    report, _r = submit()
    assert ReportKeyWrap.objects.filter(report=report, user_key__user=second).exists()
    services.report_exclude(report=report, person=second, acting_user=persona("integrity"))
    assert not ReportKeyWrap.objects.filter(report=report, user_key__user=second).exists()
    from sujarit.whistleblowing.selectors import is_excluded

    assert is_excluded(report=report, user=second)


def test_every_view_of_a_report_is_logged(submit, signed_in, demo, persona):
    report, _r = submit()
    client = signed_in("integrity")
    for _ in range(2):
        assert client.get(f"/o/{demo.org.code}/integrity-reports/{report.pk}/").status_code == 200
    views = ReportEvent.objects.filter(report=report, kind=EventKind.VIEWED, actor=persona("integrity"))
    assert views.count() == 2 and all(e.occurred_at is not None for e in views)
    received = ReportEvent.objects.get(report=report, kind=EventKind.RECEIVED)
    assert received.occurred_at is None and received.actor is None  # reporter-side: date only


def test_events_are_append_only(submit):
    report, _r = submit()
    event = ReportEvent.objects.filter(report=report).first()
    with pytest.raises(AppendOnlyError):
        event.save()
    with pytest.raises(AppendOnlyError):
        event.delete()
