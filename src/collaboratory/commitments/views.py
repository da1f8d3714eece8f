"""Submitting a commitment from a phone: the JSON endpoint `live:submit` the phone view's
script posts to (and queues offline). The live stream and the room's screens are in
`commitments.live`."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from collaboratory.commitments.forms import commitment_entry_parse, entry_data
from collaboratory.commitments.live.selectors import PhoneAccess, phone_access
from collaboratory.commitments.models import GuardianApproval
from collaboratory.commitments.services import commitment_create, commitment_payload
from collaboratory.gatherings.models import Gathering
from collaboratory.networks.http import NetworkRequest, network_view


def _submit(request: NetworkRequest, gathering_id: int) -> JsonResponse:
    network = request.network
    gathering = get_object_or_404(Gathering.objects.filter(network=network), pk=gathering_id)
    entry = commitment_entry_parse(
        entry_data(request), gathering=gathering, entered_by=request.user, scribe=False
    )
    if entry.committer.pk == request.user.pk:
        access = phone_access(user=request.user, gathering=gathering)
        if access is PhoneAccess.NOT_CHECKED_IN:
            raise PermissionDenied(
                _("Check in to the gathering first; then your commitments can be saved here.")
            )
        if access is PhoneAccess.YOUTH_NOT_TAKING_PART:
            raise PermissionDenied(
                _("Youth members make commitments at gatherings where youth take part.")
            )
    now = timezone.now()
    commitment = commitment_create(**entry.create_kwargs(), entered_by=request.user, now=now)
    created = commitment.created_at == now
    return JsonResponse(
        {
            "status": "created" if created else "duplicate",
            "idempotency_key": str(commitment.idempotency_key),
            "commitment": commitment_payload(commitment),
            "awaiting_guardian": commitment.guardian_approval == GuardianApproval.AWAITING,
        },
        status=201 if created else 200,
    )


@require_POST
@network_view()
def submit(request: NetworkRequest, network_slug: str, gathering_id: int) -> JsonResponse:
    """Store one commitment and answer in JSON, for the phone view's script and the scribe.

    201 `created` or 200 `duplicate` (the idempotency key was seen before: the first
    commitment is returned, nothing is stored twice); 422 `invalid` with `errors` by field
    (the guard's hint under `what`, so the form can offer "save it anyway" through
    `accept_vague`); 403 when entering for someone else without running the room. Nothing is
    stored unless the answer is 201.
    """
    try:
        return _submit(request, gathering_id)
    except ValidationError as error:
        errors = error.message_dict if hasattr(error, "error_dict") else {"__all__": error.messages}
        return JsonResponse({"status": "invalid", "errors": errors}, status=422)
    except PermissionDenied as error:
        return JsonResponse(
            {"status": "forbidden", "errors": {"__all__": [str(error)]}}, status=403
        )
