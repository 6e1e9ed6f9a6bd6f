import pytest


@pytest.fixture(autouse=True)
def fast_password_hasher(settings):
    """Every persona hashes a password: PBKDF2 made this package's tests ten times slower."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
