"""The guardian's answer to a youth member's money commitment, by emailed single-use link (no
account needed). Same rules as the consent and invitation pages: one answer for every
unusable link, private headers, POST to act, same-origin check."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, HttpResponseForbidden
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from collaboratory.commitments.selectors import guardian_link_for_token
from collaboratory.commitments.services.guardian import (
    GuardianLinkUnusable,
    commitment_guardian_decide,
    presenter_name_for_guardian,
)
from collaboratory.networks.invitation_views import private_response
from collaboratory.sameorigin import same_origin_post


def _unusable(request: HttpRequest) -> HttpResponse:
    return private_response(render(request, "commitments/guardian/unusable.html", status=404))


@csrf_exempt  # Referrer-Policy: no-referrer rules out Django's origin check; see same_origin_post
def decide(request: HttpRequest, token: str) -> HttpResponse:
    if request.method not in ("GET", "HEAD", "POST"):
        return _unusable(request)
    if request.method == "POST" and not same_origin_post(request):
        return private_response(HttpResponseForbidden(_("This form must be sent from this site.")))
    link = guardian_link_for_token(token=token)
    if link is None:
        return _unusable(request)
    commitment = link.commitment
    if request.method == "POST":
        answer = request.POST.get("answer")
        if answer not in ("approve", "decline"):
            return private_response(
                render(
                    request,
                    "commitments/guardian/decide.html",
                    {
                        "commitment": commitment,
                        "presenter": presenter_name_for_guardian(commitment),
                        "error": _("Choose Approve or Decline."),
                    },
                    status=400,
                )
            )
        try:
            commitment = commitment_guardian_decide(token=token, approve=answer == "approve")
        except GuardianLinkUnusable:
            return _unusable(request)
        return private_response(
            render(request, "commitments/guardian/done.html", {"commitment": commitment})
        )
    return private_response(
        render(
            request,
            "commitments/guardian/decide.html",
            {"commitment": commitment, "presenter": presenter_name_for_guardian(commitment)},
        )
    )
