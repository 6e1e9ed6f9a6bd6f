"""Read the settings module as a given environment makes it, in a fresh interpreter."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DEBUG": "0",
    "SECRET_KEY": "a-production-secret-key-that-is-long-and-random-enough-0123456789-abcdefghijkl",
    "ALLOWED_HOSTS": "portail-cls.example.gouv.fr",
    "DATABASE_URL": "sqlite:///" + str(ROOT / "var" / "deploy-check.sqlite3"),
}
# Variables of the settings that these tests set; any value of the developer's shell is left out.
SETTING_VARIABLES = {
    *PRODUCTION_ENV,
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SESSION_COOKIE_AGE",
    "SESSION_IDLE_TIMEOUT",
    "LOGIN_FAILURE_LIMIT",
    "LOGIN_FAILURE_LIMIT_PER_IP",
    "LOGIN_COOLOFF_MINUTES",
    "PASSWORD_RESET_LIMIT_PER_ADDRESS",
    "PASSWORD_RESET_LIMIT_PER_IP",
    "PASSWORD_RESET_WINDOW_MINUTES",
    "DATABASE_CONNECT_TIMEOUT",
    "DATABASE_STATEMENT_TIMEOUT",
    "CACHE_URL",
    "CSP_REPORT_URI",
    "DJANGO_ALLOW_ASYNC_UNSAFE",
}


def clean_environment(**env):
    clean = {k: v for k, v in os.environ.items() if k not in SETTING_VARIABLES}
    return {**clean, **PRODUCTION_ENV, **env}


def settings_with(*names, **env):
    """The values of the settings `names` with the production environment plus `env`."""
    code = (
        "import json, sys; from cls_portal import settings as s; "
        "print(json.dumps({n: getattr(s, n, None) for n in sys.argv[1:]}, default=str))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, *names], cwd=ROOT, env=clean_environment(**env), capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])
