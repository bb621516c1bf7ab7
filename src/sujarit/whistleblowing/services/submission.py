"""The reporter's side: submit a report, open it again with the receipt, answer and add evidence."""
from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass, field
from datetime import timedelta

from django.db import IntegrityError, OperationalError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _
from nacl.exceptions import CryptoError

from sujarit.core.errors import ApplicationError
from sujarit.core.thai import fiscal_year_be

from .. import crypto, selectors, throttle
from ..errors import WbErrorCode
from ..events import event_write
from ..files import MAX_FILES, clean_upload
from ..models import (Anonymity, Attachment, Category, ChannelSettings, CustodianKey, EventKind, ExclusionTag, IdentityRecord,
                      Message, Report, ReportKeyWrap, ReportState)

CONTENT_FIELDS = ("accused_name", "accused_position", "accused_unit", "what", "when", "where", "how_known",
                  "amount")
IDENTITY_FIELDS = ("name", "position", "phone", "email", "contact")


@dataclass
class ReportInput:
    category: str
    anonymity: str
    what: str
    accused_name: str = ""
    accused_position: str = ""
    accused_unit: str = ""
    when: str = ""
    where: str = ""
    how_known: str = ""
    amount: str = ""
    named_user_ids: list[int] = field(default_factory=list)
    files: list[tuple[str, bytes]] = field(default_factory=list)
    identity: dict = field(default_factory=dict)


def _dumps(data) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode()


def _validate(data: ReportInput) -> None:
    if data.category not in Category.values:
        raise ApplicationError(code=WbErrorCode.FIELD_REQUIRED, field="category", message=_("Choose a category."))
    if data.anonymity not in Anonymity.values:
        raise ApplicationError(code=WbErrorCode.FIELD_REQUIRED, field="anonymity",
                               message=_("Choose whether to report anonymously or confidentially."))
    if len((data.what or "").strip()) < 10:
        raise ApplicationError(code=WbErrorCode.FIELD_REQUIRED, field="what",
                               message=_("Describe what happened (at least a sentence)."))
    if data.anonymity == Anonymity.CONFIDENTIAL and not (data.identity.get("name") or "").strip():
        raise ApplicationError(code=WbErrorCode.IDENTITY_REQUIRED, field="identity_name",
                               message=_("A confidential report needs your name; or choose to report anonymously."))
    if len(data.files) > MAX_FILES:
        raise ApplicationError(code=WbErrorCode.TOO_MANY_FILES, field="evidence",
                               message=_("Attach at most %(n)s files.") % {"n": MAX_FILES})


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text or "").casefold()


def named_users(*, organisation, data: ReportInput) -> set[int]:
    """Users the reporter ticked, and organisation users whose full name appears where the accused is described."""
    allowed = set(selectors.people_who_could_see_reports(organisation).values_list("pk", flat=True))
    named = {pk for pk in data.named_user_ids if pk in allowed}
    haystack = _squash(" ".join([data.accused_name, data.accused_position, data.accused_unit, data.what]))
    for user in selectors.organisation_users(organisation).only("pk", "first_name", "last_name"):
        full = _squash(f"{user.first_name}{user.last_name}")
        if len(full) >= 4 and full in haystack:
            named.add(user.pk)
    return named


def _encrypt_files(report: Report, key: bytes, files, *, by_reporter: bool) -> int:
    today = timezone.localdate()
    for name, raw in files:
        clean = clean_upload(name=name, data=raw)
        Attachment.objects.create(report=report, added_by_reporter=by_reporter, added_on=today,
                                  content_type=clean.content_type, size=len(clean.data),
                                  name_box=crypto.secret_encrypt(key, clean.name.encode()),
                                  body_box=crypto.secret_encrypt(key, clean.data))
    return len(files)


def report_submit(*, organisation, data: ReportInput, receipt: str | None = None) -> tuple[Report, str]:
    """File a report. Returns the report and its receipt, which is not stored anywhere and must be shown once.

    The slow work (Argon2id, file cleaning, encryption) happens before the write transaction, so concurrent
    submissions hold the database's write lock only for the inserts.
    """
    _validate(data)
    if not selectors.channel_is_ready(organisation):
        raise ApplicationError(code=WbErrorCode.CHANNEL_NOT_READY,
                               message=_("The channel is not ready yet: no officer or custodian key exists."))
    settings_row = selectors.channel_settings(organisation)
    cleaned = [clean_upload(name=name, data=raw) for name, raw in data.files]
    report_key = crypto.new_symmetric_key()
    receipt = crypto.normalise_receipt(receipt) if receipt else crypto.generate_receipt()
    salt, cost = crypto.new_salt(), crypto.argon2_cost()
    escrow_public = bytes(CustodianKey.objects.get(organisation=organisation).public_key)
    content = {name: (getattr(data, name) or "").strip() for name in CONTENT_FIELDS}
    excluded = named_users(organisation=organisation, data=data)
    wraps = [(key, crypto.seal(bytes(key.public_key), report_key))
             for key in selectors.officer_keys(organisation) if key.user_id not in excluded]
    sealed = {
        "receipt_hash": crypto.receipt_lookup_hash(receipt, bytes(settings_row.receipt_salt),
                                                   settings_row.receipt_kdf_cost),
        "reporter_salt": salt, "reporter_kdf_cost": cost,
        "reporter_wrap": crypto.secret_encrypt(crypto.derive_key(receipt, salt, cost), report_key),
        "escrow_wrap": crypto.seal(escrow_public, report_key),
        "content_box": crypto.secret_encrypt(report_key, _dumps(content)),
    }
    identity = None
    if data.anonymity == Anonymity.CONFIDENTIAL:
        identity_key = crypto.new_symmetric_key()
        values = {name: (data.identity.get(name) or "").strip() for name in IDENTITY_FIELDS}
        identity = {"identity_box": crypto.secret_encrypt(identity_key, _dumps(values)),
                    "escrow_wrap": crypto.seal(escrow_public, identity_key)}
    files = [(f, crypto.secret_encrypt(report_key, f.name.encode()), crypto.secret_encrypt(report_key, f.data))
             for f in cleaned]
    try:
        report = _store_retrying(organisation=organisation, data=data, sealed=sealed, excluded=excluded,
                                 wraps=wraps, identity=identity, files=files)
    except IntegrityError:  # a receipt clash (≈ 2^-83): the reporter simply sends again
        raise ApplicationError(code=WbErrorCode.CHANNEL_NOT_READY,
                               message=_("The report could not be saved; please send it again.")) from None
    return report, receipt


