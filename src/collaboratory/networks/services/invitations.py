"""Invitations: issued by a steward (or from an accepted nomination, or a roster import),
emailed as a single-use link, revoked, and redeemed by the person invited."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, timedelta

from django.conf import settings as django_settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from django_scopes import scope, scopes_disabled

from collaboratory.audit.services import audit_record
from collaboratory.networks.adulthood import ADULT_AGE, age_on
from collaboratory.networks.mail import in_language_of, mail_retries_drop, mail_send
from collaboratory.networks.models import (
    ADMITTED_STATUSES,
    FORMER_STATUSES,
    Invitation,
    Membership,
    MembershipStatus,
    Network,
    NetworkKind,
    Nomination,
    NominationStatus,
    Organization,
    Role,
    Sector,
    validate_time_zone,
)
from collaboratory.networks.roster_csv import reaches_nobody
from collaboratory.networks.scoping import date_in
from collaboratory.networks.selectors import (
    invitation_closed_emails,
    invitation_waiting,
    membership_settings_for,
)
from collaboratory.networks.services.consent import guardian_consent_request
from collaboratory.networks.services.memberships import membership_create, network_create
from collaboratory.networks.tokens import new_token, token_digest
from collaboratory.people.models import MINOR_AGE_BANDS, AgeBand, User
from collaboratory.people.services import minor_contact_refusal, normalize_email, user_create

UNDER_13 = "under-13"

# Spelled gettext_noop, not an alias: makemessages reads only the names it knows, and the
# second pledge, under an alias, was never extracted nor translated.
PLEDGES = (
    gettext_noop("Share and listen to build trust."),
    gettext_noop("Use your knowledge, skills and network for the group."),
    gettext_noop("Make and keep commitments to fellow members."),
)


def _pending_invitation(network: Network, email: str) -> Invitation | None:
    """A second link to the same person would only confuse them and double the email."""
    return invitation_waiting(network=network, email__iexact=email)


def invitation_create(
    *,
    network: Network,
    email: str,
    full_name: str,
    actor: User,
    role: str = Role.MEMBER,
    organization: Organization | None = None,
    sector: Sector | None = None,
    nomination: Nomination | None = None,
    guardian_email: str = "",
    invitee_language: str = "",
) -> tuple[Invitation, str]:
    """Issue an invitation and email its link. Returns the invitation and the token (which is
    stored nowhere: only its SHA-256 digest is). `invitee_language` is the language known for
    an address without an account (training's staff applied in one); else the sender's.
    The same steward's same invitation of a nomination again (a double tap on "Invite", the
    form resent) returns the waiting one and an empty token: nothing is written, audited or
    emailed twice. Any other invitation to a waiting address is refused."""
    errors: dict[str, str] = {}
    if nomination is not None:
        if nomination.network_id != network.pk:
            raise ValidationError(_("That nomination belongs to another network."))
        if nomination.status != NominationStatus.ACCEPTED:
            errors["nomination"] = _("Accept the nomination before inviting the nominee.")
        email = email or nomination.nominee_email
        full_name = full_name or nomination.nominee_name
        organization = organization or nomination.organization
        sector = sector or nomination.sector
    full_name = " ".join(full_name.split())
    if not full_name:
        errors["full_name"] = _("Give the person's full name.")
    if reaches_nobody(email):
        # Before the format: `deleted@invalid`, a deleted nominee's placeholder, is not one.
        errors["email"] = closed_address_refusal()
    else:
        try:
            email = normalize_email(email)
        except ValidationError:
            errors["email"] = _("Enter an email address, like name@example.org.")
    if role not in Role.values:
        errors["role"] = _("Choose one of the listed roles.")
    elif role == Role.YOUTH_MEMBER:
        if network.kind != NetworkKind.YOUTH:
            errors["role"] = _("Youth members are invited into a youth cohort network.")
        try:
            guardian_email = normalize_email(guardian_email)
        except ValidationError:
            errors["guardian_email"] = _(
                "A youth invitation needs the parent's or guardian's email, like name@example.org."
            )
        else:
            if guardian_email == email.strip().lower():
                errors["guardian_email"] = _("The guardian's email must differ from the student's.")
    else:
        guardian_email = ""
    for owned in (organization, sector):
        if owned is not None and owned.network_id != network.pk:
            raise ValidationError(_("That organization or sector belongs to another network."))
    token = new_token()  # 256 bits
    valid_days = membership_settings_for(network=network).invitation_valid_days
    with scope(network=network), transaction.atomic():
        # One invitation of a network at a time (on PostgreSQL; SQLite's immediate transactions
        # already queue writers), so two sent at once to one address cannot both find none
        # waiting: nothing in the schema keeps one waiting invitation per address.
        Network.objects.select_for_update().filter(pk=network.pk).values_list("pk").first()
        if nomination is not None and not errors:
            earlier = _pending_invitation(network, email)
            if earlier is not None and (
                earlier.nomination_id,
                earlier.invited_by_id,
                earlier.role,
                earlier.full_name,
                earlier.organization_id,
                earlier.sector_id,
                earlier.guardian_email,
            ) == (
                nomination.pk,
                actor.pk,
                role,
                full_name,
                organization.pk if organization else None,
                sector.pk if sector else None,
                guardian_email,
            ):
                return earlier, ""
            if earlier is None and (elsewhere := _nomination_waiting(network, nomination)):
                errors["email"] = _(
                    "An invitation for this nomination is already waiting, sent to %(email)s "
                    "(%(date)s). Revoke it on the invitations page before sending another."
                ) % {
                    "email": elsewhere.email,
                    "date": date_format(timezone.localtime(elsewhere.created_at), "DATE_FORMAT"),
                }
        if "email" not in errors and (taken := _address_taken(network, email, role=role)):
            errors["email"] = taken
        if errors:
            raise ValidationError(errors)
        invitation = Invitation.objects.create(
            network=network,
            email=email,
            full_name=full_name,
            role=role,
            organization=organization,
            sector=sector,
            nomination=nomination,
            guardian_email=guardian_email,
            token_digest=token_digest(token),
            invited_by=actor,
            expires_at=timezone.now() + timedelta(days=valid_days),
        )
        audit_record(
            action="invitation.issued",
            actor=actor,
            network=network,
            target=invitation,
            data={"role": role},
        )
        link = django_settings.SITE_URL + reverse("invitations:landing", kwargs={"token": token})
        transaction.on_commit(
            lambda: invitation_email_send(
                invitation=invitation, link=link, inviter=actor, language=invitee_language
            )
        )
    return invitation, token


def _nomination_waiting(network: Network, nomination: Nomination) -> Invitation | None:
    """The nomination's invitation still waiting, whatever its address: one link per nominee."""
    return invitation_waiting(network=network, nomination=nomination)


