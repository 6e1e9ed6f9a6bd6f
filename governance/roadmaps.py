"""Roadmaps of territorial instances (seed 002: the CTS Métropole-Flandres' « feuille de route » of 4 défis).

A roadmap is a plan: its défis are axes and its actions fiches-action of a dedicated container contract
(`Roadmap.contract`), created in the instance's département. Everything the plan d'action offers then serves the
roadmap without a second copy: statuses and progress, pilotes and their follow-up, indicators and budget, the plan
and fiche pages, the Excel round trip, the snapshot frozen when the instance is convened. docs/governance.md says why
and what it costs.
"""

from django.db import transaction
from django.utils.text import slugify

from contracts import lifecycle as contract_lifecycle
from contracts.models import Contract
from governance.errors import GovernanceError
from governance.models import Roadmap

CONTAINER_SUMMARY = (
    "Support de la feuille de route de l'instance « {instance} » : ses défis sont les axes de ce plan, ses actions "
    "les fiches-action. Ce n'est pas un contrat local de santé ; la feuille de route se consulte depuis la page de "
    "l'instance."
)


def roadmap_of(instance):
    return Roadmap.objects.filter(instance=instance).select_related("contract").first()


def container_of(contract):
    """The roadmap a contract is the container of, if it is one."""
    return Roadmap.objects.filter(contract=contract).select_related("instance").first()


def _free_slug(base):
    base = slugify(base)[:70] or "feuille-de-route"
    slug, index = base, 2
    while Contract.objects.filter(slug=slug).exists():
        slug, index = f"{base}-{index}", index + 1
    return slug


def create_roadmap(instance, *, by, title):
    """Give a territorial instance of a département its roadmap and the container of its défis and actions."""
    if not instance.is_territorial or instance.departement_id is None:
        raise GovernanceError(
            "Une feuille de route se rattache à une instance territoriale d'un département (CTS, CDCPPS) ; les "
            "instances d'un contrat suivent le plan d'action du contrat."
        )
    if not (title or "").strip():
        raise GovernanceError("Indiquez l'intitulé de la feuille de route.")
    with transaction.atomic():
        if Roadmap.objects.filter(instance=instance).exists():
            raise GovernanceError(f"« {instance} » a déjà une feuille de route.")
        contract = Contract(
            name=title,
            slug=_free_slug(f"feuille-de-route-{instance.name}"),
            departement_id=instance.departement_id,
            summary=CONTAINER_SUMMARY.format(instance=instance),
        )
        contract_lifecycle.register_contract(contract, by=by, comment=f"Feuille de route de « {instance} ».")
        return Roadmap.objects.create(instance=instance, contract=contract, title=title)
