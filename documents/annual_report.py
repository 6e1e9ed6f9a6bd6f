"""The annual report of a contract for its COPIL: where every fiche stands, progress by axe, indicators against their
targets, the budget of the year by funder, the meetings held and the decisions taken in the year.

    document = build_annual_report(contract, 2025)
    document.title, document.filename, document.data(), document.render_pdf(footer="Version 1 du …")

Statuses and progress are those of the day the report is made (the plan keeps no state per year); the follow-up
notes, indicator values, budget lines, meetings and decisions are those of the year. The figures come from where
their rules live (`actions.progress`, `actions.reporting`, `governance`); `data()` is read in a bounded number of
queries and the PDF is rendered from it alone, like every version (`documents.rendering`).
"""

from decimal import Decimal

from django.db.models import Prefetch
from django.utils import timezone
from django.utils.text import slugify

from actions.enums import Funder
from actions.models import Axe, FicheAction, FicheIndicatorValue, FollowUpNote
from actions.portfolio import budget_by_funder_and_year
from actions.progress import plan_stats
from actions.reporting import IndicatorProgress, indicator_progress, late_sentence, progress_sentence, status_counts
from actions.templatetags.plan_tags import euros
from cls_portal.pdf import ARCHIVAL, render_pdf
from cls_portal.templatetags.portail import long_date
from cls_portal.text import count, decimal_text
from governance.enums import HELD_STATUSES
from governance.models import Decision, Meeting

TEMPLATE = "documents/pdf/annual_report.html"


def report_years(contract, today=None) -> list[int]:
    """The years a report can be made for: from the contract's start (or this year) to this year, latest first."""
    this_year = (today or timezone.localdate()).year
    first = contract.start_date.year if contract.start_date else this_year
    last = min(this_year, contract.end_date.year) if contract.end_date else this_year
    return list(range(max(last, first), first - 1, -1))


def _amount(value) -> str:
    return str(Decimal(value or 0).quantize(Decimal("0.01")))


def _percent(part, whole):
    return round(part / whole * 100) if whole else None


def _fiches(contract, year, today):
    notes = FollowUpNote.objects.filter(date__year=year).order_by("-date", "-pk")
    return (
        FicheAction.objects.filter(contract=contract)
        .select_related("axe", "pilote")
        .with_is_late(today)
        .prefetch_related(Prefetch("notes", queryset=notes, to_attr="notes_of_the_year"))
    )


def _plan(contract, year, today):
    fiches = sorted(_fiches(contract, year, today), key=lambda fiche: fiche.number_key)
    axes = sorted(Axe.objects.filter(contract=contract), key=lambda axe: axe.number_key)
    stats = plan_stats(contract, axes=axes, today=today)
    by_axe = {}
    for fiche in fiches:
        note = fiche.notes_of_the_year[0] if fiche.notes_of_the_year else None
        by_axe.setdefault(fiche.axe_id, []).append(
            {
                "number": fiche.number,
                "title": fiche.title,
                "status": fiche.get_status_display(),
                "progress": fiche.progress,
                "late": fiche.is_late,
                "end_date": long_date(fiche.end_date) if fiche.end_date else "",
                "pilote": fiche.pilote_label,
                "note": {
                    "date": long_date(note.date),
                    "done": note.done,
                    "difficulties": note.difficulties,
                    "next_steps": note.next_steps,
                }
                if note
                else None,
            }
        )
    plan = stats.plan
    return {
        "fiche_count": plan.fiche_count,
        "done_count": plan.done_count,
        "late_count": plan.late_count,
        "progress": plan.progress,
        "abandoned_count": plan.fiche_count - plan.counted,
        "progress_sentence": progress_sentence(plan),
        "late_sentence": late_sentence(plan.late_count),
        "noted_count": sum(1 for fiche in fiches if fiche.notes_of_the_year),
        "by_status": [
            {"label": str(row["label"]), "count": row["count"]}
            for row in status_counts(FicheAction.objects.filter(contract=contract))
        ],
        "axes": [
            {
                "number": axe.number,
                "title": axe.title,
                "sub_axe": bool(axe.parent_id),
                "fiche_count": stats.by_axe[axe.pk].fiche_count,
                "done_count": stats.by_axe[axe.pk].done_count,
                "late_count": stats.by_axe[axe.pk].late_count,
                "progress": stats.by_axe[axe.pk].progress,
                "fiches": by_axe.get(axe.pk, []),
            }
            for axe in axes
        ],
    }


def _indicators(contract, year):
    """Every indicator of the plan with its value of the year (when entered) against its target."""
    values = dict(
        FicheIndicatorValue.objects.filter(indicator__fiche__contract=contract, year=year).values_list(
            "indicator_id", "value"
        )
    )
    rows = []
    for row in indicator_progress(FicheAction.objects.filter(contract=contract)):
        indicator = row.indicator
        of_the_year = IndicatorProgress(indicator, values.get(indicator.pk), year)
        rows.append(
            {
                "fiche": indicator.fiche.number,
                "name": indicator.name,
                "unit": indicator.unit,
                "value": decimal_text(of_the_year.latest_value) if of_the_year.latest_value is not None else "",
                "target": indicator.target,
                "reached": of_the_year.reached,
            }
        )
    return rows


