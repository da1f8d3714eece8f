"""What networks does when a person leaves Collaboratory: registered with people's account
deletion (see `people.services.on_account_delete`), so people need not know networks."""

from __future__ import annotations

from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.networks.models import Invitation, Nomination

# The address a record keeps once the person it named deleted their account: the same for
# everyone, with no id in it (`deleted-<id>@invalid` tied the row to the deleted account and
# to whatever else kept that id). Nothing asks it to be unique; `.invalid` reaches nobody and
# no account can have it (an address needs a dotted domain).
DELETED_PERSON_EMAIL = "deleted@invalid"


def account_records_pseudonymize(*, user_id: int, email: str) -> None:
    """Network records that name a deleted person by address (invitations to them,
    nominations of them) keep their place with the person no longer named. An invitation
    still waiting is revoked too: its link would otherwise open an account for the
    placeholder address (and failed on it with a server error). `user_id` is not written
    anywhere (the hook's signature)."""
    placeholder = DELETED_PERSON_EMAIL
    # A person's records sit in every network they were invited or nominated to.
    with scopes_disabled():
        Invitation.objects.filter(
            email__iexact=email, redeemed_at__isnull=True, revoked_at__isnull=True
        ).update(revoked_at=timezone.now())
        Invitation.objects.filter(email__iexact=email).update(
            email=placeholder, full_name="deleted person"
        )
        Nomination.objects.filter(nominee_email__iexact=email).update(
            nominee_email=placeholder, nominee_name="deleted person", reasons=""
        )
