import datetime

from django.urls import reverse

from contracts import lifecycle
from contracts.history import contract_changes
from tests.factories import OrganisationFactory


def test_history_lists_each_changed_field_with_labels(client, coordinator, ars_animator, contract):
    porteur = OrganisationFactory(name="Mauges Communauté")
    client.force_login(coordinator)
    client.post(
        reverse("contracts:edit", args=[contract.slug]),
        {
            "name": "CLS de Mauges Communauté 2023-2028",
            "slug": contract.slug,
            "generation": "1",
            "porteur": porteur.pk,
            "start_date": "2023-01-01",
            "epci_codes": "",
            "commune_codes": "",
            "version": contract.version,
        },
    )
    client.force_login(ars_animator)
    html = client.get(reverse("contracts:detail", args=[contract.slug])).content.decode()
    history = html.split('id="historique"')[1]
    assert "Claude Coordinateur" in history
    assert (
        "Nom" in history and "CLS de Mauges Communauté" in history and "CLS de Mauges Communauté 2023-2028" in history
    )
    assert "Porteur" in history and "Mauges Communauté" in history
    assert "Début" in history and "01/01/2023" in history


def test_lifecycle_changes_are_attributed_and_statuses_labelled(ars_animator, contract):
    lifecycle.abandon(contract, by=ars_animator, on=datetime.date(2023, 1, 1), comment="Renoncement")
    latest = contract_changes(contract)[0]
    assert latest["by"] == ars_animator
    assert latest["changes"] == [{"label": "Statut", "old": "En élaboration", "new": "Abandonné"}]
