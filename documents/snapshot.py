"""What the contract document is made from, read from the database in a bounded number of queries.

`contract_snapshot()` returns plain JSON-serialisable data (strings, numbers, lists, dicts; dates as ISO strings,
amounts as decimal strings): the document is rendered from it alone, and a rendering records it as the data it was
made from. The number of queries does not depend on the number of fiches (tests/documents/test_queries.py).
"""

import datetime
import hashlib
import json
from decimal import Decimal

from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Prefetch, Q

from actions.enums import Funder
from actions.fields import FICHE_FIELDS, SECTIONS
from actions.models import Axe, BudgetLine, FicheAction, FicheIndicator, SubAction
from actions.validators import number_key
from contracts.enums import SIGNING_ROLES, OrganisationKind, PartyRole
from diagnostics.enums import DiagnosticStatus
from diagnostics.models import Diagnostic
from governance.enums import CONTRACT_KINDS
from governance.models import Instance, Member
from referentials.models import Prs

# Fields of `actions.fields.FICHE_FIELDS` a fiche's annex does not list: its heading says them (axe, number,
# title), or they are the portal's bookkeeping rather than the fiche's content.
FICHE_FIELDS_NOT_LISTED = {"axe", "number", "title", "avenant", "pilote_name", "porteur_kind", "is_demo_content"}

# Which budget funder a signatory is, by the kind of its organisation: its financial commitments are the lines of
# that funder.
FUNDER_OF_KIND = {
    OrganisationKind.ARS: Funder.ARS_FIR,
    OrganisationKind.EPCI: Funder.COLLECTIVITY,
    OrganisationKind.COMMUNE: Funder.COLLECTIVITY,
    OrganisationKind.CPAM: Funder.CPAM,
    OrganisationKind.CAF: Funder.CAF,
    OrganisationKind.DEPARTEMENT: Funder.DEPARTEMENT,
}


