"""Every change leaves an audit row with who, when and before/after; audit rows cannot be deleted."""
import pytest
from auditlog.models import LogEntry
from django.test import Client

from sujarit.core.audit import AuditRowsAreAppendOnly
from sujarit.plans import services

pytestmark = pytest.mark.django_db


def test_edit_records_actor_and_before_after(demo, persona):
    officer = persona("plan")
    plan = services.plan_transition(plan=demo.plan, transition="amend", acting_user=officer, comment="แก้ไข")
    entry = plan.entries.get(fiscal_year_be=2566, order=1)
    services.yearly_entry_update(entry=entry, budget=25000, quarters=[2, 3], acting_user=officer)
    log = LogEntry.objects.get_for_object(entry).first()
    assert log.actor == officer
    assert log.changes_dict["budget"] == ["20000.00", "25000.00"]
    assert log.changes_dict["q3"] == ["False", "True"]
    with pytest.raises(AuditRowsAreAppendOnly):
        log.delete()


def test_admins_can_read_the_audit_trail(demo, persona):
    client = Client()
    client.force_login(persona("admin"))
    assert client.get("/admin/auditlog/logentry/").status_code == 200
