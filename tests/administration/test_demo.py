"""The demo holds a pair of duplicate organisations that the Maine-et-Loire animator can merge (`make run`)."""

import pytest

from administration import perms
from cls_portal.models import User
from contracts import organisations
from contracts.models import Organisation
from demo.loader import load_demo


@pytest.fixture
def demo(referentials):
    load_demo()


def test_the_demo_duplicates_merge(demo):
    animator = User.objects.get(email="animatrice.49@demo.portail-cls.fr")
    keep = Organisation.objects.get(name="Centre hospitalier de Cholet")
    duplicate = Organisation.objects.get(name="CH de Cholet")
    visible = perms.visible_organisations(animator)
    assert visible.filter(pk__in=[keep.pk, duplicate.pk]).count() == 2
    plan = organisations.merge_plan(keep, duplicate)
    assert plan.ok
    # Partner of fiche 5.1 of the CLS 1 and of its copy in the CLS 2.
    assert [(move.label, move.count) for move in plan.moves] == [("Fiches-action (partenaires)", 2)]
    organisations.merge(keep, duplicate, by=animator)
    assert keep.partner_fiches.filter(number="5.1").count() == 2
    sarthe = User.objects.get(email="animateur.72@demo.portail-cls.fr")
    assert not perms.visible_organisations(sarthe).filter(pk=keep.pk).exists()
