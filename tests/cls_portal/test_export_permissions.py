"""Who may download what: every export of the portal (XLSX, CSV, ICS, documents) × every persona × their own contract
and another one, checked through the HTTP answers (404 when the contract is invisible, 403 when visible but
forbidden, 302 to the login page without a session).

The contracts: « mauges » (Maine-et-Loire: the animator's département; the coordinator's, the reader's and the
pilote's contract) and « val-de-sarthe » (Sarthe: the outsider's). Each has a fiche with a document, a COPIL and a
diagnostic. The pilote pilots the fiche of « mauges » without being a member of the contract."""

import datetime
import io

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from openpyxl import load_workbook

from actions.models import FicheDocument
from diagnostics import lifecycle
from diagnostics.models import Diagnostic
from governance import feeds
from tests.actions.factories import AxeFactory, FicheFactory
from tests.factories import UserFactory
from tests.governance.factories import InstanceFactory

OK, FORBIDDEN, NOT_FOUND, LOGIN = 200, 403, 404, 302
PERSONAS = ["superuser", "ars_animator", "coordinator", "reader", "pilote", "outsider", "anonymous"]
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def row(superuser, ars_animator, coordinator, reader, pilote, outsider, anonymous):
    return dict(
        zip(PERSONAS, (superuser, ars_animator, coordinator, reader, pilote, outsider, anonymous), strict=True)
    )


# export -> persona -> (status for « mauges », status for « val-de-sarthe »)
MATRIX = {
    "plan_xlsx": row(
        (OK, OK), (OK, NOT_FOUND), (OK, NOT_FOUND), (OK, NOT_FOUND), (NOT_FOUND, NOT_FOUND), (NOT_FOUND, OK),
        (LOGIN, LOGIN),
    ),
    # The pilote sees her fiche, so its documents.
    "fiche_document": row(
        (OK, OK), (OK, NOT_FOUND), (OK, NOT_FOUND), (OK, NOT_FOUND), (OK, NOT_FOUND), (NOT_FOUND, OK),
        (LOGIN, LOGIN),
    ),
    "contacts_xlsx": row(
        (OK, OK), (OK, NOT_FOUND), (OK, NOT_FOUND), (FORBIDDEN, NOT_FOUND), (NOT_FOUND, NOT_FOUND),
        (NOT_FOUND, OK), (LOGIN, LOGIN),
    ),
    "contacts_csv": row(
        (OK, OK), (OK, NOT_FOUND), (OK, NOT_FOUND), (FORBIDDEN, NOT_FOUND), (NOT_FOUND, NOT_FOUND),
        (NOT_FOUND, OK), (LOGIN, LOGIN),
    ),
    "comparison_xlsx": row(
        (OK, OK), (OK, NOT_FOUND), (OK, NOT_FOUND), (OK, NOT_FOUND), (NOT_FOUND, NOT_FOUND), (NOT_FOUND, OK),
        (LOGIN, LOGIN),
    ),
    "comparison_csv": row(
        (OK, OK), (OK, NOT_FOUND), (OK, NOT_FOUND), (OK, NOT_FOUND), (NOT_FOUND, NOT_FOUND), (NOT_FOUND, OK),
        (LOGIN, LOGIN),
    ),
    "diagnostic_xlsx": row(
        (OK, OK), (OK, NOT_FOUND), (OK, NOT_FOUND), (OK, NOT_FOUND), (NOT_FOUND, NOT_FOUND), (NOT_FOUND, OK),
        (LOGIN, LOGIN),
    ),
    # The key is the credential (calendar applications have no session): the persona's own key, the contract's slug.
    "contract_feed_ics": row(
        (OK, OK), (OK, NOT_FOUND), (OK, NOT_FOUND), (OK, NOT_FOUND), (NOT_FOUND, NOT_FOUND), (NOT_FOUND, OK),
        (NOT_FOUND, NOT_FOUND),
    ),
}  # fmt: skip


