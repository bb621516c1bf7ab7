"""The channel's own tables. Contents are ciphertext (crypto.py); only workflow metadata is in clear.

None of these models is registered with django-auditlog: the channel keeps its own append-only `ReportEvent`.
Reports, messages, files and reporter-side events carry a date only, never a time of day.
"""
from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from sujarit.core.models import AppendOnlyModel
from sujarit.core.querysets import OrgScopedQuerySet
from sujarit.orgs.models import Organisation


class ReportState(models.TextChoices):
    RECEIVED = "received", _("Received")
    ACKNOWLEDGED = "acknowledged", _("Acknowledged")
    PRELIMINARY = "preliminary_review", _("Preliminary review")
    INVESTIGATION = "investigation", _("Investigation")
    CONCLUDED = "concluded", _("Concluded")
    CLOSED = "closed", _("Closed")


class Category(models.TextChoices):
    BRIBERY = "bribery", _("Bribery")
    PROCUREMENT = "procurement", _("Procurement")
    BUDGET_MISUSE = "budget_misuse", _("Misuse of budget or property")
    ABUSE_OF_POWER = "abuse_of_power", _("Abuse of power")
    CONFLICT_OF_INTEREST = "conflict_of_interest", _("Conflict of interest")
    OTHER = "other", _("Other")


class Anonymity(models.TextChoices):
    ANONYMOUS = "anonymous", _("Anonymous: I do not give my identity")
    CONFIDENTIAL = "confidential", _("Confidential: I give my identity, to be protected")


class InvestigationKind(models.TextChoices):
    INTERNAL = "internal", _("Internal investigation")
    NACC = "nacc", _("Referred to the NACC (ป.ป.ช.)")
    PACC = "pacc", _("Referred to the PACC (ป.ป.ท.)")
    PROVINCE = "province", _("Referred to the province")
    POLICE = "police", _("Referred to the police")


class Outcome(models.TextChoices):
    SUBSTANTIATED = "substantiated", _("Substantiated")
    NOT_SUBSTANTIATED = "not_substantiated", _("Not substantiated")
    INSUFFICIENT = "insufficient_evidence", _("Insufficient evidence")


class ActionTaken(models.TextChoices):
    NONE = "none", _("No action")
    DISCIPLINARY = "disciplinary", _("Disciplinary action")
    CRIMINAL = "criminal_referral", _("Criminal referral")
    SYSTEM_FIX = "system_fix", _("Fix to the system or procedure")


class ChannelSettings(models.Model):
    """The organisation's settings for the channel; the published manual is generated from them."""

    organisation = models.OneToOneField(Organisation, on_delete=models.CASCADE, related_name="wb_settings")
    responsible_unit = models.CharField(_("responsible unit"), max_length=200, default="", blank=True)
    contact = models.TextField(_("other ways to report (address, telephone)"), blank=True)
    acknowledge_days = models.PositiveSmallIntegerField(_("days to acknowledge a report"), default=7)
    preliminary_days = models.PositiveSmallIntegerField(_("days for the preliminary review"), default=30)
    investigation_days = models.PositiveSmallIntegerField(_("days for an investigation"), default=90)
    feedback_days = models.PositiveSmallIntegerField(_("days between updates to the reporter"), default=30)
    remind_days = models.PositiveSmallIntegerField(
        _("days before a deadline to remind the officers"), default=3,
        help_text=_("Officers are reminded in the app and by an e-mail without any detail of the report."))
    tell_reporter_of_identity_access = models.BooleanField(
        _("tell the reporter when their identity is accessed"), default=True)
    receipt_salt = models.BinaryField(editable=False)
    receipt_kdf_cost = models.JSONField(editable=False, default=dict)

    class Meta:
        verbose_name = _("channel settings")
        verbose_name_plural = _("channel settings")

    def __str__(self) -> str:
        return str(self.organisation)


class UserKey(models.Model):
    """A person's X25519 key pair; the private half is encrypted under a key derived from their password."""

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        AWAITING_RECOVERY = "awaiting_recovery", _("Awaiting recovery")
        RETIRED = "retired", _("Retired")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="wb_keys")
    public_key = models.BinaryField()
    private_box = models.BinaryField()
    kdf_salt = models.BinaryField()
    kdf_cost = models.JSONField()
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.ACTIVE)
    created_on = models.DateField(auto_now_add=True)

    class Meta:
        verbose_name = _("officer key")
        verbose_name_plural = _("officer keys")
        constraints = [models.UniqueConstraint(fields=["user"], condition=models.Q(status="active"),
                                               name="wb_one_active_key_per_user")]

    def __str__(self) -> str:
        return f"{self.user} · {self.get_status_display()}"


