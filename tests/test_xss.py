"""Stored and reflected XSS: a script in every text field of every model must come back escaped on every page.

One rich contract is built (plan, fiches, sub-actions, budget, indicators with targets and values, notes, documents,
parties, avenants, memberships, PRS links, imports), then every free text field of every model of the project's apps
is overwritten with markup, through `save()` so that the history pages show it too. Every page of the URL
configuration is then read by several personas; none may contain the markup unescaped. A page added to the URL
configuration fails `test_every_page_is_covered` until it is given arguments here.
"""

import datetime
import re

import pytest
from django import forms
from django.apps import apps
from django.contrib import admin
from django.contrib.auth.tokens import default_token_generator
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.validators import MaxLengthValidator, ProhibitNullCharactersValidator
from django.db import models
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils.encoding import force_bytes
from django.utils.html import escape, format_html
from django.utils.http import urlencode, urlsafe_base64_encode

from actions.enums import FicheStatus, Funder, IndicatorKind, Public
from actions.excel.exporters import XLSX_CONTENT_TYPE, export_plan
from actions.models import FicheDocument, FicheIndicator, FollowUpNote, PlanImport, TargetPublic
from cls_portal.forms import DsfrForm
from contracts import invitations
from contracts.enums import ContractStatus, OrganisationKind, PartyRole, Role
from contracts.models import ContractTransition
from diagnostics.enums import Aggregation, DiagnosticStatus, Polarity, Source, Theme, WorkKind
from diagnostics.models import (
    Diagnostic,
    DiagnosticIndicator,
    DiagnosticTransition,
    IndicatorImport,
    IndicatorValue,
    Priority,
    QualitativeWork,
    TerritorialIndicator,
)
from referentials.enums import PrsLevel
from referentials.models import ArsTheme, Prs, PrsElement, PrsPriority
from tests.actions import tet_corpus
from tests.actions.excel_files import edit
from tests.actions.factories import (
    AxeFactory,
    BudgetLineFactory,
    FicheFactory,
    FicheIndicatorFactory,
    FicheIndicatorValueFactory,
    SubActionFactory,
)
from tests.contracts.factories import AvenantFactory, PartyFactory
from tests.documents.factories import RenderingFactory, SignedScanFactory
from tests.factories import (
    CommuneFactory,
    ContractFactory,
    DepartementFactory,
    EpciFactory,
    MembershipFactory,
    OrganisationFactory,
    UserFactory,
)

SCRIPT = '<script>alert("xss")</script>'
ATTRIBUTE = '"><img src=x onerror=alert(1)>'
SHORT = "<svg onload=alert(1)>"
# The longest payload that fits a field is stored in it.
PAYLOADS = [SCRIPT + ATTRIBUTE, ATTRIBUTE, SCRIPT, SHORT]
# Long texts: paragraphs and bullet lists, as `richtext` renders them (nested list, line break).
RICH_TEXT = f"{SCRIPT}{ATTRIBUTE}\n\n- {SCRIPT}\n  - {ATTRIBUTE}\n- {SHORT}\n\n{ATTRIBUTE}\n{SHORT}"
# What a browser would run, were a payload printed as it is.
UNESCAPED = re.compile(r"<script>alert\(|<img src=x onerror|<svg onload=", re.IGNORECASE)
ESCAPED_SCRIPT = "&lt;script&gt;alert("

PROJECT_APPS = ("cls_portal", "referentials", "contracts", "actions", "diagnostics")
# Text fields that do not hold free text: identifiers read in URLs, secrets, values the code computes.
NOT_FREE_TEXT = {
    "password",  # a hash
    "search_name",  # computed from the name on save
    "fingerprint",  # a hash of the import preview
    "history_type",  # a choice
}
# PRS and PRS element codes are read in URLs (`<str:code>`); a SIREN is nine digits, too short for any payload.
NOT_FREE_TEXT_OF = {
    "referentials.Prs": {"code"},
    "referentials.PrsElement": {"code"},
    "contracts.Organisation": {"siren"},
    # A territory code (« 49023 », a SIREN, « FR ») and a file's SHA-256: too short for a payload, never typed.
    "diagnostics.IndicatorValue": {"territory_code"},
    "diagnostics.IndicatorImport": {"sha256"},
    "contracts.Invitation": {"token_hash"},  # the SHA-256 of the link's token, looked up by the link
}

PERSONAS = ("superuser", "coordinator", "ars_animator", "pilote")


def is_free_text(model, field):
    """A CharField or TextField that forms and imports only bound in length: no choices, no format validators."""
    if not isinstance(field, (models.CharField, models.TextField)) or field.choices or field.primary_key:
        return False
    if field.name in NOT_FREE_TEXT or field.name in NOT_FREE_TEXT_OF.get(base_label(model), ()):
        return False
    # Slugs, e-mails, URLs and plan numbers ("1.2.3") carry validators: they cannot hold markup.
    return all(isinstance(v, (MaxLengthValidator, ProhibitNullCharactersValidator)) for v in field.validators)


