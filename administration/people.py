"""The people of an administrator's scope, with their roles there, what they pilote and where they sit."""

from django.db.models import Count, Exists, IntegerField, OuterRef, Prefetch, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from actions.models import FicheAction
from administration import perms
from contracts.enums import Role
from contracts.models import Membership


def _count(queryset, field):
    counted = queryset.filter(**{field: OuterRef("pk")}).order_by().values(field).annotate(n=Count("*")).values("n")
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def with_roles(user, people):
    """Each person's memberships in the scope (`scope_roles`), fiches piloted and seats held there: one query for
    the people, one for their memberships."""
    fiches = FicheAction.objects.filter(contract__in=perms.scope_contracts(user).values("pk"))
    seats = perms.scope_seats(user)
    memberships = perms.scope_memberships(user).select_related("contract", "departement").order_by("role", "contract")
    return people.annotate(
        is_animator=Exists(Membership.objects.filter(user=OuterRef("pk"), role=Role.ARS_ANIMATOR)),
        piloted_count=_count(fiches, "pilote"),
        seat_count=_count(seats, "person__user"),
    ).prefetch_related(Prefetch("memberships", queryset=memberships, to_attr="scope_roles"))


def export_table(rows):
    headers = ["Nom", "Prénom", "Adresse e-mail", "Organisation", "Fonction", "Rôles", "Fiches pilotées",
               "Sièges en instance", "Dernière connexion", "Compte"]  # fmt: skip
    return headers, [
        [
            person.last_name,
            person.first_name,
            person.email,
            person.organisation,
            person.job_title,
            " ; ".join(f"{m.get_role_display()} — {m.departement or m.contract}" for m in person.scope_roles),
            person.piloted_count,
            person.seat_count,
            timezone.localtime(person.last_login).replace(tzinfo=None) if person.last_login else None,
            "actif" if person.is_active else "désactivé",
        ]
        for person in rows
    ]
