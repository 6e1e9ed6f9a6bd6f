"""Larger data sets for the query bounds: synthetic indicators and values, a diagnostic with all its parts."""

import datetime

from django.utils import timezone

from actions.models import Axe, FicheAction
from diagnostics import lifecycle
from diagnostics.enums import Aggregation, Level, Polarity, Theme
from diagnostics.models import (
    Diagnostic,
    DiagnosticIndicator,
    IndicatorImport,
    IndicatorValue,
    Priority,
    QualitativeWork,
    TerritorialIndicator,
)


def synthetic_values(number_of_indicators, communes):
    """`number_of_indicators` indicators (every other one a rate) with a value for each commune, 2020 and 2021."""
    record = IndicatorImport.objects.create(filename="synthetique.csv", applied_at=timezone.now())
    indicators = [
        TerritorialIndicator.objects.create(
            code=f"synthetique_{n}",
            label=f"Indicateur synthétique {n}",
            theme=list(Theme.values)[n % 7],
            unit="%",
            definition="Pour le test.",
            source="other",
            aggregation=Aggregation.RATIO if n % 2 else Aggregation.SUM,
            scale=100 if n % 2 else 1,
            polarity=Polarity.HIGHER_IS_WORSE,
        )
        for n in range(number_of_indicators)
    ]
    now = timezone.now()
    values = []
    for indicator in indicators:
        for commune in communes:
            for year in (2020, 2021):
                values.append(
                    IndicatorValue(
                        indicator=indicator,
                        level=Level.COMMUNE,
                        territory_code=commune.code,
                        commune=commune,
                        year=year,
                        value=10,
                        numerator=1 if indicator.is_ratio else None,
                        denominator=10 if indicator.is_ratio else None,
                        source_import=record,
                        updated_at=now,
                    )
                )
    IndicatorValue.objects.bulk_create(values, batch_size=2000)
    return indicators


def diagnostic_with_parts(contract, author, indicators, size):
    """A diagnostic retaining `indicators`, with `size` works, priorities, axes and fiches linked both ways."""
    diagnostic = lifecycle.start_diagnostic(
        Diagnostic(contract=contract, title="Diagnostic", made_on=datetime.date(2022, 6, 16), author=author), by=author
    )
    items = [
        DiagnosticIndicator.objects.create(
            diagnostic=diagnostic, indicator=indicator, comment="Commentaire", position=n
        )
        for n, indicator in enumerate(indicators)
    ]
    for n in range(1, size + 1):
        QualitativeWork.objects.create(
            diagnostic=diagnostic, kind="interviews", title=f"Entretiens {n}", end_date=datetime.date(2022, 3, 31)
        )
        axe = Axe.objects.create(contract=contract, number=str(n), title=f"Axe {n}", position=n)
        fiches = [
            FicheAction.objects.create(contract=contract, axe=axe, number=f"{n}.{m}", title=f"Fiche {n}.{m}")
            for m in (1, 2)
        ]
        priority = Priority.objects.create(diagnostic=diagnostic, number=n, title=f"Enjeu {n}", justification="x")
        priority.axes.set([axe])
        priority.fiches.set(fiches[:1])
        priority.indicators.set(items[:3])
    return diagnostic