def base_label(model):
    """« actions.FicheIndicator » for FicheIndicator and for its HistoricalFicheIndicator."""
    instance_type = getattr(model, "instance_type", None)
    return (instance_type or model)._meta.label


def payload_for(model, field):
    if field.max_length is None:
        return RICH_TEXT  # text areas may be printed through the `richtext` filter, which builds HTML
    payload = next((p for p in PAYLOADS if len(p) <= field.max_length), None)
    assert payload, f"{model._meta.label}.{field.name}: too short for any payload, list it in NOT_FREE_TEXT_OF"
    return payload


def project_models(*, historical):
    for label in PROJECT_APPS:
        for model in apps.get_app_config(label).get_models():
            if bool(getattr(model, "instance_type", None)) == historical:
                yield model


def poison_every_text_field():
    """Every free text field of every row of the project's models gets a payload: through `save()` for the models
    themselves (their history records the change), then the fields only history models have (change reasons)."""
    poisoned = []
    for model in project_models(historical=False):
        fields = [f for f in model._meta.concrete_fields if is_free_text(model, f)]
        if not fields:
            continue
        for obj in model._default_manager.all():
            for field in fields:
                setattr(obj, field.attname, payload_for(model, field))
            obj.save()
        poisoned += [f"{model._meta.label}.{f.name}" for f in fields]
    for model in project_models(historical=True):
        base = model.instance_type
        own = [
            f
            for f in model._meta.concrete_fields
            if is_free_text(model, f) and f.name not in {g.name for g in base._meta.concrete_fields}
        ]
        if own:
            model._default_manager.update(**{f.attname: payload_for(model, f) for f in own})
            poisoned += [f"{model._meta.label}.{f.name}" for f in own]
    return poisoned


