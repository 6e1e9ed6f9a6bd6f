import datetime

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, transaction

from actions.enums import FicheStatus, Funder
from actions.models import BudgetLine, FicheAction, FicheDocument
from tests.actions.factories import BudgetLineFactory, FicheFactory


def test_fiche_number_is_unique_in_its_contract(fiche):
    with pytest.raises(IntegrityError), transaction.atomic():
        FicheFactory(axe=fiche.axe, number="1.1")


def test_same_number_is_allowed_in_another_contract(fiche, other_contract):
    from tests.actions.factories import AxeFactory

    other = FicheFactory(axe=AxeFactory(contract=other_contract, number="1"), number="1.1")
    assert other.number == fiche.number


@pytest.mark.parametrize("progress", [101, 250])
def test_progress_above_100_is_refused_by_the_database(fiche, progress):
    with pytest.raises(IntegrityError), transaction.atomic():
        FicheAction.objects.filter(pk=fiche.pk).update(progress=progress)


def test_end_before_start_is_refused_by_the_database(fiche):
    with pytest.raises(IntegrityError), transaction.atomic():
        FicheAction.objects.filter(pk=fiche.pk).update(
            start_date=datetime.date(2024, 6, 1), end_date=datetime.date(2024, 1, 1)
        )


def test_model_validation_speaks_french(fiche):
    fiche.number = "2.1"
    fiche.progress = 120
    fiche.start_date, fiche.end_date = datetime.date(2024, 6, 1), datetime.date(2024, 1, 1)
    with pytest.raises(ValidationError) as error:
        fiche.full_clean()
    messages = error.value.message_dict
    assert "commence par « 1. »" in messages["number"][0]
    assert messages["end_date"] == ["La fin de l'action ne peut pas précéder son début."]
    assert "entre 0 et 100" in messages["progress"][0]


@pytest.mark.parametrize("number", ["1", "1.", "a.1", "1..2", "1.1-b"])
def test_number_format_is_digits_and_dots(fiche, number):
    fiche.number = number
    with pytest.raises(ValidationError) as error:
        fiche.full_clean()
    assert "number" in error.value.message_dict


def test_late_is_computed_from_end_date_and_status(axe1):
    late = FicheFactory(axe=axe1, late=True)
    done_late = FicheFactory(axe=axe1, late=True, status=FicheStatus.DONE)
    abandoned = FicheFactory(axe=axe1, late=True, status=FicheStatus.ABANDONED)
    on_time = FicheFactory(axe=axe1)
    assert late.is_late and not done_late.is_late and not abandoned.is_late and not on_time.is_late
    assert list(FicheAction.objects.late()) == [late]


def test_budget_amounts_cannot_be_negative(fiche):
    with pytest.raises(IntegrityError), transaction.atomic():
        BudgetLine.objects.create(fiche=fiche, year=2024, funder=Funder.CAF, planned_amount=-1)


def test_budget_line_is_unique_per_year_and_funder(fiche):
    BudgetLineFactory(fiche=fiche, year=2024, funder=Funder.CPAM)
    BudgetLineFactory(fiche=fiche, year=2025, funder=Funder.CPAM)
    with pytest.raises(IntegrityError), transaction.atomic():
        BudgetLineFactory(fiche=fiche, year=2024, funder=Funder.CPAM)


def test_other_funder_needs_a_name(fiche):
    with pytest.raises(IntegrityError), transaction.atomic():
        BudgetLine.objects.create(fiche=fiche, year=2024, funder=Funder.OTHER, planned_amount=10)


def test_document_is_a_file_or_a_link_never_both(fiche):
    with pytest.raises(IntegrityError), transaction.atomic():
        FicheDocument.objects.create(fiche=fiche, title="Rien")
    with pytest.raises(IntegrityError), transaction.atomic():
        FicheDocument.objects.create(
            fiche=fiche,
            title="Les deux",
            url="https://exemple.fr/a.pdf",
            file=SimpleUploadedFile("a.pdf", b"%PDF-1.4"),
        )


def test_the_database_refuses_a_done_fiche_below_100_percent(axe1):
    fiche = FicheFactory(axe=axe1, status=FicheStatus.DONE, progress=40)
    assert fiche.progress == 100  # save() settles it
    with pytest.raises(IntegrityError), transaction.atomic():
        FicheAction.objects.filter(pk=fiche.pk).update(progress=40)
