"""Filters of the administration lists (django-filter), searching without regard to accents or case."""

import django_filters

from actions.models import FicheAction
from administration import perms
from cls_portal.models import User
from cls_portal.text import fold
from contracts.enums import OrganisationKind, Role
from contracts.filters import ContractFilterForm
from contracts.models import Organisation


class OrganisationFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label="Rechercher", method="filter_text", help_text="Nom ou SIREN, sans tenir compte des accents."
    )
    kind = django_filters.ChoiceFilter(label="Type", choices=OrganisationKind.choices, empty_label="Tous les types")
    state = django_filters.ChoiceFilter(
        label="État",
        choices=[("active", "En usage"), ("archived", "Archivées")],
        empty_label="Toutes",
        method="filter_state",
    )

    class Meta:
        model = Organisation
        fields = ["q", "kind", "state"]
        form = ContractFilterForm

    def filter_text(self, queryset, name, value):
        return queryset.search(value)

    def filter_state(self, queryset, name, value):
        return queryset.filter(archived_at__isnull=value == "active")


PILOTE, SEAT = "pilote", "seat"


class PersonFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(label="Rechercher", method="filter_text", help_text="Nom, prénom ou adresse e-mail.")
    role = django_filters.ChoiceFilter(
        label="Rôle",
        choices=[*Role.choices, (PILOTE, "Pilote de fiche-action"), (SEAT, "Membre d'une instance")],
        empty_label="Tous les rôles",
        method="filter_role",
    )
    active = django_filters.ChoiceFilter(
        label="Compte",
        choices=[("1", "Actif"), ("0", "Désactivé")],
        empty_label="Tous les comptes",
        method="filter_active",
    )

    class Meta:
        model = User
        fields = ["q", "role", "active"]
        form = ContractFilterForm

    def __init__(self, *args, administrator, **kwargs):
        super().__init__(*args, **kwargs)
        self.administrator = administrator

    def filter_text(self, queryset, name, value):
        for word in fold(value).split():
            queryset = queryset.filter(search_name__contains=word)
        return queryset

    def filter_role(self, queryset, name, value):
        user = self.administrator
        if value == PILOTE:
            fiches = FicheAction.objects.filter(contract__in=perms.scope_contracts(user).values("pk"))
            return queryset.filter(pk__in=fiches.values("pilote"))
        if value == SEAT:
            return queryset.filter(governance_people__seats__in=perms.scope_seats(user)).distinct()
        return queryset.filter(pk__in=perms.scope_memberships(user).filter(role=value).values("user"))

    def filter_active(self, queryset, name, value):
        return queryset.filter(is_active=value == "1")