class CustodianKey(models.Model):
    """The organisation's escrow key: identity keys and report keys are sealed for it."""

    organisation = models.OneToOneField(Organisation, on_delete=models.CASCADE, related_name="wb_custodian_key")
    public_key = models.BinaryField()
    created_on = models.DateField(auto_now_add=True)

    class Meta:
        verbose_name = _("custodian key")
        verbose_name_plural = _("custodian keys")

    def __str__(self) -> str:
        return str(self.organisation)


class CustodianShare(models.Model):
    """The custodian key's private half, sealed for one custodian's UserKey."""

    custodian_key = models.ForeignKey(CustodianKey, on_delete=models.CASCADE, related_name="shares")
    user_key = models.ForeignKey(UserKey, on_delete=models.CASCADE, related_name="custodian_shares")
    sealed_private = models.BinaryField()

    class Meta:
        verbose_name = _("custodian key share")
        verbose_name_plural = _("custodian key shares")
        constraints = [models.UniqueConstraint(fields=["custodian_key", "user_key"], name="wb_share_unique")]


class Report(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="wb_reports")
    number = models.PositiveIntegerField(_("number"))
    fiscal_year_be = models.PositiveSmallIntegerField(_("fiscal year"))
    received_on = models.DateField(_("received on"))
    state = models.CharField(_("state"), max_length=24, choices=ReportState.choices, default=ReportState.RECEIVED)
    category = models.CharField(_("category"), max_length=24, choices=Category.choices)
    anonymity = models.CharField(_("anonymity"), max_length=16, choices=Anonymity.choices)
    assigned_to = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                    related_name="+", verbose_name=_("handling officer"))
    acknowledge_due_on = models.DateField(_("acknowledge by"))
    acknowledged_on = models.DateField(_("acknowledged on"), null=True, blank=True)
    stage_due_on = models.DateField(_("current stage due on"), null=True, blank=True)
    feedback_due_on = models.DateField(_("next update to the reporter due on"), null=True, blank=True)
    investigation_kind = models.CharField(_("investigation"), max_length=16, choices=InvestigationKind.choices,
                                          blank=True)
    referred_on = models.DateField(_("referred on"), null=True, blank=True)
    outcome = models.CharField(_("outcome"), max_length=24, choices=Outcome.choices, blank=True)
    action_taken = models.CharField(_("action taken"), max_length=24, choices=ActionTaken.choices, blank=True)
    concluded_on = models.DateField(_("concluded on"), null=True, blank=True)
    closed_on = models.DateField(_("closed on"), null=True, blank=True)
    receipt_hash = models.CharField(max_length=64, unique=True)
    reporter_salt = models.BinaryField()
    reporter_kdf_cost = models.JSONField()
    reporter_wrap = models.BinaryField()
    escrow_wrap = models.BinaryField()
    content_box = models.BinaryField()

    objects = OrgScopedQuerySet.as_manager()

    class Meta:
        verbose_name = _("corruption report")
        verbose_name_plural = _("corruption reports")
        ordering = ["-fiscal_year_be", "-number"]
        constraints = [models.UniqueConstraint(fields=["organisation", "fiscal_year_be", "number"],
                                               name="wb_report_number_unique")]

    def __str__(self) -> str:
        return self.reference

    @property
    def reference(self) -> str:
        return f"{self.number}/{self.fiscal_year_be}"

    @property
    def is_open(self) -> bool:
        return self.state not in (ReportState.CONCLUDED, ReportState.CLOSED)


class ReportKeyWrap(models.Model):
    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="key_wraps")
    user_key = models.ForeignKey(UserKey, on_delete=models.CASCADE, related_name="report_wraps")
    sealed_key = models.BinaryField()

    class Meta:
        verbose_name = _("report key wrap")
        verbose_name_plural = _("report key wraps")
        constraints = [models.UniqueConstraint(fields=["report", "user_key"], name="wb_wrap_unique")]


