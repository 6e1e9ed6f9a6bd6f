"""Who may see and run the instances, their meetings and the people who sit in them.

- An instance of a contract is seen by whoever sees the contract (`contracts.perms.can_view_contract`) and run by
  whoever edits it (its ARS animators and coordinators, while the contract is not closed).
- A territorial instance (CTS, CDCPPS) is seen and run by the ARS animators of its département, or of a département
  of its région.
- The current members of an instance who have an account see it too, with its members and draft minutes.
- Personal data (members, contact details, attendance, who owns a task) is shown to those who run the instance
  (by their role, even once the contract is closed) and to its members; the others see the meetings, their agenda,
  the decisions and the approved minutes.
Views fetch instances and meetings through `visible_instances` / `visible_meetings`, so that a foreign id answers 404.
"""

import rules
from django.db.models import Q

from contracts import perms as contract_perms
from contracts.enums import Role
from governance.enums import HELD_STATUSES, MeetingStatus
from governance.models import Instance, Meeting, Member
from referentials.models import Departement


def _animator_region_ids(user):
    """Régions of the départements the user animates (one query, cached on the user for the request)."""
    cached = getattr(user, "_governance_region_cache", None)
    if cached is None:
        departements = contract_perms.animator_departement_ids(user)
        cached = (
            set(Departement.objects.filter(pk__in=departements).values_list("region_id", flat=True))
            if departements
            else set()
        )
        user._governance_region_cache = cached
    return cached


def member_instance_ids(user):
    """Instances where the user holds a seat today, through the person linked to their account (cached)."""
    if not user.is_authenticated:
        return set()
    cached = getattr(user, "_governance_seat_cache", None)
    if cached is None:
        cached = set(Member.objects.active_on().filter(person__user=user).values_list("instance_id", flat=True))
        user._governance_seat_cache = cached
    return cached


def _runs_territory(user, instance):
    if instance.departement_id:
        return instance.departement_id in contract_perms.animator_departement_ids(user)
    return instance.region_id is not None and instance.region_id in _animator_region_ids(user)


def _runs_by_role(user, instance):
    """The user's role makes them one of those who run the instance, whatever the state of its contract."""
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    if instance.contract_id:
        return contract_perms.can_steer_contract(user, instance.contract) or (
            instance.contract_id in contract_perms.contract_ids_with_role(user, Role.COORDINATOR)
        )
    return _runs_territory(user, instance)


# Instances -----------------------------------------------------------------------------------------------------------


def visible_instances(user):
    if not user.is_authenticated:
        return Instance.objects.none()
    if user.is_superuser:
        return Instance.objects.all()
    return Instance.objects.filter(
        Q(contract__in=contract_perms.visible_contracts(user))
        | Q(departement_id__in=contract_perms.animator_departement_ids(user))
        | Q(region_id__in=_animator_region_ids(user))
        | Q(pk__in=member_instance_ids(user))
    )


@rules.predicate
def can_view_instance(user, instance):
    if not user.is_authenticated:
        return False
    if _runs_by_role(user, instance) or instance.pk in member_instance_ids(user):
        return True
    return instance.contract_id is not None and contract_perms.can_view_contract(user, instance.contract)


@rules.predicate
def can_run_instance(user, instance):
    """Members, meetings, convocations, minutes, decisions and tasks: those who run it, while its contract is open."""
    if not _runs_by_role(user, instance):
        return False
    return instance.contract_id is None or contract_perms.can_edit_contract(user, instance.contract)


@rules.predicate
def can_see_personal_data(user, instance):
    """Members and their contact details, attendance, task owners, draft minutes."""
    return _runs_by_role(user, instance) or instance.pk in member_instance_ids(user)


def can_create_instance(user, contract):
    """A COPIL, comité or groupe of a contract: those who edit the contract."""
    return contract_perms.can_edit_contract(user, contract)


def can_create_territorial_instance(user):
    return user.is_authenticated and (user.is_superuser or contract_perms.is_ars_animator(user))


def creatable_departements(user):
    return contract_perms.creatable_departements(user)


def can_see_contacts(user, contract):
    """The contacts directory of a contract (every member of its instances): those who run its instances."""
    if not user.is_authenticated:
        return False
    return (
        user.is_superuser
        or contract_perms.can_steer_contract(user, contract)
        or contract.pk in contract_perms.contract_ids_with_role(user, Role.COORDINATOR)
    )


# Meetings ------------------------------------------------------------------------------------------------------------


def visible_meetings(user):
    return Meeting.objects.filter(instance__in=visible_instances(user))


def can_view_minutes(user, meeting):
    """Approved minutes are shown to whoever sees the instance; drafts only to those who see personal data."""
    if meeting.status == MeetingStatus.MINUTES_APPROVED:
        return can_view_instance(user, meeting.instance)
    return meeting.status in HELD_STATUSES and can_see_personal_data(user, meeting.instance)


rules.add_perm("governance.view_instance", can_view_instance)
rules.add_perm("governance.run_instance", can_run_instance)
rules.add_perm("governance.see_personal_data", can_see_personal_data)