def build_rich_contract(superuser):
    """A signed contract with a bit of everything a page can show, and its people: returns what the pages need."""
    departement = DepartementFactory()
    region = departement.region
    epci = EpciFactory(name="Mauges Communauté")
    commune = CommuneFactory(code="49023", name="Beaupréau-en-Mauges", departement=departement, epci=epci)
    porteur = OrganisationFactory(name="Mauges Communauté", kind=OrganisationKind.EPCI, address="1 rue Robert Schuman")
    ars = OrganisationFactory(name="ARS Pays de la Loire", kind=OrganisationKind.ARS)
    partner = OrganisationFactory(name="CPIE Loire Anjou", kind=OrganisationKind.ASSOCIATION)
    contract = ContractFactory(
        departement=departement,
        name="CLS de Mauges Communauté",
        slug="mauges",
        porteur=porteur,
        summary="Un contrat signé en 2023.",
        signature_place="Beaupréau",
        signed=True,
    )
    contract.epcis.add(epci)
    contract.communes.add(commune)
    ContractTransition.objects.create(
        contract=contract,
        from_status=ContractStatus.ELABORATION,
        to_status=ContractStatus.SIGNED,
        comment="Signé en conseil communautaire.",
        by=superuser,
    )
    avenant = AvenantFactory(contract=contract, number=1, object="Ajout d'un axe santé mentale.", created_by=superuser)
    PartyFactory(contract=contract, organisation=porteur, role=PartyRole.PRINCIPAL, representative_name="Didier H.")
    PartyFactory(contract=contract, organisation=ars, role=PartyRole.PRINCIPAL, representative_title="Directeur")
    PartyFactory(contract=contract, organisation=partner, avenant=avenant)

    coordinator = UserFactory(
        email="coordinateur@mauges.exemple.fr", first_name="Claude", last_name="Coordinateur", job_title="Chargé"
    )
    MembershipFactory(user=coordinator, role=Role.COORDINATOR, contract=contract)
    reader = UserFactory(email="elue@mauges.exemple.fr", first_name="Élise", last_name="Élue", organisation="Mairie")
    MembershipFactory(user=reader, role=Role.READER, contract=contract)
    animator = UserFactory(email="animatrice@ars.exemple.fr", first_name="Anne", last_name="Animatrice")
    MembershipFactory(user=animator, role=Role.ARS_ANIMATOR, contract=None, departement=departement)
    pilote = UserFactory(email="pilote@cpie.exemple.fr", first_name="Paul", last_name="Pilote")

    prs = Prs.objects.create(code="prs-test", title="PRS 2023-2028", region=region, start_year=2023, end_year=2028)
    orientation = PrsElement.objects.create(
        prs=prs, level=PrsLevel.ORIENTATION, number=1, code="1", title="Prévenir", context="Contexte", position=1
    )
    objective = PrsElement.objects.create(
        prs=prs,
        parent=orientation,
        level=PrsLevel.OBJECTIF,
        number=1,
        code="1.1",
        label="Objectif",
        title="Réduire l'exposition",
        expected_results="Moins d'exposition",
        indicators="Taux",
        declinaisons="Départements",
        levers="Mesures",
        partners="Collectivités",
        position=2,
    )
    theme = ArsTheme.objects.create(code="prevention", label="Prévention")
    priority = PrsPriority.objects.create(code="sante-mentale", label="Santé mentale")
    TargetPublic.sync()

    axe = AxeFactory(contract=contract, number="1", title="Prévention", description="Un axe.")
    sub_axe = AxeFactory(contract=contract, number="1.1", parent=axe, title="Environnement", position=1)
    added_axe = AxeFactory(contract=contract, number="2", title="Santé mentale", avenant=avenant)
    fiche = FicheFactory(
        axe=sub_axe,
        number="1.1.1",
        title="Animer une campagne radon",
        status=FicheStatus.IN_PROGRESS,
        pilote=pilote,
        porteur=porteur,
        ars_theme=theme,
        whole_territory=False,
        **{
            name: f"Texte de {name}"
            for name in (
                "context",
                "general_objective",
                "operational_objectives",
                "description",
                "expected_results",
                "priority_neighbourhoods",
                "pilote_name",
                "elected_referent",
                "human_means",
                "citizen_participation",
                "governance_instance",
                "other_plans",
            )
        },
    )
    fiche.partners.set([partner])
    fiche.communes.set([commune])
    fiche.target_publics.set(TargetPublic.objects.filter(code__in=[Public.GENERAL]))
    fiche.prs_elements.set([objective])
    fiche.prs_priorities.set([priority])
    FicheFactory(axe=added_axe, number="2.1", title="Écouter", avenant=avenant)
    SubActionFactory(fiche=fiche, number="1.1.1.1", title="Distribuer", description="Des dosimètres", pilote="Mme X")
    BudgetLineFactory(fiche=fiche, year=2024, funder=Funder.ARS_FIR, planned_amount=4000, actual_amount=3800)
    BudgetLineFactory(fiche=fiche, year=2024, funder=Funder.OTHER, funder_label="Fondation", planned_amount=500)
    indicator = FicheIndicatorFactory(
        fiche=fiche, name="Foyers équipés", kind=IndicatorKind.PROCESS, unit="foyers", baseline="0", target="200"
    )
    FicheIndicator.objects.filter(pk=indicator.pk).update(source="Enquête")
    FicheIndicatorValueFactory(indicator=indicator, year=2024, value=212, comment="Campagne d'hiver")
    FollowUpNote.objects.create(
        fiche=fiche, date=datetime.date(2024, 3, 1), done="Réunion", difficulties="Peu", next_steps="Bilan"
    )
    note_of_pilote = FollowUpNote.objects.create(fiche=fiche, date=datetime.date(2024, 4, 1), done="Atelier")
    note_of_pilote.author = pilote
    note_of_pilote.save()
    FicheDocument.objects.create(fiche=fiche, title="Compte rendu", url="https://exemple.fr/cr", comment="Réunion")
    PlanImport.objects.create(
        contract=contract,
        filename="plan.xlsx",
        content=b"",
        source="portail",
        fingerprint="0" * 64,
        summary="2 fiches créées",
        uploaded_by=coordinator,
        applied_at=datetime.datetime(2024, 5, 1, tzinfo=datetime.UTC),
    )
    diagnostic = build_diagnostic(contract, commune, coordinator, superuser, axe, fiche)
    invited = invitations.invite(
        contract,
        email="invitee@exemple.fr",
        first_name="Inès",
        last_name="Invitée",
        role=Role.READER,
        by=coordinator,
        link_for=lambda token: token,
    )
    signed_version = RenderingFactory(contract=contract, done=True, contract_version=True, requested_by=coordinator)
    SignedScanFactory(rendering=signed_version, uploaded_by=coordinator)
    unsigned_version = RenderingFactory(contract=contract, done=True, contract_version=True, requested_by=coordinator)
    RenderingFactory(contract=contract, failed=True, kind="fiche", fiche=fiche, requested_by=coordinator)
    return {
        "contract": contract,
        "invitation": invited.invitation,
        "invitation_token": invited.link,
        "diagnostic": diagnostic,
        "rendering": unsigned_version,
        "fiche": fiche,
        "axe": axe,
        "prs": prs,
        "element": objective,
        "commune": commune,
        "epci": epci,
        "personas": {
            "superuser": superuser,
            "coordinator": coordinator,
            "ars_animator": animator,
            "pilote": pilote,
            "reader": reader,
        },
    }


