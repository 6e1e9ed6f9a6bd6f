"""Who may administer what: an ARS animator administers what belongs to their départements, a superuser everything.

What belongs to a département combines several apps (contracts, their fiches, the seats of instances), hence this
module at the top of the stack. Views fetch objects through these querysets, so that an id outside the scope answers
404, as do all administration pages for anyone who is neither an animator nor a superuser.

- an organisation belongs to the départements where it is used (porteur or party of a contract, porteur or partner
  of a fiche, seat in an instance) or to which it is attached (its département, its commune, its EPCI's communes):
  used in two départements, it is visible and editable from both. The rule is `contracts.organisations.
  departement_organisations`, which fiche forms also use; this module adds the seats of territorial instances;
- a person belongs to the départements where they hold a role (membership), pilote a fiche or sit in an instance.
"""

from django.db.models import Q

from actions.models import FicheAction
from cls_portal.models import User
from contracts import perms as contract_perms
from contracts.enums import Role
from contracts.models import Contract, Membership, Organisation
from contracts.organisations import departement_organisations
from governance.models import Member, Person


def may_administer(user) -> bool:
    """The section exists for this user (navigation entry, every page)."""
    return contract_perms.is_ars_staff(user)


def departement_ids(user) -> set:
    return contract_perms.animator_departement_ids(user)


def scope_contracts(user):
    if user.is_superuser:
        return Contract.objects.all()
    if not may_administer(user):
        return Contract.objects.none()
    return Contract.objects.filter(departement_id__in=departement_ids(user))


def scope_seats(user):
    """Seats of the instances of the scope's contracts, and of the territorial instances of its départements."""
    if user.is_superuser:
        return Member.objects.all()
    return Member.objects.filter(
        Q(instance__contract__in=scope_contracts(user).values("pk"))
        | Q(instance__departement_id__in=departement_ids(user))
    )


def visible_organisations(user):
    """The organisations of the user's départements (`contracts.organisations.departement_organisations`: attached
    there or used by one of their contracts), and those seated in the territorial instances of these départements."""
    if user.is_superuser:
        return Organisation.objects.all()
    if not may_administer(user):
        return Organisation.objects.none()
    codes = departement_ids(user)
    territorial_seats = Member.objects.filter(instance__departement_id__in=codes)
    return departement_organisations(codes) | Organisation.objects.filter(
        pk__in=territorial_seats.values("organisation")
    )


def can_edit_organisation(user, organisation) -> bool:
    """Anyone who sees it: an organisation shared by two départements is edited by either, its history says who."""
    return visible_organisations(user).filter(pk=organisation.pk).exists()


def visible_people(user):
    """Everyone with a role, a fiche to pilote or a seat in the scope."""
    if user.is_superuser:
        return User.objects.all()
    if not may_administer(user):
        return User.objects.none()
    codes = departement_ids(user)
    contracts = scope_contracts(user).values("pk")
    memberships = Membership.objects.filter(Q(contract__in=contracts) | Q(departement_id__in=codes))
    seated = Person.objects.filter(user__isnull=False, seats__in=scope_seats(user))
    return User.objects.filter(
        Q(pk__in=memberships.values("user"))
        | Q(pk__in=FicheAction.objects.filter(contract__in=contracts).values("pilote"))
        | Q(pk__in=seated.values("user"))
    )


def scope_memberships(user):
    """The memberships an administrator is shown: those of the scope only, never a role held elsewhere."""
    if user.is_superuser:
        return Membership.objects.all()
    return Membership.objects.filter(
        Q(contract__in=scope_contracts(user).values("pk")) | Q(departement_id__in=departement_ids(user))
    )


def deactivation_refusal(user, person, *, is_animator=None) -> str | None:
    """Why `user` may not deactivate (or reactivate) `person`'s account, or None. Accounts of ARS animators and
    superusers are managed nationally, by superusers; nobody switches off their own account. `is_animator`: whether
    `person` is an ARS animator anywhere, when the caller knows it already (a list annotates it)."""
    if person.pk == user.pk:
        return "Vous ne pouvez pas désactiver votre propre compte."
    if user.is_superuser:
        return None
    if person.is_superuser:
        return "Le compte d'un membre de l'administration nationale se gère dans l'administration nationale."
    if is_animator is None:
        is_animator = person.memberships.filter(role=Role.ARS_ANIMATOR).exists()
    if is_animator:
        return "Le compte d'une personne chargée de l'animation ARS se gère dans l'administration nationale."
    return None
