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
    "LEGAL_OPERATOR": "Agence régionale de santé Pays de la Loire",
    "LEGAL_PUBLICATION_DIRECTOR": "Directeur général de l'ARS Pays de la Loire",
    "LEGAL_HOST": "Hébergeur qualifié SecNumCloud",
    "LEGAL_DPO_EMAIL": "dpo@ars.exemple.fr",
}


def _manage(*args, env):
    clean = {k: v for k, v in os.environ.items() if k not in PRODUCTION_ENV and k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env={**clean, **env}, capture_output=True, text=True
    )


def test_deploy_check_is_clean_with_production_settings():
    result = _manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_secret_key():
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "SECRET_KEY"}
    result = _manage("check", env=env)
    assert result.returncode != 0
    assert "SECRET_KEY doit être défini" in result.stderr


def test_deploy_check_asks_who_runs_the_instance():
    env = {k: v for k, v in PRODUCTION_ENV.items() if not k.startswith("LEGAL_")}
    result = _manage("check", "--deploy", "--fail-level", "WARNING", env=env)
    assert result.returncode != 0
    assert "cls_portal.W001" in result.stderr + result.stdout
    assert "LEGAL_OPERATOR" in result.stderr + result.stdout
