"""Personal access tokens for the REST API: one member, one network, read or read and write.

Only the SHA-256 digest of the secret is kept; the token reads `<id>.<secret>` (the standing
link scheme of networks/tokens.py), so the row is found by id and compared in constant time.
"""

from __future__ import annotations

from typing import ClassVar

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager

from collaboratory.networks.models import Network
from collaboratory.validators import one_line


class TokenScope(models.TextChoices):
    READ = "read", _("Read")
    WRITE = "write", _("Read and write")


class ApiToken(models.Model):
    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    name = models.CharField(_("name"), max_length=100, validators=one_line(_("the name")))
    scope = models.CharField(_("scope"), max_length=5, choices=TokenScope.choices)
    digest = models.CharField(max_length=64)
    # The secret's first characters, so a person can tell two tokens apart in the list.
    prefix = models.CharField(max_length=16)
    created_at = models.DateTimeField()
    expires_at = models.DateTimeField(_("expires"))
    revoked_at = models.DateTimeField(null=True, blank=True)
    last_used_at = models.DateTimeField(null=True, blank=True)

    objects: ClassVar[ScopedManager] = ScopedManager(network="network")

    class Meta:
        indexes = [models.Index(fields=["network", "user"])]

    def __str__(self) -> str:
        return f"API token {self.name} of {self.user} in {self.network}"

    @property
    def can_write(self) -> bool:
        return self.scope == TokenScope.WRITE
