"""Versioned taxonomies: NACC plan frameworks with their dimensions (มิติ) and areas, as data."""
from django.db import models
from django.utils.translation import gettext_lazy as _


class Framework(models.Model):
    code = models.SlugField(_("code"), max_length=50)
    version = models.PositiveIntegerField(_("version"), default=1)
    title = models.CharField(_("title"), max_length=300)
    first_year_be = models.PositiveIntegerField(_("first fiscal year (BE)"))
    last_year_be = models.PositiveIntegerField(_("last fiscal year (BE)"))
    source = models.TextField(_("source"), blank=True)

    class Meta:
        verbose_name = _("framework")
        verbose_name_plural = _("frameworks")
        ordering = ["-first_year_be", "-version"]
        constraints = [models.UniqueConstraint(fields=["code", "version"], name="framework_code_version")]

    def __str__(self) -> str:
        return f"{self.title} (v{self.version})"


class Area(models.Model):
    """A node of the framework: a dimension ("1"), an area ("1.1") or a sub-area ("1.1.1")."""

    framework = models.ForeignKey(Framework, on_delete=models.CASCADE, related_name="areas")
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.CASCADE, related_name="children")
    code = models.CharField(_("code"), max_length=20)
    title = models.TextField(_("title"))
    level = models.PositiveSmallIntegerField(_("level"))
    dimension_number = models.PositiveSmallIntegerField(_("dimension"))
    sort_key = models.CharField(max_length=40, editable=False)

    class Meta:
        verbose_name = _("framework area")
        verbose_name_plural = _("framework areas")
        ordering = ["framework", "sort_key"]
        constraints = [models.UniqueConstraint(fields=["framework", "code"], name="area_framework_code")]

    def __str__(self) -> str:
        return f"{self.code} {self.title}"

    @property
    def is_dimension(self) -> bool:
        return self.level == 1
