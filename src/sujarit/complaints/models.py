"""The complaint centre (ร้องทุกข์/ร้องเรียน): cases, their events, messages, letters and attachments.

Corruption and misconduct reports are not here: they live in the separate whistleblowing app (plan measure 44).
"""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from sujarit.core.models import AppendOnlyModel
from sujarit.core.querysets import OrgScopedQuerySet


class Channel(models.TextChoices):
    WEB = "web", _("Online form")
    WALK_IN = "walk_in", _("Walk-in at the complaint centre")
    PHONE = "phone", _("Telephone")
    LETTER = "letter", _("Letter")
    FACEBOOK = "facebook", _("Facebook message")
    LINE = "line", _("LINE message")
    EMAIL = "email", _("Email")
    HOTLINE_1111 = "hotline_1111", _("Government hotline 1111 hand-off")
    DAMRONGDHAM = "damrongdham", _("Damrongdham Centre hand-off")


class Status(models.TextChoices):
    RECEIVED = "received", _("Received")
    ACCEPTED = "accepted", _("Accepted")
    REJECTED = "rejected", _("Not accepted")
    FORWARDED = "forwarded", _("Forwarded to another agency")
    ASSIGNED = "assigned", _("Assigned")
    IN_PROGRESS = "in_progress", _("In progress")
    RESOLVED = "resolved", _("Resolved")
    CLOSED = "closed", _("Closed")


FINISHED = frozenset({Status.REJECTED, Status.FORWARDED, Status.RESOLVED, Status.CLOSED})


class CentreSettings(models.Model):
    """Per-organisation rules of the complaint centre (ADR 0025). Missing row = the defaults."""

    organisation = models.OneToOneField("orgs.Organisation", on_delete=models.CASCADE, related_name="+")
    due_days = models.PositiveSmallIntegerField(_("days to resolve"), default=15)
    working_days = models.BooleanField(_("count working days only"), default=False,
                                       help_text=_("Unticked: calendar days, as the plan says."))
    reopen_days = models.PositiveSmallIntegerField(_("days in which a complainant may reopen"), default=15)
    remind_days = models.PositiveSmallIntegerField(_("remind this many days before the deadline"), default=3)

    objects = OrgScopedQuerySet.as_manager()

    class Meta:
        verbose_name = _("complaint-centre settings")
        verbose_name_plural = _("complaint-centre settings")


class Holiday(models.Model):
    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.CASCADE, related_name="+")
    day = models.DateField(_("date"))
    name = models.CharField(_("name"), max_length=200)

    objects = OrgScopedQuerySet.as_manager()

    class Meta:
        verbose_name = _("holiday")
        verbose_name_plural = _("holidays")
        ordering = ["day"]
        constraints = [models.UniqueConstraint(fields=["organisation", "day"], name="complaints_holiday_unique")]


class Category(models.Model):
    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.CASCADE, related_name="+")
    code = models.SlugField(_("code"), max_length=40)
    name = models.CharField(_("name"), max_length=200)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    is_active = models.BooleanField(_("active"), default=True)

    objects = OrgScopedQuerySet.as_manager()

    class Meta:
        verbose_name = _("complaint category")
        verbose_name_plural = _("complaint categories")
        ordering = ["order", "id"]
        constraints = [models.UniqueConstraint(fields=["organisation", "code"], name="complaints_category_unique")]

    def __str__(self) -> str:
        return self.name


class UnitHead(models.Model):
    """The head of a unit (units are free text on memberships): receives the deadline reminders of its cases."""

    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.CASCADE, related_name="+")
    unit = models.CharField(_("unit"), max_length=200)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")

    objects = OrgScopedQuerySet.as_manager()

    class Meta:
        verbose_name = _("head of unit")
        verbose_name_plural = _("heads of unit")


