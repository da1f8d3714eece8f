"""The guardian's pages, reached by emailed single-use links (no account needed). Same rules
as the invitation landing page: one answer for every unusable link, private headers, POST to
act, same-origin check."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseForbidden
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from collaboratory.networks.forms import GuardianConsentForm
from collaboratory.networks.invitation_views import private_response
from collaboratory.networks.selectors import (
    guardian_consent_for_revoke_token,
    guardian_consent_for_token,
)
from collaboratory.networks.services import (
    GUARDIAN_POLICY_VERSION,
    ConsentLinkUnusable,
    guardian_consent_confirm,
    guardian_consent_revoke,
)
from collaboratory.sameorigin import same_origin_post


def _unusable(request: HttpRequest) -> HttpResponse:
    return private_response(render(request, "networks/consent_unusable.html", status=404))


@csrf_exempt  # Referrer-Policy: no-referrer rules out Django's origin check; see same_origin_post
def confirm(request: HttpRequest, token: str) -> HttpResponse:
    if request.method == "POST" and not same_origin_post(request):
        return private_response(HttpResponseForbidden(_("This form must be sent from this site.")))
    consent = guardian_consent_for_token(token=token)
    if consent is None:
        return _unusable(request)
    form = GuardianConsentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            guardian_consent_confirm(
                token=token,
                guardian_name=form.cleaned_data["guardian_name"],
                agree=form.cleaned_data["agree"],
                request=request,
            )
        except ConsentLinkUnusable:
            return _unusable(request)
        except ValidationError as error:
            for field, errors in error.message_dict.items():
                form.add_error(field if field in form.fields else None, errors)
        else:
            return private_response(
                render(request, "networks/consent_done.html", {"consent": consent})
            )
    return private_response(
        render(
            request,
            "networks/consent_confirm.html",
            {"consent": consent, "form": form, "policy_version": GUARDIAN_POLICY_VERSION},
        )
    )


@csrf_exempt  # as above
def revoke(request: HttpRequest, token: str) -> HttpResponse:
    if request.method == "POST" and not same_origin_post(request):
        return private_response(HttpResponseForbidden(_("This form must be sent from this site.")))
    consent = guardian_consent_for_revoke_token(token=token)
    if consent is None:
        return _unusable(request)
    if request.method == "POST":
        try:
            guardian_consent_revoke(token=token, request=request)
        except ConsentLinkUnusable:
            return _unusable(request)
        return private_response(
            render(request, "networks/consent_revoked.html", {"consent": consent})
        )
    return private_response(render(request, "networks/consent_revoke.html", {"consent": consent}))
