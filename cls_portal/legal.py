"""Who runs this instance of the service: what the legal pages say, from the settings (README, "Configuration")."""

import datetime

from django.conf import settings
from django.core import checks

# A local demonstration names no operator: the pages say so rather than invent one.
DEMO_OPERATOR = "l'exploitant de cette instance (non renseigné : démonstration locale)"
# The date this statement's text was last reviewed against the RGAA 4.1 model.
ACCESSIBILITY_STATEMENT_DATE = datetime.date(2026, 12, 1)


def legal_information():
    legal = settings.LEGAL
    return {
        "is_demo": not legal["operator"],
        "operator": legal["operator"] or DEMO_OPERATOR,
        "operator_address": legal["operator_address"],
        "publication_director": legal["publication_director"] or "Non renseigné (démonstration locale).",
        "host": legal["host"] or "Non renseigné (démonstration locale).",
        "contact_email": legal["contact_email"],
        "dpo_email": legal["dpo_email"] or legal["contact_email"],
        "account_retention": "trois ans",
        "security_log_retention": "six mois",
        "accessibility_statement_date": ACCESSIBILITY_STATEMENT_DATE,
    }


@checks.register(checks.Tags.security, deploy=True)
def check_operator_is_named(app_configs, **kwargs):
    """A production instance publishes who runs it (mentions légales, RGPD controller, accessibility contact)."""
    missing = [name for name in ("operator", "publication_director", "host", "dpo_email") if not settings.LEGAL[name]]
    if not missing:
        return []
    variables = ", ".join(f"LEGAL_{name.upper()}" for name in missing)
    return [
        checks.Warning(
            f"Les mentions légales ne sont pas renseignées ({variables}).",
            hint="Voir le README, « Configuration ».",
            id="cls_portal.W001",
        )
    ]
