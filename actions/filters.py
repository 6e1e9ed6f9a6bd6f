"""Filters of the plan page, and of the ARS overview's contracts by what their fiches carry (django-filter)."""

import django_filters
from django.contrib.auth import get_user_model
from django.db.models import Q

from actions.enums import FicheStatus, Funder
from actions.models import FicheAction, TargetPublic, late_condition
from cls_portal.forms import DsfrForm
from contracts.filters import ContractFilterSet
from contracts.models import Organisation
from referentials.models import ArsTheme, PrsElement, PrsPriority


class FicheFilterForm(DsfrForm):
    pass


class FicheFilter(django_filters.FilterSet):
    status = django_filters.ChoiceFilter(label="Statut", choices=FicheStatus.choices, empty_label="Tous")
    late = django_filters.ChoiceFilter(
        label="Retard",
        choices=[("yes", "En retard"), ("no", "Pas en retard")],
        empty_label="Toutes",
        method="filter_late",
    )
    pilote = django_filters.ModelChoiceFilter(
        label="Pilote", queryset=get_user_model().objects.none(), empty_label="Tous"
    )
    partner = django_filters.ModelChoiceFilter(
        label="Partenaire", field_name="partners", queryset=Organisation.objects.none(), empty_label="Tous"
    )
    funder = django_filters.ChoiceFilter(
        label="Financeur", choices=Funder.choices, empty_label="Tous", method="filter_funder"
    )
    prs = django_filters.ModelChoiceFilter(
        label="Objectif du PRS", queryset=PrsElement.objects.none(), empty_label="Tous", method="filter_prs"
    )
    ars_theme = django_filters.ModelChoiceFilter(
        label="Thématique ARS", queryset=ArsTheme.objects.all(), empty_label="Toutes"
    )
    public = django_filters.ModelChoiceFilter(
        label="Public cible", field_name="target_publics", queryset=TargetPublic.objects.all(), empty_label="Tous"
    )

    class Meta:
        model = FicheAction
        fields = []
        form = FicheFilterForm

    def __init__(self, data=None, *args, contract, **kwargs):
        super().__init__(data, *args, **kwargs)
        fiches = FicheAction.objects.filter(contract=contract)
        self.filters["pilote"].queryset = get_user_model().objects.filter(piloted_fiches__in=fiches).distinct()
        self.filters["partner"].queryset = Organisation.objects.filter(partner_fiches__in=fiches).distinct()
        # The objectives linked by a fiche of the plan, and their parents (filtering by a parent finds its children).
        linked = PrsElement.objects.filter(fiches__in=fiches)
        self.filters["prs"].queryset = (
            PrsElement.objects.objectives()
            .filter(Q(pk__in=linked.values("pk")) | Q(pk__in=linked.values("parent_id")))
            .select_related("prs")
            .order_by("prs", "position")
        )

    def filter_late(self, queryset, name, value):
        if value == "yes":
            return queryset.filter(late_condition())
        if value == "no":
            return queryset.exclude(late_condition())
        return queryset

    def filter_funder(self, queryset, name, value):
        return queryset.filter(budget_lines__funder=value).distinct() if value else queryset

    def filter_prs(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(Q(prs_elements=value) | Q(prs_elements__parent=value)).distinct()

    @property
    def is_active(self):
        return self.is_bound and any(self.form.data.get(name) for name in self.filters)


class PortfolioFilterSet(ContractFilterSet):
    """The contract list's filters, plus the ARS theme and the PRS priority of their fiches: a contract is kept when
    one of its fiches carries the theme or the priority (the ARS overview, www.overview)."""

    ars_theme = django_filters.ModelChoiceFilter(
        label="Thématique ARS",
        queryset=ArsTheme.objects.all(),
        empty_label="Toutes les thématiques",
        method="filter_ars_theme",
        help_text="Contrats dont une fiche-action relève de la thématique.",
    )
    prs_priority = django_filters.ModelChoiceFilter(
        label="Priorité du PRS",
        queryset=PrsPriority.objects.all(),
        empty_label="Toutes les priorités",
        method="filter_prs_priority",
        help_text="Contrats dont une fiche-action sert la priorité.",
    )

    def filter_ars_theme(self, queryset, name, value):
        return queryset.filter(pk__in=FicheAction.objects.filter(ars_theme=value).values("contract_id"))

    def filter_prs_priority(self, queryset, name, value):
        return queryset.filter(pk__in=FicheAction.objects.filter(prs_priorities=value).values("contract_id"))