@pytest.fixture
def contracts(contract, other_contract, coordinator, outsider, media_root):
    """Per contract slug: its fiche's document, its COPIL, its diagnostic."""
    objects = {}
    for item, author in ((contract, coordinator), (other_contract, outsider)):
        fiche = FicheFactory(axe=AxeFactory(contract=item, number="1"), number="1.1")
        document = FicheDocument(fiche=fiche, title="Compte rendu", uploaded_by=author)
        document.file.save("compte-rendu.pdf", ContentFile(PDF), save=True)
        diagnostic = lifecycle.start_diagnostic(
            Diagnostic(contract=item, title="Diagnostic", made_on=datetime.date(2022, 6, 16), author=author), by=author
        )
        objects[item.slug] = {"fiche": fiche, "document": document, "diagnostic": diagnostic}
        InstanceFactory(contract=item)
    return objects


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def everyone(personas, contracts):
    pilote = UserFactory(email="pilote@mauges.exemple.fr")
    fiche = contracts["mauges"]["fiche"]
    fiche.pilote = pilote
    fiche.save()
    return {**personas, "pilote": pilote, "anonymous": None}


def _url(export, slug, objects, user):
    if export == "plan_xlsx":
        return reverse("actions:export", args=[slug])
    if export == "fiche_document":
        document = objects["document"]
        return reverse("actions:document", args=[slug, document.fiche.number, document.pk])
    if export in ("contacts_xlsx", "contacts_csv"):
        return reverse(f"governance:{export}", args=[slug])
    if export in ("comparison_xlsx", "comparison_csv"):
        return reverse(f"diagnostics:{export}", args=[slug])
    if export == "diagnostic_xlsx":
        return reverse("diagnostics:export", args=[slug, objects["diagnostic"].pk])
    key = feeds.active_token(user).key if user else "cle-inconnue"
    return reverse("governance:contract_feed", args=[key, slug])


@pytest.mark.parametrize("persona", PERSONAS)
def test_export_permission_matrix(client, everyone, contracts, persona):
    user = everyone[persona]
    if user is not None:
        client.force_login(user)
    answers = {}
    for export in MATRIX:
        statuses = []
        for slug in ("mauges", "val-de-sarthe"):
            response = client.get(_url(export, slug, contracts[slug], user))
            # A document is streamed from its file: read it to the end (closing the response in a test would close
            # the database connection through `request_finished`, on PostgreSQL).
            b"".join(response.streaming_content) if response.streaming else response.content
            statuses.append(response.status_code)
        answers[export] = tuple(statuses)
    assert answers == {export: expected[persona] for export, expected in MATRIX.items()}


def _overview_text(response, fmt) -> str:
    if fmt == "csv":
        return response.content.decode("utf-8-sig")
    sheet = load_workbook(io.BytesIO(response.content)).active
    return " ".join(str(value) for line in sheet.iter_rows(values_only=True) for value in line)


@pytest.mark.parametrize(
    ("persona", "status"),
    [("superuser", OK), ("ars_animator", OK), ("coordinator", FORBIDDEN), ("reader", FORBIDDEN),
     ("pilote", FORBIDDEN), ("outsider", FORBIDDEN), ("anonymous", LOGIN)],
)  # fmt: skip
def test_overview_tables_are_for_ars_animators_and_hold_their_departements_only(
    client, everyone, contracts, persona, status
):
    user = everyone[persona]
    if user is not None:
        client.force_login(user)
    for fmt in ("xlsx", "csv"):
        response = client.get(reverse("ars_overview"), {"table": "contrats", "format": fmt})
        assert response.status_code == status
        if persona == "ars_animator":
            text = _overview_text(response, fmt)
            assert "CLS de Mauges Communauté" in text and "CLS du Val de Sarthe" not in text


def test_a_personal_feed_answers_its_key_only(client, everyone):
    token = feeds.active_token(everyone["reader"])
    assert client.get(reverse("governance:feed", args=[token.key])).status_code == OK
    feeds.revoke(everyone["reader"])
    assert client.get(reverse("governance:feed", args=[token.key])).status_code == NOT_FOUND
    assert client.get(reverse("governance:feed", args=["cle-inconnue"])).status_code == NOT_FOUND
