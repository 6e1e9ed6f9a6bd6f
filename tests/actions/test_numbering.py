import json

from django.urls import reverse

from actions.models import FicheAction
from actions.numbering import move_fiche, next_fiche_number, next_fiche_numbers, renumber_axe
from tests.actions.factories import AxeFactory, FicheFactory, SubActionFactory


def numbers(axe):
    return sorted(FicheAction.objects.filter(axe=axe).values_list("number", flat=True))


def test_next_number_follows_the_highest(axe1):
    FicheFactory(axe=axe1, number="1.1")
    FicheFactory(axe=axe1, number="1.9")
    assert next_fiche_number(axe1) == "1.10"


def test_renumber_keeps_order_and_sub_actions_follow(axe1):
    a = FicheFactory(axe=axe1, number="1.2", title="A")
    b = FicheFactory(axe=axe1, number="1.5", title="B")
    c = FicheFactory(axe=axe1, number="1.10", title="C")
    SubActionFactory(fiche=b, number="1.5.2")
    renumber_axe(axe1)
    for fiche in (a, b, c):
        fiche.refresh_from_db()
    assert [(f.title, f.number) for f in (a, b, c)] == [("A", "1.1"), ("B", "1.2"), ("C", "1.3")]
    assert list(b.sub_actions.values_list("number", flat=True)) == ["1.2.2"]
    assert b.version == 2


def test_moving_a_fiche_changes_no_other_number(axe1, axe2):
    first = FicheFactory(axe=axe1, number="1.1")
    moved = FicheFactory(axe=axe1, number="1.2")
    last = FicheFactory(axe=axe1, number="1.3")
    FicheFactory(axe=axe2, number="2.1")
    FicheFactory(axe=axe2, number="2.4")
    SubActionFactory(fiche=moved, number="1.2.1")
    moved = move_fiche(moved, axe2)
    assert (moved.axe, moved.number, moved.version) == (axe2, "2.5", 2)
    assert list(moved.sub_actions.values_list("number", flat=True)) == ["2.5.1"]
    last.refresh_from_db()
    first.refresh_from_db()
    assert (first.number, last.number) == ("1.1", "1.3")  # the gap stays until someone renumbers the axe
    assert numbers(axe1) == ["1.1", "1.3"] and numbers(axe2) == ["2.1", "2.4", "2.5"]


def test_move_page(client, coordinator, axe1, axe2):
    fiche = FicheFactory(axe=axe1, number="1.1")
    client.force_login(coordinator)
    response = client.post(
        reverse("actions:fiche_move", args=[axe1.contract.slug, "1.1"]), {"axe": axe2.pk}, follow=True
    )
    assert "La fiche 1.1 est devenue la fiche 2.1 de l&#x27;axe 2" in response.content.decode()
    fiche.refresh_from_db()
    assert fiche.number == "2.1"
    assert fiche.history.first().history_user == coordinator


def test_the_new_fiche_form_proposes_the_next_number_of_each_axe(client, coordinator, contract, axe1):
    axe2 = AxeFactory(contract=contract, number="2", title="Accès aux soins")
    FicheFactory(axe=axe1, number="1.1")
    FicheFactory(axe=axe1, number="1.4")
    assert next_fiche_numbers(contract) == {axe1.pk: "1.5", axe2.pk: "2.1"}
    client.force_login(coordinator)
    form = client.get(reverse("actions:fiche_create", args=[contract.slug])).context["form"]
    assert json.loads(form.fields["axe"].widget.attrs["data-next-numbers"]) == {
        str(axe1.pk): "1.5",
        str(axe2.pk): "2.1",
    }
    assert "number" not in form.initial  # two axes: the user chooses, the page proposes


def test_a_plan_of_one_axe_gets_its_axe_and_number_chosen(client, coordinator, contract, axe1):
    client.force_login(coordinator)
    form = client.get(reverse("actions:fiche_create", args=[contract.slug])).context["form"]
    assert (form.initial["axe"], form.initial["number"]) == (axe1, "1.1")
