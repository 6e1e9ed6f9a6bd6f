from django.db import models


class ContractStatus(models.TextChoices):
    REFLECTION = "reflection", "En réflexion"
    ELABORATION = "elaboration", "En élaboration"
    SIGNED = "signed", "Signé (en vigueur)"
    EVALUATION = "evaluation", "En évaluation"
    EXPIRED = "expired", "Échu"
    RENEWED = "renewed", "Renouvelé"
    ABANDONED = "abandoned", "Abandonné"


# Before signature the plan is a draft; after it, changes go through avenants.
DRAFT_STATUSES = {ContractStatus.REFLECTION, ContractStatus.ELABORATION}
# A contract whose actions are being carried out (follow-up, avenants, committees).
IN_FORCE_STATUSES = {ContractStatus.SIGNED, ContractStatus.EVALUATION}
# Nothing happens any more on these: the page is an archive.
CLOSED_STATUSES = {ContractStatus.EXPIRED, ContractStatus.RENEWED, ContractStatus.ABANDONED}


class OrganisationKind(models.TextChoices):
    ARS = "ars", "Agence régionale de santé"
    EPCI = "epci", "EPCI"
    COMMUNE = "commune", "Commune"
    PREFECTURE = "prefecture", "Préfecture"
    DEPARTEMENT = "departement", "Conseil départemental"
    REGION = "region", "Conseil régional"
    CPAM = "cpam", "CPAM"
    CAF = "caf", "CAF"
    MSA = "msa", "MSA"
    HOSPITAL = "hospital", "Établissement de santé"
    EDUCATION = "education", "Éducation nationale"
    ASSOCIATION = "association", "Association"
    OTHER = "other", "Autre"


class PartyRole(models.TextChoices):
    PRINCIPAL = "principal", "Signataire principal"
    COSIGNATORY = "cosignatory", "Co-signataire"
    PARTNER = "partner", "Partenaire non signataire"


SIGNING_ROLES = {PartyRole.PRINCIPAL, PartyRole.COSIGNATORY}


class Civility(models.TextChoices):
    MADAME = "mme", "Madame"
    MONSIEUR = "m", "Monsieur"


class Role(models.TextChoices):
    ARS_ANIMATOR = "ars_animator", "Animateur territorial ou animatrice territoriale ARS"
    COORDINATOR = "coordinator", "Coordinateur ou coordinatrice CLS"
    READER = "reader", "Lecteur ou lectrice (élu, élue ou partenaire)"


# An animator's scope is a département; the two other roles are scoped to one contract.
CONTRACT_SCOPED_ROLES = {Role.COORDINATOR, Role.READER}