def closed_address_refusal() -> str:
    """The one answer for an address closed to invitations (`invitation_closed_emails`):
    it says nothing of why, so it tells no steward that a minor has this address."""
    return _("This address cannot be invited.")


def _address_taken(network: Network, email: str, *, role: str = "") -> str | None:
    """Why `email` cannot be invited to `network` now (closed to invitations, a member, a
    former member, or an invitation already waiting), or None. A member invited as a
    steward is sent to the roster, where the role is changed. Closed comes first, in its
    neutral words: a student's address was "already in the network" (or "now Suspended",
    once their guardian withdrew consent), though no steward is shown it."""
    if invitation_closed_emails(network=network, emails=[email], role=role or Role.MEMBER):
        return closed_address_refusal()
    existing = (
        Membership.objects.filter(network=network, user__email__iexact=email)
        .values_list("status", flat=True)
        .first()
    )
    if existing in FORMER_STATUSES:
        # Someone who left, was removed or suspended: the roster brings them back.
        return _(
            "%(email)s already has a membership in this network, now %(status)s. To "
            "bring them back, change its status on the roster: no invitation is needed."
        ) % {"email": email, "status": MembershipStatus(existing).label}
    if existing is not None and role == Role.STEWARD:
        return _(
            "This person is already in the network: make them a steward on the roster "
            "(the role menu on their row)."
        )
    if existing is not None:
        return _("This person is already in the network.")
    if pending := _pending_invitation(network, email):
        return _(
            "An invitation to %(email)s is already waiting (sent %(date)s). Revoke it "
            "on the invitations page before sending another."
        ) % {
            "email": email,
            "date": date_format(timezone.localtime(pending.created_at), "DATE_FORMAT"),
        }
    return None


def invitation_email_send(
    *, invitation: Invitation, link: str, inviter: User, language: str = ""
) -> None:
    """Email one invitation's link (after commit: the caller's on_commit), in the invitee's
    language when they have an account, else `language` when one is known, else the language
    the inviter is using."""
    # The network's own validity (a setting), as issued: expiry minus issue, whole days.
    days = round((invitation.expires_at - invitation.created_at).total_seconds() / 86400)
    with in_language_of(invitation.email, unknown=language):
        body = render_to_string(
            "networks/email/invitation.txt",
            {
                "invitation": invitation,
                "network": invitation.network,
                "link": link,
                "inviter": inviter,
                "days": max(days, 1),
            },
        )
        subject = _("You are invited to join %(network)s") % {"network": invitation.network.name}
    mail_send(
        network=invitation.network,
        subject=subject,
        body=body,
        recipients=[invitation.email],
        free_text=False,
    )


