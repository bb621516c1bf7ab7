"""The audit trail: django-auditlog records every change (who, when, before/after) of registered models.

Services run under `audited`, so the acting user is recorded even outside a web request (commands, jobs).
Audit rows are append-only: deleting them is refused, and the admin shows them read-only.
"""
from __future__ import annotations

from functools import wraps

from auditlog.context import set_actor
from auditlog.models import LogEntry
from django.db.models.signals import pre_delete
from django.dispatch import receiver


def audited(service):
    @wraps(service)
    def wrapper(*args, **kwargs):
        actor = kwargs.get("acting_user")
        if actor is None or not getattr(actor, "is_authenticated", False):
            return service(*args, **kwargs)
        with set_actor(actor):
            return service(*args, **kwargs)

    return wrapper


class AuditRowsAreAppendOnly(Exception):
    pass


@receiver(pre_delete, sender=LogEntry)
def refuse_audit_delete(sender, instance, **kwargs):
    raise AuditRowsAreAppendOnly("Audit rows cannot be deleted.")
