"""Demo data: accounts, organisations, the Mauges CLS 1 and 2 (seed 004) and the six Sarthe CLS (seed 000).

Idempotent: what exists is left as it is, so `manage.py load_demo` may run on every `make run`. Contracts are built
through the lifecycle functions so that their timelines are real; dates the seeds do not give are left empty
(see docs/contracts.md). Local demo only: every account has the same published password.
"""

import datetime
from dataclasses import dataclass, field

from django.db import transaction

from actions import renewal
from actions.models import FicheAction
from cls_portal.models import User
from contracts import lifecycle
from contracts.avenants import add_avenant
from contracts.enums import Civility, ContractStatus, OrganisationKind, PartyRole, Role
from contracts.models import Contract, ContractParty, Membership, Organisation
from demo.plans import load_demo_plans
from referentials.models import Commune, Departement, Epci

DEMO_PASSWORD = "demo-portail-cls"  # noqa: S105 - local demonstration accounts, documented in the README
PRESS_KIT = "dossier de presse de l'ARS Pays de la Loire, délégation de la Sarthe, 10 novembre 2022"
LAUNCH_MEETING = "réunion de lancement du CLS 2 de Mauges Communauté, 16 mars 2022"

ACCOUNTS = [
    # email, first name, last name, organisation, job title, superuser
    (
        "animatrice.49@demo.portail-cls.fr",
        "Claire",
        "Lebreton",
        "ARS Pays de la Loire, délégation territoriale de Maine-et-Loire",
        "Animatrice territoriale en santé",
        False,
    ),
    (
        "animateur.72@demo.portail-cls.fr",
        "Julien",
        "Moreau",
        "ARS Pays de la Loire, délégation territoriale de la Sarthe",
        "Animateur territorial en santé",
        False,
    ),
    (
        "coordinatrice.mauges@demo.portail-cls.fr",
        "Sophie",
        "Guérineau",
        "Mauges Communauté",
        "Coordinatrice du contrat local de santé",
        False,
    ),
    (
        "elu.mauges@demo.portail-cls.fr",
        "Bernard",
        "Gourdon",
        "Mauges Communauté",
        "Conseiller communautaire délégué à la santé",
        False,
    ),
    (
        "pilote.mauges@demo.portail-cls.fr",
        "Nathalie",
        "Rousseau",
        "Mauges Communauté",
        "Chargée de mission prévention santé",
        False,
    ),
    ("admin@demo.portail-cls.fr", "Hélène", "Marchand", "Portail CLS", "Administratrice du portail", True),
]

ORGANISATIONS = [
    # key, name, kind, address, siren (EPCI: also linked to the referential)
    (
        "ars",
        "ARS Pays de la Loire",
        OrganisationKind.ARS,
        "17 boulevard Gaston Doumergue, CS 56233, 44262 Nantes cedex 2",
        "",
    ),
    ("mauges", "Mauges Communauté", OrganisationKind.EPCI, "", "200060010"),
    ("prefecture49", "Préfecture de Maine-et-Loire", OrganisationKind.PREFECTURE, "", ""),
    ("cd49", "Conseil départemental de Maine-et-Loire", OrganisationKind.DEPARTEMENT, "", ""),
    ("cpam49", "CPAM de Maine-et-Loire", OrganisationKind.CPAM, "", ""),
    ("msa49", "MSA Maine-et-Loire", OrganisationKind.MSA, "", ""),
    ("caf49", "CAF de Maine-et-Loire", OrganisationKind.CAF, "", ""),
    ("braye", "CC des Vallées de la Braye et de l'Anille", OrganisationKind.EPCI, "", "200072692"),
    ("lbn", "LBN Communauté", OrganisationKind.EPCI, "", "200040475"),
    ("valdesarthe", "CC du Val de Sarthe", OrganisationKind.EPCI, "", "247200629"),
    ("llb", "CC Loir-Lucé-Bercé", OrganisationKind.EPCI, "", "200070373"),
    ("sudsarthe", "CC Sud Sarthe", OrganisationKind.EPCI, "", "200073112"),
]

