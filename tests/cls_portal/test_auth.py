import re

import pytest
from django.core import mail
from django.urls import reverse

from tests.factories import DEFAULT_PASSWORD, UserFactory


@pytest.mark.parametrize(
    "url", ["/", "/contrats/", "/referentiels/prs/", "/referentiels/territoires/", "/mon-compte/"]
)
def test_pages_require_login(client, db, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


@pytest.mark.parametrize("url", ["/compte/connexion/", "/compte/mot-de-passe/oubli/", "/referentiels/sources/"])
def test_public_pages_open_without_login(client, db, url):
    response = client.get(url)
    assert response.status_code == 200
    assert 'lang="fr"' in response.content.decode()


def test_login_with_email_ignores_case(client, coordinator):
    response = client.post(
        reverse("login"), {"username": "Coordinateur@Mauges.Exemple.fr", "password": DEFAULT_PASSWORD}
    )
    assert response.status_code == 302
    assert client.get("/").context["user"] == coordinator


def test_login_with_the_production_password_hasher(client, production_password_hashers, db):
    """The rest of the suite hashes with MD5 for speed (tests/conftest.py): here, the real PBKDF2 hash and login."""
    user = UserFactory(email="pbkdf2@exemple.fr")
    assert user.password.startswith("pbkdf2_sha256$")
    response = client.post(reverse("login"), {"username": "pbkdf2@exemple.fr", "password": DEFAULT_PASSWORD})
    assert response.status_code == 302
    assert client.get("/").context["user"] == user


def test_wrong_password_shows_a_french_error(client, coordinator):
    response = client.post(reverse("login"), {"username": coordinator.email, "password": "faux"})
    assert response.status_code == 200
    assert "Adresse e-mail ou mot de passe incorrect" in response.content.decode()


def test_logout_is_a_post(client, coordinator):
    client.force_login(coordinator)
    response = client.post(reverse("logout"))
    assert response.status_code == 302
    assert client.get("/").status_code == 302


def test_password_reset_sends_a_french_link_that_works(client, coordinator):
    client.post(reverse("password_reset"), {"email": coordinator.email})
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.subject == "Portail CLS : choisir un nouveau mot de passe"
    link = re.search(r"http://testserver(/compte/mot-de-passe/nouveau/\S+)", message.body).group(1)
    form_url = client.get(link).url  # Django swaps the token for a session key
    response = client.post(
        form_url, {"new_password1": "un-nouveau-secret-2026", "new_password2": "un-nouveau-secret-2026"}
    )
    assert response.status_code == 302
    coordinator.refresh_from_db()
    assert coordinator.check_password("un-nouveau-secret-2026")


def test_password_reset_for_unknown_address_reveals_nothing(client, db):
    response = client.post(reverse("password_reset"), {"email": "inconnu@exemple.fr"})
    assert response.status_code == 302
    assert mail.outbox == []


def test_account_page_lists_roles_and_saves_details(client, coordinator):
    client.force_login(coordinator)
    html = client.get(reverse("account")).content.decode()
    assert "Coordinateur ou coordinatrice CLS" in html
    assert "CLS de Mauges Communauté" in html
    response = client.post(
        reverse("account"),
        {
            "first_name": "Claude",
            "last_name": "Dupont",
            "organisation": "Mauges Communauté",
            "job_title": "Coordinateur",
        },
    )
    assert response.status_code == 302
    coordinator.refresh_from_db()
    assert coordinator.last_name == "Dupont"


def test_user_email_is_unique_whatever_the_case(db):
    UserFactory(email="camille@exemple.fr")
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        UserFactory.create(email="camille@exemple.fr".upper())
