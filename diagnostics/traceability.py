"""From the diagnostic's priorities to the plan d'action and back: which priority nothing answers, which fiche-action
answers no priority.

A fiche answers a priority when the priority names it, its axe or its axe's parent axe. The diagnostic of reference
of a contract is its latest validated one, else its latest one.
"""

from dataclasses import dataclass, field

from django.db.models import Case, Q, Value, When
from django.urls import reverse

from actions.fiche_sections import FicheSection, SectionItem
from actions.models import Axe, FicheAction
from actions.plan_notices import PlanNotice
from cls_portal.text import count
from diagnostics import perms
from diagnostics.enums import DiagnosticStatus
from diagnostics.models import Diagnostic


@dataclass
class Traceability:
    priorities: list  # Priority objects, with `answers`: the axes and fiches linked to them
    unanswered: list = field(default_factory=list)  # priorities no axe or fiche answers
    orphan_fiches: list = field(default_factory=list)  # fiches of the contract answering no priority
    fiche_count: int = 0

    @property
    def is_complete(self):
        return not self.unanswered and not self.orphan_fiches


def reference_diagnostic(contract):
    """One query."""
    validated = Case(When(status=DiagnosticStatus.VALIDATED, then=Value(1)), default=Value(0))
    return (
        Diagnostic.objects.filter(contract=contract)
        .annotate(validated_first=validated)
        .order_by("-validated_first", "-made_on", "-pk")
        .first()
    )


def traceability(diagnostic) -> Traceability:
    """Three queries, whatever the size of the plan."""
    priorities = list(diagnostic.priorities.prefetch_related("axes", "fiches", "indicators__indicator"))
    fiches = sorted(
        FicheAction.objects.filter(contract_id=diagnostic.contract_id)
        .select_related("axe")
        .only("pk", "number", "title", "axe_id", "axe__parent_id", "contract_id"),
        key=lambda fiche: fiche.number_key,
    )
    axes = set()
    named = set()
    for priority in priorities:
        axes |= {axe.pk for axe in priority.axes.all()}
        named |= {fiche.pk for fiche in priority.fiches.all()}
    orphans = [
        fiche
        for fiche in fiches
        if fiche.pk not in named and fiche.axe_id not in axes and fiche.axe.parent_id not in axes
    ]
    unanswered = [p for p in priorities if not p.axes.all() and not p.fiches.all()]
    return Traceability(priorities, unanswered, orphans, len(fiches))


def plan_notices(contract):
    """What the plan page says about the diagnostic: the priorities it leaves unanswered, the fiches it does not
    justify (registered in DiagnosticsConfig.ready, actions.plan_notices)."""
    diagnostic = reference_diagnostic(contract)
    if diagnostic is None or not Axe.objects.filter(contract=contract).exists():
        return []
    trace = traceability(diagnostic)
    if trace.is_complete or not trace.priorities:
        return []
    items = [f"Enjeu {p.number} « {p.title} » : aucun axe ni aucune fiche n'y répond." for p in trace.unanswered]
    if trace.orphan_fiches:
        numbers = ", ".join(fiche.number for fiche in trace.orphan_fiches[:15])
        more = "…" if len(trace.orphan_fiches) > 15 else ""
        items.append(
            f"{count(len(trace.orphan_fiches), 'fiche ne répond', 'fiches ne répondent')} à aucun enjeu du "
            f"diagnostic : {numbers}{more}."
        )
    return [
        PlanNotice(
            title=f"Lien avec le diagnostic « {diagnostic.title} »",
            items=items,
            link_url=reverse("diagnostics:diagnostic", args=[contract.slug, diagnostic.pk]) + "#tracabilite",
            link_label="Relier les enjeux au plan d'action",
        )
    ]


def fiche_priorities(fiche, user) -> list[FicheSection]:
    """The priorities of the contract's diagnostic of reference that `fiche` answers (it, its axe or its axe's parent
    is linked to them), on the fiche page (registered in DiagnosticsConfig.ready, `actions.fiche_sections`): two
    queries. Said to those who may see the diagnostic; nothing when the contract has none."""
    contract = fiche.contract
    if not perms.can_view_diagnostics(user, contract):
        return []
    diagnostic = reference_diagnostic(contract)
    if diagnostic is None:
        return []
    axes = [fiche.axe_id] + ([fiche.axe.parent_id] if fiche.axe.parent_id else [])
    answered = diagnostic.priorities.filter(Q(fiches=fiche) | Q(axes__in=axes)).distinct().order_by("number")
    url = reverse("diagnostics:diagnostic", args=[contract.slug, diagnostic.pk]) + "#tracabilite"
    items = [
        SectionItem(text=f"Enjeu {priority.number} — {priority.title}", meta=priority.justification)
        for priority in answered
    ]
    title = "Enjeux du diagnostic auxquels la fiche répond"
    if not items:
        return [
            FicheSection(
                slug="enjeux",
                title=title,
                items=[
                    SectionItem(
                        text=f"La fiche ne répond encore à aucun enjeu du diagnostic « {diagnostic.title} ».",
                        url=url,
                        url_label="Relier les enjeux au plan d'action",
                    )
                ],
            )
        ]
    items[-1] = SectionItem(
        text=items[-1].text, meta=items[-1].meta, url=url, url_label=f"Diagnostic « {diagnostic.title} »"
    )
    return [FicheSection(slug="enjeux", title=title, items=items)]
