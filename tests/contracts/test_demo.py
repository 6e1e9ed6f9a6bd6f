import datetime
import io
import re
import shutil
from pathlib import Path

import pytest
import yaml
from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.db.models import Count
from django.urls import reverse

from actions.models import BudgetLine, FicheAction, SubAction
from cls_portal.models import User
from contracts.enums import ContractStatus, Role
from contracts.models import Contract
from demo.files import DIRECTORY, DemoDataError
from demo.governance import FIXTURE as GOVERNANCE_FIXTURE
from demo.governance import load_governance_demo
from demo.loader import load_demo, read_demo_files
from referentials.loaders import load_all


@pytest.fixture
def demo(referentials):
    load_demo()
    load_governance_demo()  # what `manage.py load_demo` loads after the contracts


def _counts():
    models = [m for app in ("cls_portal", "contracts", "actions") for m in apps.get_app_config(app).get_models()]
    return {m._meta.label: m.objects.count() for m in models}


def test_demo_contracts_and_their_states(demo):
    states = dict(Contract.objects.values_list("slug", "status"))
    assert states == {
        "mauges-cls-1": ContractStatus.RENEWED,
        "mauges-cls-2": ContractStatus.ELABORATION,
        "le-mans-allonnes-coulaines": ContractStatus.EVALUATION,
        "cc-vallees-braye-anille": ContractStatus.EVALUATION,
        "lbn-communaute": ContractStatus.ELABORATION,
        "cc-val-de-sarthe": ContractStatus.ELABORATION,
        "cc-loir-luce-berce": ContractStatus.REFLECTION,
        "cc-sud-sarthe": ContractStatus.REFLECTION,
        # Not a CLS: the container of the CTS Métropole-Flandres' roadmap (docs/governance.md).
        "feuille-de-route-conseil-territorial-de-sante-metropole-flandres": ContractStatus.REFLECTION,
    }


def test_mauges_cls_1_and_its_renewal(demo):
    cls1 = Contract.objects.get(slug="mauges-cls-1")
    cls2 = Contract.objects.get(slug="mauges-cls-2")
    assert cls1.name == "Contrat local de santé de Mauges Communauté 2017-2021"
    assert (cls1.signature_date, cls1.start_date, cls1.end_date) == (
        datetime.date(2016, 11, 4),
        datetime.date(2017, 1, 1),
        datetime.date(2021, 12, 31),
    )
    assert cls1.perimeter_communes().count() == 6
    assert list(cls1.transitions.order_by("at", "id").values_list("to_status", flat=True)) == [
        "reflection",
        "elaboration",
        "signed",
        "evaluation",
        "renewed",
    ]
    avenant = cls1.avenants.get()
    assert (avenant.number, avenant.signed_on.year, avenant.signed_on.month) == (1, 2020, 2)
    assert (cls2.generation, cls2.previous, cls2.launch_date) == (2, cls1, datetime.date(2022, 3, 16))
    assert set(cls2.parties.values_list("organisation__name", flat=True)) == {
        "ARS Pays de la Loire",
        "Mauges Communauté",
    }
    # The CLS 2 in élaboration takes over unfinished fiches, to be planned again: none is late.
    assert cls2.fiches.exists() and not cls2.fiches.late().exists()
    assert not cls2.fiches.filter(end_date__isnull=False).exists()


def test_le_mans_perimeter_is_three_communes(demo):
    contract = Contract.objects.get(slug="le-mans-allonnes-coulaines")
    assert sorted(contract.communes.values_list("pk", flat=True)) == ["72003", "72095", "72181"]
    assert not contract.epcis.exists()
    assert contract.departement_id == "72"


def test_demo_memberships(demo):
    def roles(email):
        return {
            (m.role, m.departement_id or m.contract.slug)
            for m in User.objects.get(email=email).memberships.select_related("contract")
        }

    assert roles("animatrice.49@demo.portail-cls.fr") == {(Role.ARS_ANIMATOR, "49")}
    assert roles("animateur.72@demo.portail-cls.fr") == {(Role.ARS_ANIMATOR, "72")}
    assert roles("coordinatrice.mauges@demo.portail-cls.fr") == {
        (Role.COORDINATOR, "mauges-cls-1"),
        (Role.COORDINATOR, "mauges-cls-2"),
    }
    assert roles("elu.mauges@demo.portail-cls.fr") == {(Role.READER, "mauges-cls-1"), (Role.READER, "mauges-cls-2")}
    assert roles("pilote.mauges@demo.portail-cls.fr") == {(Role.READER, "mauges-cls-1")}
    assert User.objects.get(email="admin@demo.portail-cls.fr").is_superuser


