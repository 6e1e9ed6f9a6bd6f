from referentials.loaders import load_all, load_geography
from referentials.models import ArsTheme, Commune, Departement, Epci, FormerCommune, PrsPriority, Region


def test_whole_of_france_is_loaded(referentials):
    assert Region.objects.count() == 18
    assert Departement.objects.count() == 101
    assert Epci.objects.count() == 1255
    assert Commune.objects.count() == 34875


def test_mauges_communaute_is_an_agglomeration_of_six_communes(referentials):
    mauges = Epci.objects.get(siren="200060010")
    assert mauges.kind == "CA"
    assert sorted(mauges.communes.values_list("name", flat=True)) == [
        "Beaupréau-en-Mauges",
        "Chemillé-en-Anjou",
        "Mauges-sur-Loire",
        "Montrevault-sur-Èvre",
        "Orée d'Anjou",
        "Sèvremoine",
    ]
    assert set(mauges.communes.values_list("departement_id", flat=True)) == {"49"}


def test_epci_population_is_the_sum_of_its_communes(referentials):
    le_mans = Epci.objects.get(siren="247200132")
    assert le_mans.communes.count() == 20
    assert {"72181", "72003", "72095"} <= set(le_mans.communes.values_list("code", flat=True))
    assert le_mans.population == sum(le_mans.communes.values_list("population", flat=True))


def test_reference_lists_are_loaded(referentials):
    assert list(ArsTheme.objects.values_list("label", flat=True)) == [
        "Prévention, promotion de la santé dont la santé environnementale",
        "Accès aux soins et offre de santé",
        "Parcours",
    ]
    assert PrsPriority.objects.count() == 5
    assert PrsPriority.objects.filter(label__icontains="santé mentale").exists()


def test_loading_twice_changes_nothing(referentials):
    second = load_all()
    assert all(report.created == 0 and report.updated == 0 for report in second), [str(r) for r in second]


def test_reloading_repairs_only_what_changed(referentials):
    Commune.objects.filter(code="49126").update(name="Nom modifié à la main")
    reports = {report.model: report for report in load_geography()}
    assert reports["communes"].updated == 1
    assert reports["communes"].created == 0
    assert Commune.objects.get(code="49126").name == "Orée d'Anjou"


def test_former_communes_are_attached_to_their_current_commune(referentials):
    assert FormerCommune.objects.filter(kind="deleguee").count() == 2105
    assert FormerCommune.objects.filter(kind="associee").count() == 471
    assert FormerCommune.objects.filter(kind="arrondissement").count() == 45
    mauges = FormerCommune.objects.filter(commune__epci_id="200060010")
    assert mauges.count() == 64
    assert set(mauges.values_list("kind", flat=True)) == {"deleguee"}
    assert FormerCommune.objects.get(code="75113").commune_id == "75056"
    assert FormerCommune.objects.get(code="69385").commune_id == "69123"
    assert FormerCommune.objects.get(code="13216").commune_id == "13055"
