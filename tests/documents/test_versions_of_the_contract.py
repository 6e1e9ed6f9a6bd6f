"""The contract as signed or as amended, and an avenant's own document for signature."""

import datetime

import pytest
from django.core.management import CommandError, call_command

from contracts.avenants import add_avenant
from contracts.enums import ContractStatus, OrganisationKind, PartyRole
from documents.contract_document import build
from tests.actions.factories import AxeFactory, FicheFactory
from tests.contracts.factories import PartyFactory, make_ready_to_sign
from tests.documents.conftest import pdf_text
from tests.factories import OrganisationFactory


@pytest.fixture
def amended(contract, ars_animator):
    make_ready_to_sign(contract)
    contract.status, contract.signature_date, contract.signature_place = (
        ContractStatus.SIGNED, datetime.date(2023, 6, 1), "Beaupréau-en-Mauges"
    )  # fmt: skip
    contract.start_date, contract.end_date = datetime.date(2023, 7, 1), datetime.date(2028, 6, 30)
    contract.save()
    avenant = add_avenant(contract, signed_on=datetime.date(2025, 2, 14), by=ars_animator,
                          object="Ajout d'un axe santé mentale et entrée de la CPAM.",
                          new_end_date=datetime.date(2029, 6, 30))  # fmt: skip
    axe = AxeFactory(contract=contract, number="5", title="Santé mentale", avenant=avenant)
    FicheFactory(axe=axe, number="5.1", title="Préfigurer un conseil local de santé mentale", avenant=avenant)
    PartyFactory(contract=contract, organisation=OrganisationFactory(name="CPAM de Maine-et-Loire",
                 kind=OrganisationKind.CPAM), role=PartyRole.COSIGNATORY, avenant=avenant,
                 representative_name="Anne Durand", representative_title="Directrice")  # fmt: skip
    return contract, avenant


def test_as_signed_leaves_out_what_avenants_brought(amended):
    contract, _avenant = amended
    signed = build(contract, as_amended=False).data()
    current = build(contract).data()
    assert [axe["number"] for axe in signed["axes"]] == ["1"]
    assert [axe["number"] for axe in current["axes"]] == ["1", "5"]
    assert "CPAM de Maine-et-Loire" not in [party["organisation"] for party in signed["signatories"]]
    assert (signed["contract"]["end_date"], current["contract"]["end_date"]) == ("2028-06-30", "2029-06-30")
    assert signed["avenants"] == [] and [a["number"] for a in current["avenants"]] == [1]


def test_an_avenant_renders_as_its_own_document(amended, tmp_path):
    contract, avenant = amended
    document = build(contract, avenant=avenant)
    assert document.title == "Avenant n° 1 — CLS de Mauges Communauté 2023-2029"
    text = " ".join(pdf_text(document.render_pdf(), tmp_path).split())
    assert "Ajout d'un axe santé mentale et entrée de la CPAM." in text
    assert "l'article « Article 4 — Durée du contrat » du contrat est prolongée" in text
    assert "le contrat prend fin le 30 juin 2029, au lieu du 30 juin 2028." in text
    assert "Axe 5 — Santé mentale" in text and "Fiche 5.1 : Préfigurer un conseil local de santé mentale" in text
    assert "CPAM de Maine-et-Loire, signataire, représenté par Madame Anne Durand, Directrice" in text
    assert "Fait à Beaupréau-en-Mauges, le 14 février 2025, en 3 exemplaires originaux." in text
    assert "Annexe — Fiches-action ajoutées par l'avenant" in text


def test_the_command_renders_the_contract_and_its_avenant(amended, tmp_path):
    contract, _avenant = amended
    output = tmp_path / "contrat.pdf"
    call_command("render_contract", contract.slug, "-o", str(output), "--as-signed")
    text = " ".join(pdf_text(output.read_bytes(), tmp_path).split())
    assert "Article 4 — Durée du contrat" in text and "Santé mentale" not in text
    call_command("render_contract", contract.slug, "-o", str(output), "--avenant", "1")
    assert "Avenant n° 1" in pdf_text(output.read_bytes(), tmp_path)
    with pytest.raises(CommandError, match="n'a pas d'avenant n° 2"):
        call_command("render_contract", contract.slug, "-o", str(output), "--avenant", "2")
    with pytest.raises(CommandError, match="Aucun contrat"):
        call_command("render_contract", "inconnu", "-o", str(output))


def test_the_fingerprint_is_the_sha256_of_the_data(amended):
    import hashlib
    import json

    document = build(amended[0])
    canonical = json.dumps(document.data(), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    assert document.fingerprint() == hashlib.sha256(canonical.encode()).hexdigest()
    assert document.filename.endswith(".pdf") and document.filename.isascii()
