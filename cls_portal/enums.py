from django.db import models


class Role(models.TextChoices):
    ARS_ANIMATOR = "ars_animator", "Animateur·rice territorial·e ARS"
    COORDINATOR = "coordinator", "Coordinateur·rice CLS"
    READER = "reader", "Lecteur·rice (élu·e ou partenaire)"


# An animator's scope is a département; the two other roles are scoped to one contract.
DEPARTEMENT_SCOPED_ROLES = {Role.ARS_ANIMATOR}
CONTRACT_SCOPED_ROLES = {Role.COORDINATOR, Role.READER}
