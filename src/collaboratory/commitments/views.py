"""Submitting a commitment from a phone: `live:submit`, the JSON endpoint the phone view's
script posts to (and queues offline), and where the same form posts itself without
JavaScript. The live stream and the room's screens are in
`commitments.live`."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from collaboratory.commitments.forms import MalformedEntry, commitment_entry_parse, entry_data
from collaboratory.commitments.live.screens import phone_page, phone_refusal_text
from collaboratory.commitments.live.selectors import phone_refusal, room_name
from collaboratory.commitments.models import Commitment, GuardianApproval
from collaboratory.commitments.services import commitment_create, commitment_payload
from collaboratory.gatherings.models import Gathering
from collaboratory.networks.http import NetworkRequest, network_view


def _save(
    request: NetworkRequest, gathering: Gathering, data: Mapping[str, str], *, now: datetime
) -> Commitment:
    """Parse and store one entry from the viewer's own phone; the commitment stored under
    its key (a new one, or the one a retry already stored)."""
    entry = commitment_entry_parse(data, gathering=gathering, entered_by=request.user, scribe=False)
    if entry.committer.pk == request.user.pk:
        # The closed page's own reason (`phone_refusal`): a form opened before a substitute
        # took the member's seat was told to check in, which the door then refused.
        refusal = phone_refusal(user=request.user, gathering=gathering)
        if refusal is not None:
            raise PermissionDenied(phone_refusal_text(refusal))
    return commitment_create(**entry.create_kwargs(), entered_by=request.user, now=now)


def _errors(error: ValidationError | PermissionDenied) -> dict[str, list[str]]:
    if isinstance(error, PermissionDenied):
        return {"__all__": [str(error)]}
    return error.message_dict if hasattr(error, "error_dict") else {"__all__": error.messages}


def _page_reply(request: NetworkRequest, gathering: Gathering) -> HttpResponse:
    """The phone form posted without JavaScript: a saved commitment goes back to an empty
    form with a word that it was saved (a redirect, so a reload sends nothing again); bad
    input gets the form back with each problem beside its field and the entries kept."""
    values = {
        key: request.POST.get(key, "") for key in request.POST if key != "csrfmiddlewaretoken"
    }
    data = dict(entry_data(request))
    # The form names each presenter's asks apart ("ask-<proposal>"): the chosen one counts.
    data["ask"] = data["ask"] or request.POST.get(f"ask-{data['proposal']}", "")
    now = timezone.now()
    try:
        commitment = _save(request, gathering, data, now=now)
    except (ValidationError, PermissionDenied) as error:
        errors = _errors(error)
        if "idempotency_key" in errors:
            # The key is unusable or another commitment's: the form comes back with a new one.
            values["idempotency_key"] = ""
        status = 403 if isinstance(error, PermissionDenied) else 422
        return phone_page(request, gathering, values=values, errors=errors, status=status)
    # A young presenter by first name, as the board and the stream name them.
    name = room_name(commitment.proposal.proposer)
    if commitment.created_at != now:
        # The same form sent again (a double tap): the first answer already said "Saved".
        messages.info(request, _("Already saved: nothing was stored twice."))
    elif commitment.guardian_approval == GuardianApproval.AWAITING:
        messages.success(
            request,
            _(
                "Saved: your commitment to %(name)s waits for your guardian's approval; we "
                "emailed them. Do not send it again."
            )
            % {"name": name},
        )
    else:
        messages.success(request, _("Saved: your commitment to %(name)s.") % {"name": name})
    return redirect("live:phone", network_slug=request.network.slug, gathering_id=gathering.pk)


# The phone's script names the account that queued an entry: a phone view left open while
# the phone was signed in as someone else must not store its owner's entry as theirs.
OWNER_HEADER = "X-Collaboratory-Owner"


def _json_reply(request: NetworkRequest, gathering: Gathering) -> JsonResponse:
    owner = request.headers.get(OWNER_HEADER, "")
    if owner and owner != str(request.user.pk):
        message = _(
            "Not saved: this phone is now signed in as someone else. The entry stays on the "
            "phone for the person who made it, and is sent when they open this page again."
        )
        return JsonResponse(
            {"status": "other_account", "errors": {"__all__": [message]}}, status=409
        )
    now = timezone.now()
    try:
        commitment = _save(request, gathering, entry_data(request), now=now)
    except MalformedEntry as error:
        return JsonResponse({"status": "invalid", "errors": _errors(error)}, status=400)
    except ValidationError as error:
        return JsonResponse({"status": "invalid", "errors": _errors(error)}, status=422)
    except PermissionDenied as error:
        return JsonResponse({"status": "forbidden", "errors": _errors(error)}, status=403)
    created = commitment.created_at == now
    return JsonResponse(
        {
            "status": "created" if created else "duplicate",
            "idempotency_key": str(commitment.idempotency_key),
            # To the committer's own phone, their own name in full; else the room's naming.
            "commitment": commitment_payload(
                commitment, own=commitment.committer_id == request.user.pk
            ),
            "awaiting_guardian": commitment.guardian_approval == GuardianApproval.AWAITING,
        },
        status=201 if created else 200,
    )


@require_POST
@network_view()
def submit(request: NetworkRequest, network_slug: str, gathering_id: int) -> HttpResponse:
    """Store one commitment from the phone view.

    The script posts JSON and gets JSON: 201 `created` or 200 `duplicate` (the idempotency
    key was seen before: the first commitment is returned, nothing is stored twice); 422
    `invalid` with `errors` by field (the guard's hint under `what`, so the form can offer
    "save it anyway" through `accept_vague`, a JSON boolean: any other type is a 400); 403
    when entering for someone else without running the room; 409 `other_account` when the
    `X-Collaboratory-Owner` header names another account than the session's. The form posted without
    JavaScript (it carries `reply=page`) gets a page instead (`_page_reply`). Nothing is
    stored unless the answer is 201 or a redirect.
    """
    gathering = get_object_or_404(
        Gathering.objects.filter(network=request.network), pk=gathering_id
    )
    if request.content_type != "application/json" and request.POST.get("reply") == "page":
        return _page_reply(request, gathering)
    return _json_reply(request, gathering)