def build_diagnostic(contract, commune, coordinator, superuser, axe, fiche):
    """An indicator with values and two imports (one applied, one waiting for its mapping), and a diagnostic with
    all its parts, linked to the plan."""
    indicator = TerritorialIndicator.objects.create(
        code="taux_pauvrete",
        label="Taux de pauvreté",
        theme=Theme.PRECARITY,
        unit="%",
        definition="Part des personnes pauvres.",
        source=Source.INSEE,
        source_detail="Filosofi",
        vintage="2021",
        polarity=Polarity.HIGHER_IS_WORSE,
        aggregation=Aggregation.RATIO,
        scale=100,
    )
    applied = IndicatorImport.objects.create(
        filename="ors.csv",
        summary="1 valeur créée",
        uploaded_by=coordinator,
        applied_at=datetime.datetime(2024, 5, 1, tzinfo=datetime.UTC),
        mapped_codes=[
            {
                "code": "49006",
                "name": "Andrezé",
                "kind": "deleguee",
                "commune_code": "49023",
                "commune_name": "Beaupréau",
            }
        ],
    )
    IndicatorImport.objects.create(
        filename="ors-2.csv", content="Code;Année;taux_pauvrete\n49023;2021;9,8\n".encode(), uploaded_by=superuser
    )
    for level, code, value in (("commune", commune.code, 9.8), ("departement", contract.departement_id, 11.0)):
        for year in (2020, 2021):
            IndicatorValue.objects.create(
                indicator=indicator,
                level=level,
                territory_code=code,
                commune=commune if level == "commune" else None,
                year=year,
                value=value,
                source_import=applied,
                updated_at=applied.applied_at,
            )
    diagnostic = Diagnostic.objects.create(
        contract=contract, title="Diagnostic partagé", made_on=datetime.date(2022, 6, 16), author=coordinator
    )
    item = DiagnosticIndicator.objects.create(diagnostic=diagnostic, indicator=indicator, comment="Élevé.")
    QualitativeWork.objects.create(
        diagnostic=diagnostic, kind=WorkKind.INTERVIEWS, title="Entretiens", end_date=datetime.date(2022, 3, 31)
    )
    priority = Priority.objects.create(diagnostic=diagnostic, number=1, title="Précarité", justification="Taux élevé.")
    priority.indicators.set([item])
    priority.axes.set([axe])
    priority.fiches.set([fiche])
    DiagnosticTransition.objects.create(diagnostic=diagnostic, to_status=DiagnosticStatus.DRAFT, comment="Créé.")
    return diagnostic


def url_names(patterns=None, namespace=""):
    """Every named URL of the project, namespaced (« actions:fiche »)."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from url_names(pattern.url_patterns, inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield f"{namespace}{pattern.name}"


def child_kwargs(fiche):
    from actions.views.children import KINDS

    for kind_name, kind in KINDS.items():
        yield {"kind_name": kind_name}, [{"pk": obj.pk} for obj in kind.queryset(fiche)]


def pages(data):
    """{url name: [url, ...]}: every page of the product, filled with the rich contract's objects."""
    from actions.views.plan import AS_SIGNED
    from contracts.views.edit import TRANSITION_SLUGS

    contract, fiche, axe = data["contract"], data["fiche"], data["axe"]
    slug, number = contract.slug, fiche.number
    user = data["personas"]["superuser"]
    on_fiche = {"slug": slug, "number": number}
    children = list(child_kwargs(fiche))
    urls = {
        "home": [reverse("home")],
        "account": [reverse("account")],
        "login": [reverse("login")],
        "password_reset": [reverse("password_reset")],
        "password_reset_done": [reverse("password_reset_done")],
        "password_reset_confirm": [
            reverse(
                "password_reset_confirm",
                args=[urlsafe_base64_encode(force_bytes(user.pk)), default_token_generator.make_token(user)],
            )
        ],
        "password_reset_complete": [reverse("password_reset_complete")],
        "password_change": [reverse("password_change")],
        "password_change_done": [reverse("password_change_done")],
        "legal_notice": [reverse("legal_notice")],
        "personal_data": [reverse("personal_data")],
        "accessibility": [reverse("accessibility")],
        "sitemap": [reverse("sitemap")],
        "ars_overview": [reverse("ars_overview"), f"{reverse('ars_overview')}?{urlencode({'q': SCRIPT})}"],
        "contracts:list": [
            reverse("contracts:list"),
            f"{reverse('contracts:list')}?{urlencode({'q': SCRIPT, 'epci': ATTRIBUTE, 'year': SHORT})}",
        ],
        "contracts:create": [reverse("contracts:create")],
        "contracts:detail": [reverse("contracts:detail", args=[slug])],
        "contracts:edit": [reverse("contracts:edit", args=[slug])],
        "contracts:transition": [reverse("contracts:transition", args=[slug, action]) for action in TRANSITION_SLUGS],
        "contracts:renew": [reverse("contracts:renew", args=[slug])],
        "contracts:dashboard": [reverse("contracts:dashboard", args=[slug])],
        "contracts:commune_dashboard": [reverse("contracts:commune_dashboard", args=[slug, data["commune"].code])],
        "contracts:party_create": [reverse("contracts:party_create", args=[slug])],
        "contracts:party_edit": [reverse("contracts:party_edit", args=[slug, p.pk]) for p in contract.parties.all()],
        "contracts:party_delete": [
            reverse("contracts:party_delete", args=[slug, p.pk]) for p in contract.parties.all()
        ],
        "contracts:avenant_create": [reverse("contracts:avenant_create", args=[slug])],
        "contracts:memberships": [reverse("contracts:memberships", args=[slug])],
        "contracts:invitation_revoke": [reverse("contracts:invitation_revoke", args=[slug, data["invitation"].pk])],
        "invitation": [reverse("invitation", args=[data["invitation_token"]])],
        "contracts:membership_delete": [
            reverse("contracts:membership_delete", args=[slug, m.pk]) for m in contract.memberships.all()
        ],
        "actions:plan": [
            reverse("actions:plan", args=[slug]),
            f"{reverse('actions:plan', args=[slug])}?version={AS_SIGNED}",
            f"{reverse('actions:plan', args=[slug])}?{urlencode({'status': SCRIPT, 'pilote': ATTRIBUTE})}",
        ],
        "actions:bulk": [reverse("actions:bulk", args=[slug])],
        "actions:import": [reverse("actions:import", args=[slug])],
        "actions:import_confirm": [
            reverse("actions:import_confirm", args=[slug, i.pk]) for i in PlanImport.objects.filter(contract=contract)
        ],
        "actions:axe_create": [reverse("actions:axe_create", args=[slug])],
        "actions:axe_edit": [reverse("actions:axe_edit", args=[slug, a.number]) for a in contract.axes.all()],
        "actions:axe_renumber": [reverse("actions:axe_renumber", args=[slug, axe.number])],
        "actions:fiche_create": [reverse("actions:fiche_create", args=[slug])],
        "actions:fiche": [reverse("actions:fiche", args=[slug, f.number]) for f in contract.fiches.all()],
        "actions:fiche_edit": [reverse("actions:fiche_edit", kwargs=on_fiche)],
        "actions:fiche_follow_up": [reverse("actions:fiche_follow_up", kwargs=on_fiche)],
        "actions:fiche_duplicate": [reverse("actions:fiche_duplicate", kwargs=on_fiche)],
        "actions:fiche_move": [reverse("actions:fiche_move", kwargs=on_fiche)],
        "actions:fiche_delete": [reverse("actions:fiche_delete", kwargs=on_fiche)],
        "actions:child_create": [reverse("actions:child_create", kwargs=on_fiche | kind) for kind, _ in children],
        "actions:child_edit": [
            reverse("actions:child_edit", kwargs=on_fiche | kind | obj) for kind, objs in children for obj in objs
        ],
        "actions:child_delete": [
            reverse("actions:child_delete", kwargs=on_fiche | kind | obj) for kind, objs in children for obj in objs
        ],
        "referentials:prs": [reverse("referentials:prs")],
        "referentials:prs_tree": [reverse("referentials:prs_tree", args=[data["prs"].code])],
        "prs_objective": [reverse("prs_objective", args=[data["prs"].code, data["element"].code])],
        "referentials:prs_element": [
            reverse("referentials:prs_element", args=[data["prs"].code, element.code])
            for element in data["prs"].elements.all()
        ],
        "referentials:territories": [
            reverse("referentials:territories"),
            f"{reverse('referentials:territories')}?q=Beaupr",
            f"{reverse('referentials:territories')}?{urlencode({'q': SCRIPT})}",
        ],
        "referentials:commune": [reverse("referentials:commune", args=[data["commune"].code])],
        "referentials:epci": [reverse("referentials:epci", args=[data["epci"].siren])],
        "referentials:sources": [reverse("referentials:sources")],
        **diagnostic_pages(data),
        **administration_pages(data),
        **document_pages(data),
    }
    return urls


