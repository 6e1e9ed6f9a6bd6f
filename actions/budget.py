"""The budget of a fiche as the fiche page and its PDF show it: years × funders, with the totals."""


def budget_table(lines):
    """Years × funders grid of (planned, actual), with row and column totals."""
    years = sorted({line.year for line in lines})
    funders = []
    for line in lines:
        if line.funder_display not in funders:
            funders.append(line.funder_display)
    cells = {(line.year, line.funder_display): line for line in lines}
    rows = []
    for funder in funders:
        row_lines = [line for line in lines if line.funder_display == funder]
        rows.append(
            {
                "funder": funder,
                "cells": [cells.get((year, funder)) for year in years],
                "planned": sum(line.planned_amount for line in row_lines),
                "actual": sum(line.actual_amount or 0 for line in row_lines),
            }
        )
    totals = [
        {
            "planned": sum(line.planned_amount for line in lines if line.year == year),
            "actual": sum(line.actual_amount or 0 for line in lines if line.year == year),
        }
        for year in years
    ]
    return {
        "years": years,
        "rows": rows,
        "totals": totals,
        "planned": sum(line.planned_amount for line in lines),
        "actual": sum(line.actual_amount or 0 for line in lines),
    }
