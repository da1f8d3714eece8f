"""Nominations: a member proposes someone from outside their own organization; a steward
accepts or declines."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django_scopes import scope

from collaboratory.audit.services import audit_record
from collaboratory.networks.models import (
    ADMITTED_STATUSES,
    Membership,
    Network,
    Nomination,
    NominationStatus,
    Sector,
)
from collaboratory.networks.services.memberships import organization_get_or_create
from collaboratory.people.models import User
from collaboratory.people.services import normalize_email


def _admitted_membership(*, network: Network, user: User) -> Membership:
    with scope(network=network):
        membership = (
            Membership.objects.select_related("organization")
            .filter(network=network, user=user, status__in=ADMITTED_STATUSES)
            .first()
        )
    if membership is None:
        raise ValidationError(_("Only members of this network can do that."))
    return membership


def nomination_create(
    *,
    network: Network,
    nominator: User,
    nominee_name: str,
    nominee_email: str,
    organization_name: str,
    sector: Sector,
    reasons: str,
    region: str = "",
) -> Nomination:
    """A member nominates someone from outside the member's own organization."""
    membership = _admitted_membership(network=network, user=nominator)
    errors: dict[str, str] = {}
    nominee_name = " ".join(nominee_name.split())
    organization_name = " ".join(organization_name.split())
    if not nominee_name:
        errors["nominee_name"] = _("Give the nominee's full name.")
    try:
        nominee_email = normalize_email(nominee_email)
    except ValidationError:
        errors["nominee_email"] = _("Enter the nominee's email address, like name@example.org.")
    if not organization_name:
        errors["organization_name"] = _("Give the nominee's organization.")
    elif (
        membership.organization is not None
        and membership.organization.name.casefold() == organization_name.casefold()
    ):
        errors["organization_name"] = _(
            "%(org)s is your own organization. Members nominate people from outside their "
            "own organization: ask a colleague elsewhere to nominate this person."
        ) % {"org": membership.organization.name}
    if sector.network_id != network.pk:
        errors["sector"] = _("Choose a sector from this network's list.")
    if len(reasons.strip()) < 20:
        errors["reasons"] = _(
            "Say in a sentence or two why this person fits the network (at least 20 characters)."
        )
    # Whether the nominee is, or was, a member is not checked here: any answer would tell
    # the nominating member about someone else's membership. The stewards' queue shows it.
    if errors:
        raise ValidationError(errors)
    with scope(network=network), transaction.atomic():
        # The duplicate check and the write hold the nominator's row (SQLite's immediate
        # transaction holds the whole database already), so a double click's second request
        # waits for the first and finds its nomination.
        Membership.objects.select_for_update().filter(pk=membership.pk).first()
        if Nomination.objects.filter(
            network=network,
            nominator=nominator,
            nominee_email=nominee_email,
            status=NominationStatus.PENDING,
        ).exists():
            # A double click or a resend: one card in the stewards' queue, not two.
            raise ValidationError(
                {
                    "nominee_email": _(
                        "You have already nominated %(email)s; the stewards will review it."
                    )
                    % {"email": nominee_email}
                }
            )
        organization = organization_get_or_create(network=network, name=organization_name)
        nomination = Nomination(
            network=network,
            nominator=nominator,
            nominee_name=nominee_name,
            nominee_email=nominee_email,
            organization=organization,
            sector=sector,
            region=region.strip(),
            reasons=reasons.strip(),
        )
        nomination.save()
        audit_record(
            action="nomination.created", actor=nominator, network=network, target=nomination
        )
    return nomination


def nomination_decide(
    *, nomination: Nomination, accept: bool, note: str, actor: User
) -> Nomination:
    """A steward accepts or declines a pending nomination, with a note. Once: a conditional
    update, so two stewards cannot both decide it; the same steward's same decision and
    note again (a double tap, a resend of the form) returns the nomination as it is,
    recorded and audited once."""
    status = NominationStatus.ACCEPTED if accept else NominationStatus.DECLINED
    note = note.strip()
    now = timezone.now()
    with scope(network=nomination.network), transaction.atomic():
        changed = Nomination.objects.filter(
            pk=nomination.pk, status=NominationStatus.PENDING
        ).update(status=status, decided_by=actor, decided_at=now, decision_note=note)
        if changed != 1:
            if Nomination.objects.filter(
                pk=nomination.pk, status=status, decided_by=actor, decision_note=note
            ).exists():
                nomination.refresh_from_db()
                return nomination
            raise ValidationError(_("This nomination has already been decided."))
        nomination.refresh_from_db()
        audit_record(
            action="nomination.decided",
            actor=actor,
            network=nomination.network,
            target=nomination,
            data={"status": status},
        )
    return nomination


def nominations_bulk_create(*, network: Network, rows: list[Nomination]) -> list[Nomination]:
    """Insert many nominations of one network (demo generator)."""
    if any(row.network_id != network.pk for row in rows):
        raise ValidationError(_("Every nomination must belong to the network being filled."))
    with scope(network=network), transaction.atomic():
        return Nomination.objects.bulk_create(rows, batch_size=1000)