def administration_pages(data):
    first, second = (party.organisation for party in data["contract"].parties.order_by("pk")[:2])
    person = next(user for user in data["personas"].values() if not user.is_superuser)
    organisations, people, log = (
        reverse("administration:organisations"),
        reverse("administration:people"),
        reverse("administration:activity"),
    )
    on = [first.pk]
    return {
        "administration:index": [reverse("administration:index")],
        "administration:organisations": [organisations, f"{organisations}?{urlencode({'q': SCRIPT})}"],
        "administration:organisation_create": [reverse("administration:organisation_create")],
        "administration:organisation": [reverse("administration:organisation", args=[o.pk]) for o in (first, second)],
        "administration:organisation_edit": [reverse("administration:organisation_edit", args=on)],
        "administration:organisation_merge": [
            reverse("administration:organisation_merge", args=on),
            f"{reverse('administration:organisation_merge', args=on)}?{urlencode({'q': SCRIPT})}",
        ],
        "administration:organisation_merge_preview": [
            reverse("administration:organisation_merge_preview", args=[first.pk, second.pk])
        ],
        "administration:organisation_archive": [reverse("administration:organisation_archive", args=on)],
        "administration:organisation_restore": [reverse("administration:organisation_restore", args=on)],
        "administration:organisation_delete": [reverse("administration:organisation_delete", args=on)],
        "administration:people": [people, f"{people}?{urlencode({'q': SCRIPT})}"],
        "administration:person_deactivate": [reverse("administration:person_deactivate", args=[person.pk])],
        "administration:person_reactivate": [reverse("administration:person_reactivate", args=[person.pk])],
        "administration:activity": [log, f"{log}?{urlencode({'person': SCRIPT, 'contract': ATTRIBUTE})}"],
    }


def document_pages(data):
    slug, version = data["contract"].slug, data["rendering"].pk
    return {
        "documents:list": [reverse("documents:list", args=[slug])],
        "documents:versions": [reverse("documents:versions", args=[slug])],
        "documents:signed_scan": [reverse("documents:signed_scan", args=[slug, version])],
    }


