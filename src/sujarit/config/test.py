"""Test settings: the same as production but fast hashing, immediate tasks and plain static storage."""
import os
import tempfile

from .settings import *  # noqa: F403
from .settings import DATABASES, STORAGES

# A test database on SQLite lives in memory unless DATABASE_URL points at PostgreSQL.
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    DATABASES["default"] = {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}

PASSWORD_HASHERS = ["sujarit.accounts.hashers.FastArgon2PasswordHasher"]
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
DEBUG = False
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = tempfile.mkdtemp(prefix="sujarit-test-media-")  # uploads made by tests never land in var/
WHISTLEBLOWING_ARGON2 = {"time_cost": 1, "memory_cost": 256, "parallelism": 1}  # demo keys at test cost
