"""The invitation landing page, reached by the emailed link (so outside any network scope).

Unknown, expired, revoked and used tokens get one and the same answer. The page never leaks
its address: `Referrer-Policy: no-referrer` and `Cache-Control: no-store` on every response.
"""

from __future__ import annotations

from django.contrib.auth import login
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseForbidden
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from collaboratory.networks.forms import AcceptInvitationForm
from collaboratory.networks.selectors import invitation_for_token
from collaboratory.networks.services import (
    GUARDIAN_LINK_HOURS,
    InvitationUnusable,
    invitation_redeem,
)
from collaboratory.people.selectors import account_exists
from collaboratory.sameorigin import same_origin_post

UNUSABLE_STATUS = 404


def private_response(response: HttpResponse) -> HttpResponse:
    response["Referrer-Policy"] = "no-referrer"
    response["Cache-Control"] = "no-store"
    return response


def _unusable(request: HttpRequest) -> HttpResponse:
    return private_response(
        render(request, "networks/invitation_unusable.html", status=UNUSABLE_STATUS)
    )


@csrf_exempt  # see collaboratory.sameorigin: the policy header rules out Django's origin check
def landing(request: HttpRequest, token: str) -> HttpResponse:
    if request.method == "POST" and not same_origin_post(request):
        return private_response(HttpResponseForbidden(_("This form must be sent from this site.")))
    invitation = invitation_for_token(token=token)
    if invitation is None:
        return _unusable(request)
    has_account = account_exists(email=invitation.email)
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
                born_on=data["born_on"],
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
            if not membership.is_admitted:  # a youth member waits for the guardian
                return private_response(
                    render(
                        request,
                        "networks/invitation_pending_consent.html",
                        {"invitation": invitation, "hours": GUARDIAN_LINK_HOURS},
                    )
                )
            if not has_account or request.user == user:
                login(request, user, backend="allauth.account.auth_backends.AuthenticationBackend")
                return private_response(redirect(welcome))
            return private_response(redirect(f"{reverse('account_login')}?next={welcome}"))
    return private_response(
        render(
            request,
            "networks/invitation_landing.html",
            {"invitation": invitation, "form": form, "has_account": has_account},
        )
    )