def invitation_revoke(*, invitation: Invitation, actor: User) -> Invitation:
    """Turn a waiting invitation off. Its email still waiting for the mail server is dropped
    with it (a mistyped address, the wrong person: a stranger was sent the network's name and
    a dead link two days later), unless the address is admitted here, where other mail of
    the network may be waiting for them too."""
    with scope(network=invitation.network), transaction.atomic():
        changed = Invitation.objects.filter(
            pk=invitation.pk, redeemed_at__isnull=True, revoked_at__isnull=True
        ).update(revoked_at=timezone.now())
        if changed != 1:
            raise ValidationError(_("Only a pending invitation can be revoked."))
        invitation.refresh_from_db()
        if not Membership.objects.filter(
            network=invitation.network,
            user__email__iexact=invitation.email,
            status__in=ADMITTED_STATUSES,
        ).exists():
            mail_retries_drop(to=invitation.email, network=invitation.network)
        audit_record(
            action="invitation.revoked", actor=actor, network=invitation.network, target=invitation
        )
    return invitation


class InvitationUnusable(Exception):
    """Unknown, expired, revoked or already used: deliberately one answer for all four."""


def _birth_date_errors(*, invitation: Invitation, born_on: date | None, age_band: str) -> str:
    """What is wrong with a student's date of birth, or "": it is asked so the guardian's part
    ends on the 18th birthday (networks/adulthood.py), counted on the cohort's calendar."""
    if born_on is None:
        return _("Give your date of birth: your guardian's part ends when you turn 18.")
    age = age_on(born_on, date_in(invitation.network, timezone.now()))
    if age < 13:
        return _("People under 13 cannot have an account.")
    if age >= ADULT_AGE:
        return _(
            "This invitation is for a high-school student under 18. Ask the steward for an "
            "adult invitation."
        )
    if age_band in MINOR_AGE_BANDS and age_band != band_at(age):
        return _("Your date of birth and your age band do not agree: check both.")
    return ""


def band_at(age: int) -> str:
    """A minor's age band at this age."""
    return AgeBand.AGE_13_15 if age <= 15 else AgeBand.AGE_16_17


def _acceptance_errors(
    *,
    invitation: Invitation,
    full_name: str,
    age_band: str,
    password: str,
    pledges: Iterable[int],
    born_on: date | None = None,
) -> dict[str, str]:
    """What is wrong with an acceptance form, by field (empty when nothing): a new account
    needs a name, a fitting age band and a password; an existing one must fit the
    invitation's side of the age line; a student gives their date of birth."""
    existing = User.objects.filter(email__iexact=invitation.email).first()
    youth = invitation.role == Role.YOUTH_MEMBER
    errors: dict[str, str] = {}
    if youth:
        problem = _birth_date_errors(
            invitation=invitation, born_on=born_on, age_band=age_band if existing is None else ""
        )
        if problem:
            errors["born_on"] = problem
    if set(pledges) != set(range(len(PLEDGES))):
        errors["pledges"] = _("Tick all three member pledges to join: they are how we work.")
    if existing is None:
        if not full_name.strip():
            errors["full_name"] = _("Give your full name as fellow members should see it.")
        elif youth and (problem := minor_contact_refusal(full_name)):
            # The name is shown to every adult of the cohort, as a profile's text is.
            errors["full_name"] = problem
        if age_band == UNDER_13:
            errors["age_band"] = _("People under 13 cannot have an account.")
        elif youth and age_band not in MINOR_AGE_BANDS:
            errors["age_band"] = _(
                "This invitation is for a high-school student: choose 13 to 15 or 16 to 17, "
                "or ask the steward for an adult invitation."
            )
        elif youth:
            pass
        elif age_band in MINOR_AGE_BANDS:
            errors["age_band"] = _(
                "This invitation is for an adult network. Students join a youth cohort through "
                "an invitation that includes a parent or guardian."
            )
        elif age_band not in AgeBand.values:
            errors["age_band"] = _("Choose your age band from the list.")
        if len(password) < 10:
            errors["password"] = _("Choose a password of at least 10 characters.")
    elif existing.is_minor != youth:
        errors["age_band"] = _("This invitation does not fit this account's age band.")
    return errors


InvitationRedeemedHook = Callable[..., object]  # called as fn(invitation=..., user=...)
_redeemed_hooks: list[InvitationRedeemedHook] = []


def on_invitation_redeemed(fn: InvitationRedeemedHook) -> InvitationRedeemedHook:
    """Register `fn(invitation=..., user=...)`: called in the redemption's transaction, so an
    app can tie its rows to the account that took up the invitation (not to whoever else
    happens to hold the same email)."""
    if fn not in _redeemed_hooks:
        _redeemed_hooks.append(fn)
    return fn