def diagnostic_pages(data):
    slug, diagnostic = data["contract"].slug, data["diagnostic"]
    on = [slug, diagnostic.pk]
    applied = IndicatorImport.objects.filter(applied_at__isnull=False)
    pending = IndicatorImport.objects.filter(applied_at__isnull=True)
    work, priority, item = diagnostic.works.get(), diagnostic.priorities.get(), diagnostic.indicators.get()
    comparison = reverse("diagnostics:comparison", args=[slug])
    return {
        "diagnostics:catalogue": [reverse("diagnostics:catalogue")],
        "diagnostics:import_upload": [reverse("diagnostics:import_upload")],
        "diagnostics:import_mapping": [reverse("diagnostics:import_mapping", args=[i.pk]) for i in pending],
        "diagnostics:import_confirm": [reverse("diagnostics:import_confirm", args=[i.pk]) for i in pending],
        "diagnostics:import_detail": [reverse("diagnostics:import_detail", args=[i.pk]) for i in applied],
        "diagnostics:comparison": [
            comparison,
            f"{comparison}?annee=2020",
        ],
        "diagnostics:list": [reverse("diagnostics:list", args=[slug])],
        "diagnostics:create": [reverse("diagnostics:create", args=[slug])],
        "diagnostics:diagnostic": [reverse("diagnostics:diagnostic", args=on)],
        "diagnostics:print": [reverse("diagnostics:print", args=on)],
        "diagnostics:edit": [reverse("diagnostics:edit", args=on)],
        "diagnostics:indicators": [reverse("diagnostics:indicators", args=on)],
        "diagnostics:indicator_comment": [reverse("diagnostics:indicator_comment", args=[*on, item.pk])],
        "diagnostics:work_create": [reverse("diagnostics:work_create", args=on)],
        "diagnostics:work_edit": [reverse("diagnostics:work_edit", args=[*on, work.pk])],
        "diagnostics:priority_create": [reverse("diagnostics:priority_create", args=on)],
        "diagnostics:priority_edit": [reverse("diagnostics:priority_edit", args=[*on, priority.pk])],
        "diagnostics:child_delete": [reverse("diagnostics:child_delete", args=[*on, "enjeux", priority.pk])],
        "diagnostics:transition": [reverse("diagnostics:transition", args=[*on, "partage"])],
        "documents:contract_preview": [
            reverse("documents:contract_preview", args=[slug]),
            f"{reverse('documents:contract_preview', args=[slug])}?version=signe",
        ],
        "documents:article_templates": [reverse("documents:article_templates")],
        "documents:article_template_edit": [
            reverse("documents:article_template_edit", args=["departement", data["contract"].departement_id, "objet"])
        ],
    }


# Named URLs without a page to read: a JSON probe, file downloads, the logout (POST only).
NOT_PAGES = {
    "healthz",
    "actions:export",
    "actions:document",
    "logout",
    "contracts:invitation_resend",  # POST only: it sends the e-mail again, then shows the habilitations page
    "diagnostics:comparison_xlsx",
    "diagnostics:comparison_csv",
    "diagnostics:export",
    # Downloads of a version and of its signed scan; the forms that queue or retry a rendering (POST only).
    "documents:download",
    "documents:signed_scan_download",
    "documents:request",
    "documents:request_fiche",
    "documents:request_selection",
    "documents:retry",
    # Confirming the signature from a scan is offered only while the contract is en élaboration, and the rich contract
    # is signed: tests/documents/test_signed_scan.py reads that page.
    "documents:sign",
    # POST only: a new article's identifier (then its page, crawled above), a removal.
    "documents:article_template_create",
    "documents:article_template_delete",
    # POST only: the preview of an import again, with the axe named for a TeT file's actions without one (checked by
    # test_a_script_in_the_axe_named_for_a_tet_plan_stays_text).
    "actions:import_default_axe",
}
# The governance pages landed after this crawl was written: their own tests check what they show; adding them here
# (with an instance, a meeting and a member in `poisoned`) is the next step.
NOT_YET_CRAWLED_PREFIXES = ("governance:",)


def admin_pages():
    """The admin's index, and for each project model: its list (searched for markup), and the change and history
    pages of its first object (the admin is built by Django, but its lists and forms show the same data)."""
    urls = [reverse("admin:index")]
    for model in admin.site._registry:
        if model._meta.app_label not in PROJECT_APPS:
            continue
        prefix = f"admin:{model._meta.app_label}_{model._meta.model_name}"
        urls += [reverse(f"{prefix}_changelist"), f"{reverse(f'{prefix}_changelist')}?{urlencode({'q': SCRIPT})}"]
        obj = model._default_manager.first()
        if obj is not None:
            urls += [reverse(f"{prefix}_change", args=[obj.pk]), reverse(f"{prefix}_history", args=[obj.pk])]
    return urls


