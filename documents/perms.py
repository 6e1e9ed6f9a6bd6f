"""Who may preview a contract's document and who may write the article templates of a territory.

- The document of a contract is previewed by those who prepare it: the ARS animators of its département and its
  coordinators (`contracts.perms`); readers and partners receive the PDF, they do not preview drafts.
- An ARS animator writes the article templates of their départements, and those of the régions of these
  départements (the ARS is regional: its délégations share the région's texts); superusers write every one.
"""

from contracts.enums import Role
from contracts.perms import animator_departement_ids, can_steer_contract, contract_ids_with_role
from documents.models import ArticleTemplate
from referentials.models import Departement, Region


def can_preview_contract_document(user, contract):
    if not user.is_authenticated:
        return False
    return can_steer_contract(user, contract) or contract.pk in contract_ids_with_role(user, Role.COORDINATOR)


def editable_departements(user):
    if not user.is_authenticated:
        return Departement.objects.none()
    if user.is_superuser:
        return Departement.objects.select_related("region")
    return Departement.objects.filter(pk__in=animator_departement_ids(user)).select_related("region")


def editable_regions(user):
    if not user.is_authenticated:
        return Region.objects.none()
    if user.is_superuser:
        return Region.objects.all()
    return Region.objects.filter(departements__in=animator_departement_ids(user)).distinct()


def can_edit_templates_of(user, scope):
    """`scope` is a Departement or a Region."""
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    ids = animator_departement_ids(user)
    if isinstance(scope, Departement):
        return scope.pk in ids
    return Departement.objects.filter(region=scope, pk__in=ids).exists()


def editable_templates(user):
    """The article templates the user may change: a foreign one answers 404."""
    if not user.is_authenticated:
        return ArticleTemplate.objects.none()
    if user.is_superuser:
        return ArticleTemplate.objects.all()
    return ArticleTemplate.objects.filter(
        departement__in=editable_departements(user)
    ) | ArticleTemplate.objects.filter(region__in=editable_regions(user))
