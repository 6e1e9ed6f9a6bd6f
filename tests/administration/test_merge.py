"""Merging two duplicate organisations: a preview of what moves, then every link moved in one transaction, recorded
in the history, the duplicate deleted."""

import pytest
from django.urls import reverse

from actions.models import FicheAction
from contracts import organisations
from contracts.enums import OrganisationKind, PartyRole
from contracts.models import Contract, ContractParty, Organisation
from tests.actions.factories import FicheFactory
from tests.contracts.factories import PartyFactory
from tests.factories import OrganisationFactory
from tests.governance.factories import InstanceFactory, MemberFactory


@pytest.fixture
def duplicates(contract, departement):
    """« Centre hospitalier de Cholet » and its duplicate « CH de Cholet », each used somewhere."""
    keep = OrganisationFactory(name="Centre hospitalier de Cholet", kind=OrganisationKind.HOSPITAL)
    duplicate = OrganisationFactory(
        name="CH de Cholet", kind=OrganisationKind.HOSPITAL, siren="200060010", departement=departement
    )
    both = FicheFactory(axe__contract=contract)
    both.partners.add(keep, duplicate)
    FicheFactory(axe__contract=contract, porteur=keep)
    carried = FicheFactory(axe__contract=contract, porteur=duplicate)
    carried.partners.add(duplicate)
    PartyFactory(contract=contract, organisation=duplicate, role=PartyRole.PARTNER)
    MemberFactory(instance=InstanceFactory(contract=contract), organisation=duplicate)
    return keep, duplicate


def test_preview_lists_what_moves_and_writes_nothing(client, ars_animator, duplicates):
    keep, duplicate = duplicates
    client.force_login(ars_animator)
    response = client.get(reverse("administration:organisation_merge_preview", args=[keep.pk, duplicate.pk]))
    moves = {move.label: move.count for move in response.context["plan"].moves}
    assert moves == {
        "Parties au contrat (organisation)": 1,
        "Fiches-action (porteur)": 1,
        "Fiches-action (partenaires)": 2,
        "Membres des instances (organisation représentée)": 1,
    }
    html = response.content.decode()
    assert "Confirmer la fusion" in html
    assert (
        "Complété depuis le doublon, car vide sur l'organisation gardée : SIREN, département de rattachement" in html
    )
    assert Organisation.objects.filter(pk=duplicate.pk).exists()


def test_the_merge_moves_every_link_and_records_who_did_it(client, ars_animator, duplicates, contract):
    keep, duplicate = duplicates
    client.force_login(ars_animator)
    url = reverse("administration:organisation_merge_preview", args=[keep.pk, duplicate.pk])
    fingerprint = client.get(url).context["plan"].fingerprint()
    response = client.post(url, {"fingerprint": fingerprint}, follow=True)
    assert "a été fusionnée dans « Centre hospitalier de Cholet » : 5 lien(s) repris" in response.content.decode()
    assert not Organisation.objects.filter(pk=duplicate.pk).exists()
    assert ContractParty.objects.get(contract=contract).organisation == keep
    assert FicheAction.objects.filter(porteur=keep).count() == 2
    # A fiche that named both as partners names the kept one once.
    assert FicheAction.partners.through.objects.filter(organisation=keep).count() == 2
    assert keep.instance_seats.count() == 1
    keep.refresh_from_db()
    assert keep.siren == "200060010" and keep.departement_id == "49"
    reason = organisations.merge_reason(keep, duplicate)
    assert keep.history.latest().history_user == ars_animator
    assert keep.history.latest().history_change_reason.startswith(reason)
    gone = Organisation.history.get(id=duplicate.pk, history_type="-")
    assert (gone.name, gone.history_user, gone.history_change_reason) == ("CH de Cholet", ars_animator, reason)
    party_record = ContractParty.history.filter(history_change_reason=reason).get()
    assert party_record.history_user == ars_animator and party_record.organisation_id == keep.pk
    assert FicheAction.history.filter(history_change_reason=reason).count() == 1