def _budget(contract, year):
    labels = dict(Funder.choices)
    lines = [line for line in budget_by_funder_and_year([contract]) if line["year"] == year]
    rows = [
        {
            "funder": str(labels.get(line["funder"], line["funder"])),
            "planned": _amount(line["planned"]),
            "actual": _amount(line["actual"]),
            "share": _percent(line["actual"] or 0, line["planned"] or 0),
        }
        for line in lines
    ]
    planned = sum(Decimal(row["planned"]) for row in rows)
    actual = sum(Decimal(row["actual"]) for row in rows)
    return {"lines": rows, "planned": _amount(planned), "actual": _amount(actual), "share": _percent(actual, planned)}


def _governance(contract, year):
    meetings = (
        Meeting.objects.filter(instance__contract=contract, date__year=year, status__in=HELD_STATUSES)
        .select_related("instance")
        .order_by("date", "start_time", "pk")
    )
    decisions = (
        Decision.objects.filter(contract=contract, meeting__date__year=year)
        .select_related("meeting__instance", "fiche", "axe", "avenant")
        .order_by("meeting__date", "position", "pk")
    )
    return {
        "meetings": [
            {
                "date": long_date(m.date),
                "instance": m.instance.name,
                "title": m.title,
                "status": m.get_status_display(),
            }
            for m in meetings
        ],
        "decisions": [
            {
                "date": long_date(d.meeting.date),
                "instance": d.meeting.instance.name,
                "text": d.text,
                "about": (
                    f"Fiche-action {d.fiche.number}"
                    if d.fiche_id
                    else f"Axe {d.axe.number}"
                    if d.axe_id
                    else f"Avenant n° {d.avenant.number}"
                    if d.avenant_id
                    else ""
                ),
            }
            for d in decisions
        ],
    }


def summary(data) -> list[str]:
    """The report's first paragraph, in plain language."""
    plan, budget = data["plan"], data["budget"]
    sentences = []
    sentences.append(plan["progress_sentence"])
    if plan["fiche_count"]:
        sentences.append(plan["late_sentence"])
        if plan["noted_count"]:
            sentences.append(
                f"{count(plan['noted_count'], 'fiche-action', 'fiches-action')} sur {plan['fiche_count']} "
                f"{'a' if plan['noted_count'] < 2 else 'ont'} une note de suivi datée de {data['year']}."
            )
        else:
            sentences.append(f"Aucune fiche-action n'a de note de suivi datée de {data['year']}.")
    if budget["lines"]:
        sentences.append(
            f"Budget {data['year']} : {budget['planned_label']} prévus, {budget['actual_label']} réalisés"
            + (f" ({budget['share']} %)." if budget["share"] is not None else ".")
        )
    meetings, decisions = data["governance"]["meetings"], data["governance"]["decisions"]
    if meetings or decisions:
        sentences.append(
            f"{count(len(meetings), 'réunion tenue', 'réunions tenues')} et "
            f"{count(len(decisions), 'décision enregistrée', 'décisions enregistrées')} en {data['year']}."
        )
    else:
        sentences.append(f"Aucune réunion tenue ni décision enregistrée en {data['year']}.")
    return sentences


class AnnualReport:
    """The report of `year` for `contract`."""

    def __init__(self, contract, year, *, today=None):
        self.contract = contract
        self.year = year
        self.today = today or timezone.localdate()
        self.title = f"Rapport annuel {year} — {contract.name}"
        self.filename = f"rapport-annuel-{year}-{slugify(contract.slug)}.pdf"
        self._data = None

    def data(self) -> dict:
        if self._data is None:
            contract, year = self.contract, self.year
            budget = _budget(contract, year)
            budget["planned_label"], budget["actual_label"] = euros(budget["planned"]), euros(budget["actual"])
            self._data = {
                "title": self.title,
                "year": year,
                "made_on": long_date(self.today),
                "contract": {
                    "name": contract.name,
                    "departement": str(contract.departement),
                    "period": contract.period_label or "",
                    "status": contract.get_status_display(),
                    "porteur": str(contract.porteur) if contract.porteur_id else "",
                },
                "plan": _plan(contract, year, self.today),
                "indicators": _indicators(contract, year),
                "budget": budget,
                "governance": _governance(contract, year),
            }
            self._data["summary"] = summary(self._data)
        return self._data

    def render_pdf(self, *, footer: str = "") -> bytes:
        return render_pdf(
            TEMPLATE, {"document": self.data(), "footer": footer}, variant=ARCHIVAL, lang="fr", title=self.title
        )


def build_annual_report(contract, year, *, today=None) -> AnnualReport:
    if year not in report_years(contract, today):
        raise ValueError(f"Aucun rapport annuel {year} pour ce contrat.")
    return AnnualReport(contract, year, today=today)
