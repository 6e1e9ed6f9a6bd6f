from django.urls import reverse

from actions.enums import FicheStatus, Funder
from tests.actions.test_fiche_form import fiche_data


def test_fiche_page_shows_who_changed_which_field_from_what_to_what(client, coordinator, fiche):
    client.force_login(coordinator)
    client.post(
        reverse("actions:fiche_edit", args=[fiche.contract.slug, fiche.number]),
        fiche_data(fiche.axe, title="Campagne radon", status=FicheStatus.BLOCKED, progress=30, version=1),
    )
    client.post(
        reverse("actions:child_create", args=[fiche.contract.slug, fiche.number, "budget"]),
        {"year": 2024, "funder": Funder.CAF, "planned_amount": "1500"},
    )
    response = client.get(reverse("actions:fiche", args=[fiche.contract.slug, fiche.number]))
    history = response.context["history"]
    fiche_change = next(entry for entry in history if entry.subject == "Fiche" and entry.action == "modification")
    changes = {change.label: (change.old, change.new) for change in fiche_change.changes}
    assert fiche_change.user == coordinator
    assert changes["intitulé"] == ("Sensibiliser au radon", "Campagne radon")
    assert changes["statut"] == ("En cours", "Bloquée")
    assert changes["avancement (%)"] == ("50", "30")
    assert any(entry.subject == "Budget 2024 — CAF" and entry.action == "création" for entry in history)
    html = response.content.decode()
    assert "Campagne radon" in html and "Bloquée" in html and "Claude Coordinateur" in html


def test_history_resolves_foreign_keys_to_names(client, coordinator, fiche):
    from tests.factories import OrganisationFactory

    # Attached to the contract's département: the fiche form offers it.
    cpie = OrganisationFactory(name="CPIE Loire Anjou", kind="association", departement=fiche.contract.departement)
    client.force_login(coordinator)
    client.post(
        reverse("actions:fiche_edit", args=[fiche.contract.slug, fiche.number]),
        fiche_data(
            fiche.axe, title=fiche.title, porteur=cpie.pk, version=1, status=FicheStatus.IN_PROGRESS, progress=50
        ),
    )
    history = client.get(reverse("actions:fiche", args=[fiche.contract.slug, fiche.number])).context["history"]
    changes = {c.label: (c.old, c.new) for entry in history for c in entry.changes}
    assert changes["porteur"] == ("—", "CPIE Loire Anjou")


def test_notes_and_documents_are_in_the_fiche_history(client, coordinator, fiche):
    from actions.models import FicheDocument, FollowUpNote

    client.force_login(coordinator)
    client.post(
        reverse("actions:child_create", args=[fiche.contract.slug, fiche.number, "notes"]),
        {"date": "2024-05-02", "done": "Réunion publique à Chemillé-en-Anjou"},
    )
    note = FollowUpNote.objects.get()
    client.post(reverse("actions:child_delete", args=[fiche.contract.slug, fiche.number, "notes", note.pk]))
    FicheDocument.objects.create(fiche=fiche, title="Compte rendu", url="https://exemple.fr/cr.pdf")
    html = client.get(reverse("actions:fiche", args=[fiche.contract.slug, fiche.number])).content.decode()
    assert "Note de suivi du 02/05/2024" in html and "suppression" in html
    assert "Document « Compte rendu »" in html


def test_amounts_in_the_history_read_like_on_the_page(client, coordinator, fiche):
    from tests.actions.factories import BudgetLineFactory

    line = BudgetLineFactory(fiche=fiche, year=2024, funder=Funder.CPAM, planned_amount=4000)
    line.planned_amount = 4500.5
    line.save()
    client.force_login(coordinator)
    html = client.get(reverse("actions:fiche", args=[fiche.contract.slug, fiche.number])).content.decode()
    assert '<td class="fr-text--sm">4\xa0000</td><td class="fr-text--sm">4\xa0500,50</td>' in html
    assert "4\xa0000,00" not in html