class ExclusionTag(models.Model):
    """HMAC(server secret, report, user): this user is named in the report and may never see it."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="exclusions")
    tag = models.CharField(max_length=64)

    class Meta:
        verbose_name = _("exclusion")
        verbose_name_plural = _("exclusions")
        constraints = [models.UniqueConstraint(fields=["report", "tag"], name="wb_exclusion_unique")]


class IdentityRecord(models.Model):
    report = models.OneToOneField(Report, on_delete=models.CASCADE, related_name="identity")
    identity_box = models.BinaryField()
    escrow_wrap = models.BinaryField()

    class Meta:
        verbose_name = _("reporter identity (encrypted)")
        verbose_name_plural = _("reporter identities (encrypted)")


class IdentityRequest(models.Model):
    class Decision(models.TextChoices):
        PENDING = "pending", _("Pending")
        APPROVED = "approved", _("Approved")
        REFUSED = "refused", _("Refused")

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="identity_requests")
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    requested_on = models.DateField(auto_now_add=True)
    reason_box = models.BinaryField()
    decision = models.CharField(max_length=10, choices=Decision.choices, default=Decision.PENDING)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                   related_name="+")
    decided_on = models.DateField(null=True, blank=True)
    note_box = models.BinaryField(null=True, blank=True)
    granted_wrap = models.BinaryField(null=True, blank=True)
    granted_key = models.ForeignKey(UserKey, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")

    objects = OrgScopedQuerySet.as_manager()

    class Meta:
        verbose_name = _("identity request")
        verbose_name_plural = _("identity requests")
        ordering = ["-id"]


class Message(models.Model):
    class Author(models.TextChoices):
        REPORTER = "reporter", _("Reporter")
        OFFICER = "officer", _("Officer")

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="messages")
    author_kind = models.CharField(max_length=10, choices=Author.choices)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                               related_name="+")
    sent_on = models.DateField()
    body_box = models.BinaryField()

    class Meta:
        verbose_name = _("message")
        verbose_name_plural = _("messages")
        ordering = ["id"]


class Attachment(models.Model):
    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="attachments")
    added_by_reporter = models.BooleanField(default=True)
    added_on = models.DateField()
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    name_box = models.BinaryField()
    body_box = models.BinaryField()

    class Meta:
        verbose_name = _("evidence file")
        verbose_name_plural = _("evidence files")
        ordering = ["id"]


class EventKind(models.TextChoices):
    RECEIVED = "received", _("Report received")
    VIEWED = "viewed", _("Report viewed")
    TRANSITION = "transition", _("State changed")
    MESSAGE = "message", _("Message")
    EVIDENCE = "evidence", _("Evidence added")
    EVIDENCE_OPENED = "evidence_opened", _("Evidence file opened")
    ASSIGNED = "assigned", _("Assigned")
    ASSIGN_REFUSED = "assign_refused", _("Assignment refused: named person")
    EXCLUDED = "excluded", _("Person named in the report excluded")
    SHARED = "shared", _("Report key shared")
    IDENTITY_REQUESTED = "identity_requested", _("Identity requested")
    IDENTITY_APPROVED = "identity_approved", _("Identity access approved")
    IDENTITY_REFUSED = "identity_refused", _("Identity access refused")
    IDENTITY_VIEWED = "identity_viewed", _("Identity viewed")
    KEY_ROTATED = "key_rotated", _("Officer key rotated")
    KEY_RECOVERED = "key_recovered", _("Officer key recovered")
    ESCROW_USED = "escrow_used", _("Custodian key used")
    REMINDED_ACKNOWLEDGE = "reminded_acknowledge", _("Officers reminded: acknowledgement due")
    REMINDED_FEEDBACK = "reminded_feedback", _("Officers reminded: update to the reporter due")
    REMINDED_STAGE = "reminded_stage", _("Officers reminded: stage deadline")


class ReportEvent(AppendOnlyModel):
    """The channel's own append-only log. Reporter-side events have no actor and no time of day."""

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    report = models.ForeignKey(Report, on_delete=models.PROTECT, null=True, blank=True, related_name="events")
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                              related_name="+")
    kind = models.CharField(max_length=24, choices=EventKind.choices)
    occurred_on = models.DateField()
    occurred_at = models.DateTimeField(null=True, blank=True)
    from_state = models.CharField(max_length=24, blank=True)
    to_state = models.CharField(max_length=24, blank=True)
    comment_box = models.BinaryField(null=True, blank=True)

    objects = OrgScopedQuerySet.as_manager()

    class Meta:
        verbose_name = _("report event")
        verbose_name_plural = _("report events")
        ordering = ["id"]



class Reminder(models.Model):
    """An in-app reminder of a deadline, also sent by an e-mail that holds no detail of the report.

    One per report, officer, kind and day; a date only, like the rest of the channel.
    """

    class Kind(models.TextChoices):
        ACKNOWLEDGE = "acknowledge", _("Acknowledge the report")
        FEEDBACK = "feedback", _("Update the reporter")
        STAGE = "stage", _("Finish the current stage")

    class Stage(models.TextChoices):
        DUE_SOON = "due_soon", _("Due soon")
        OVERDUE = "overdue", _("Overdue")

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="reminders")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=12, choices=Kind.choices)
    stage = models.CharField(max_length=10, choices=Stage.choices)
    due_on = models.DateField()
    day = models.DateField()

    objects = OrgScopedQuerySet.as_manager()

    class Meta:
        verbose_name = _("deadline reminder")
        verbose_name_plural = _("deadline reminders")
        ordering = ["due_on", "id"]
        constraints = [models.UniqueConstraint(fields=["report", "user", "kind", "day"], name="wb_reminder_once")]


class ThrottleBucket(models.Model):
    """Counts wrong receipts per keyed-hash bucket and hour; rows older than an hour are removed."""

    key = models.CharField(max_length=64)
    window = models.DateTimeField()
    failures = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("receipt throttle")
        verbose_name_plural = _("receipt throttles")
        constraints = [models.UniqueConstraint(fields=["key", "window"], name="wb_throttle_unique")]
