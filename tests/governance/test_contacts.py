"""The contacts directory of a contract: everyone who sits in its instances, on a page and as XLSX or CSV files."""

import csv
import io

from django.urls import reverse
from openpyxl import load_workbook

from governance.enums import InstanceKind, MemberRole
from tests.factories import ContractFactory, OrganisationFactory
from tests.governance.factories import InstanceFactory, MemberFactory, PersonFactory


def directory(copil, president):
    technical = InstanceFactory(
        contract=copil.contract, kind=InstanceKind.MONITORING_COMMITTEE, name="Comité de suivi"
    )
    MemberFactory(instance=technical, person=president.person, role=MemberRole.MEMBER)
    ars = OrganisationFactory(name="ARS Pays de la Loire", kind="ars")
    monnier = PersonFactory(first_name="Isabelle", last_name="Monnier", email="", phone="+33 2 49 10 40 00")
    MemberFactory(instance=copil, person=monnier, organisation=ars, role=MemberRole.MEMBER)
    MemberFactory(instance=InstanceFactory(contract=ContractFactory()), person=PersonFactory(last_name="Ailleurs"))
    hostile = PersonFactory(first_name='=HYPERLINK("http://x")', last_name="Zorro", email="z@exemple.fr")
    MemberFactory(instance=technical, person=hostile)


def test_the_directory_lists_each_person_once_with_their_seats(client, coordinator, copil, president):
    directory(copil, president)
    client.force_login(coordinator)
    response = client.get(reverse("governance:contacts", args=[copil.contract.slug]))
    html = response.content.decode()
    assert "3 personnes siègent dans ses instances" in html
    assert html.count("d.huchon@mauges.exemple.fr</a>") == 1
    assert "Comité de suivi</a> : membre" in html and "(ARS Pays de la Loire)" in html
    assert "Ailleurs" not in html


def test_the_workbook_has_one_row_per_seat_and_no_formula(client, coordinator, copil, president):
    directory(copil, president)
    client.force_login(coordinator)
    response = client.get(reverse("governance:contacts_xlsx", args=[copil.contract.slug]))
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert 'filename="contacts-mauges-' in response["Content-Disposition"]
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Civilité", "Prénom", "Nom")
    assert [(r[2], r[6]) for r in rows[1:]] == [
        ("Huchon", "COPIL du CLS de Mauges Communauté"),
        ("Huchon", "Comité de suivi"),
        ("Monnier", "COPIL du CLS de Mauges Communauté"),
        ("Zorro", "Comité de suivi"),
    ]
    assert rows[3][5] == "+33 2 49 10 40 00"
    assert rows[4][1] == '\'=HYPERLINK("http://x")'
    assert all(cell.data_type != "f" for line in sheet.iter_rows() for cell in line)


def test_the_csv_opens_in_a_french_spreadsheet(client, ars_animator, copil, president):
    directory(copil, president)
    client.force_login(ars_animator)
    response = client.get(reverse("governance:contacts_csv", args=[copil.contract.slug]))
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeffCivilité;Prénom;Nom")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    assert rows[1][:3] == ["Monsieur", "Didier", "Huchon"] and rows[1][7] == "Président ou présidente"
    assert rows[4][1].startswith("'=")


def test_control_characters_pasted_into_a_contact_do_not_break_the_exports(client, coordinator, copil, president):
    directory(copil, president)
    pasted = PersonFactory(last_name="Collé", job_title="Chargée\x0bde mission\x01", email="c@exemple.fr")
    MemberFactory(instance=copil, person=pasted)
    client.force_login(coordinator)
    slug = copil.contract.slug
    sheet = load_workbook(io.BytesIO(client.get(reverse("governance:contacts_xlsx", args=[slug])).content)).active
    assert "Chargéede mission" in [row[3] for row in sheet.iter_rows(values_only=True)]
    text = client.get(reverse("governance:contacts_csv", args=[slug])).content.decode("utf-8")
    assert ";Chargéede mission;" in text and "\x0b" not in text
