"""A risk matrix: the likelihood and impact scales shown to the user and the score bands that give a level.

A matrix is a versioned item (ADR 0019): an assessment keeps the version it was scored with, so a new version
never re-scores an old assessment.
"""
from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Level:
    code: str
    label_th: str
    label_en: str
    min_score: int
    max_score: int
    colour: str

    @property
    def label(self) -> str:
        return self.label_th if translation.get_language() != "en" else self.label_en


class RiskMatrix(models.Model):
    code = models.SlugField(_("code"), max_length=50)
    version = models.PositiveIntegerField(_("version"), default=1)
    title = models.CharField(_("title"), max_length=300)
    size = models.PositiveSmallIntegerField(_("size"), default=5)
    likelihood_scale = models.JSONField(_("likelihood scale"), default=list)
    impact_scale = models.JSONField(_("impact scale"), default=list)
    levels = models.JSONField(_("levels"), default=list)
    source = models.TextField(_("source"), blank=True)
    is_default = models.BooleanField(_("default for new assessments"), default=False)

    class Meta:
        verbose_name = _("risk matrix")
        verbose_name_plural = _("risk matrices")
        ordering = ["code", "-version"]
        constraints = [models.UniqueConstraint(fields=["code", "version"], name="riskmatrix_code_version")]

    def __str__(self) -> str:
        return f"{self.title} (v{self.version})"

    def level_list(self) -> list[Level]:
        return [Level(code=lv["code"], label_th=lv["label_th"], label_en=lv["label_en"],
                      min_score=lv["min"], max_score=lv["max"], colour=lv["colour"]) for lv in self.levels]

    def level_for(self, score: int | None) -> Level | None:
        if score is None:
            return None
        for level in self.level_list():
            if level.min_score <= score <= level.max_score:
                return level
        return None

    def level_by_code(self, code: str) -> Level | None:
        return next((lv for lv in self.level_list() if lv.code == code), None)

    def level_by_label(self, label: str) -> Level | None:
        text = "".join((label or "").split())
        return next((lv for lv in self.level_list()
                     if text in ("".join(lv.label_th.split()), lv.label_en.lower().replace(" ", ""), lv.code)),
                    None)

    def clean(self) -> None:
        """Both scales have `size` steps numbered 1..size; the bands cover 1..size² without gap or overlap."""
        for name in ("likelihood_scale", "impact_scale"):
            values = [step.get("value") for step in getattr(self, name)]
            if values != list(range(1, self.size + 1)):
                raise ValidationError({name: _("The scale must have steps 1 to %(n)s in order.") % {"n": self.size}})
        expected = 1
        for level in sorted(self.levels, key=lambda lv: lv["min"]):
            if level["min"] != expected or level["max"] < level["min"]:
                raise ValidationError({"levels": _("The level bands must cover every score without gaps.")})
            expected = level["max"] + 1
        if expected != self.size * self.size + 1:
            raise ValidationError({"levels": _("The level bands must cover every score without gaps.")})
