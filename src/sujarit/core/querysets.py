"""Organisation scoping: every organisation-owned query names its organisation (ADR 0003)."""
from __future__ import annotations

from django.db import models


class OrgScopedQuerySet(models.QuerySet):
    def for_org(self, organisation) -> "OrgScopedQuerySet":
        if organisation is None:
            raise ValueError("for_org() needs an organisation; unscoped queries are not allowed.")
        return self.filter(organisation=organisation)
