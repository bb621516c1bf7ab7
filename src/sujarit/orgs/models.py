"""Local administrative organisations (อปท.), who belongs to them, and who oversees them."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class OrgKind(models.TextChoices):
    SUBDISTRICT_MUNICIPALITY = "tambon_municipality", _("Subdistrict municipality (เทศบาลตำบล)")
    TOWN_MUNICIPALITY = "town_municipality", _("Town municipality (เทศบาลเมือง)")
    CITY_MUNICIPALITY = "city_municipality", _("City municipality (เทศบาลนคร)")
    SAO = "sao", _("Subdistrict administrative organisation (อบต.)")
    PAO = "pao", _("Provincial administrative organisation (อบจ.)")


class Organisation(models.Model):
    code = models.CharField(_("LAO code"), max_length=20, unique=True)
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("type"), max_length=32, choices=OrgKind.choices)
    province = models.CharField(_("province"), max_length=100)
    district = models.CharField(_("district"), max_length=100)
    region = models.CharField(_("region"), max_length=100, blank=True)
    address = models.TextField(_("address"), blank=True)

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["province", "district", "name"]

    def __str__(self) -> str:
        return self.name


class Role(models.TextChoices):
    """Roles inside one organisation (DESIGN.md §1). Overseers are scoped separately (OverseerScope)."""

    PLAN_OFFICER = "plan_officer", _("Plan officer")
    COMPLAINT_OFFICER = "complaint_officer", _("Complaint officer")
    CORRUPTION_OFFICER = "corruption_officer", _("Corruption-report officer")
    IDENTITY_CUSTODIAN = "identity_custodian", _("Identity custodian")
    EXECUTIVE = "executive", _("Executive")
    COUNCIL_MEMBER = "council_member", _("Council member")
    AUDITOR = "auditor", _("Internal auditor")
    ORG_ADMIN = "org_admin", _("Organisation administrator")


class Membership(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(_("role"), max_length=32, choices=Role.choices)
    unit = models.CharField(_("unit"), max_length=200, blank=True)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(fields=["user", "organisation", "role"], name="membership_unique_role")
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.organisation} · {self.get_role_display()}"


class OverseerLevel(models.TextChoices):
    DISTRICT = "district", _("District")
    PROVINCE = "province", _("Province")
    REGION = "region", _("Region")
    NATION = "nation", _("Nation")


class OverseerScope(models.Model):
    """Read access to every organisation inside an area, and the right to review their plans."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="overseer_scopes")
    level = models.CharField(_("level"), max_length=16, choices=OverseerLevel.choices)
    region = models.CharField(_("region"), max_length=100, blank=True)
    province = models.CharField(_("province"), max_length=100, blank=True)
    district = models.CharField(_("district"), max_length=100, blank=True)

    class Meta:
        verbose_name = _("overseer scope")
        verbose_name_plural = _("overseer scopes")

    def __str__(self) -> str:
        where = {"district": self.district, "province": self.province, "region": self.region}.get(self.level, "")
        return f"{self.user} · {self.get_level_display()} {where}".strip()

    def covers_filter(self) -> models.Q:
        """Q over Organisation for the organisations this scope covers."""
        if self.level == OverseerLevel.NATION:
            return models.Q()
        if self.level == OverseerLevel.REGION:
            return models.Q(region=self.region)
        if self.level == OverseerLevel.PROVINCE:
            return models.Q(province=self.province)
        return models.Q(province=self.province, district=self.district)
