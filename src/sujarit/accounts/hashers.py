from django.contrib.auth.hashers import Argon2PasswordHasher


class FastArgon2PasswordHasher(Argon2PasswordHasher):
    """Argon2 with a tiny cost, for tests only (config/test.py)."""

    time_cost = 1
    memory_cost = 64
    parallelism = 1
