"""Demo governance, from fixtures/demo/governance.yaml: the Mauges CLS 2 instances, meetings and calendar (seed 004),
the CTS Métropole-Flandres, its meetings and roadmap (seed 002), the CDCPPS of the Sarthe (seed 000).

Called at the end of `manage.py load_demo`, after the contracts exist. Idempotent: an instance, a roadmap or a
contract's calendar that already exists is left as it is (with whatever a user changed in it), so loading twice
changes nothing. Everything goes through the governance's domain functions, so timelines and snapshots are real.
"""

import datetime
from pathlib import Path

import yaml
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from actions.enums import FicheStatus
from actions.models import Axe, FicheAction
from cls_portal.models import User
from contracts.enums import Role
from contracts.models import Contract, Membership, Organisation
from demo.files import read_demo_files
from governance import lifecycle, roadmaps, snapshots
from governance import meetings as meeting_domain
from governance import members as member_domain
from governance.enums import MeetingStatus
from governance.models import AgendaItem, Decision, FollowUpTask, Instance, Meeting, Milestone, Person, Phase
from referentials.models import Departement

FIXTURE = Path(settings.BASE_DIR) / "fixtures" / "demo" / "governance.yaml"
S = MeetingStatus


def read_fixture(path=FIXTURE):
    with open(path, encoding="utf-8") as stream:
        return yaml.safe_load(stream)


def _day(value, today):
    """An ISO date, or "+N": N days after today."""
    if isinstance(value, datetime.date):
        return value
    text = str(value)
    if text.startswith("+"):
        return today + datetime.timedelta(days=int(text[1:]))
    return datetime.date.fromisoformat(text)


def _time(text):
    return datetime.time.fromisoformat(str(text))


