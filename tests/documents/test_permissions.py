"""Who may preview a contract's document and write article templates: role × own or other object."""

import pytest
from django.urls import reverse

from documents.models import ArticleTemplate
from tests.contracts.factories import make_ready_to_sign
from tests.factories import DepartementFactory

OK, REDIRECT, FORBIDDEN, NOT_FOUND = 200, 302, 403, 404
PERSONAS = ["ars_animator", "coordinator", "reader", "outsider", "superuser"]

# page -> expected status per persona. « own » is the animator's département (49) and its contract; « other » is
# the Sarthe (72) and its contract, where only the outsider is a coordinator.
MATRIX = {
    "preview_own": dict(zip(PERSONAS, [OK, OK, FORBIDDEN, NOT_FOUND, OK], strict=True)),
    "preview_other": dict(zip(PERSONAS, [NOT_FOUND, NOT_FOUND, NOT_FOUND, OK, OK], strict=True)),
    "list": dict(zip(PERSONAS, [OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK], strict=True)),
    "edit_own_departement": dict(zip(PERSONAS, [OK, NOT_FOUND, NOT_FOUND, NOT_FOUND, OK], strict=True)),
    "edit_own_region": dict(zip(PERSONAS, [OK, NOT_FOUND, NOT_FOUND, NOT_FOUND, OK], strict=True)),
    "edit_other_departement": dict(zip(PERSONAS, [NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, OK], strict=True)),
    "delete_own": dict(zip(PERSONAS, [REDIRECT, NOT_FOUND, NOT_FOUND, NOT_FOUND, REDIRECT], strict=True)),
    "delete_other": dict(zip(PERSONAS, [NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, REDIRECT], strict=True)),
}
CASES = [(page, persona, status) for page, expected in MATRIX.items() for persona, status in expected.items()]


def _request(client, page, contract, other_contract):
    if page == "preview_own":
        return client.get(reverse("documents:contract_preview", args=[contract.slug]))
    if page == "preview_other":
        return client.get(reverse("documents:contract_preview", args=[other_contract.slug]))
    if page == "list":
        return client.get(reverse("documents:article_templates"))
    if page == "edit_own_departement":
        return client.get(reverse("documents:article_template_edit", args=["departement", "49", "gouvernance"]))
    if page == "edit_own_region":
        return client.get(reverse("documents:article_template_edit", args=["region", "52", "gouvernance"]))
    if page == "edit_other_departement":
        return client.get(reverse("documents:article_template_edit", args=["departement", "72", "gouvernance"]))
    departement = contract.departement if page == "delete_own" else other_contract.departement
    template = ArticleTemplate.objects.create(departement=departement, key="objet", heading="Objet", body="Texte.")
    return client.post(reverse("documents:article_template_delete", args=[template.pk]))


@pytest.mark.parametrize(("page", "persona", "status"), CASES, ids=[f"{p}-{u}" for p, u, _ in CASES])
def test_permission_matrix(client, personas, contract, other_contract, page, persona, status):
    make_ready_to_sign(contract)
    client.force_login(personas[persona])
    assert _request(client, page, contract, other_contract).status_code == status


def test_an_animator_writes_a_departement_text_and_sees_it_in_the_preview(client, ars_animator, contract):
    make_ready_to_sign(contract)
    client.force_login(ars_animator)
    url = reverse("documents:article_template_edit", args=["departement", "49", "gouvernance"])
    form = client.get(url)
    assert "Le comité de pilotage réunit les signataires." in form.content.decode()  # the inherited text, prefilled
    body = "Le COPIL du {{ contrat }} se réunit deux fois par an.\n\n{{ composition_instances }}"
    data = {"kind": "article", "heading": "Gouvernance", "body": body, "position": 70, "active": "on"}
    preview = client.post(url, {**data, "preview": "1", "contract": contract.pk})
    assert "Le COPIL du CLS de Mauges Communauté se réunit deux fois par an." in preview.content.decode()
    assert not ArticleTemplate.objects.exists()  # a preview saves nothing
    assert client.post(url, {**data, "save": "1"}).status_code == REDIRECT
    template = ArticleTemplate.objects.get()
    assert (template.departement_id, template.key, template.updated_by) == ("49", "gouvernance", ars_animator)
    page = client.get(reverse("documents:contract_preview", args=[contract.slug])).content.decode()
    assert "Article 7 — Gouvernance" in page and "texte du département" in page


def test_an_unknown_placeholder_is_shown_in_the_form_never_a_500(client, ars_animator, contract):
    make_ready_to_sign(contract)
    client.force_login(ars_animator)
    url = reverse("documents:article_template_edit", args=["departement", "49", "duree"])
    data = {"kind": "article", "heading": "Durée", "body": "Jusqu'au {{ fin }}.", "position": 40, "active": "on"}
    for action in ("preview", "save"):
        response = client.post(url, {**data, action: "1", "contract": contract.pk})
        assert response.status_code == OK
        assert "Ligne 1 : champ inconnu « {{ fin }} »" in response.content.decode()
    assert not ArticleTemplate.objects.exists()


def test_a_foreign_departement_code_answers_404(client, ars_animator):
    DepartementFactory(code="44", name="Loire-Atlantique")
    client.force_login(ars_animator)
    url = reverse("documents:article_template_edit", args=["departement", "44", "objet"])
    assert client.get(url).status_code == NOT_FOUND
    assert client.get(reverse("documents:article_template_edit", args=["commune", "49", "objet"])).status_code == 404
