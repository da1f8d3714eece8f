"""The API token pages: make a token (its text shown once), list yours with their last use,
revoke one after confirming. A token is personal: nobody, stewards included, sees or revokes
another person's tokens."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from collaboratory.api.forms import ApiTokenForm
from collaboratory.api.selectors import api_token_of, api_tokens_of
from collaboratory.api.services import api_token_create, api_token_revoke
from collaboratory.networks.forms import attach_errors, error_text
from collaboratory.networks.http import NetworkRequest, network_view
from collaboratory.networks.params import id_param


@network_view("api.manage_tokens")
def token_list(request: NetworkRequest, network_slug: str) -> HttpResponse:
    network = request.network
    form = ApiTokenForm(request.POST or None)
    created = None
    if request.method == "POST" and form.is_valid():
        try:
            _token, created = api_token_create(
                network=network, user=request.user, **form.cleaned_data
            )
        except ValidationError as error:
            attach_errors(form, error)
        else:
            form = ApiTokenForm()
    response = render(
        request,
        "api/tokens.html",
        {
            "form": form,
            "created": created,
            # The header as a client sends it: a protocol's words, not the page's language.
            "header": f"Authorization: Bearer {created}" if created else "",
            "tokens": api_tokens_of(network=network, user=request.user),
        },
        status=400 if request.method == "POST" and created is None else 200,
    )
    # The page may hold a token's text: never kept by a cache or a browser's history.
    response["Cache-Control"] = "no-store"
    return response


@require_POST
@network_view("api.manage_tokens")
def token_revoke(request: NetworkRequest, network_slug: str, token_id: int) -> HttpResponse:
    network = request.network
    token = api_token_of(
        network=network, user=request.user, token_id=id_param(str(token_id), field=_("token"))
    )
    if token is None:
        raise Http404
    if request.POST.get("confirm") != "yes":
        messages.error(request, _("Nothing was revoked: confirm with the button under “Revoke…”."))
        return redirect("api_tokens:list", network_slug=network.slug)
    try:
        api_token_revoke(token=token, actor=request.user)
    except ValidationError as error:
        messages.error(request, error_text(error))
    else:
        messages.success(request, _("Token revoked: it no longer works."))
    return redirect("api_tokens:list", network_slug=network.slug)
