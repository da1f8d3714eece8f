"""Accounts come from invitations only: public signup is closed. Failed logins are throttled
per IP and per IP and account, never per account alone."""

from __future__ import annotations

import ipaddress
from typing import Any

from allauth import app_settings as allauth_settings
from allauth.account.adapter import DefaultAccountAdapter
from allauth.utils import build_absolute_uri
from django.http import HttpRequest
from django.urls import reverse
from django.utils import translation

from collaboratory.people.selectors import saved_language_of

UNKNOWN_ACCOUNT = "account/email/unknown_account"


class InvitationOnlyAccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix: str, email: str, context: dict[str, Any]) -> None:
        """Login codes and password resets in the account's own language (else the page's).

        The note to an address with no account (a code or a reset asked for it) leads back
        to logging in, not to allauth's signup link: accounts come from invitations here
        (our `account/email/unknown_account_*.txt` say so)."""
        if template_prefix == UNKNOWN_ACCOUNT:
            context = {key: value for key, value in context.items() if key != "signup_url"}
            context["email"] = email
            context["login_url"] = build_absolute_uri(
                context.get("request"), reverse("account_login")
            )
        with translation.override(saved_language_of(email) or translation.get_language()):
            super().send_mail(template_prefix, email, context)

    def is_open_for_signup(self, request: HttpRequest) -> bool:
        return False

    def _get_login_attempts_cache_key(self, request: HttpRequest, **credentials: Any) -> str:
        """The "key" of the `login_failed` rate limit (`.../key` in ACCOUNT_RATE_LIMITS).

        allauth's key is the login alone, so anyone could keep a chosen person out by failing
        at their address from anywhere. Ours is the client address and the login: failures
        from one address lock that address out of that account, while the owner still signs
        in from elsewhere. IPv6 addresses count by /64 (as allauth's per-IP limit does), so
        one host cannot step through its own prefix for fresh attempts.
        """
        ip = self.get_client_ip(request)
        try:
            address = ipaddress.ip_address(ip)
        except ValueError:
            network = ip
        else:
            if address.version == 6:
                prefix = allauth_settings.RATE_LIMIT_IPV6_PREFIX
                network = str(ipaddress.ip_network(f"{address}/{prefix}", strict=False))
            else:
                network = str(address)
        return f"{network}|{super()._get_login_attempts_cache_key(request, **credentials)}"
