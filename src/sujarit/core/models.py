"""Base models shared by the apps."""
from django.db import models


class AppendOnlyError(ValueError):
    """Raised when code tries to change or delete a row of an append-only log."""


class AppendOnlyModel(models.Model):
    """A log row: written once, never updated, never deleted (event rows of every workflow)."""

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise AppendOnlyError(f"{type(self).__name__} rows are append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError(f"{type(self).__name__} rows are append-only.")
