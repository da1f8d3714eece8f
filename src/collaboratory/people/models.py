"""People: the account (one per human, email is the login) and the private self-description.

A person is never an organization: membership is personal and non-transferable.
"""

from __future__ import annotations

import uuid
from typing import Any, ClassVar

import rules
from asgiref.sync import sync_to_async
from django.conf import settings as django_settings
from django.contrib.auth import get_backends
from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager

from collaboratory.capital import CapitalKind, HelpCategory
from collaboratory.validators import multi_line, one_line


class AgeBand(models.TextChoices):
    """Asked neutrally at registration. Minors are 13-17; under 13 cannot register."""

    AGE_13_15 = "13-15", _("13 to 15")
    AGE_16_17 = "16-17", _("16 to 17")
    AGE_18_29 = "18-29", _("18 to 29")
    AGE_30_44 = "30-44", _("30 to 44")
    AGE_45_64 = "45-64", _("45 to 64")
    AGE_65_UP = "65+", _("65 or older")


MINOR_AGE_BANDS = frozenset({AgeBand.AGE_13_15, AgeBand.AGE_16_17})


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def create_user(self, email: str, password: str | None = None, **extra: Any) -> User:
        # Deferred: the services module imports this one.
        from collaboratory.people.services import user_create

        return user_create(email=email, password=password, **extra)

    def create_superuser(self, email: str, password: str | None = None, **extra: Any) -> User:
        # Deferred: the services module imports this one.
        from collaboratory.people.services import user_create

        return user_create(email=email, password=password, is_platform_admin=True, **extra)


class User(AbstractBaseUser, PermissionsMixin):
    """An account. `is_superuser` marks a platform admin, who runs the installation but does
    not thereby see any network's content."""

    email = models.EmailField(_("email"), unique=True, validators=one_line(_("the email")))
    full_name = models.CharField(
        _("full name"), max_length=150, validators=one_line(_("the full name"))
    )
    age_band = models.CharField(_("age band"), max_length=8, choices=AgeBand.choices, blank=True)
    city = models.CharField(
        _("city"), max_length=100, blank=True, validators=one_line(_("the city"))
    )
    region = models.CharField(
        _("region"), max_length=100, blank=True, validators=one_line(_("the region"))
    )
    # Blank: no choice yet, so pages follow the browser and emails the site's default.
    language = models.CharField(
        _("language"), max_length=8, blank=True, choices=django_settings.LANGUAGES
    )
    is_active = models.BooleanField(default=True)
    is_staff = models.BooleanField(default=False)
    date_joined = models.DateTimeField(default=timezone.now)

    objects: ClassVar[UserManager] = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["full_name"]

    class Meta:
        constraints = [
            models.UniqueConstraint(Lower("email"), name="user_email_case_insensitive_unique")
        ]

    def __str__(self) -> str:
        return self.full_name or self.email

    @property
    def is_minor(self) -> bool:
        return self.age_band in MINOR_AGE_BANDS

    @property
    def is_platform_admin(self) -> bool:
        return self.is_superuser

    def has_perm(self, perm: str, obj: Any = None) -> bool:
        """Only our rules answer for our permissions. Django's default says yes to every
        permission of an active superuser, which made a platform admin who is also a member of
        a network that network's steward. So a permission registered with django-rules (every
        app's rules.py, `networks.view_platform` included) is answered by its rule alone, and
        any check on an object goes through the backends without the superuser's blanket
        yes. Only Django's own model permissions asked without an object (the Django admin,
        were it switched on) keep Django's behaviour."""
        if rules.perm_exists(perm):
            return bool(rules.has_perm(perm, self, obj))
        if obj is not None:
            return self._backends_grant(perm, obj)
        return super().has_perm(perm, obj)

    def _backends_grant(self, perm: str, obj: Any) -> bool:
        """Django's own loop over the authentication backends, without the superuser's
        shortcut in front of it."""
        for backend in get_backends():
            check = getattr(backend, "has_perm", None)
            if check is None:
                continue
            try:
                if check(self, perm, obj):
                    return True
            except PermissionDenied:
                return False
        return False

    async def ahas_perm(self, perm: str, obj: Any = None) -> bool:
        """As `has_perm`: the rules are synchronous (they may query memberships)."""
        return await sync_to_async(self.has_perm)(perm, obj)

    @property
    def email_language(self) -> str:
        """The language emails to this person are written in."""
        return self.language or django_settings.LANGUAGE_CODE

    def get_full_name(self) -> str:
        return self.full_name

    def get_short_name(self) -> str:
        return self.full_name.split(" ")[0] if self.full_name else self.email


