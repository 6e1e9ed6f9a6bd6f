from django.urls import reverse

from actions.enums import FicheStatus
from tests.actions.factories import FicheFactory
from tests.factories import MembershipFactory, UserFactory


def test_bulk_status_change_applies_to_checked_fiches_only(client, coordinator, axe1):
    first, second, untouched = (FicheFactory(axe=axe1) for _ in range(3))
    client.force_login(coordinator)
    response = client.post(
        reverse("actions:bulk", args=[axe1.contract.slug]),
        {"fiches": [first.pk, second.pk], "action": "status", "status": FicheStatus.PAUSED},
        follow=True,
    )
    assert "Statut « En pause » appliqué à 2 fiches : 1.1, 1.2." in response.content.decode()
    for fiche in (first, second, untouched):
        fiche.refresh_from_db()
    assert (first.status, second.status, untouched.status) == (
        FicheStatus.PAUSED,
        FicheStatus.PAUSED,
        FicheStatus.IN_PROGRESS,
    )
    assert first.version == 2 and untouched.version == 1
    assert first.history.first().history_user == coordinator


def test_bulk_done_brings_the_fiches_to_100_percent(client, coordinator, axe1):
    fiche = FicheFactory(axe=axe1, progress=40)
    client.force_login(coordinator)
    client.post(
        reverse("actions:bulk", args=[axe1.contract.slug]),
        {"fiches": [fiche.pk], "action": "status", "status": FicheStatus.DONE},
    )
    fiche.refresh_from_db()
    assert (fiche.status, fiche.progress) == (FicheStatus.DONE, 100)
    assert fiche.history.first().progress == 100


def test_bulk_pilote_change(client, coordinator, contract, axe1):
    fiche = FicheFactory(axe=axe1)
    colleague = UserFactory(first_name="Chloé", last_name="Collègue")
    MembershipFactory(user=colleague, contract=contract)
    client.force_login(coordinator)
    response = client.post(
        reverse("actions:bulk", args=[contract.slug]),
        {"fiches": [fiche.pk], "action": "pilote", "pilote": colleague.pk},
        follow=True,
    )
    assert "Chloé Collègue est désormais pilote de 1 fiche : 1.1." in response.content.decode()
    fiche.refresh_from_db()
    assert fiche.pilote == colleague


def test_removing_the_pilote_is_asked_for_in_so_many_words(client, coordinator, contract, axe1):
    colleague = UserFactory(first_name="Chloé", last_name="Collègue")
    MembershipFactory(user=colleague, contract=contract)
    fiche = FicheFactory(axe=axe1, pilote=colleague)
    client.force_login(coordinator)
    url = reverse("actions:bulk", args=[contract.slug])
    page = client.post(url, {"fiches": [fiche.pk], "action": "pilote", "pilote": ""}, follow=True).content.decode()
    assert "Choisissez le nouveau pilote, ou cochez « Retirer le pilote »." in page
    fiche.refresh_from_db()
    assert fiche.pilote == colleague

    data = {"fiches": [fiche.pk], "action": "pilote", "pilote": colleague.pk, "remove_pilote": "on"}
    assert "pas les deux" in client.post(url, data, follow=True).content.decode()
    fiche.refresh_from_db()
    assert fiche.pilote == colleague

    data = {"fiches": [fiche.pk], "action": "pilote", "remove_pilote": "on"}
    assert "Le pilote a été retiré de 1 fiche : 1.1." in client.post(url, data, follow=True).content.decode()
    fiche.refresh_from_db()
    assert fiche.pilote is None


def test_bulk_refuses_fiches_of_another_contract(client, coordinator, axe1, other_contract):
    from tests.actions.factories import AxeFactory

    foreign = FicheFactory(axe=AxeFactory(contract=other_contract, number="1"))
    client.force_login(coordinator)
    response = client.post(
        reverse("actions:bulk", args=[axe1.contract.slug]),
        {"fiches": [foreign.pk], "action": "status", "status": FicheStatus.DONE},
        follow=True,
    )
    assert "Une des fiches cochées n&#x27;existe plus." in response.content.decode()
    foreign.refresh_from_db()
    assert foreign.status == FicheStatus.IN_PROGRESS


def test_bulk_without_status_says_so(client, coordinator, axe1):
    fiche = FicheFactory(axe=axe1)
    client.force_login(coordinator)
    response = client.post(
        reverse("actions:bulk", args=[axe1.contract.slug]), {"fiches": [fiche.pk], "action": "status"}, follow=True
    )
    assert "Choisissez le nouveau statut." in response.content.decode()