def test_the_pilote_keeps_the_follow_up_of_a_cls_2_fiche(demo, client):
    piloted = set(
        FicheAction.objects.filter(pilote__email="pilote.mauges@demo.portail-cls.fr").values_list(
            "contract__slug", "number"
        )
    )
    assert piloted == {("mauges-cls-1", "1.1"), ("mauges-cls-1", "2.5"), ("mauges-cls-2", "5.1")}
    client.force_login(User.objects.get(email="pilote.mauges@demo.portail-cls.fr"))
    home = client.get(reverse("home")).content.decode()
    assert "Les fiches-action dont je suis pilote" in home
    follow_up = reverse("actions:fiche_follow_up", args=["mauges-cls-2", "5.1"])
    assert follow_up in home
    assert client.get(follow_up).status_code == 200
    # CLS 1 is an archive: readable, no longer followed up.
    assert client.get(reverse("actions:fiche_follow_up", args=["mauges-cls-1", "1.1"])).status_code == 403


def test_demo_sub_actions_follow_the_detailed_slides(demo):
    sub_actions = set(SubAction.objects.filter(fiche__contract__slug="mauges-cls-1").values_list("number", flat=True))
    assert {"1.1.2", "2.5.1", "2.5.2", "3.6.1"} <= sub_actions
    assert "Val-de-Moine" in SubAction.objects.get(fiche__contract__slug="mauges-cls-1", number="2.5.2").title


def test_running_twice_changes_nothing(demo):
    before = _counts()
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert _counts() == before
    assert "rien à changer" in out.getvalue()


def test_demo_accounts_can_log_in(client, demo):
    data = read_demo_files()
    for account in data.accounts:
        email = account["email"]
        client.logout()
        response = client.post(reverse("login"), {"username": email, "password": data.password})
        assert response.status_code == 302, email
        assert client.get(reverse("contracts:list")).status_code == 200


def test_the_demo_needs_the_referentials(db):
    with pytest.raises(RuntimeError, match="load_referentials"):
        load_demo()


