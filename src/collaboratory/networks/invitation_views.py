"""The invitation landing page, reached by the emailed link (so outside any network scope).

Unknown, expired, revoked and used tokens get one and the same answer. The page never leaks
its address: `Referrer-Policy: no-referrer` and `Cache-Control: no-store` on every response.
"""

from __future__ import annotations

from django.contrib.auth import login
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse

from collaboratory.networks.forms import AcceptInvitationForm
from collaboratory.networks.selectors import invitation_for_token
from collaboratory.networks.services import InvitationUnusable, invitation_redeem
from collaboratory.people.models import User

UNUSABLE_STATUS = 404


def _private(response: HttpResponse) -> HttpResponse:
    response["Referrer-Policy"] = "no-referrer"
    response["Cache-Control"] = "no-store"
    return response


def _unusable(request: HttpRequest) -> HttpResponse:
    return _private(render(request, "networks/invitation_unusable.html", status=UNUSABLE_STATUS))


def landing(request: HttpRequest, token: str) -> HttpResponse:
    invitation = invitation_for_token(token=token)
    if invitation is None:
        return _unusable(request)
    has_account = User.objects.filter(email__iexact=invitation.email).exists()
    form = AcceptInvitationForm(request.POST or None, initial={"full_name": invitation.full_name})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            membership = invitation_redeem(
                token=token,
                full_name=data["full_name"],
                age_band=data["age_band"],
                password=data["password"],
                pledges=data["pledges"],
                request=request,
            )
        except InvitationUnusable:
            return _unusable(request)
        except ValidationError as error:
            for field, errors in error.message_dict.items():
                form.add_error(field if field in form.fields else None, errors)
        else:
            welcome = reverse("networks:welcome", kwargs={"network_slug": membership.network.slug})
            user = membership.user
            if not has_account or request.user == user:
                login(request, user, backend="allauth.account.auth_backends.AuthenticationBackend")
                return _private(redirect(welcome))
            return _private(redirect(f"{reverse('account_login')}?next={welcome}"))
    return _private(
        render(
            request,
            "networks/invitation_landing.html",
            {"invitation": invitation, "form": form, "has_account": has_account},
        )
    )