class Complaint(models.Model):
    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.PROTECT, related_name="+")
    number = models.PositiveIntegerField(_("number"))
    fiscal_year_be = models.PositiveIntegerField(_("fiscal year (BE)"))
    tracking_hash = models.CharField(max_length=64, unique=True, editable=False)
    tracking_hint = models.CharField(_("last characters of the tracking code"), max_length=4)
    channel = models.CharField(_("channel"), max_length=16, choices=Channel.choices)
    category = models.ForeignKey(Category, on_delete=models.PROTECT, related_name="+", verbose_name=_("category"))
    subject = models.CharField(_("subject"), max_length=200)
    description = models.TextField(_("description"))
    place = models.CharField(_("place"), max_length=300, blank=True)
    latitude = models.DecimalField(_("latitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(_("longitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    contact_name = models.CharField(_("name"), max_length=200, blank=True)
    contact_phone = models.CharField(_("phone"), max_length=50, blank=True)
    contact_email = models.EmailField(_("email"), blank=True)
    contact_line = models.CharField(_("LINE ID"), max_length=100, blank=True)
    contact_address = models.TextField(_("postal address"), blank=True)
    received_on = models.DateField(_("date received"))
    due_on = models.DateField(_("due date"))
    extended_on = models.DateField(_("expected date after explanation"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.RECEIVED)
    status_reason = models.TextField(_("reason"), blank=True)
    forwarded_to = models.CharField(_("forwarded to"), max_length=300, blank=True)
    assigned_unit = models.CharField(_("unit"), max_length=200, blank=True)
    assignee = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                 related_name="+", verbose_name=_("officer"))
    result = models.TextField(_("result"), blank=True)
    obstacle = models.TextField(_("problems and obstacles"), blank=True)
    prevention = models.TextField(_("solution and prevention"), blank=True)
    finished_on = models.DateField(_("date finished"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    rating = models.PositiveSmallIntegerField(_("satisfaction (1–5)"), null=True, blank=True)
    rating_comment = models.TextField(_("comment on the service"), blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = OrgScopedQuerySet.as_manager()

    class Meta:
        verbose_name = _("complaint")
        verbose_name_plural = _("complaints")
        ordering = ["-received_on", "-id"]
        constraints = [models.UniqueConstraint(fields=["organisation", "fiscal_year_be", "number"],
                                               name="complaints_number_unique")]
        indexes = [models.Index(fields=["organisation", "status", "due_on"]),
                   models.Index(fields=["organisation", "fiscal_year_be", "received_on"])]

    def __str__(self) -> str:
        return f"{self.number}/{self.fiscal_year_be} {self.subject}"

    @property
    def reference(self) -> str:
        return f"{self.number}/{self.fiscal_year_be}"

    @property
    def expected_on(self):
        return self.extended_on or self.due_on

    @property
    def is_finished(self) -> bool:
        return self.status in FINISHED

    @property
    def has_written_contact(self) -> bool:
        return bool(self.contact_email or self.contact_address or self.contact_line or self.contact_phone)




class ComplaintEvent(AppendOnlyModel):
    """Append-only: every transition, explanation, letter and rating of a case."""

    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.PROTECT, related_name="+")
    complaint = models.ForeignKey(Complaint, on_delete=models.CASCADE, related_name="events")
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    action = models.CharField(_("action"), max_length=32)
    from_status = models.CharField(_("from"), max_length=16, choices=Status.choices, blank=True)
    to_status = models.CharField(_("to"), max_length=16, choices=Status.choices, blank=True)
    comment = models.TextField(_("comment"), blank=True)
    by_complainant = models.BooleanField(default=False)
    created_at = models.DateTimeField(_("when"), auto_now_add=True)

    objects = OrgScopedQuerySet.as_manager()

    @property
    def action_label(self) -> str:
        from .workflow import ACTION_LABELS

        return str(ACTION_LABELS.get(self.action, self.action))

    class Meta:
        verbose_name = _("complaint event")
        verbose_name_plural = _("complaint events")
        ordering = ["created_at", "id"]


class Message(AppendOnlyModel):
    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.PROTECT, related_name="+")
    complaint = models.ForeignKey(Complaint, on_delete=models.CASCADE, related_name="messages")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                               related_name="+")
    from_complainant = models.BooleanField(_("from the complainant"), default=False)
    body = models.TextField(_("message"))
    created_at = models.DateTimeField(_("when"), auto_now_add=True)

    objects = OrgScopedQuerySet.as_manager()

    class Meta:
        verbose_name = _("message")
        verbose_name_plural = _("messages")
        ordering = ["created_at", "id"]


class LetterKind(models.TextChoices):
    ACKNOWLEDGEMENT = "ack", _("Acknowledgement of receipt")
    EXPLANATION = "explanation", _("Explanation of delay")
    RESULT = "result", _("Result")


class Letter(AppendOnlyModel):
    """A written notice to the complainant, kept as issued (its text does not change when the case does)."""

    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.PROTECT, related_name="+")
    complaint = models.ForeignKey(Complaint, on_delete=models.CASCADE, related_name="letters")
    kind = models.CharField(_("kind"), max_length=16, choices=LetterKind.choices)
    issued_on = models.DateField(_("date"))
    expected_on = models.DateField(_("expected date"), null=True, blank=True)
    body = models.TextField(_("text"), blank=True)
    issued_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                  related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    objects = OrgScopedQuerySet.as_manager()

    class Meta:
        verbose_name = _("letter")
        verbose_name_plural = _("letters")
        ordering = ["created_at", "id"]


class Attachment(models.Model):
    """A file kept outside static/ and served only through an access-checked view."""

    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.PROTECT, related_name="+")
    complaint = models.ForeignKey(Complaint, on_delete=models.CASCADE, related_name="attachments")
    original_name = models.CharField(_("file name"), max_length=200)
    content_type = models.CharField(_("type"), max_length=100)
    size = models.PositiveIntegerField(_("size (bytes)"))
    sha256 = models.CharField(max_length=64)
    storage_name = models.CharField(max_length=100, unique=True)
    is_evidence = models.BooleanField(_("evidence of the result"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = OrgScopedQuerySet.as_manager()

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["id"]


class Reminder(models.Model):
    """An in-app reminder of a deadline (also sent by email); one per case, person, stage and day."""

    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.CASCADE, related_name="+")
    complaint = models.ForeignKey(Complaint, on_delete=models.CASCADE, related_name="reminders")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    stage = models.CharField(max_length=16)  # "due_soon" | "overdue"
    day = models.DateField()
    created_at = models.DateTimeField(auto_now_add=True)

    objects = OrgScopedQuerySet.as_manager()

    class Meta:
        verbose_name = _("reminder")
        verbose_name_plural = _("reminders")
        ordering = ["-created_at"]
        constraints = [models.UniqueConstraint(fields=["complaint", "user", "stage", "day"],
                                               name="complaints_reminder_once")]


class RateCounter(models.Model):
    """Requests per client key and time window (ADR 0023). The key is a keyed hash, never an address."""

    key = models.CharField(max_length=80)
    window_start = models.DateTimeField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["key", "window_start"], name="complaints_rate_unique")]


class NumberCounter(models.Model):
    """The last running number (เลขรับ) given per organisation and fiscal year: one row, bumped in one statement."""

    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.PROTECT, related_name="+")
    fiscal_year_be = models.PositiveIntegerField()
    last = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["organisation", "fiscal_year_be"],
                                               name="complaints_counter_unique")]


class SpentChallenge(models.Model):
    """A proof-of-work challenge already used once (refuses replays until it expires)."""

    nonce = models.CharField(max_length=64, unique=True)
    expires_at = models.DateTimeField()