def invitation_redeem(
    *,
    token: str,
    full_name: str,
    age_band: str,
    password: str,
    pledges: Iterable[int],
    born_on: date | None = None,
    request: HttpRequest | None = None,
) -> Membership:
    """Accept an invitation: one conditional UPDATE marks it used, so of two concurrent
    redemptions exactly one succeeds. Creates the account (with a roster's city and region;
    or attaches the membership to the existing account with the invited email, whose own
    values stay), records the accepted pledges. A student's date of birth is kept on their
    cohort membership (an adult's is never asked)."""
    digest = token_digest(token)
    with scopes_disabled():  # the link names no network: its row is found by digest alone
        found = Invitation.objects.select_related("network").filter(token_digest=digest).first()
    if found is None:
        raise InvitationUnusable
    youth = found.role == Role.YOUTH_MEMBER
    errors = _acceptance_errors(
        invitation=found,
        full_name=full_name,
        age_band=age_band,
        password=password,
        pledges=pledges,
        born_on=born_on,
    )
    if errors:
        raise ValidationError(errors)
    now = timezone.now()
    with scope(network=found.network), transaction.atomic():
        used = Invitation.objects.filter(
            token_digest=digest,
            redeemed_at__isnull=True,
            revoked_at__isnull=True,
            expires_at__gt=now,
        ).update(redeemed_at=now)
        if used != 1:
            raise InvitationUnusable
        invitation = Invitation.objects.select_related("network").get(token_digest=digest)
        user = User.objects.filter(email__iexact=invitation.email).first()
        if user is None:
            user = user_create(
                email=invitation.email,
                full_name=full_name.strip(),
                password=password,
                age_band=age_band,
                # A roster's city and region (the person changes them on their profile).
                city=invitation.city,
                region=invitation.region,
            )
        membership = membership_create(
            network=invitation.network,
            user=user,
            role=invitation.role,
            status=MembershipStatus.PENDING_CONSENT if youth else MembershipStatus.ACTIVE,
            organization=invitation.organization,
            sector=invitation.sector,
            title=invitation.title,
        )
        if youth:
            guardian_consent_request(
                user=user, network=invitation.network, guardian_email=invitation.guardian_email
            )
        born = born_on if youth else None
        Membership.objects.filter(pk=membership.pk).update(pledges_accepted_at=now, born_on=born)
        membership.pledges_accepted_at, membership.born_on = now, born
        for react in _redeemed_hooks:
            react(invitation=invitation, user=user)
        audit_record(
            action="invitation.redeemed",
            actor=user,
            network=invitation.network,
            target=invitation,
            request=request,
        )
    return membership


def invitations_bulk_create(*, network: Network, rows: list[Invitation]) -> list[Invitation]:
    """Insert many invitations of one network (demo generator, roster import); tokens are
    digests only."""
    if any(row.network_id != network.pk or len(row.token_digest) != 64 for row in rows):
        raise ValidationError(_("Every invitation must belong to the network and carry a digest."))
    with scope(network=network), transaction.atomic():
        created = Invitation.objects.bulk_create(rows, batch_size=1000)
        audit_record(action="invitation.bulk_issued", network=network, data={"count": len(created)})
    return created


def network_create_with_steward(
    *,
    slug: str,
    name: str,
    kind: str,
    parent: Network | None,
    time_zone: str,
    steward_email: str,
    steward_name: str,
    actor: User,
) -> tuple[Network, Invitation]:
    """A platform admin opens a network and invites its first steward by email: both or
    neither (the `create_steward` command does the same from a shell, with an account made
    at once). Errors are keyed by the form's fields."""
    errors: dict[str, list[str]] = {}
    if kind == NetworkKind.NATIONAL and parent is not None:
        errors["parent"] = [_("A national network stands on its own: leave “under” empty.")]
    elif kind != NetworkKind.NATIONAL and parent is None:
        errors["parent"] = [_("A local network or youth cohort sits under a national network.")]
    if parent is not None and parent.kind != NetworkKind.NATIONAL:
        errors["parent"] = [_("Choose a national network to put it under.")]
    # The model checks the zone too, but only once the network is made: said here, a wrong
    # zone is named with the place, not on the next try.
    try:
        validate_time_zone(time_zone)
    except ValidationError as error:
        errors["time_zone"] = error.messages
    if errors:
        raise ValidationError(errors)
    try:
        with transaction.atomic():
            network = network_create(
                slug=slug, name=name, kind=kind, parent=parent, time_zone=time_zone, actor=actor
            )
            invitation, _token = invitation_create(
                network=network,
                email=steward_email,
                full_name=steward_name,
                actor=actor,
                role=Role.STEWARD,
            )
    except ValidationError as error:
        # The invitation's own field names, as the form calls them.
        renamed = {"email": "steward_email", "full_name": "steward_name"}
        raise ValidationError(
            {renamed.get(k, k): v for k, v in error.message_dict.items()}
        ) from error
    return network, invitation