@pytest.fixture
def poisoned(db, settings, tmp_path):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.MEDIA_ROOT = tmp_path
    superuser = UserFactory(email="admin@exemple.fr", is_superuser=True, is_staff=True)
    data = build_rich_contract(superuser)
    data["poisoned_fields"] = poison_every_text_field()
    for obj in data.values():
        if isinstance(obj, models.Model):
            obj.refresh_from_db()
    return data


def assert_escaped(response, url):
    html = response.content.decode()
    found = UNESCAPED.search(html)
    assert found is None, f"{url}: unescaped markup …{html[max(found.start() - 200, 0) : found.end() + 80]}…"


def test_every_model_text_field_is_poisoned(poisoned):
    """The fixture does reach the fields the audit named, and the people's names."""
    for name in [
        "actions.FicheIndicator.target",
        "actions.FicheIndicator.name",
        "actions.FicheIndicator.unit",
        "actions.FicheAction.title",
        "actions.FollowUpNote.done",
        "contracts.Contract.name",
        "contracts.Organisation.name",
        "cls_portal.User.first_name",
        "cls_portal.User.last_name",
        "actions.HistoricalFicheIndicator.history_change_reason",
    ]:
        assert name in poisoned["poisoned_fields"]
    assert FicheIndicator.objects.get().target == SCRIPT + ATTRIBUTE


def test_form_help_texts_are_escaped_unless_deliberate_html():
    """Every DSFR field template prints `help_text|safe`: the project's bound field escapes plain help texts first,
    whatever the widget, and leaves a SafeString (format_html) as the HTML it is."""

    class Probe(DsfrForm):
        text = forms.CharField(help_text=f"Cible : {SCRIPT}")
        box = forms.BooleanField(required=False, help_text=ATTRIBUTE)
        radio = forms.ChoiceField(choices=[("a", SHORT)], widget=forms.RadioSelect, help_text=SHORT)
        boxes = forms.MultipleChoiceField(choices=[("a", "A")], widget=forms.CheckboxSelectMultiple, help_text=SCRIPT)
        deliberate = forms.CharField(help_text=format_html("<strong>{}</strong>", SCRIPT))

    html = str(Probe())
    assert UNESCAPED.search(html) is None, html
    assert f"Cible : {escape(SCRIPT)}" in html
    assert f"<strong>{escape(SCRIPT)}</strong>" in html


def test_every_page_is_covered(poisoned):
    known = set(pages(poisoned)) | NOT_PAGES
    missing = {name for name in url_names() if not name.startswith(("admin:", *NOT_YET_CRAWLED_PREFIXES))} - known
    assert not missing, f"pages without arguments in tests/test_xss.py: {sorted(missing)}"


# The admin's document form is Django's URLField without `assume_scheme` (noted, outside this test's concern).
@pytest.mark.filterwarnings(
    "ignore:The default scheme will be changed:django.utils.deprecation.RemovedInDjango60Warning"
)
@pytest.mark.parametrize("persona", PERSONAS)
def test_no_page_shows_user_data_unescaped(client, poisoned, persona):
    user = poisoned["personas"][persona]
    client.force_login(user)
    read = {}
    for urls in pages(poisoned).values():
        for url in urls:
            response = client.get(url, follow=True)
            read[url] = response.status_code
            assert_escaped(response, url)
            assert response.wsgi_request.user == user, f"{url}: read logged out"
    if persona == "superuser":
        for url in admin_pages():
            response = client.get(url)
            read[url] = response.status_code
            assert_escaped(response, url)
        # The superuser may read every page: none of them was skipped by an error page.
        assert {url: status for url, status in read.items() if status not in (200, 405)} == {}
    contract, fiche = poisoned["contract"], poisoned["fiche"]
    # Every persona may follow the fiche up (the pilote, the coordinator, the animator of the département).
    assert read[reverse("actions:fiche_follow_up", args=[contract.slug, fiche.number])] == 200


# Pages whose form is posted back with markup in every field: what they show again (values, error messages quoting
# the value) must be escaped. Deleting and lifecycle pages are left out: posting them acts rather than redisplays.
FORM_PAGES = [
    "account",
    "password_change",
    "contracts:create",
    "contracts:edit",
    "contracts:party_create",
    "contracts:avenant_create",
    "contracts:memberships",
    "actions:axe_create",
    "actions:fiche_create",
    "actions:fiche_edit",
    "actions:fiche_follow_up",
    "actions:fiche_duplicate",
    "actions:fiche_move",
    "actions:child_create",
    "actions:child_edit",
]


def test_forms_posted_with_markup_show_it_escaped(client, poisoned):
    client.force_login(poisoned["personas"]["superuser"])
    urls = pages(poisoned)
    for name in FORM_PAGES:
        for url in urls[name]:
            form = client.get(url).context["form"]
            data = {form.add_prefix(field): PAYLOADS[0] for field in form.fields}
            response = client.post(url, data, follow=True)
            assert response.status_code in (200, 400), url
            assert_escaped(response, f"POST {url}")


