"""What networks does when a person leaves Collaboratory: registered with people's account
deletion (see `people.services.on_account_delete`), so people need not know networks."""

from __future__ import annotations

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django_scopes import scopes_disabled

from collaboratory.networks.mail import mail_retries_drop, mail_retries_forget
from collaboratory.networks.models import (
    ADMITTED_STATUSES,
    Invitation,
    Membership,
    Network,
    Nomination,
    Role,
)
from collaboratory.networks.services.consent import consent_topic

# The address a record keeps once the person it named deleted their account: the same for
# everyone, with no id in it (`deleted-<id>@invalid` tied the row to the deleted account and
# to whatever else kept that id). Nothing asks it to be unique; `.invalid` reaches nobody and
# no account can have it (an address needs a dotted domain).
DELETED_PERSON_EMAIL = "deleted@invalid"


def account_records_pseudonymize(*, user_id: int, email: str) -> None:
    """Network records that name a deleted person by address (invitations to them,
    nominations of them) keep their place with the person no longer named. An invitation
    still waiting is revoked too: its link would otherwise open an account for the
    placeholder address (and failed on it with a server error). Email to them still waiting
    for the mail server is dropped: it would go to someone who asked to be forgotten; so is
    a youth's consent email still waiting to reach their guardian (it names the youth, and
    its link opens nothing once the account is gone). `user_id` is not written anywhere."""
    placeholder = DELETED_PERSON_EMAIL
    # A person's records sit in every network they were invited or nominated to.
    with scopes_disabled():
        Invitation.objects.filter(
            email__iexact=email, redeemed_at__isnull=True, revoked_at__isnull=True
        ).update(revoked_at=timezone.now())
        Invitation.objects.filter(email__iexact=email).update(
            email=placeholder, full_name="deleted person", city="", region=""
        )
        Nomination.objects.filter(nominee_email__iexact=email).update(
            nominee_email=placeholder, nominee_name="deleted person", reasons=""
        )
    mail_retries_drop(to=email)
    # A youth's consent emails, in whichever cohorts they went from.
    mail_retries_forget(Q(topic=consent_topic(user_id)), reason="account deleted")


def last_steward_refusals(*, user_id: int, lock: bool = False) -> list[str]:
    """For people's account deletion (`on_account_delete_refusal`): one sentence per network
    (national, local or youth cohort) where the person is the only admitted steward, saying
    to name another steward there first; deleting would leave it with no one to run it. A
    practice network of convener training does not count (the national team runs those).
    With `lock`, inside the deletion's transaction, the stewards' memberships are locked, so
    two last stewards deleting at once do not both go."""
    with scopes_disabled():  # the person's roles, in every network
        stewards = Membership.objects.filter(role=Role.STEWARD, status__in=ADMITTED_STATUSES)
        mine = stewards.filter(user_id=user_id, network__is_practice=False).values("network_id")
        rows = stewards.filter(network_id__in=mine)
        if lock:
            rows = rows.select_for_update()
        held: dict[int, set[int]] = {}
        for network_id, steward_id in rows.values_list("network_id", "user_id"):
            held.setdefault(network_id, set()).add(steward_id)
        alone = [network_id for network_id, ids in held.items() if ids == {user_id}]
        names = Network.objects.filter(pk__in=alone).order_by("name").values_list("name", flat=True)
    return [
        _(
            "You are the last steward of %(network)s: name another steward there first (on "
            "its Invitations page, with the role Steward) and wait until they accept, then "
            "delete your account."
        )
        % {"network": name}
        for name in names
    ]
