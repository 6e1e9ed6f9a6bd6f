"""Filters of the contract list."""

import django_filters
from django import forms
from django.db.models import Q

from cls_portal.forms import DsfrForm
from contracts.enums import ContractStatus
from contracts.models import Contract
from referentials.models import Departement, Epci


class ContractFilterForm(DsfrForm):
    """DSFR inputs and selects. Every filter is optional, so no label says « (Optionnel) »."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.template_name = "components/filter_field.html"


class ContractFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label="Rechercher", method="filter_text", help_text="Nom ou identifiant court, sans tenir compte des accents."
    )
    departement = django_filters.ModelChoiceFilter(
        label="Département", queryset=Departement.objects.none(), empty_label="Tous les départements"
    )
    status = django_filters.ChoiceFilter(
        label="Statut", choices=ContractStatus.choices, empty_label="Tous les statuts"
    )
    epci = django_filters.CharFilter(
        label="EPCI du périmètre",
        method="filter_epci",
        help_text="Nom ou SIREN de l'EPCI (contrats couvrant tout ou partie de l'EPCI).",
    )
    year = django_filters.NumberFilter(
        label="En vigueur pendant l'année",
        method="filter_year",
        widget=forms.NumberInput(attrs={"min": 2009, "max": 2100}),
        help_text="Par exemple 2020.",
    )

    class Meta:
        model = Contract
        fields = ["q", "departement", "status", "epci", "year"]
        form = ContractFilterForm

    def __init__(self, *args, departements=None, **kwargs):
        super().__init__(*args, **kwargs)
        if departements is not None:
            self.filters["departement"].queryset = departements
        for field in self.form.fields.values():
            field.required = False

    def filter_text(self, queryset, name, value):
        return queryset.search(value)

    def filter_epci(self, queryset, name, value):
        value = value.strip()
        epcis = Epci.objects.filter(siren=value) if value.isdigit() else Epci.objects.search(value)
        epci_ids = epcis.values("pk")
        # A contract on a set of communes counts as covering the EPCI those communes belong to.
        matching = Contract.objects.filter(Q(epcis__in=epci_ids) | Q(communes__epci__in=epci_ids)).values("pk")
        return queryset.filter(pk__in=matching)

    def filter_year(self, queryset, name, value):
        year = int(value)
        if not 1900 <= year <= 2200:
            return queryset.none()
        return queryset.active_during(year)
