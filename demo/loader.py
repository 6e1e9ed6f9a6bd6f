"""`manage.py load_demo`: the demo accounts, organisations and contracts of `fixtures/demo/`, built the way users
build them.

Every contract is registered and moved through `contracts.lifecycle`, amended through `contracts.avenants`, renewed
through `actions.renewal` (which carries the unfinished fiches over); fiches and sub-actions without a number get
the next one from `actions.numbering`; every row passes the model's `full_clean()` before it is saved. A problem in
the files, or one the domain refuses, is a `DemoDataError` naming the file, the line and the entry, and nothing is
written (one transaction).

Idempotent: what exists is left as it is (accounts by e-mail, organisations by name and kind, memberships, and
contracts by slug, with all their steps and their next generation), so `make run` may load the demo every time.
Local demo only: every account has the same published password.
"""

from dataclasses import dataclass, field

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import transaction

from actions import renewal
from actions.models import (
    Axe,
    BudgetLine,
    FicheAction,
    FicheIndicator,
    FicheIndicatorValue,
    FollowUpNote,
    SubAction,
    TargetPublic,
)
from actions.numbering import next_fiche_number, next_sub_action_number
from cls_portal.models import User
from contracts import lifecycle
from contracts.avenants import add_avenant
from contracts.enums import OrganisationKind
from contracts.models import Contract, ContractParty, Membership, Organisation
from demo.files import DIRECTORY, DemoData, DemoDataError, read_demo_files
from referentials.models import ArsTheme, Commune, Departement, Epci, Prs, PrsElement, PrsPriority

__all__ = ["DemoDataError", "DemoReport", "load_demo", "read_demo_files"]

REFERENTIALS_MISSING = "Chargez d'abord les référentiels : manage.py load_referentials."

# Lifecycle moves with a date (`on`) and a comment; `sign` takes a few more (see contracts/lifecycle.py).
MOVES = {
    "start_elaboration": lifecycle.start_elaboration,
    "sign": lifecycle.sign,
    "start_evaluation": lifecycle.start_evaluation,
    "expire": lifecycle.expire,
    "abandon": lifecycle.abandon,
}


@dataclass
class DemoReport:
    password: str = ""
    created: list = field(default_factory=list)

    def __str__(self):
        if not self.created:
            return "Données de démonstration déjà présentes : rien à changer."
        return "Créé : " + ", ".join(self.created) + "."


def _messages(error: ValidationError) -> str:
    if not hasattr(error, "error_dict"):
        return " ".join(error.messages)
    parts = []
    for name, messages in error.message_dict.items():
        joined = " ".join(messages)
        parts.append(joined if name == NON_FIELD_ERRORS else f"« {name} » : {joined}")
    return " ; ".join(parts)


def _clean(instance, where):
    """`full_clean()` on the fields a form would validate; its messages, with the entry, in a DemoDataError."""
    try:
        instance.full_clean(exclude=[f.name for f in instance._meta.fields if not f.editable])
    except ValidationError as error:
        raise where.error(_messages(error)) from None


def _save(instance, where, by=None):
    """Validate, then save with `by` as the author the history records."""
    _clean(instance, where)
    instance._history_user = by
    instance.save()
    return instance


def _lookup(queryset, codes, where, key, what, field_name="pk"):
    """The rows of `queryset` whose `field_name` is each of `codes`, in their order; an unknown code is an error."""
    found = {str(getattr(row, field_name)): row for row in queryset.filter(**{f"{field_name}__in": codes})}
    for code in codes:
        if code not in found:
            raise where.error(f"code inconnu du référentiel des {what} : « {code} » (« {key} »).")
    return [found[code] for code in codes]