def test_moved_rows_change_version_so_open_forms_do_not_bring_the_duplicate_back(duplicates, ars_animator):
    keep, duplicate = duplicates
    fiche = FicheAction.objects.get(porteur=duplicate)
    party = ContractParty.objects.get(organisation=duplicate)
    organisations.merge(keep, duplicate, by=ars_animator)
    assert FicheAction.objects.get(pk=fiche.pk).version == fiche.version + 1
    assert ContractParty.objects.get(pk=party.pk).version == party.version + 1


def test_a_merge_is_refused_when_both_are_parties_of_one_contract(client, ars_animator, duplicates, contract):
    keep, duplicate = duplicates
    PartyFactory(contract=contract, organisation=keep)
    client.force_login(ars_animator)
    url = reverse("administration:organisation_merge_preview", args=[keep.pk, duplicate.pk])
    response = client.get(url)
    html = response.content.decode()
    assert "La fusion est impossible pour l'instant" in html
    assert "Confirmer la fusion" not in html
    response = client.post(url, {"fingerprint": response.context["plan"].fingerprint()})
    assert response.status_code == 409
    assert Organisation.objects.filter(pk=duplicate.pk).exists()
    with pytest.raises(organisations.OrganisationError, match="parties au contrat"):
        organisations.merge(keep, duplicate, by=ars_animator)


def test_a_confirmation_after_the_links_changed_shows_the_preview_again(client, ars_animator, duplicates, contract):
    keep, duplicate = duplicates
    client.force_login(ars_animator)
    url = reverse("administration:organisation_merge_preview", args=[keep.pk, duplicate.pk])
    fingerprint = client.get(url).context["plan"].fingerprint()
    FicheFactory(axe__contract=contract, porteur=duplicate)  # someone links the duplicate meanwhile
    response = client.post(url, {"fingerprint": fingerprint})
    assert response.status_code == 409
    assert "ont changé depuis l&#x27;aperçu" in response.content.decode()
    assert Organisation.objects.filter(pk=duplicate.pk).exists()


def test_a_failure_midway_leaves_everything_as_it_was(duplicates, ars_animator, monkeypatch):
    keep, duplicate = duplicates
    calls = []
    real = organisations._repoint

    def failing(relation, *args, **kwargs):
        calls.append(relation)
        if len(calls) == 3:
            raise RuntimeError("panne")
        return real(relation, *args, **kwargs)

    monkeypatch.setattr(organisations, "_repoint", failing)
    with pytest.raises(RuntimeError):
        organisations.merge(keep, duplicate, by=ars_animator)
    assert ContractParty.objects.get().organisation == duplicate
    assert FicheAction.objects.filter(porteur=duplicate).count() == 1


def test_merge_search_suggests_likely_duplicates(client, ars_animator, duplicates):
    keep, duplicate = duplicates
    client.force_login(ars_animator)
    response = client.get(reverse("administration:organisation_merge", args=[keep.pk]))
    assert [o.pk for o in response.context["candidates"]] == [duplicate.pk]
    response = client.get(reverse("administration:organisation_merge", args=[keep.pk]), {"q": "ch cholet"})
    assert [o.pk for o in response.context["candidates"]] == [duplicate.pk]


def test_a_merge_touching_the_sarthe_says_so_without_naming_its_contracts(
    client, ars_animator, duplicates, other_contract
):
    keep, duplicate = duplicates
    PartyFactory(contract=other_contract, organisation=duplicate)
    client.force_login(ars_animator)
    response = client.get(reverse("administration:organisation_merge_preview", args=[keep.pk, duplicate.pk]))
    html = response.content.decode()
    assert "Et 1 contrat d'autres départements" in html
    assert other_contract.name not in html


def test_the_porteur_of_a_contract_moves_with_its_history(duplicates, ars_animator, contract):
    keep, duplicate = duplicates
    contract.porteur = duplicate
    contract.save()
    organisations.merge(keep, duplicate, by=ars_animator)
    contract = Contract.objects.get(pk=contract.pk)
    assert contract.porteur == keep
    assert contract.history.latest().history_change_reason == organisations.merge_reason(keep, duplicate)
