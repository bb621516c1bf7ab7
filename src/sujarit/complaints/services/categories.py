"""The organisation's complaint categories: add, rename, reorder, deactivate and reactivate.

A category is never deleted: complaints point to it (PROTECT). A deactivated one leaves the forms but old cases keep
it. Its code is fixed at creation (filters and statistics use it); names and codes are unique per organisation.
"""
from __future__ import annotations

import re

from django.db import transaction
from django.db.models import Max
from django.utils.text import slugify
from django.utils.translation import gettext as _

from sujarit.core.audit import audited
from sujarit.core.errors import ApplicationError

from ..errors import ComplaintErrorCode
from ..models import Category

CODE_RE = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)*")
NAME_MAX = 200
CODE_MAX = 40


def clean_name(name: str, *, field: str = "name") -> str:
    """Spaces collapsed; empty or too long refused (shared with holiday names)."""
    name = " ".join((name or "").split())
    if not name:
        raise ApplicationError(code=ComplaintErrorCode.REQUIRED, field=field, message=_("Please enter a name."))
    if len(name) > NAME_MAX:
        raise ApplicationError(code=ComplaintErrorCode.NAME_TOO_LONG, field=field,
                               message=_("The name is too long (at most 200 characters)."))
    return name


def _check_name_free(organisation, name: str, *, exclude_id: int | None = None) -> None:
    taken = Category.objects.for_org(organisation).filter(name__iexact=name).exclude(pk=exclude_id)
    if taken.exists():
        raise ApplicationError(code=ComplaintErrorCode.CATEGORY_NAME_DUPLICATE, field="name", message=_(
            "A category with this name already exists. If it was deactivated, reactivate it instead."))


def _code_for(organisation, name: str, code: str) -> str:
    taken = set(Category.objects.for_org(organisation).values_list("code", flat=True))
    code = (code or "").strip().lower()
    if code:
        if len(code) > CODE_MAX or not CODE_RE.fullmatch(code):
            raise ApplicationError(code=ComplaintErrorCode.CATEGORY_CODE_INVALID, field="code", message=_(
                "The code may use only English letters, digits and hyphens (at most 40 characters)."))
        if code in taken:
            raise ApplicationError(code=ComplaintErrorCode.CATEGORY_CODE_DUPLICATE, field="code",
                                   message=_("Another category already uses this code."))
        return code
    base = slugify(name)[:30].strip("-") or "category"  # Thai names give no ASCII slug
    if base != "category" and base not in taken:
        return base
    return next(f"{base}-{n}" for n in range(1, len(taken) + 2) if f"{base}-{n}" not in taken)


def _check_same_org(organisation, category: Category) -> None:
    if category.organisation_id != organisation.pk:
        raise ApplicationError(code=ComplaintErrorCode.CATEGORY_INVALID, message=_("Choose a category from the list."))


@audited
@transaction.atomic
def category_create(*, organisation, name: str, code: str = "", acting_user) -> Category:
    name = clean_name(name)
    _check_name_free(organisation, name)
    code = _code_for(organisation, name, code)
    last = Category.objects.for_org(organisation).aggregate(m=Max("order"))["m"] or 0
    return Category.objects.create(organisation=organisation, code=code, name=name, order=last + 1)


@audited
@transaction.atomic
def category_update(*, organisation, category: Category, acting_user, name: str | None = None,
                    is_active: bool | None = None) -> Category:
    """Rename, deactivate or reactivate. The last active category cannot be deactivated (the form needs one)."""
    _check_same_org(organisation, category)
    category = Category.objects.select_for_update().get(pk=category.pk)
    fields = []
    if name is not None:
        name = clean_name(name)
        _check_name_free(organisation, name, exclude_id=category.pk)
        if name != category.name:
            category.name = name
            fields.append("name")
    if is_active is not None and is_active != category.is_active:
        if not is_active and not Category.objects.for_org(organisation).filter(is_active=True).exclude(
                pk=category.pk).exists():
            raise ApplicationError(code=ComplaintErrorCode.CATEGORY_LAST_ACTIVE, message=_(
                "At least one category must stay active, or citizens cannot file a complaint."))
        category.is_active = is_active
        fields.append("is_active")
    if fields:
        category.save(update_fields=fields)
    return category


@audited
@transaction.atomic
def category_move(*, organisation, category: Category, direction: str, acting_user) -> Category:
    """Swap with the neighbour above or below; the list is renumbered 1..n so equal orders cannot stall a move."""
    _check_same_org(organisation, category)
    if direction not in ("up", "down"):
        raise ApplicationError(code=ComplaintErrorCode.CATEGORY_MOVE_INVALID,
                               message=_("Move a category up or down."))
    rows = list(Category.objects.for_org(organisation).select_for_update().order_by("order", "id"))
    at = next(i for i, row in enumerate(rows) if row.pk == category.pk)
    other = at - 1 if direction == "up" else at + 1
    if 0 <= other < len(rows):
        rows[at], rows[other] = rows[other], rows[at]
    for position, row in enumerate(rows, start=1):
        if row.order != position:
            row.order = position
            row.save(update_fields=["order"])
    return rows[other if 0 <= other < len(rows) else at]