class _Builder:
    def __init__(self, data: DemoData, report: DemoReport):
        self.data = data
        self.report = report
        self.users = {}
        self.organisations = {}

    # --- Accounts and organisations ---------------------------------------------------------------------------

    def load_accounts(self):
        for entry in self.data.accounts:
            email = entry["email"]
            user = User.objects.filter(email__iexact=email).first()
            if user is None:
                superuser = entry.get("superuser", False)
                user = User(
                    email=email,
                    first_name=entry.get("first_name", ""),
                    last_name=entry.get("last_name", ""),
                    organisation=entry.get("organisation", ""),
                    job_title=entry.get("job_title", ""),
                    is_superuser=superuser,
                    is_staff=superuser,
                )
                user.set_password(self.data.password)
                _save(user, entry.where)
                self.report.created.append(f"compte {email}")
            self.users[email] = user
            for membership in entry.get("memberships", []):
                (departement,) = _lookup(
                    Departement.objects, [membership["departement"]], membership.where, "departement", "départements"
                )
                self._membership(membership, user, membership["role"], departement=departement)

    def _membership(self, entry, user, role, *, departement=None, contract=None):
        if not Membership.objects.filter(user=user, role=role, departement=departement, contract=contract).exists():
            _save(Membership(user=user, role=role, departement=departement, contract=contract), entry.where)

    def load_organisations(self):
        for entry in self.data.organisations:
            values = entry.fields
            organisation = Organisation.objects.filter(name=values["name"], kind=values["kind"]).first()
            if organisation is None:
                organisation = Organisation(**values)
                if values["kind"] == OrganisationKind.EPCI and values.get("siren"):
                    (organisation.epci,) = _lookup(Epci.objects, [values["siren"]], entry.where, "siren", "EPCI")
                _save(organisation, entry.where)
                self.report.created.append(f"organisation {organisation.name}")
            self.organisations[entry["key"]] = organisation

    # --- Contracts --------------------------------------------------------------------------------------------

    def load_contracts(self):
        for entry in self.data.contracts:
            existing = Contract.objects.filter(slug=entry["slug"]).first()
            if existing is None:
                self.load_contract(entry)
            else:
                self.load_missing_plan(existing, entry)

    def load_missing_plan(self, contract, entry):
        """A plan added to the demo data after a first load (the Sarthe plans): loaded into a contract that has no
        axe yet, so that `make run` on an older demo database shows it; a second load finds the axes and stops."""
        plans = [step for step in entry.get("steps", []) if step["verb"] == "plan"]
        if plans and not contract.axes.exists():
            for step in plans:
                self.plan(contract, step.links["plan"], self.users[entry["by"]])

    def load_contract(self, entry):
        where, by = entry.where, self.users[entry["by"]]
        (departement,) = _lookup(Departement.objects, [entry["departement"]], where, "departement", "départements")
        contract = Contract(
            slug=entry["slug"],
            name=entry["name"],
            departement=departement,
            porteur=self.organisations.get(entry.get("porteur")),
            summary=entry.get("summary", ""),
        )
        _clean(contract, where)
        lifecycle.register_contract(contract, by=by, comment=entry.get("comment", ""))
        contract.epcis.set(_lookup(Epci.objects, entry.get("epcis", []), where, "epcis", "EPCI"))
        contract.communes.set(_lookup(Commune.objects, entry.get("communes", []), where, "communes", "communes"))
        for position, party in enumerate(entry.get("parties", []), 1):
            values = {"position": position, **party.fields}
            organisation = self.organisations[party["organisation"]]
            _save(ContractParty(contract=contract, organisation=organisation, **values), party.where, by)
        for member in entry.get("members", []):
            self._membership(member, self.users[member["account"]], member["role"], contract=contract)
        self.report.created.append(f"contrat {contract.slug}")
        self.steps(contract, entry.get("steps", []), by)

    def steps(self, contract, steps, by):
        for step in steps:
            try:
                self.step(contract, step, by)
            except lifecycle.LifecycleError as error:
                raise step.where.error(" ".join(error.messages)) from None

    def step(self, contract, step, by):
        verb = step["verb"]
        arguments = {key: value for key, value in step.links.items() if key != "verb"}
        on = arguments.pop("date", None)
        if verb in MOVES:
            MOVES[verb](contract, by=by, on=on, **arguments)
        elif verb == "record_existing_state":
            # A contract that lived before the portal: its dates as they were, then its state, without guards.
            dates = {
                key: arguments.pop(key) for key in ("signature_date", "start_date", "end_date") if key in arguments
            }
            if dates:
                for key, value in dates.items():
                    setattr(contract, key, value)
                _save(contract, step.where, by)
            lifecycle.record_existing_state(contract, by=by, on=on, **arguments)
        elif verb == "add_avenant":
            add_avenant(
                contract,
                by=by,
                signed_on=arguments.get("signed_on"),
                object=arguments.get("object", ""),
                new_end_date=arguments.get("new_end_date"),
            )
        elif verb == "plan":
            self.plan(contract, arguments["plan"], by)
        elif verb == "renew":
            successor_steps = arguments.pop("steps", [])
            successor = renewal.renew(contract, by=by, on=on, **arguments)
            self.report.created.append(f"contrat {successor.slug}")
            self.steps(successor, successor_steps, by)
        elif verb == "members":
            for member in arguments["members"]:
                self._membership(member, self.users[member["account"]], member["role"], contract=contract)
        elif verb == "pilotes":
            for entry in arguments["pilotes"]:
                fiche = contract.fiches.filter(number=entry["fiche"]).first()
                if fiche is None:
                    raise entry.where.error(f"le contrat {contract.slug} n'a pas de fiche {entry['fiche']}.")
                fiche.pilote = self.users[entry["account"]]
                fiche._history_user = by
                fiche.save(update_fields=["pilote", "updated_at"])

    # --- Plan d'action ----------------------------------------------------------------------------------------

    def plan(self, contract, plan, by):
        TargetPublic.sync()
        where = plan.where
        prs = Prs.objects.filter(code=plan["prs"]).first()
        if prs is None:
            raise where.error(f"PRS inconnu du référentiel : « {plan['prs']} » (« prs »). {REFERENTIALS_MISSING}")
        objectives = PrsElement.objects.objectives().filter(prs=prs)
        avenants = {avenant.number: avenant for avenant in contract.avenants.all()}

        def avenant(entry):
            number = entry.get("avenant")
            if number is not None and number not in avenants:
                raise entry.where.error(
                    f"le contrat {contract.slug} n'a pas d'avenant n° {number} : une étape add_avenant doit précéder "
                    "l'étape plan."
                )
            return avenants.get(number)

        for position, axe_entry in enumerate(plan["axes"], 1):
            axe = Axe(contract=contract, avenant=avenant(axe_entry), **{"position": position, **axe_entry.fields})
            _save(axe, axe_entry.where, by)
            for fiche_entry in axe_entry.get("fiches", []):
                self.fiche(contract, axe, fiche_entry, avenant(fiche_entry), objectives, by)
        self.report.created.append(f"plan d'action de {contract.slug}")

    def fiche(self, contract, axe, entry, avenant, objectives, by):
        where = entry.where
        values = dict(entry.fields)
        if not values.get("number"):
            values["number"] = next_fiche_number(axe)
        theme = entry.get("ars_theme")
        fiche = FicheAction(
            contract=contract,
            axe=axe,
            porteur=self.organisations.get(entry.get("porteur")),
            pilote=self.users.get(entry.get("pilote")),
            ars_theme=_lookup(ArsTheme.objects, [theme], where, "ars_theme", "thématiques ARS", "code")[0]
            if theme
            else None,
            avenant=avenant,
            **values,
        )
        _save(fiche, where, by)
        codes = entry.get("prs_elements", [])
        fiche.prs_elements.set(_lookup(objectives, codes, where, "prs_elements", "objectifs du PRS", "code"))
        codes = entry.get("prs_priorities", [])
        fiche.prs_priorities.set(
            _lookup(PrsPriority.objects, codes, where, "prs_priorities", "priorités du PRS", "code")
        )
        fiche.target_publics.set(TargetPublic.objects.filter(code__in=entry.get("target_publics", [])))
        fiche.partners.set([self.organisations[key] for key in entry.get("partners", [])])
        fiche.communes.set(_lookup(Commune.objects, entry.get("communes", []), where, "communes", "communes"))

        for position, sub_entry in enumerate(entry.get("sub_actions", []), 1):
            sub_action = SubAction(fiche=fiche, **{"position": position, **sub_entry.fields})
            if not sub_action.number:
                sub_action.number = next_sub_action_number(fiche)
            _save(sub_action, sub_entry.where, by)
        for position, indicator_entry in enumerate(entry.get("indicators", []), 1):
            indicator = _save(
                FicheIndicator(fiche=fiche, **{"position": position, **indicator_entry.fields}),
                indicator_entry.where,
                by,
            )
            for value_entry in indicator_entry.get("values", []):
                _save(FicheIndicatorValue(indicator=indicator, **value_entry.fields), value_entry.where, by)
        for line_entry in entry.get("budget_lines", []):
            _save(BudgetLine(fiche=fiche, **line_entry.fields), line_entry.where, by)
        for note_entry in entry.get("notes", []):
            _save(FollowUpNote(fiche=fiche, **note_entry.fields), note_entry.where, by)


def _referentials_loaded():
    return Epci.objects.exists() and Commune.objects.exists() and Departement.objects.exists()


@transaction.atomic
def load_demo(directory=DIRECTORY) -> DemoReport:
    """Create what is missing of the demo data of `directory`. Needs the referentials (`manage.py
    load_referentials`); raises DemoDataError, writing nothing, when a file or the domain refuses an entry."""
    if not _referentials_loaded():
        raise RuntimeError(REFERENTIALS_MISSING)
    data = read_demo_files(directory)
    report = DemoReport(password=data.password)
    builder = _Builder(data, report)
    builder.load_accounts()
    builder.load_organisations()
    builder.load_contracts()
    return report
