"""Who may do what with the diagnostic, as a matrix of personas and pages (contracts.perms underneath)."""

import datetime

import pytest
from django.urls import reverse

from diagnostics import lifecycle
from diagnostics.models import Diagnostic, IndicatorImport, Priority, QualitativeWork

PERSONAS = ["ars_animator", "coordinator", "reader", "outsider", "superuser", "anonymous"]


@pytest.fixture
def diagnostic(mauges_contract, coordinator):
    diagnostic = lifecycle.start_diagnostic(
        Diagnostic(
            contract=mauges_contract, title="Diagnostic 2022", made_on=datetime.date(2022, 6, 16), author=coordinator
        ),
        by=coordinator,
    )
    QualitativeWork.objects.create(
        diagnostic=diagnostic, kind="workshop", title="Partage", end_date=datetime.date(2022, 6, 16)
    )
    Priority.objects.create(diagnostic=diagnostic, number=1, title="Accès aux soins", justification="x")
    return diagnostic


def _client(client, personas, name):
    if name != "anonymous":
        client.force_login(personas[name])
    return client


def _pages(diagnostic):
    slug, pk = diagnostic.contract.slug, diagnostic.pk
    return {
        "catalogue": ("get", reverse("diagnostics:catalogue")),
        "comparison": ("get", reverse("diagnostics:comparison", args=[slug])),
        "comparison_xlsx": ("get", reverse("diagnostics:comparison_xlsx", args=[slug])),
        "list": ("get", reverse("diagnostics:list", args=[slug])),
        "detail": ("get", reverse("diagnostics:diagnostic", args=[slug, pk])),
        "export": ("get", reverse("diagnostics:export", args=[slug, pk])),
        "create": ("get", reverse("diagnostics:create", args=[slug])),
        "edit": ("get", reverse("diagnostics:edit", args=[slug, pk])),
        "priority": ("get", reverse("diagnostics:priority_create", args=[slug, pk])),
        "share": ("get", reverse("diagnostics:transition", args=[slug, pk, "partage"])),
        "delete_priority": (
            "post",
            reverse("diagnostics:child_delete", args=[slug, pk, "enjeux", diagnostic.priorities.get().pk]),
        ),
        "import": ("get", reverse("diagnostics:import_upload")),
    }


READ = {"ars_animator": 200, "coordinator": 200, "reader": 200, "outsider": 404, "superuser": 200, "anonymous": 302}
EDIT = {"ars_animator": 200, "coordinator": 200, "reader": 403, "outsider": 404, "superuser": 200, "anonymous": 302}
EXPECTED = {
    "catalogue": {**READ, "outsider": 200},
    "comparison": READ,
    "comparison_xlsx": READ,
    "list": READ,
    "detail": READ,
    "export": READ,
    "create": EDIT,
    "edit": EDIT,
    "priority": EDIT,
    "share": EDIT,
    "delete_priority": {**EDIT, "ars_animator": 302, "coordinator": 302, "superuser": 302},
    # Values are shared by every contract: whoever coordinates an open contract imports for its territories.
    "import": {
        "ars_animator": 200,
        "coordinator": 200,
        "reader": 403,
        "outsider": 200,
        "superuser": 200,
        "anonymous": 302,
    },
}


@pytest.mark.parametrize("persona", PERSONAS)
def test_permission_matrix(client, personas, diagnostic, persona):
    client = _client(client, personas, persona)
    answers = {}
    # The deletion last: it removes the priority the other pages show.
    for page, (method, url) in sorted(_pages(diagnostic).items(), key=lambda item: item[1][0] == "post"):
        answers[page] = getattr(client, method)(url).status_code
    assert answers == {page: expected[persona] for page, expected in EXPECTED.items()}


def test_a_validated_diagnostic_is_read_only_for_everyone(client, personas, diagnostic, coordinator):
    lifecycle.share(diagnostic, by=coordinator)
    lifecycle.validate(diagnostic, by=coordinator, on=datetime.date(2022, 11, 15))
    for name in ("coordinator", "ars_animator", "superuser"):
        _client(client, personas, name)
        response = client.get(reverse("diagnostics:edit", args=[diagnostic.contract.slug, diagnostic.pk]))
        assert response.status_code == 403 and "est validé" in response.content.decode()
        response = client.get(
            reverse("diagnostics:transition", args=[diagnostic.contract.slug, diagnostic.pk, "brouillon"])
        )
        assert response.status_code == 403
        client.logout()


def test_unknown_steps_and_children_answer_404(client, personas, diagnostic):
    _client(client, personas, "coordinator")
    slug, pk = diagnostic.contract.slug, diagnostic.pk
    assert client.get(reverse("diagnostics:transition", args=[slug, pk, "envol"])).status_code == 404
    assert client.post(reverse("diagnostics:child_delete", args=[slug, pk, "autre", 1])).status_code == 404
    assert client.get(reverse("diagnostics:work_edit", args=[slug, pk, 999999])).status_code == 404


def test_someone_elses_upload_answers_404(client, personas, diagnostic):
    record = IndicatorImport.objects.create(filename="x.csv", content=b"a;b\n", uploaded_by=personas["ars_animator"])
    _client(client, personas, "coordinator")
    assert client.get(reverse("diagnostics:import_mapping", args=[record.pk])).status_code == 404
    assert client.post(reverse("diagnostics:import_confirm", args=[record.pk])).status_code == 404