def test_the_readme_lists_the_demo_accounts_and_their_password():
    readme = (Path(settings.BASE_DIR) / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Demo accounts", 1)[1].split("\n## ", 1)[0]
    data = read_demo_files()
    governance = yaml.safe_load(GOVERNANCE_FIXTURE.read_text(encoding="utf-8"))
    assert set(re.findall(r"^\| `([^`]+@demo\.portail-cls\.fr)`", section, re.MULTILINE)) == {
        account["email"] for account in data.accounts
    } | {account["email"] for account in governance.get("accounts", [])}
    assert f"**`{data.password}`**" in section


# --- The data files (fixtures/demo/) ------------------------------------------------------------------------------


def test_the_demo_files_parse():
    data = read_demo_files()
    assert len(data.accounts) == 6
    assert len(data.organisations) == 23
    assert [contract["slug"] for contract in data.contracts][:2] == ["mauges-cls-1", "le-mans-allonnes-coulaines"]
    (plan,) = [step["plan"] for step in data.contracts[0]["steps"] if step["verb"] == "plan"]
    assert [len(axe["fiches"]) for axe in plan["axes"]] == [11, 5, 7, 2, 4]
    fiches = {fiche["number"]: fiche for axe in plan["axes"] for fiche in axe["fiches"]}
    assert {n for n, fiche in fiches.items() if not fiche["is_demo_content"]} == {"1.1", "2.5", "3.6"}
    # A demonstration fiche gets the plan's demonstration texts; a real one keeps its own.
    assert "contenu de démonstration" in fiches["1.2"]["context"]
    assert "radon" in fiches["1.1"]["context"]


@pytest.fixture
def demo_copy(tmp_path):
    """A copy of fixtures/demo to break, and a function replacing one text of one of its files."""
    directory = tmp_path / "demo"
    shutil.copytree(DIRECTORY, directory)

    def replace(name, old, new):
        path = directory / name
        content = path.read_text(encoding="utf-8")
        assert content.count(old) >= 1, old
        path.write_text(content.replace(old, new, 1), encoding="utf-8")

    replace.directory = directory
    return replace


PLAN = "plan-mauges-cls-1.yaml"


@pytest.mark.parametrize(
    ("name", "old", "new", "expected"),
    [
        (
            PLAN,
            "partners: [ars, cpam49, beaupreau, c3si, msp_moine]",
            "partners: [ars, cpam49, beaupreau, c3sii, msp_moine]",
            "axe 2, fiche 2.5 : organisation inconnue « c3sii » (« partners »). Vouliez-vous dire « c3si » ? "
            "Voir organisations.yaml.",
        ),
        (
            PLAN,
            "status: in_progress",
            "status: en_cours",
            "axe 5, fiche 5.1 : valeur inconnue « en_cours » pour « status » (statut) ; valeurs possibles : "
            "planned (À venir), in_progress (En cours),",
        ),
        (
            PLAN,
            '- number: "1.10"',
            "- number: 1.10",
            "axe 1, fiche n° 10 : « number » doit être un texte, or YAML y lit le nombre 1.1 : écrivez la valeur "
            "entre guillemets",
        ),
        (
            "contracts.yaml",
            "to: signed",
            "to: signe",
            "contrat mauges-cls-1, étape 2 (record_existing_state) : valeur inconnue « signe » pour « to » "
            "(statut du contrat)",
        ),
        (
            "contracts.yaml",
            "by: animateur.72@demo.portail-cls.fr",
            "by: animateur.27@demo.portail-cls.fr",
            "contrat le-mans-allonnes-coulaines : compte inconnu « animateur.27@demo.portail-cls.fr » (« by »). "
            "Vouliez-vous dire « animateur.72@demo.portail-cls.fr » ?",
        ),
        (
            "contracts.yaml",
            "      - start_evaluation:",
            "      - start_evalution:",
            "contrat mauges-cls-1, étape 5 (start_evalution) : action inconnue. "
            "Vouliez-vous dire « start_evaluation » ?",
        ),
        (
            "organisations.yaml",
            "    name: C3SI",
            "    nom: C3SI",
            "organisation c3si : clé inconnue « nom ». Clés possibles : key, name,",
        ),
        (
            "accounts.yaml",
            "    last_name: Moreau",
            "    last_name: Moreau\n    last_name: Moreau",
            "ligne 24 : YAML illisible (la clé « last_name » apparaît deux fois dans la même entrée).",
        ),
        (
            "accounts.yaml",
            "first_name: Claire",
            "first_name: [Claire",
            "ligne 15 : YAML illisible (expected ',' or ']'",
        ),
    ],
)
def test_a_malformed_file_names_the_file_and_the_entry(demo_copy, name, old, new, expected):
    demo_copy(name, old, new)
    with pytest.raises(DemoDataError) as error:
        read_demo_files(demo_copy.directory)
    message = str(error.value)
    if "ligne" not in expected:  # the line of the faulty key
        content = (demo_copy.directory / name).read_text(encoding="utf-8")
        expected = f"ligne {content[: content.index(new)].count(chr(10)) + 1}, {expected}"
    assert message.startswith(f"{demo_copy.directory / name}, ligne "), message
    assert expected in message, message


def test_what_the_domain_refuses_is_named_and_nothing_is_written(db, demo_copy):
    load_all()
    # A fiche of axe 1 numbered as if it were in axe 2: the model's own check refuses it.
    demo_copy(PLAN, '- number: "1.11"', '- number: "2.11"')
    with pytest.raises(DemoDataError) as error:
        load_demo(demo_copy.directory)
    assert "plan-mauges-cls-1.yaml, ligne" in str(error.value)
    assert "axe 1, fiche 2.11 : « number » : Le numéro d'une fiche de l'axe 1 commence par « 1. »" in str(error.value)
    assert not User.objects.exists() and not Contract.objects.exists()


def test_an_unknown_referential_code_is_named(db, demo_copy):
    load_all()
    demo_copy("contracts.yaml", 'communes: ["72181", "72003", "72095"]', 'communes: ["72181", "72999"]')
    with pytest.raises(DemoDataError) as error:
        load_demo(demo_copy.directory)
    assert (
        "contrat le-mans-allonnes-coulaines : code inconnu du référentiel des communes : « 72999 » (« communes »)."
        in (str(error.value))
    )


MINI_FILES = {
    "accounts.yaml": """
password: secret-de-test
accounts:
  - email: animatrice@demo.exemple.fr
    memberships: [{role: ars_animator, departement: "49"}]
""",
    "organisations.yaml": """
organisations:
  - {key: ars, name: ARS Pays de la Loire, kind: ars}
  - {key: mauges, name: Mauges Communauté, kind: epci, siren: "200060010"}
""",
    "contracts.yaml": """
contracts:
  - slug: mauges-2024
    name: CLS de Mauges Communauté 2024
    departement: "49"
    porteur: mauges
    epcis: ["200060010"]
    by: animatrice@demo.exemple.fr
    parties:
      - {organisation: ars, role: principal, representative_name: A. Directeur, representative_title: Directeur}
      - {organisation: mauges, role: principal, representative_name: B. Président, representative_title: Président}
    steps:
      - start_elaboration: {date: 2023-09-01}
      - plan: plan.yaml
      - sign: {date: 2024-01-15, signature_place: Beaupréau-en-Mauges}
""",
    "plan.yaml": """
prs: PDL-2023-2028
axes:
  - number: "1"
    title: Prévention
    fiches:
      - title: Première fiche
        is_demo_content: true
        sub_actions: [{title: Première étape}, {title: Deuxième étape}]
      - title: Deuxième fiche
        is_demo_content: true
""",
}


def test_a_contract_signed_through_the_lifecycle_with_numbers_given_by_the_numbering(db, tmp_path):
    load_all()
    for name, content in MINI_FILES.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
    load_demo(tmp_path)
    contract = Contract.objects.get(slug="mauges-2024")
    assert contract.status == ContractStatus.SIGNED
    assert (contract.launch_date, contract.signature_date, contract.end_date) == (
        datetime.date(2023, 9, 1),
        datetime.date(2024, 1, 15),
        datetime.date(2029, 1, 14),
    )
    assert list(contract.fiches.values_list("number", flat=True)) == ["1.1", "1.2"]
    assert list(SubAction.objects.values_list("number", flat=True)) == ["1.1.1", "1.1.2"]
    assert User.objects.get().check_password("secret-de-test")
    # A second contract whose plan names an unknown PRS: the error names it, and nothing of that contract is written.
    (tmp_path / "contracts.yaml").write_text(
        MINI_FILES["contracts.yaml"].replace("mauges-2024", "mauges-2025"), encoding="utf-8"
    )
    (tmp_path / "plan.yaml").write_text(MINI_FILES["plan.yaml"].replace("PDL-2023-2028", "PDL-1999"), encoding="utf-8")
    with pytest.raises(DemoDataError, match=r"plan.yaml, ligne 2 : PRS inconnu du référentiel : « PDL-1999 »"):
        load_demo(tmp_path)
    assert not Contract.objects.filter(slug="mauges-2025").exists()


def test_two_sarthe_contracts_have_a_demonstration_plan(demo, client):
    sarthe = FicheAction.objects.filter(contract__departement_id="72")
    assert dict(sarthe.order_by().values_list("contract__slug").annotate(n=Count("pk"))) == {
        "le-mans-allonnes-coulaines": 6,
        "cc-vallees-braye-anille": 4,
    }
    assert not sarthe.filter(is_demo_content=False).exists()  # no seed gives these plans
    assert sarthe.filter(prs_elements__isnull=False).distinct().count() == 10
    assert BudgetLine.objects.filter(fiche__in=sarthe).exists()
    client.force_login(User.objects.get(email="animateur.72@demo.portail-cls.fr"))
    context = client.get(reverse("ars_overview")).context
    stats = {c.slug: c.stats for c in context["contracts"]}
    assert stats["le-mans-allonnes-coulaines"].fiche_count == 6 and stats["le-mans-allonnes-coulaines"].progress
    assert stats["le-mans-allonnes-coulaines"].late_count >= 2  # two ended in 2026 unfinished
    assert context["budget"]


def test_a_plan_added_after_a_first_load_is_loaded_once(demo):
    contract = Contract.objects.get(slug="cc-vallees-braye-anille")
    contract.fiches.all().delete()
    contract.axes.all().delete()  # a demo database loaded before the Sarthe plans existed
    load_demo()
    assert contract.fiches.count() == 4
    before = _counts()
    load_demo()
    assert _counts() == before
