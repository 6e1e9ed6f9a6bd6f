"""Choices of the plan d'action: English values stored, French labels shown."""

from django.db import models


class FicheStatus(models.TextChoices):
    PLANNED = "planned", "À venir"
    IN_PROGRESS = "in_progress", "En cours"
    DONE = "done", "Réalisée"
    PAUSED = "paused", "En pause"
    BLOCKED = "blocked", "Bloquée"
    ABANDONED = "abandoned", "Abandonnée"


# A fiche in one of these statuses is over: it cannot be "en retard" whatever its end date.
FINISHED_STATUSES = {FicheStatus.DONE, FicheStatus.ABANDONED}
# Abandoned fiches would drag every average down without saying anything about the work done: left out of roll-ups
# (`models.counted_in_progress_condition()`, the one filter every roll-up uses).
EXCLUDED_FROM_PROGRESS = {FicheStatus.ABANDONED}

# DSFR badge modifier per status (presentation, kept next to the enum so that every page agrees).
STATUS_BADGES = {
    FicheStatus.PLANNED: "fr-badge--new",
    FicheStatus.IN_PROGRESS: "fr-badge--info",
    FicheStatus.DONE: "fr-badge--success",
    FicheStatus.PAUSED: "fr-badge--warning",
    FicheStatus.BLOCKED: "fr-badge--error",
    FicheStatus.ABANDONED: "",
}


class Priority(models.TextChoices):
    HIGH = "high", "Élevée"
    MEDIUM = "medium", "Moyenne"
    LOW = "low", "Basse"


class Modality(models.TextChoices):
    """How the CLS takes part (seed 004): it does, or it does with partners."""

    DO = "do", "Faire"
    DO_WITH = "do_with", "Faire avec"


class Public(models.TextChoices):
    """Target publics of a fiche; each is a row of `TargetPublic` so that fiches can be filtered by them."""

    GENERAL = "general", "Tout public"
    CHILDREN = "children", "Enfants"
    YOUTH = "youth", "Jeunes"
    PARENTS = "parents", "Femmes enceintes et parents"
    ELDERLY = "elderly", "Personnes âgées"
    DISABLED = "disabled", "Personnes en situation de handicap"
    CAREGIVERS = "caregivers", "Aidants"
    PRECARIOUS = "precarious", "Personnes en situation de précarité"
    QPV_RESIDENTS = "qpv_residents", "Habitants des quartiers prioritaires (QPV)"
    HEALTH_PROFESSIONALS = "health_professionals", "Professionnels de santé"
    SOCIAL_PROFESSIONALS = "social_professionals", "Professionnels du social et du médico-social"
    ELECTED_OFFICIALS = "elected_officials", "Élus et agents des collectivités"


class Funder(models.TextChoices):
    ARS_FIR = "ars_fir", "ARS (FIR)"
    COLLECTIVITY = "collectivity", "Collectivité"
    CPAM = "cpam", "CPAM"
    CAF = "caf", "CAF"
    DEPARTEMENT = "departement", "Conseil départemental"
    OTHER = "other", "Autre"


class BudgetKind(models.TextChoices):
    OPERATING = "operating", "Fonctionnement"
    INVESTMENT = "investment", "Investissement"


class IndicatorKind(models.TextChoices):
    PROCESS = "process", "Processus"
    RESULT = "result", "Résultat"
    IMPACT = "impact", "Impact"