class Loader:
    def __init__(self, data, report, today):
        self.data, self.report, self.today = data, report, today
        self.people, self.meetings = {}, {}

    def accounts(self):
        for account in self.data.get("accounts", []):
            user, created = User.objects.get_or_create(
                email=account["email"],
                defaults={
                    "first_name": account["first_name"],
                    "last_name": account["last_name"],
                    "organisation": account.get("organisation", ""),
                    "job_title": account.get("job_title", ""),
                },
            )
            if created:
                user.set_password(read_demo_files().password)
                user.save(update_fields=["password"])
                self.report.append(f"compte {user.email}")
            if account.get("animates"):
                Membership.objects.get_or_create(
                    user=user, role=Role.ARS_ANIMATOR, departement=Departement.objects.get(pk=account["animates"])
                )

    def organisations(self):
        for organisation in self.data.get("organisations", []):
            Organisation.objects.get_or_create(name=organisation["name"], kind=organisation["kind"])

    def person(self, key):
        if key in self.people:
            return self.people[key]
        entry = next(p for p in self.data["people"] if p["key"] == key)
        if "account" in entry:
            user = User.objects.get(email=entry["account"])
            entry = {
                "first_name": user.first_name,
                "last_name": user.last_name,
                "email": user.email,
                "job_title": user.job_title,
            }
        person = (
            member_domain.person_with_email(entry.get("email"))
            or Person.objects.filter(first_name=entry["first_name"], last_name=entry["last_name"], email="").first()
        )
        if person is None:
            person = Person(**{k: v for k, v in entry.items() if k in member_domain.PERSON_FIELDS})
            member_domain.link_account(person)
            member_domain.checked(person)
            person.save()
        self.people[key] = person
        return person

    def instances(self):
        for entry in self.data.get("instances", []):
            self.instance(entry)

    def instance(self, entry):
        scope = (
            {"contract": Contract.objects.get(slug=entry["contract"])}
            if "contract" in entry
            else {"departement": Departement.objects.get(pk=entry["departement"])}
        )
        instance = Instance.objects.filter(name=entry["name"], **scope).first()
        if instance is not None:
            self.known_meetings(instance, entry)
            return
        with transaction.atomic():
            instance = Instance(
                kind=entry["kind"],
                name=entry["name"],
                description=entry.get("description", ""),
                quorum=entry.get("quorum"),
                **scope,
            )
            member_domain.checked(instance)
            instance.save()
            by = self.runner(instance)
            seats = {}
            for seat in entry.get("members", []):
                organisation = (
                    Organisation.objects.filter(name=seat["organisation"]).first()
                    if seat.get("organisation")
                    else None
                )
                seats[seat["person"]] = member_domain.add_member(
                    instance,
                    person=self.person(seat["person"]),
                    role=seat["role"],
                    organisation=organisation,
                    substitute_for=seats.get(seat.get("substitute_for")),
                )
            if "roadmap" in entry:
                self.roadmap(instance, entry["roadmap"], by)
            self.meetings_of(instance, entry.get("meetings", []), seats, by)
        self.report.append(f"instance « {instance} »")

    def runner(self, instance):
        """Who the timelines say recorded the demo: the coordinator of the contract, or the animator of the
        territory."""
        if instance.contract_id:
            membership = instance.contract.memberships.filter(role=Role.COORDINATOR).select_related("user").first()
        else:
            membership = (
                Membership.objects.filter(role=Role.ARS_ANIMATOR, departement_id=instance.departement_id)
                .select_related("user")
                .first()
            )
        return membership.user if membership else None

    def known_meetings(self, instance, entry):
        for item in entry.get("meetings", []):
            meeting = instance.meetings.filter(title=item["title"]).order_by("date").first()
            if meeting is not None:
                self.meetings[item["key"]] = meeting

    def meetings_of(self, instance, entries, seats, by):
        approved_later = {}
        for entry in sorted(entries, key=lambda e: _day(e["date"], self.today)):
            meeting = lifecycle.register_meeting(
                Meeting(
                    instance=instance,
                    title=entry["title"],
                    date=_day(entry["date"], self.today),
                    start_time=_time(entry["start"]),
                    end_time=_time(entry["end"]),
                    place=entry.get("place", ""),
                    is_demo_content=entry.get("demo", False),
                ),
                by=by,
                comment="Réunion de démonstration."
                if entry.get("demo")
                else "Réunion saisie après coup dans le portail.",
            )
            self.meetings[entry["key"]] = meeting
            items = [self.agenda_item(meeting, item) for item in entry.get("agenda", [])]
            for guest in entry.get("guests", []):
                meeting_domain.add_guest(meeting, name=guest["name"], organisation=guest.get("organisation", ""))
            status = entry["status"]
            if status in (S.HELD, S.MINUTES_WRITTEN, S.MINUTES_APPROVED):
                lifecycle.record_existing_state(meeting, to=S.HELD, by=by, comment="Réunion tenue avant sa saisie.")
                self.contents(meeting, entry, by)
                for item in items:
                    if item.approves_minutes_of_id:
                        lifecycle.approve_minutes(item, by=by)
                        approved_later.pop(item.approves_minutes_of_id, None)
                if status != S.HELD:
                    lifecycle.record_existing_state(
                        meeting, to=S.MINUTES_WRITTEN, by=by, comment="Compte rendu rédigé hors du portail."
                    )
                if status == S.MINUTES_APPROVED:
                    approved_later[meeting.pk] = meeting
            if entry.get("snapshot"):
                snapshots.freeze(meeting)
        for meeting in approved_later.values():
            lifecycle.record_existing_state(
                meeting, to=S.MINUTES_APPROVED, by=by, comment="Compte rendu approuvé hors du portail."
            )

    def agenda_item(self, meeting, entry):
        contract = meeting_domain.plan_contract(meeting.instance)
        numbers = entry.get("fiches", [])
        fiches = list(FicheAction.objects.filter(contract=contract, number__in=numbers)) if numbers else []
        if entry.get("previous_fiches") and contract.previous_id:
            fiches += FicheAction.objects.filter(contract_id=contract.previous_id, number__in=entry["previous_fiches"])
        target = self.meetings.get(entry.get("approves"))
        item = AgendaItem(
            meeting=meeting,
            title=entry["title"],
            presenter=entry.get("presenter", ""),
            duration_minutes=entry.get("duration"),
            description=entry.get("description", ""),
            approves_minutes_of=target,
        )
        return meeting_domain.save_agenda_item(item, fiches=fiches)

    def contents(self, meeting, entry, by):
        if entry.get("minutes"):
            meeting_domain.save_minutes(meeting, text=entry["minutes"], items_minutes={})
        contract = meeting_domain.plan_contract(meeting.instance)
        for decision in entry.get("decisions", []):
            fiche = (
                FicheAction.objects.get(contract=contract, number=decision["fiche"]) if "fiche" in decision else None
            )
            meeting_domain.save_decision(
                Decision(meeting=meeting, text=decision["text"], fiche=fiche, contract=contract), by=by
            )
        for task in entry.get("tasks", []):
            meeting_domain.save_task(
                FollowUpTask(
                    meeting=meeting,
                    text=task["text"],
                    owner=self.person(task["owner"]) if task.get("owner") else None,
                    due_date=_day(task["due"], self.today) if task.get("due") else None,
                )
            )

    def roadmap(self, instance, entry, by):
        roadmap = roadmaps.create_roadmap(instance, by=by, title=entry["title"])
        for number, challenge in enumerate(entry["challenges"], start=1):
            axe = Axe(contract=roadmap.contract, number=str(number), title=challenge["title"], position=number)
            axe.full_clean()
            axe.save()
            for index, action in enumerate(challenge["actions"], start=1):
                fiche = FicheAction(
                    contract=roadmap.contract,
                    axe=axe,
                    number=f"{number}.{index}",
                    title=action["title"][:300],
                    description=action.get("description", ""),
                    status=FicheStatus.PLANNED,
                )
                fiche.full_clean()
                fiche.save()
        self.report.append(f"feuille de route « {roadmap} »")

    def calendars(self):
        for entry in self.data.get("calendars", []):
            contract = Contract.objects.get(slug=entry["contract"])
            if contract.calendar_phases.exists() or contract.calendar_milestones.exists():
                continue
            with transaction.atomic():
                for position, phase in enumerate(entry["phases"], start=1):
                    top = self.phase(contract, phase, position)
                    for step_position, step in enumerate(phase.get("steps", []), start=1):
                        self.phase(contract, step, step_position, parent=top)
                    for milestone in phase.get("milestones", []):
                        Milestone.objects.create(
                            contract=contract,
                            phase=top,
                            title=milestone["title"],
                            planned_on=_day(milestone["planned_on"], self.today),
                            actual_on=_day(milestone["actual_on"], self.today) if milestone.get("actual_on") else None,
                            meeting=self.meetings.get(milestone.get("meeting")),
                            is_demo_content=milestone.get("demo", False),
                        )
            self.report.append(f"calendrier de {contract.slug}")

    def phase(self, contract, entry, position, parent=None):
        def day(name):
            return _day(entry[name], self.today) if entry.get(name) else None

        phase = Phase(
            contract=contract,
            parent=parent,
            title=entry["title"],
            position=position,
            planned_start=day("planned_start"),
            planned_end=day("planned_end"),
            actual_start=day("actual_start"),
            actual_end=day("actual_end"),
            is_demo_content=entry.get("demo", False),
        )
        phase.full_clean()
        phase.save()
        return phase


@transaction.atomic
def load_governance_demo(path=FIXTURE, today=None) -> list:
    """Create what is missing of the demo governance; returns what was created, in French."""
    report = []
    loader = Loader(read_fixture(path), report, today or timezone.localdate())
    loader.accounts()
    loader.organisations()
    loader.instances()
    loader.calendars()
    return report