@pytest.mark.parametrize("persona", ["coordinator", "pilote", "ars_animator"])
def test_follow_up_shows_the_indicator_target_escaped(client, poisoned, persona):
    """The audited hole: « Cible : <target> » was the help text of the indicator's value field, printed |safe."""
    contract, fiche = poisoned["contract"], poisoned["fiche"]
    client.force_login(poisoned["personas"][persona])
    response = client.get(reverse("actions:fiche_follow_up", args=[contract.slug, fiche.number]))
    assert response.status_code == 200
    html = response.content.decode()
    assert_escaped(response, "suivi")
    assert "Cible : &lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror" in html


def test_messages_quoting_user_data_are_escaped(client, poisoned):
    """Success messages quote titles and names: django-dsfr prints them through `dsfr_maybe_safe`."""
    contract, fiche = poisoned["contract"], poisoned["fiche"]
    client.force_login(poisoned["personas"]["coordinator"])
    response = client.post(
        reverse("actions:fiche_follow_up", args=[contract.slug, fiche.number]),
        {"status": FicheStatus.IN_PROGRESS, "progress": 70, "version": fiche.version, "values_year": 2024},
        follow=True,
    )
    assert response.status_code == 200 and response.redirect_chain
    assert_escaped(response, "après le suivi")
    response = client.post(reverse("actions:fiche_delete", args=[contract.slug, "2.1"]), follow=True)
    assert response.status_code == 200 and response.redirect_chain
    assert_escaped(response, "après la suppression")
    assert f"La fiche 2.1 « {escape(SCRIPT + ATTRIBUTE)} » a été supprimée." in response.content.decode()


def test_a_script_in_the_excel_target_column_stays_text(client, poisoned):
    """The « Cible » column of the import: the preview page shows it, then the follow-up form."""
    contract, fiche = poisoned["contract"], poisoned["fiche"]
    coordinator = poisoned["personas"]["coordinator"]
    FicheIndicator.objects.update(target="200")
    content = edit(export_plan(contract), "Indicateurs", {(2, "Cible"): SCRIPT + ATTRIBUTE})
    client.force_login(coordinator)
    response = client.post(
        reverse("actions:import", args=[contract.slug]),
        {"file": SimpleUploadedFile("<b>plan</b>.xlsx", content, content_type=XLSX_CONTENT_TYPE)},
    )
    assert response.status_code == 200, response.content.decode()[-2000:]
    assert_escaped(response, "aperçu de l'import")
    upload = PlanImport.objects.filter(contract=contract, applied_at__isnull=True).get()
    response = client.post(reverse("actions:import_confirm", args=[contract.slug, upload.pk]), follow=True)
    assert response.status_code == 200
    assert_escaped(response, "import confirmé")
    assert FicheIndicator.objects.get(fiche__number=fiche.number).target == SCRIPT + ATTRIBUTE
    response = client.get(reverse("actions:fiche_follow_up", args=[contract.slug, fiche.number]))
    assert_escaped(response, "suivi après import")
    assert ESCAPED_SCRIPT in response.content.decode()


def test_a_script_in_the_axe_named_for_a_tet_plan_stays_text(client, poisoned):
    """The axe named in the preview for the actions of a TeT file without axes, and the file's own titles."""
    contract = poisoned["contract"]
    client.force_login(poisoned["personas"]["coordinator"])
    content = tet_corpus.tet_file([{"Titre de l'action": SCRIPT + ATTRIBUTE}])
    response = client.post(
        reverse("actions:import", args=[contract.slug]),
        {"file": SimpleUploadedFile("plan-tet.xlsx", content, content_type=XLSX_CONTENT_TYPE)},
    )
    assert response.status_code == 400
    assert_escaped(response, "aperçu sans axe")
    upload = PlanImport.objects.filter(contract=contract, applied_at__isnull=True).get()
    url = reverse("actions:import_default_axe", args=[contract.slug, upload.pk])
    response = client.post(url, {"default_axe": SCRIPT + ATTRIBUTE})
    assert response.status_code == 200, response.content.decode()[-2000:]
    assert_escaped(response, "aperçu avec l'axe nommé")
    assert ESCAPED_SCRIPT in response.content.decode()


def test_the_fiche_form_itself_stores_the_target_as_text(client, poisoned):
    """Entered through the indicator form, the target is shown escaped on the follow-up."""
    contract, fiche = poisoned["contract"], poisoned["fiche"]
    indicator = FicheIndicator.objects.get(fiche=fiche)
    client.force_login(poisoned["personas"]["coordinator"])
    response = client.post(
        reverse("actions:child_edit", args=[contract.slug, fiche.number, "indicateurs", indicator.pk]),
        {
            "name": "Foyers",
            "kind": IndicatorKind.PROCESS,
            "target": SHORT,
            "position": 1,
            "version": indicator.version,
        },
    )
    assert response.status_code == 302, response.content.decode()[-2000:]
    indicator.refresh_from_db()
    assert indicator.target == SHORT
    response = client.get(reverse("actions:fiche_follow_up", args=[contract.slug, fiche.number]))
    assert_escaped(response, "suivi")
    assert "Cible : &lt;svg onload=alert(1)&gt;" in response.content.decode()
