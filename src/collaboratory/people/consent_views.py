"""The guardian's pages, reached by emailed single-use links (no account needed). Same rules
as the invitation landing page: one answer for every unusable link, private headers, POST to
act, same-origin check."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseForbidden
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.csrf import csrf_exempt

from collaboratory.networks.invitation_views import private_response, same_origin_post
from collaboratory.people.services import (
    GUARDIAN_POLICY_VERSION,
    ConsentLinkUnusable,
    guardian_consent_confirm,
    guardian_consent_for_revoke_token,
    guardian_consent_for_token,
    guardian_consent_revoke,
)
from collaboratory.validators import one_line


class GuardianConsentForm(forms.Form):
    guardian_name = forms.CharField(
        label=gettext_lazy("Your full name"),
        max_length=150,
        validators=one_line(gettext_lazy("your full name")),
    )
    agree = forms.BooleanField(
        label=gettext_lazy(
            "I am this student's parent or legal guardian and I agree to their taking part."
        ),
        required=False,
    )


def _unusable(request: HttpRequest) -> HttpResponse:
    return private_response(render(request, "people/consent_unusable.html", status=404))


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
                render(request, "people/consent_done.html", {"consent": consent})
            )
    return private_response(
        render(
            request,
            "people/consent_confirm.html",
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
            render(request, "people/consent_revoked.html", {"consent": consent})
        )
    return private_response(render(request, "people/consent_revoke.html", {"consent": consent}))