class Ideology(models.IntegerChoices):
    VERY_PROGRESSIVE = 1, _("Very progressive")
    PROGRESSIVE = 2, _("Progressive")
    MODERATE = 3, _("Moderate")
    CONSERVATIVE = 4, _("Conservative")
    VERY_CONSERVATIVE = 5, _("Very conservative")


class RaceEthnicity(models.TextChoices):
    AMERICAN_INDIAN = "american-indian", _("American Indian or Alaska Native")
    ASIAN = "asian", _("Asian")
    BLACK = "black", _("Black or African American")
    HISPANIC = "hispanic", _("Hispanic or Latino")
    MIDDLE_EASTERN = "mena", _("Middle Eastern or North African")
    PACIFIC_ISLANDER = "pacific-islander", _("Native Hawaiian or Pacific Islander")
    WHITE = "white", _("White")


class PrivateSelfDescription(models.Model):
    """Race/ethnicity and ideology, stored apart from the account.

    A row exists only while its owner consents to the single purpose of aggregate diversity
    reporting; withdrawing consent deletes the row. Only the owner reads it; aggregates go
    through small-cell suppression. Never offered to minors.
    """

    CONSENT_PURPOSE = "aggregate-diversity-reporting"

    user = models.OneToOneField(
        User, on_delete=models.CASCADE, related_name="private_self_description"
    )
    race_ethnicity = models.JSONField(default=list, blank=True)
    race_self_described = models.CharField(
        max_length=100, blank=True, validators=one_line(_("the self-description"))
    )
    ideology = models.PositiveSmallIntegerField(choices=Ideology.choices, null=True, blank=True)
    consented_at = models.DateTimeField()
    consent_policy_version = models.CharField(max_length=20)

    def __str__(self) -> str:
        return f"self-description #{self.pk}"


def _photo_path(instance: Profile, filename: str) -> str:
    """A random name: the file name a person uploads never reaches the disk or a URL."""
    return f"photos/{uuid.uuid4().hex}"


class Profile(models.Model):
    """What a person tells fellow members about themselves (shared across their networks)."""

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="profile")
    bio = models.TextField(
        _("about me"), blank=True, max_length=2000, validators=multi_line(_("the text about you"))
    )
    # Lower-case tags stored as ",housing,civic education," so a tag filter is one indexed-free
    # LIKE that works the same on SQLite and PostgreSQL.
    issue_tags = models.CharField(
        _("issue areas"), max_length=500, blank=True, validators=one_line(_("the issue areas"))
    )
    photo = models.FileField(_("photo"), upload_to=_photo_path, blank=True)
    photo_type = models.CharField(max_length=20, blank=True)

    def __str__(self) -> str:
        return f"profile of {self.user}"

    @property
    def issue_areas(self) -> list[str]:
        return [t for t in self.issue_tags.split(",") if t]


class OfferedAsset(models.Model):
    """One thing a person can offer fellow members."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="offered_assets")
    kind = models.CharField(_("kind of capital"), max_length=15, choices=CapitalKind.choices)
    category = models.CharField(_("category"), max_length=24, choices=HelpCategory.choices)
    description = models.CharField(
        _("description"), max_length=300, validators=one_line(_("the description"))
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["category", "user"])]

    def __str__(self) -> str:
        return f"{self.get_category_display()}: {self.description}"


class GuardianConsent(models.Model):
    """A guardian's consent for a youth member in one youth cohort.

    Requested when the youth accepts their invitation; confirmed by the guardian through a
    single-use emailed link (72 hours); keeps who confirmed, when, how and under which policy
    version. The guardian's separate revoke link suspends the youth's membership.
    """

    METHOD_EMAILED_LINK = "emailed single-use link"

    network = models.ForeignKey(
        "networks.Network", on_delete=models.CASCADE, related_name="guardian_consents"
    )
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="guardian_consents")
    guardian_email = models.EmailField(
        _("guardian's email"), validators=one_line(_("the guardian's email"))
    )
    guardian_name = models.CharField(
        _("guardian's name"),
        max_length=150,
        blank=True,
        validators=one_line(_("the guardian's name")),
    )
    token_digest = models.CharField(max_length=64, unique=True)
    revoke_token_digest = models.CharField(max_length=64, unique=True, null=True, blank=True)
    requested_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    confirmed_at = models.DateTimeField(null=True, blank=True)
    method = models.CharField(max_length=40, blank=True)
    policy_version = models.CharField(max_length=20, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        ordering = ["-requested_at"]

    def __str__(self) -> str:
        return f"guardian consent #{self.pk}"
