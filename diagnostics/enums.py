from django.db import models


class Theme(models.TextChoices):
    DEMOGRAPHY = "demography", "Démographie"
    HEALTH_STATUS = "health_status", "État de santé"
    CARE_SUPPLY = "care_supply", "Offre de soins"
    CARE_USE = "care_use", "Recours aux soins"
    DETERMINANTS = "determinants", "Déterminants de santé"
    PRECARITY = "precarity", "Précarité"
    ENVIRONMENT = "environment", "Environnement"


class Source(models.TextChoices):
    INSEE = "insee", "INSEE"
    ORS = "ors", "ORS (observatoire régional de la santé)"
    CPAM = "cpam", "CPAM / Assurance maladie"
    DREES = "drees", "DREES"
    SPF = "spf", "Santé publique France"
    ARS = "ars", "ARS"
    OTHER = "other", "Autre"


class Polarity(models.TextChoices):
    HIGHER_IS_BETTER = "higher_better", "Plus la valeur est élevée, mieux c'est"
    HIGHER_IS_WORSE = "higher_worse", "Plus la valeur est élevée, moins c'est favorable"
    NEUTRAL = "neutral", "Ni favorable ni défavorable (description du territoire)"


class Aggregation(models.TextChoices):
    """How the values of several territories make the value of their union (a perimeter, a département...)."""

    SUM = "sum", "Somme (effectifs)"
    WEIGHTED_MEAN = "weighted_mean", "Moyenne pondérée par la population"
    # A rate over a perimeter is the sum of the numerators over the sum of the denominators, never a mean of rates.
    RATIO = "ratio", "Taux : somme des numérateurs sur somme des dénominateurs"


class Level(models.TextChoices):
    COMMUNE = "commune", "Commune"
    EPCI = "epci", "EPCI"
    DEPARTEMENT = "departement", "Département"
    REGION = "region", "Région"
    FRANCE = "france", "France"


# The one code of the France level.
FRANCE_CODE = "FR"


class ValueStatus(models.TextChoices):
    VALUE = "value", "Valeur"
    # Never 0: a secret or missing value is kept as such, so that no sum or mean silently counts it as nothing.
    SECRET = "secret", "Secret statistique"
    MISSING = "missing", "Non disponible"


class DiagnosticKind(models.TextChoices):
    INITIAL = "initial", "Diagnostic initial"
    UPDATE = "update", "Actualisation du diagnostic"


class DiagnosticStatus(models.TextChoices):
    DRAFT = "draft", "Brouillon"
    SHARED = "shared", "Partagé"
    VALIDATED = "validated", "Validé"


# A validated diagnostic is the record of what the instances adopted: it is no longer edited (an update is a new one).
EDITABLE_DIAGNOSTIC_STATUSES = {DiagnosticStatus.DRAFT, DiagnosticStatus.SHARED}


class WorkKind(models.TextChoices):
    INTERVIEWS = "interviews", "Entretiens"
    QUESTIONNAIRE = "questionnaire", "Questionnaire"
    WORKSHOP = "workshop", "Atelier"
    DOCUMENTARY = "documentary", "Analyse documentaire"
    OTHER = "other", "Autre démarche"