# The six Sarthe CLS of seed 000, in the state the press kit gives.
SARTHE_CONTRACTS = [
    # slug, name, porteur key, EPCI SIRENs, commune codes, state
    (
        "le-mans-allonnes-coulaines",
        "Contrat local de santé Le Mans-Allonnes-Coulaines",
        None,
        [],
        ["72181", "72003", "72095"],
        ContractStatus.EVALUATION,
    ),
    (
        "cc-vallees-braye-anille",
        "Contrat local de santé de la CC des Vallées de la Braye et de l'Anille",
        "braye",
        ["200072692"],
        [],
        ContractStatus.EVALUATION,
    ),
    (
        "lbn-communaute",
        "Contrat local de santé de LBN Communauté",
        "lbn",
        ["200040475"],
        [],
        ContractStatus.ELABORATION,
    ),
    (
        "cc-val-de-sarthe",
        "Contrat local de santé du Val de Sarthe",
        "valdesarthe",
        ["247200629"],
        [],
        ContractStatus.ELABORATION,
    ),
    (
        "cc-loir-luce-berce",
        "Contrat local de santé de la CC Loir-Lucé-Bercé",
        "llb",
        ["200070373"],
        [],
        ContractStatus.REFLECTION,
    ),
    (
        "cc-sud-sarthe",
        "Contrat local de santé de la CC Sud Sarthe",
        "sudsarthe",
        ["200073112"],
        [],
        ContractStatus.REFLECTION,
    ),
]

# Fiches piloted by the demo "pilote" account: in CLS 1 (an archive now) those seed 004 illustrates, and in CLS 2 the
# mental-health fiche taken over from CLS 1, whose follow-up she keeps without being a member of CLS 2.
PILOTED_FICHES = {"mauges-cls-1": ["1.1", "2.5"], "mauges-cls-2": ["5.1"]}


@dataclass
class DemoReport:
    created: list = field(default_factory=list)

    def __str__(self):
        if not self.created:
            return "Données de démonstration déjà présentes : rien à changer."
        return "Créé : " + ", ".join(self.created) + "."


