"""The governance of a contract in a few lines, for the contract page
(`templates/governance/_contract_section.html`): two queries."""

from django.db.models import Count, OuterRef, Q, Subquery
from django.utils import timezone

from actions.fiche_sections import FicheSection, SectionItem
from governance import perms
from governance.models import Decision, Instance, Meeting

DECISIONS_SHOWN = 10
MEETINGS_SHOWN = 5


def _active_members(today):
    return Count(
        "members",
        filter=(Q(members__start_date__isnull=True) | Q(members__start_date__lte=today))
        & (Q(members__end_date__isnull=True) | Q(members__end_date__gte=today)),
        distinct=True,
    )


def contract_governance(contract, user, today=None) -> dict:
    """Instances of the contract with their member counts and next meeting, the latest decisions concerning the
    contract, and what the user may do from the contract page."""
    today = today or timezone.localdate()
    upcoming = Meeting.objects.upcoming(today).filter(instance=OuterRef("pk")).order_by("date", "start_time")
    instances = (
        Instance.objects.filter(contract=contract)
        .select_related("axe")
        .annotate(
            member_count=_active_members(today),
            next_meeting_id=Subquery(upcoming.values("pk")[:1]),
            next_meeting_date=Subquery(upcoming.values("date")[:1]),
        )
    )
    return {
        "instances": list(instances.order_by("name")),
        "decisions": latest_decisions(contract),
        # The contract page of a roadmap's container says so (www selects `roadmap__instance` with the contract).
        "roadmap": getattr(contract, "roadmap", None),
        "can_create_instance": perms.can_create_instance(user, contract),
        "can_see_contacts": perms.can_see_contacts(user, contract),
    }


def latest_decisions(contract, limit=DECISIONS_SHOWN) -> list:
    """The latest decisions concerning the contract, the most recent meeting first (one query)."""
    return list(
        Decision.objects.filter(contract=contract)
        .select_related("meeting__instance", "fiche", "axe", "avenant", "contract")
        .order_by("-meeting__date", "position", "id")[:limit]
    )


def upcoming_meetings(contract, today=None, limit=MEETINGS_SHOWN) -> list:
    """The next meetings of the contract's instances, the soonest first (one query)."""
    return list(
        Meeting.objects.upcoming(today)
        .filter(instance__contract=contract)
        .select_related("instance__contract")
        .order_by("date", "start_time", "pk")[:limit]
    )


def fiche_decisions(fiche, user) -> list[FicheSection]:
    """The decisions about `fiche`, on its page (registered in GovernanceConfig.ready, `actions.fiche_sections`): two
    queries, the link to a meeting only for those who may see its instance."""
    decisions = list(
        Decision.objects.filter(fiche=fiche)
        .select_related("meeting__instance")
        .order_by("-meeting__date", "position", "pk")
    )
    if not decisions:
        return []
    instance_ids = {decision.meeting.instance_id for decision in decisions}
    visible = set(perms.visible_instances(user).filter(pk__in=instance_ids).values_list("pk", flat=True))
    items = [
        SectionItem(
            text=decision.text,
            meta=decision.meeting.label,
            url=decision.meeting.get_absolute_url() if decision.meeting.instance_id in visible else "",
            url_label="Voir la réunion",
        )
        for decision in decisions
    ]
    return [FicheSection(slug="decisions", title="Décisions des instances", items=items)]
