from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.db.models import Q

from cls_portal.enums import Role


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("L'adresse e-mail est obligatoire.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.update(is_staff=True, is_superuser=True)
        return self._create_user(email, password, **extra_fields)

    def get_by_natural_key(self, username):
        return self.get(email__iexact=username)


class User(AbstractUser):
    """A person who signs in with an e-mail address; what they may see comes from their memberships."""

    username = None
    email = models.EmailField("adresse e-mail", unique=True)
    organisation = models.CharField("organisation", max_length=200, blank=True)
    job_title = models.CharField("fonction", max_length=200, blank=True)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()

    class Meta:
        verbose_name = "utilisateur·rice"
        verbose_name_plural = "utilisateur·rices"
        ordering = ["last_name", "first_name", "email"]

    def __str__(self):
        return self.get_full_name() or self.email

    def save(self, *args, **kwargs):
        self.email = self.email.lower()
        super().save(*args, **kwargs)


class MembershipQuerySet(models.QuerySet):
    def of_role(self, role):
        return self.filter(role=role)


class Membership(models.Model):
    """A role held by a user on a scope: a département for ARS animators, a contract for the others."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="memberships", verbose_name="personne")
    role = models.CharField("rôle", max_length=20, choices=Role.choices)
    departement = models.ForeignKey(
        "referentials.Departement",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="memberships",
        verbose_name="département",
    )
    contract = models.ForeignKey(
        "contracts.Contract",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="memberships",
        verbose_name="contrat",
    )
    created_at = models.DateTimeField("créé le", auto_now_add=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        verbose_name = "habilitation"
        verbose_name_plural = "habilitations"
        constraints = [
            models.CheckConstraint(
                name="membership_scope_matches_role",
                condition=(
                    Q(role=Role.ARS_ANIMATOR, departement__isnull=False, contract__isnull=True)
                    | Q(role__in=[Role.COORDINATOR, Role.READER], departement__isnull=True, contract__isnull=False)
                ),
                violation_error_message=(
                    "Un·e animateur·rice ARS est habilité·e sur un département ; "
                    "un·e coordinateur·rice ou un·e lecteur·rice sur un contrat."
                ),
            ),
            models.UniqueConstraint(
                fields=["user", "role", "departement"],
                condition=Q(departement__isnull=False),
                name="unique_membership_per_departement",
                violation_error_message="Cette personne a déjà ce rôle sur ce département.",
            ),
            models.UniqueConstraint(
                fields=["user", "role", "contract"],
                condition=Q(contract__isnull=False),
                name="unique_membership_per_contract",
                violation_error_message="Cette personne a déjà ce rôle sur ce contrat.",
            ),
        ]

    def __str__(self):
        return f"{self.user} — {self.get_role_display()} — {self.departement or self.contract}"
