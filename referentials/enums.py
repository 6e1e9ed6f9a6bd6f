from django.db import models


class EpciKind(models.TextChoices):
    CC = "CC", "Communauté de communes"
    CA = "CA", "Communauté d'agglomération"
    CU = "CU", "Communauté urbaine"
    METRO = "METRO", "Métropole"


class PrsLevel(models.TextChoices):
    ORIENTATION = "orientation", "Orientation stratégique"
    OBJECTIF = "objectif", "Objectif opérationnel"
    SOUS_OBJECTIF = "sous_objectif", "Sous-objectif"


class FormerCommuneKind(models.TextChoices):
    DELEGUEE = "deleguee", "Commune déléguée"
    ASSOCIEE = "associee", "Commune associée"
    ARRONDISSEMENT = "arrondissement", "Arrondissement municipal"