def snapshot_digest(data: dict) -> str:
    """SHA-256 of a document's data written canonically (sorted keys, no spaces, UTF-8): the same data give the same
    digest, which a version records and its footer prints."""
    text = json.dumps(data, cls=DjangoJSONEncoder, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def _iso(value):
    return value.isoformat() if value else ""


def _amount(value) -> str:
    return str((value or Decimal(0)).quantize(Decimal("0.01")))


def _party(party) -> dict:
    organisation = party.organisation
    return {
        "organisation": organisation.name,
        "kind": organisation.kind,
        "kind_label": organisation.get_kind_display(),
        "address": organisation.address,
        "role": party.role,
        "role_label": party.get_role_display(),
        "civility": party.get_representative_civility_display() if party.representative_civility else "",
        "representative": party.representative_name,
        "title": party.representative_title,
        "deliberation_date": _iso(party.deliberation_date),
        "avenant": party.avenant.number if party.avenant_id else None,
        "organisation_id": organisation.pk,
    }


def _signatory_order(contract, party):
    """The ARS first, then the porteur, then the others in their order on the contract."""
    if party.organisation.kind == OrganisationKind.ARS:
        rank = 0
    elif party.organisation_id == contract.porteur_id:
        rank = 1
    else:
        rank = 2
    return (rank, party.role != PartyRole.PRINCIPAL, party.position, party.pk)


def _field_value(fiche, field) -> str | list[str]:
    """A fiche field as the annex shows it: a text, or a list of texts for the many-to-many fields."""
    key = field.key
    model_field = field.model_field
    if key == "pilote":
        return fiche.pilote_label
    if key == "whole_territory":
        return "Oui" if fiche.whole_territory else "Non"
    if model_field.many_to_many:
        items = getattr(fiche, key).all()
        if key == "prs_elements":
            return [f"{element.short_label} — {element.title}" for element in items]
        if key == "communes":
            return [commune.name for commune in items]
        return [str(item) for item in items]
    value = getattr(fiche, key)
    if model_field.choices:
        return getattr(fiche, f"get_{key}_display")() if value else ""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if key == "progress":
        return f"{value} %"
    return "" if value is None else str(value)


def _fiche(fiche) -> dict:
    fields = []
    # In the order of the fiche form's sections, and within a section in the order of `FICHE_FIELDS`.
    for field in sorted(FICHE_FIELDS, key=lambda field: SECTIONS.index(field.section) if field.section else 0):
        if not field.section or field.key in FICHE_FIELDS_NOT_LISTED:
            continue
        model_field = field.model_field
        kind = "date" if field.column.kind == "date" else ("list" if model_field.many_to_many else "text")
        fields.append(
            {"key": field.key, "label": field.label, "section": field.section, "kind": kind,
             "value": _field_value(fiche, field)}
        )  # fmt: skip
    budget_lines = [
        {
            "year": line.year,
            "funder": line.funder,
            "funder_label": line.funder_display,
            "kind": line.get_kind_display() if line.kind else "",
            "planned": _amount(line.planned_amount),
            "actual": _amount(line.actual_amount) if line.actual_amount is not None else "",
        }
        for line in fiche.budget_lines.all()
    ]
    return {
        "number": fiche.number,
        "title": fiche.title,
        "axe": fiche.axe.number,
        "avenant": fiche.avenant.number if fiche.avenant_id else None,
        "is_demo_content": fiche.is_demo_content,
        "porteur": fiche.porteur.name if fiche.porteur_id else "",
        "porteur_id": fiche.porteur_id,
        "partner_ids": [organisation.pk for organisation in fiche.partners.all()],
        "fields": fields,
        "sub_actions": [
            {
                "number": sub.number,
                "title": sub.title,
                "description": sub.description,
                "pilote": sub.pilote,
                "start_date": _iso(sub.start_date),
                "end_date": _iso(sub.end_date),
            }
            for sub in fiche.sub_actions.all()
        ],
        "budget": budget_lines,
        "budget_total": _amount(sum((Decimal(line["planned"]) for line in budget_lines), Decimal(0))),
        "indicators": [
            {
                "name": indicator.name,
                "kind": indicator.get_kind_display(),
                "unit": indicator.unit,
                "baseline": indicator.baseline,
                "target": indicator.target,
                "source": indicator.source,
            }
            for indicator in fiche.indicators.all()
        ],
        "prs_elements": [
            {"code": element.code, "label": element.short_label, "title": element.title}
            for element in fiche.prs_elements.all()
        ],
    }


def _fiches(contract, *, as_amended, until_avenant=None):
    fiches = (
        FicheAction.objects.filter(contract=contract)
        .select_related("axe", "porteur", "pilote", "ars_theme", "avenant")
        .prefetch_related(
            "target_publics",
            "communes",
            "partners",
            "prs_elements",
            "prs_priorities",
            Prefetch("budget_lines", queryset=BudgetLine.objects.order_by("year", "funder", "funder_label")),
            Prefetch("indicators", queryset=FicheIndicator.objects.order_by("position", "id")),
            Prefetch("sub_actions", queryset=SubAction.objects.order_by("position", "number")),
        )
    )
    return sorted(_amended(fiches, as_amended, until_avenant), key=lambda fiche: number_key(fiche.number))


def _amended(queryset, as_amended, until_avenant):
    """The items of the contract as first signed, as amended by every avenant, or up to one avenant included."""
    if not as_amended:
        return queryset.filter(avenant__isnull=True)
    if until_avenant is not None:
        return queryset.filter(Q(avenant__isnull=True) | Q(avenant__number__lte=until_avenant.number))
    return queryset


def _prs(contract, fiches):
    """The PRS the fiches link to, else the PRS of the region in force at the contract's start, else its latest."""
    linked = {element.prs_id for fiche in fiches for element in fiche.prs_elements.all()}
    candidates = list(Prs.objects.filter(region_id=contract.departement.region_id))
    for prs in candidates:
        if prs.pk in linked:
            return prs
    year = contract.start_date.year if contract.start_date else None
    for prs in candidates:
        if year and prs.start_year <= year <= prs.end_year:
            return prs
    return candidates[0] if candidates else None


def _diagnostic(contract):
    """The latest validated diagnostic, else the latest shared one: never a draft in a document for signature."""
    diagnostics = (
        Diagnostic.objects.filter(contract=contract, status__in=[DiagnosticStatus.VALIDATED, DiagnosticStatus.SHARED])
        .prefetch_related("priorities")
        .order_by("-status", "-made_on", "-id")  # "validated" sorts after "shared"
    )
    diagnostic = next(iter(diagnostics), None)
    if diagnostic is None:
        return None
    return {
        "title": diagnostic.title,
        "made_on": _iso(diagnostic.made_on),
        "author": diagnostic.author_detail,
        "status": diagnostic.get_status_display(),
        "summary": diagnostic.summary,
        "is_demo_content": diagnostic.is_demo_content,
        "priorities": [{"number": p.number, "title": p.title} for p in diagnostic.priorities.all()],
    }


def _instances(contract, today):
    instances = (
        Instance.objects.filter(contract=contract, kind__in=CONTRACT_KINDS)
        .select_related("axe")
        .prefetch_related(
            Prefetch(
                "members",
                queryset=Member.objects.active_on(today).select_related("person", "organisation"),
            )
        )
        .order_by("kind", "name")
    )
    order = {kind: index for index, kind in enumerate(["copil", "technical_committee", "monitoring_committee"])}
    result = [
        {
            "name": instance.name,
            "kind": instance.get_kind_display(),
            "description": instance.description,
            "axe": str(instance.axe) if instance.axe_id else "",
            "quorum": instance.quorum,
            "members": [
                {
                    "name": member.person.formal_name,
                    "job_title": member.person.job_title,
                    "organisation": member.organisation.name if member.organisation_id else "",
                    "role": member.get_role_display(),
                }
                for member in instance.members.all()
            ],
            "_order": order.get(instance.kind, 9),
        }
        for instance in instances
    ]
    result.sort(key=lambda item: item.pop("_order"))
    return result


def _end_date_as_signed(contract, avenants):
    """The end the contract had before any avenant moved it."""
    for avenant in avenants:
        if avenant.new_end_date:
            return avenant.previous_end_date
    return contract.end_date


def _commitments(signatories, fiches):
    """Per signatory: the fiches it carries, those it is a partner of, and the budget its funder plans."""
    commitments = []
    for party in signatories:
        organisation_id = party["organisation_id"]
        funder = FUNDER_OF_KIND.get(party["kind"])
        planned = sum(
            (Decimal(line["planned"]) for fiche in fiches for line in fiche["budget"] if line["funder"] == funder),
            Decimal(0),
        )
        commitments.append(
            {
                "organisation": party["organisation"],
                "carried": [fiche["number"] for fiche in fiches if fiche["porteur_id"] == organisation_id],
                "partner_of": [fiche["number"] for fiche in fiches if organisation_id in fiche["partner_ids"]],
                "funder": Funder(funder).label if funder else "",
                "planned": _amount(planned) if funder else "",
            }
        )
    return commitments


def _budget_by_funder(fiches):
    totals = {}
    years = set()
    for fiche in fiches:
        for line in fiche["budget"]:
            years.add(line["year"])
            row = totals.setdefault(line["funder_label"], {})
            row[line["year"]] = row.get(line["year"], Decimal(0)) + Decimal(line["planned"])
    years = sorted(years)
    rows = [
        {
            "funder": funder,
            "amounts": [_amount(row.get(year)) if year in row else "" for year in years],
            "total": _amount(sum(row.values(), Decimal(0))),
        }
        for funder, row in sorted(totals.items())
    ]
    grand_total = _amount(sum((Decimal(row["total"]) for row in rows), Decimal(0)))
    return {"years": years, "rows": rows, "total": grand_total}


def contract_snapshot(contract, *, as_amended=True, until_avenant=None, today=None) -> dict:
    """Every datum of the contract document, as plain data."""
    today = today or datetime.date.today()
    contract = type(contract).objects.select_related("departement__region", "porteur").get(pk=contract.pk)
    avenants = list(contract.avenants.order_by("number"))
    if until_avenant is not None:
        avenants = [avenant for avenant in avenants if avenant.number <= until_avenant.number]
    parties = list(
        _amended(contract.parties.select_related("organisation", "avenant"), as_amended, until_avenant).order_by(
            "position", "id"
        )
    )
    signatories = sorted(
        (party for party in parties if party.role in SIGNING_ROLES), key=lambda p: _signatory_order(contract, p)
    )
    partners = [party for party in parties if party.role == PartyRole.PARTNER]
    axes = sorted(
        _amended(Axe.objects.filter(contract=contract).select_related("avenant", "parent"), as_amended, until_avenant),
        key=lambda axe: number_key(axe.number),
    )
    fiche_objects = _fiches(contract, as_amended=as_amended, until_avenant=until_avenant)
    fiches = [_fiche(fiche) for fiche in fiche_objects]
    communes = list(contract.perimeter_communes().order_by("name").values_list("name", "code", "population"))
    prs = _prs(contract, fiche_objects)
    end_date = contract.end_date if as_amended else _end_date_as_signed(contract, avenants)
    if until_avenant is not None and as_amended:
        later = [a for a in contract.avenants.order_by("number") if a.number > until_avenant.number and a.new_end_date]
        end_date = later[0].previous_end_date if later else contract.end_date
    signatory_data = [_party(party) for party in signatories]
    fiches_by_axe = {}
    for fiche in fiches:
        fiches_by_axe.setdefault(fiche["axe"], []).append(fiche["number"])
    return {
        "contract": {
            "name": contract.name,
            "slug": contract.slug,
            "generation": contract.generation,
            "status": contract.get_status_display(),
            "summary": contract.summary,
            "start_date": _iso(contract.start_date),
            "end_date": _iso(end_date),
            "signature_date": _iso(contract.signature_date),
            "signature_place": contract.signature_place,
            "departement": contract.departement.name,
            "departement_code": contract.departement_id,
            "region": contract.departement.region.name,
            "porteur": contract.porteur.name if contract.porteur_id else "",
        },
        "as_amended": as_amended,
        "avenants": [
            {
                "number": avenant.number,
                "signed_on": _iso(avenant.signed_on),
                "object": avenant.object,
                "new_end_date": _iso(avenant.new_end_date),
                "previous_end_date": _iso(avenant.previous_end_date),
            }
            for avenant in (avenants if as_amended else [])
        ],
        "signatories": signatory_data,
        "partners": [_party(party) for party in partners],
        "perimeter": {
            "communes": [
                {"name": name, "code": code, "population": population} for name, code, population in communes
            ],
            "population": sum(population or 0 for _, _, population in communes),
            "epcis": sorted(epci.name for epci in contract.epcis.all()),
        },
        "prs": (
            {"title": prs.title, "period": prs.period, "adopted_on": _iso(prs.adopted_on), "code": prs.code}
            if prs
            else None
        ),
        "diagnostic": _diagnostic(contract),
        "axes": [
            {
                "number": axe.number,
                "title": axe.title,
                "description": axe.description,
                "parent": axe.parent.number if axe.parent_id else None,
                "avenant": axe.avenant.number if axe.avenant_id else None,
                "fiches": fiches_by_axe.get(axe.number, []),
            }
            for axe in axes
        ],
        "fiches": fiches,
        "instances": _instances(contract, today),
        "commitments": _commitments(signatory_data, fiches),
        "budget": _budget_by_funder(fiches),
        "made_on": today.isoformat(),
    }