def _accounts(report):
    users = {}
    for email, first_name, last_name, organisation, job_title, superuser in ACCOUNTS:
        user, created = User.objects.get_or_create(
            email=email,
            defaults={
                "first_name": first_name,
                "last_name": last_name,
                "organisation": organisation,
                "job_title": job_title,
                "is_superuser": superuser,
                "is_staff": superuser,
            },
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save(update_fields=["password"])
            report.created.append(f"compte {email}")
        users[email.split("@")[0]] = user
    return users


def _membership(user, role, *, departement=None, contract=None):
    Membership.objects.get_or_create(user=user, role=role, departement=departement, contract=contract)


def _organisations(report):
    organisations = {}
    for key, name, kind, address, siren in ORGANISATIONS:
        epci = Epci.objects.filter(pk=siren).first() if siren else None
        organisation, created = Organisation.objects.get_or_create(
            name=name, kind=kind, defaults={"address": address, "siren": siren, "epci": epci}
        )
        if created:
            report.created.append(f"organisation {name}")
        organisations[key] = organisation
    return organisations


def _party(contract, organisation, role, *, position, civility="", name="", title=""):
    ContractParty.objects.get_or_create(
        contract=contract,
        organisation=organisation,
        defaults={
            "role": role,
            "position": position,
            "representative_civility": civility,
            "representative_name": name,
            "representative_title": title,
        },
    )


def _build_mauges(users, organisations, report):
    animator = users["animatrice.49"]
    cls1 = Contract(
        name="Contrat local de santé de Mauges Communauté 2017-2021",
        slug="mauges-cls-1",
        departement=Departement.objects.get(pk="49"),
        porteur=organisations["mauges"],
        summary=(
            "Premier contrat local de santé de Mauges Communauté, signé le 4 novembre 2016 entre Mauges "
            "Communauté et l'Agence régionale de santé. Quatre axes, et un cinquième consacré à la santé mentale "
            "ajouté par avenant en février 2020."
        ),
    )
    lifecycle.register_contract(cls1, by=animator, comment="Contrat saisi après coup pour la démonstration.")
    cls1.epcis.set([Epci.objects.get(pk="200060010")])
    _party(
        cls1,
        organisations["ars"],
        PartyRole.PRINCIPAL,
        position=1,
        title="Directeur général de l'Agence régionale de santé Pays de la Loire",
    )
    _party(
        cls1,
        organisations["mauges"],
        PartyRole.PRINCIPAL,
        position=2,
        civility=Civility.MONSIEUR,
        name="Didier Huchon",
        title="Président de Mauges Communauté",
    )
    for position, key in enumerate(("cd49", "cpam49", "caf49"), start=3):
        _party(cls1, organisations[key], PartyRole.PARTNER, position=position)
    for key, role in (("coordinatrice.mauges", Role.COORDINATOR), ("elu.mauges", Role.READER)):
        _membership(users[key], role, contract=cls1)

    lifecycle.start_elaboration(cls1, by=animator, on=None, comment="Date de lancement non connue.")
    # Signed in 2016, long before the portal: recorded as it happened, the plan is typed in afterwards.
    cls1.signature_date = datetime.date(2016, 11, 4)
    cls1.start_date, cls1.end_date = datetime.date(2017, 1, 1), datetime.date(2021, 12, 31)
    cls1._history_user = animator
    cls1.save()
    lifecycle.record_existing_state(
        cls1,
        to=ContractStatus.SIGNED,
        by=animator,
        on=datetime.date(2016, 11, 4),
        comment=f"Signé le 4 novembre 2016 entre Mauges Communauté et l'ARS (source : {LAUNCH_MEETING}).",
    )
    add_avenant(
        cls1,
        by=animator,
        signed_on=datetime.date(2020, 2, 14),
        object="Ajout de l'axe 5 « Prévention et prise en charge en santé mentale » et de ses quatre fiches-action.",
    )
    report.created.append("contrat mauges-cls-1")
    _load_plans(cls1, report)
    lifecycle.start_evaluation(
        cls1, by=animator, on=None, comment="Évaluation du CLS 2017-2021, préalable au CLS 2 (date non connue)."
    )
    # The CLS 2 plan starts from what CLS 1 left unfinished, as a real renewal would.
    cls2 = renewal.renew(
        cls1,
        by=animator,
        on=datetime.date(2022, 3, 16),
        name="Contrat local de santé de Mauges Communauté (CLS 2)",
        slug="mauges-cls-2",
        copy_unfinished_fiches=True,
        comment=f"Lancement du CLS 2 ({LAUNCH_MEETING}).",
    )
    report.created.append("contrat mauges-cls-2")
    return cls1, cls2


def _load_plans(cls1, report):
    """CLS 1's plan (demo.plans); loaded once, when CLS 1 has no axe yet."""
    if cls1.axes.exists():
        return
    load_demo_plans(cls1)
    report.created.append("plan d'action de Mauges CLS 1")


def _build_sarthe(users, organisations, report):
    animator = users["animateur.72"]
    sarthe = Departement.objects.get(pk="72")
    for slug, name, porteur_key, sirens, codes, state in SARTHE_CONTRACTS:
        if Contract.objects.filter(slug=slug).exists():
            continue
        contract = Contract(
            name=name,
            slug=slug,
            departement=sarthe,
            porteur=organisations.get(porteur_key),
            summary=f"État au 10 novembre 2022 : {ContractStatus(state).label.lower()} ({PRESS_KIT}).",
        )
        lifecycle.register_contract(contract, by=animator, comment="Contrat saisi pour la démonstration.")
        contract.epcis.set(Epci.objects.filter(pk__in=sirens))
        contract.communes.set(Commune.objects.filter(pk__in=codes))
        if state == ContractStatus.ELABORATION:
            lifecycle.start_elaboration(
                contract, by=animator, on=None, comment=f"Signature prévue en 2023 ({PRESS_KIT})."
            )
        elif state == ContractStatus.EVALUATION:
            lifecycle.record_existing_state(
                contract,
                to=state,
                by=animator,
                on=None,
                comment=f"Contrat signé, renouvellement en cours ({PRESS_KIT}). Dates de signature et de période "
                "non connues.",
            )
        report.created.append(f"contrat {slug}")


@transaction.atomic
def load_demo() -> DemoReport:
    """Create what is missing of the demo data set. Needs the referentials (`manage.py load_referentials`)."""
    if not Epci.objects.filter(pk="200060010").exists():
        raise RuntimeError("Chargez d'abord les référentiels : manage.py load_referentials.")
    report = DemoReport()
    users = _accounts(report)
    _membership(users["animatrice.49"], Role.ARS_ANIMATOR, departement=Departement.objects.get(pk="49"))
    _membership(users["animateur.72"], Role.ARS_ANIMATOR, departement=Departement.objects.get(pk="72"))
    organisations = _organisations(report)

    cls1 = Contract.objects.filter(slug="mauges-cls-1").first()
    if cls1 is None:
        cls1, _ = _build_mauges(users, organisations, report)
    else:
        _load_plans(cls1, report)
    pilote = users["pilote.mauges"]
    _membership(pilote, Role.READER, contract=cls1)
    for slug, numbers in PILOTED_FICHES.items():
        FicheAction.objects.filter(contract__slug=slug, number__in=numbers, pilote__isnull=True).update(pilote=pilote)

    _build_sarthe(users, organisations, report)
    return report
