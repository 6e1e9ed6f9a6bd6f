import datetime

from django.urls import reverse

from cls_portal.models import User
from demo.diagnostics import load_demo_diagnostics
from demo.loader import load_demo
from diagnostics.comparison import compare_contract
from diagnostics.enums import DiagnosticStatus, Level
from diagnostics.models import Diagnostic, IndicatorImport, IndicatorValue
from diagnostics.traceability import traceability


def test_the_demo_diagnostic_of_mauges_cls_2(referentials, client):
    load_demo()
    load_demo_diagnostics()
    diagnostic = Diagnostic.objects.get(contract__slug="mauges-cls-2")
    assert diagnostic.status == DiagnosticStatus.SHARED and diagnostic.is_demo_content
    assert diagnostic.transitions.last().effective_on == datetime.date(2022, 6, 16)
    works = list(diagnostic.works.values_list("title", "start_date", "end_date"))
    assert ("Questionnaire aux habitants et aux acteurs", None, datetime.date(2022, 6, 1)) in works
    assert (
        "Partage du diagnostic et définition des enjeux et orientations",
        datetime.date(2022, 6, 15),
        datetime.date(2022, 6, 16),
    ) in works
    trace = traceability(diagnostic)
    assert [p.number for p in trace.unanswered] == [1, 2]  # the CLS 2 plan has only the axes carried over
    assert not trace.orphan_fiches
    # Every value but the geography's is demonstration data, and said so.
    assert (
        not IndicatorValue.objects.filter(is_demo=False)
        .exclude(indicator__code__in=["population_municipale", "nombre_communes"])
        .exists()
    )
    doctors = IndicatorImport.objects.get(filename__startswith="medecins-communes-deleguees")
    assert len(doctors.mapped_codes) == 64
    comparison = compare_contract(diagnostic.contract)
    row = next(r for r in comparison.rows if r.indicator.code == "medecins_generalistes")
    assert row.perimeter.has_value and row.perimeter.is_demo and row.references[Level.DEPARTEMENT].covered == 6
    client.force_login(User.objects.get(email="coordinatrice.mauges@demo.portail-cls.fr"))
    page = client.get(diagnostic.get_absolute_url()).content.decode()
    assert "Données de démonstration" in page and "Diagnostic de démonstration" in page
    # Loading again changes nothing.
    assert str(load_demo_diagnostics()) == "Diagnostic de démonstration déjà présent : rien à changer."
    assert client.get(reverse("diagnostics:comparison", args=["mauges-cls-2"])).status_code == 200