def _store_retrying(**kwargs) -> Report:
    """SQLite answers "database is locked" when many large reports arrive at once: wait and retry, so that no
    report is lost (PostgreSQL never takes this path)."""
    for attempt in range(6):
        try:
            return _store(**kwargs)
        except OperationalError as error:
            if "locked" not in str(error) or attempt == 5:
                raise
            time.sleep(0.2 * (attempt + 1))
    raise AssertionError("unreachable")


@transaction.atomic
def _store(*, organisation, data: ReportInput, sealed: dict, excluded, wraps, identity, files) -> Report:
    settings_row = ChannelSettings.objects.select_for_update().get(organisation=organisation)
    today = timezone.localdate()
    fy = fiscal_year_be(today)
    number = (Report.objects.for_org(organisation).filter(fiscal_year_be=fy).aggregate(n=Max("number"))["n"]
              or 0) + 1
    report = Report.objects.create(
        organisation=organisation, number=number, fiscal_year_be=fy, received_on=today,
        category=data.category, anonymity=data.anonymity,
        acknowledge_due_on=today + timedelta(days=settings_row.acknowledge_days),
        feedback_due_on=today + timedelta(days=settings_row.feedback_days), **sealed)
    ExclusionTag.objects.bulk_create(ExclusionTag(report=report, tag=crypto.tag("excluded", report.pk, pk))
                                     for pk in excluded)
    ReportKeyWrap.objects.bulk_create(ReportKeyWrap(report=report, user_key=key, sealed_key=box)
                                      for key, box in wraps)
    if identity:
        IdentityRecord.objects.create(report=report, **identity)
    Attachment.objects.bulk_create(
        Attachment(report=report, added_by_reporter=True, added_on=today, content_type=f.content_type,
                   size=len(f.data), name_box=name_box, body_box=body_box) for f, name_box, body_box in files)
    event_write(organisation=organisation, report=report, kind=EventKind.RECEIVED, to_state=ReportState.RECEIVED)
    return report


def report_open_with_receipt(*, organisation, receipt: str, bucket: str) -> tuple[Report, bytes]:
    """The report and its key for a correct receipt; wrong receipts count towards the rate limits."""
    if throttle.is_blocked(bucket=bucket, organisation=organisation):
        raise ApplicationError(code=WbErrorCode.RATE_LIMITED, field="receipt",
                               message=_("Too many wrong receipts. Please wait an hour and try again."))
    settings_row = selectors.channel_settings(organisation)
    digits = crypto.normalise_receipt(receipt)
    report = None
    if len(digits) == crypto.RECEIPT_DIGITS:
        lookup = crypto.receipt_lookup_hash(digits, bytes(settings_row.receipt_salt), settings_row.receipt_kdf_cost)
        report = Report.objects.for_org(organisation).filter(receipt_hash=lookup).first()
    if report is None:
        throttle.record_failure(bucket=bucket, organisation=organisation)
        raise ApplicationError(code=WbErrorCode.RECEIPT_WRONG, field="receipt",
                               message=_("This receipt is not correct. Check the digits and try again."))
    try:
        key = crypto.secret_decrypt(crypto.derive_key(digits, bytes(report.reporter_salt), report.reporter_kdf_cost),
                                    bytes(report.reporter_wrap))
    except CryptoError:
        throttle.record_failure(bucket=bucket, organisation=organisation)
        raise ApplicationError(code=WbErrorCode.RECEIPT_WRONG, field="receipt",
                               message=_("This receipt is not correct. Check the digits and try again.")) from None
    return report, key


@transaction.atomic
def reporter_reply(*, report: Report, report_key: bytes, text: str, files=()) -> Message | None:
    """The reporter answers (and/or adds evidence). Dates only; no actor."""
    text = (text or "").strip()
    if report.state == ReportState.CLOSED:
        raise ApplicationError(code=WbErrorCode.REPORT_CLOSED, message=_("This report is closed."))
    if not text and not files:
        raise ApplicationError(code=WbErrorCode.FIELD_REQUIRED, field="text",
                               message=_("Write a message or attach a file."))
    message = None
    if text:
        message = Message.objects.create(report=report, author_kind=Message.Author.REPORTER,
                                         sent_on=timezone.localdate(),
                                         body_box=crypto.secret_encrypt(report_key, text.encode()))
        event_write(organisation=report.organisation, report=report, kind=EventKind.MESSAGE)
    if files:
        if report.attachments.count() + len(files) > MAX_FILES * 2:
            raise ApplicationError(code=WbErrorCode.TOO_MANY_FILES, field="evidence",
                                   message=_("Attach at most %(n)s files.") % {"n": MAX_FILES})
        _encrypt_files(report, report_key, files, by_reporter=True)
        event_write(organisation=report.organisation, report=report, kind=EventKind.EVIDENCE)
    return message
