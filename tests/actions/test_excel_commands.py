"""`manage.py export_plan` and `import_plan`: the Excel round trip from the command line, on the Mauges demo plan."""

import pytest
from django.core.management import CommandError, call_command

from actions.models import FicheAction
from contracts.enums import ContractStatus
from demo.loader import load_demo
from tests.actions.excel_files import edit
from tests.actions.tet_corpus import without_axes


def run(*args):
    from io import StringIO

    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_mauges_plan_round_trip_changes_nothing(referentials, tmp_path):
    load_demo()
    path = tmp_path / "plan.xlsx"
    assert "Plan de « Contrat local de santé de Mauges Communauté 2017-2021 » (29 fiches) exporté" in run(
        "export_plan", "mauges-cls-1", "-o", str(path)
    )
    # CLS 1 is renewed, so its plan is read-only: the round trip goes through CLS 2, which is in élaboration.
    cls2_fiches = FicheAction.objects.filter(contract__slug="mauges-cls-2").count()
    assert cls2_fiches > 1
    run("export_plan", "mauges-cls-2", "-o", str(path))
    versions = list(FicheAction.objects.order_by("pk").values_list("version", flat=True))
    output = run("import_plan", "mauges-cls-2", str(path))
    assert f"0 fiche créée, 0 mise à jour, {cls2_fiches} inchangées" in output
    assert "Le fichier ne change rien au plan." in output
    assert list(FicheAction.objects.order_by("pk").values_list("version", flat=True)) == versions


def test_import_into_a_closed_contract_is_refused(contract, rich_plan, tmp_path):
    """The command follows the rule of the web page: a renewed contract's plan is the record of what was done."""
    path = tmp_path / "plan.xlsx"
    run("export_plan", contract.slug, "-o", str(path))
    path.write_bytes(edit(path.read_bytes(), "Fiches", {(3, "Intitulé"): "Soutenir la MSP du Val-de-Moine"}))
    contract.status = ContractStatus.RENEWED
    contract.save()
    with pytest.raises(CommandError, match="est renouvelé : son plan d'action ne peut plus être modifié"):
        call_command("import_plan", contract.slug, str(path))
    assert FicheAction.objects.get(number="2.1").title == "Soutenir la MSP Val-de-Moine"


def test_dry_run_reports_and_writes_nothing(contract, rich_plan, tmp_path):
    path = tmp_path / "plan.xlsx"
    run("export_plan", contract.slug, "-o", str(path))
    path.write_bytes(edit(path.read_bytes(), "Fiches", {(3, "Intitulé"): "Soutenir la MSP du Val-de-Moine"}))
    output = run("import_plan", contract.slug, str(path), "--dry-run")
    assert "Intitulé : Soutenir la MSP Val-de-Moine → Soutenir la MSP du Val-de-Moine" in output
    assert "Essai à blanc (--dry-run) : rien n'a été enregistré." in output
    assert FicheAction.objects.get(number="2.1").title == "Soutenir la MSP Val-de-Moine"
    output = run("import_plan", contract.slug, str(path), "--user", "coordinateur@mauges.exemple.fr")
    assert "Import enregistré : 0 fiche créée, 1 mise à jour" in output
    fiche = FicheAction.objects.get(number="2.1")
    assert fiche.title == "Soutenir la MSP du Val-de-Moine"
    assert fiche.history.first().history_user.email == "coordinateur@mauges.exemple.fr"


def test_errors_are_listed_and_the_command_fails(contract, rich_plan, tmp_path, capsys):
    path = tmp_path / "plan.xlsx"
    run("export_plan", contract.slug, "-o", str(path))
    path.write_bytes(edit(path.read_bytes(), "Fiches", {(2, "Avancement (%)"): 150}))
    with pytest.raises(CommandError, match="Import refusé"):
        call_command("import_plan", contract.slug, str(path))
    assert FicheAction.objects.get(number="1.1").progress == 60


@pytest.mark.parametrize("command", ["export_plan", "import_plan"])
def test_unknown_contract(db, command, tmp_path):
    args = [command, "inconnu"] + ([str(tmp_path / "x.xlsx")] if command == "import_plan" else [])
    with pytest.raises(CommandError, match="Aucun contrat n'a l'identifiant court « inconnu »"):
        call_command(*args)


def test_import_plan_names_the_axe_of_a_tet_plan_without_axes(contract, tmp_path):
    path = tmp_path / "plan-tet.xlsx"
    path.write_bytes(without_axes())
    with pytest.raises(CommandError, match="Import refusé"):
        run("import_plan", contract.slug, str(path))
    output = run("import_plan", contract.slug, str(path), "--axe-sans-axe", "Actions du plan")
    assert "rangées dans l'axe « Actions du plan »" in output
    assert list(FicheAction.objects.filter(contract=contract).values_list("number", "axe__title")) == [
        ("1.1", "Actions du plan"),
        ("1.2", "Actions du plan"),
    ]
