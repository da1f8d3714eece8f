"""Every write to networks, organizations and memberships goes through here."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from functools import partial

from django.conf import settings as django_settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop as _noop
from django.utils.translation import ngettext
from django_scopes import scopes_disabled

from collaboratory.audit.services import audit_record
from collaboratory.networks.activity import activity_status
from collaboratory.networks.mail import mail_send
from collaboratory.networks.models import (
    ADMITTED_STATUSES,
    CheckIn,
    CheckInAnswer,
    Invitation,
    Membership,
    MembershipSettings,
    MembershipStatus,
    Network,
    NetworkKind,
    Nomination,
    NominationStatus,
    Organization,
    OrganizationChange,
    Role,
    Sector,
)
from collaboratory.networks.roster_csv import RosterRow
from collaboratory.networks.tokens import new_token, token_digest
from collaboratory.people.models import MINOR_AGE_BANDS, AgeBand, User
from collaboratory.people.services import (
    guardian_consent_request,
    normalize_email,
    user_create,
)

UNDER_13 = "under-13"

DEFAULT_SECTORS = (
    "Nonprofit",
    "Business",
    "Government",
    "Philanthropy",
    "Faith",
    "Education",
    "Media and arts",
    "Labor",
)


def network_create(
    *,
    slug: str,
    name: str,
    kind: str,
    parent: Network | None = None,
    tagline: str = "",
    time_zone: str = "America/New_York",
    sectors: tuple[str, ...] = DEFAULT_SECTORS,
    actor: User | None = None,
) -> Network:
    """Create a network with its starting list of sectors."""
    network = Network(
        slug=slug, name=name, kind=kind, parent=parent, tagline=tagline, time_zone=time_zone
    )
    network.full_clean()
    with transaction.atomic():
        network.save()
        Sector.objects.bulk_create([Sector(network=network, name=s) for s in sectors])
        audit_record(action="network.created", actor=actor, network=network, target=network)
    return network


def organization_get_or_create(*, network: Network, name: str, city: str = "") -> Organization:
    name = " ".join(name.split())
    if not name:
        raise ValidationError({"organization": _("Give the organization's name.")})
    with scopes_disabled():
        organization, _created = Organization.objects.get_or_create(
            network=network, name=name, defaults={"city": city}
        )
    return organization


def membership_create(
    *,
    network: Network,
    user: User,
    role: str = Role.MEMBER,
    status: str = MembershipStatus.ACTIVE,
    organization: Organization | None = None,
    sector: Sector | None = None,
    title: str = "",
    actor: User | None = None,
) -> Membership:
    """Put a person in a network with one role."""
    if role == Role.YOUTH_MEMBER and network.kind != NetworkKind.YOUTH:
        raise ValidationError({"role": _("Youth members belong to a youth cohort network.")})
    if role == Role.YOUTH_MEMBER and not user.is_minor:
        raise ValidationError({"role": _("The youth member role is for high-school students.")})
    for owned in (organization, sector):
        if owned is not None and owned.network_id != network.pk:
            raise ValidationError(_("That organization or sector belongs to another network."))
    with scopes_disabled():
        if Membership.objects.filter(network=network, user=user).exists():
            raise ValidationError(_("%(person)s is already in this network.") % {"person": user})
        membership = Membership(
            network=network,
            user=user,
            role=role,
            status=status,
            organization=organization,
            sector=sector,
            title=title,
            joined_at=timezone.now() if status == MembershipStatus.ACTIVE else None,
        )
        membership.full_clean()
        with transaction.atomic():
            membership.save()
            audit_record(
                action="membership.created",
                actor=actor,
                network=network,
                target=membership,
                data={"role": role, "status": status},
            )
    return membership


def membership_change_role(*, membership: Membership, role: str, actor: User | None) -> Membership:
    """Role changes are audited: they change what a person can see."""
    if role not in Role.values:
        raise ValidationError({"role": _("Unknown role.")})
    previous = membership.role
    with scopes_disabled(), transaction.atomic():
        Membership.objects.filter(pk=membership.pk).update(role=role)
        membership.role = role
        audit_record(
            action="membership.role_changed",
            actor=actor,
            network=membership.network,
            target=membership,
            data={"from": previous, "to": role},
        )
    return membership


def memberships_bulk_create(*, network: Network, rows: list[Membership]) -> list[Membership]:
    """Insert many memberships of one network in one transaction (demo, roster import).

    The caller builds unsaved Membership rows; each must belong to `network`.
    """
    joined = timezone.now()
    for row in rows:
        if row.network_id != network.pk:
            raise ValidationError(_("Every membership must belong to the network being filled."))
        if row.joined_at is None and row.status == MembershipStatus.ACTIVE:
            row.joined_at = joined
    with scopes_disabled(), transaction.atomic():
        created = Membership.objects.bulk_create(rows, batch_size=1000)
        audit_record(
            action="membership.bulk_created", network=network, data={"count": len(created)}
        )
    return created


# --- Membership settings, nominations, invitations, activity --------------------------------

PLEDGES = (
    _noop("Share and listen to build trust."),
    _noop("Use your knowledge, skills and network for the group."),
    _noop("Make and keep commitments to fellow members."),
)


def _admitted_membership(*, network: Network, user: User) -> Membership:
    with scopes_disabled():
        membership = (
            Membership.objects.select_related("organization")
            .filter(network=network, user=user, status__in=ADMITTED_STATUSES)
            .first()
        )
    if membership is None:
        raise ValidationError(_("Only members of this network can do that."))
    return membership


def membership_settings_update(
    *, network: Network, actor: User, **fields: object
) -> MembershipSettings:
    from collaboratory.networks.selectors import membership_settings_for

    row = membership_settings_for(network=network)
    for name, value in fields.items():
        setattr(row, name, value)
    row.full_clean()
    if row.remove_after_months <= row.check_in_after_months:
        raise ValidationError(
            {
                "remove_after_months": _(
                    "Removal must come later than the check-in: give more months here."
                )
            }
        )
    with scopes_disabled(), transaction.atomic():
        row.save()
        audit_record(
            action="membership.settings_changed",
            actor=actor,
            network=network,
            target=row,
            data={"fields": sorted(fields)},
        )
    return row


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
    if "nominee_email" not in errors:
        with scopes_disabled():
            if Membership.objects.filter(
                network=network, user__email__iexact=nominee_email
            ).exists():
                errors["nominee_email"] = _("This person is already in the network.")
    if errors:
        raise ValidationError(errors)
    with scopes_disabled(), transaction.atomic():
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
    """A steward accepts or declines a pending nomination, with a note."""
    status = NominationStatus.ACCEPTED if accept else NominationStatus.DECLINED
    now = timezone.now()
    with scopes_disabled(), transaction.atomic():
        changed = Nomination.objects.filter(
            pk=nomination.pk, status=NominationStatus.PENDING
        ).update(status=status, decided_by=actor, decided_at=now, decision_note=note.strip())
        if changed != 1:
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
) -> tuple[Invitation, str]:
    """Issue an invitation and email its link. Returns the invitation and the token (which is
    stored nowhere: only its SHA-256 digest is)."""
    from collaboratory.networks.selectors import membership_settings_for

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
    if "email" not in errors:
        with scopes_disabled():
            if Membership.objects.filter(network=network, user__email__iexact=email).exists():
                errors["email"] = _("This person is already in the network.")
    if errors:
        raise ValidationError(errors)
    token = new_token()  # 256 bits
    valid_days = membership_settings_for(network=network).invitation_valid_days
    with scopes_disabled(), transaction.atomic():
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
            lambda: _send_invitation_email(invitation=invitation, link=link, inviter=actor)
        )
    return invitation, token


def _send_invitation_email(*, invitation: Invitation, link: str, inviter: User) -> None:
    body = render_to_string(
        "networks/email/invitation.txt",
        {"invitation": invitation, "network": invitation.network, "link": link, "inviter": inviter},
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
    with scopes_disabled(), transaction.atomic():
        changed = Invitation.objects.filter(
            pk=invitation.pk, redeemed_at__isnull=True, revoked_at__isnull=True
        ).update(revoked_at=timezone.now())
        if changed != 1:
            raise ValidationError(_("Only a pending invitation can be revoked."))
        invitation.refresh_from_db()
        audit_record(
            action="invitation.revoked", actor=actor, network=invitation.network, target=invitation
        )
    return invitation


class InvitationUnusable(Exception):
    """Unknown, expired, revoked or already used: deliberately one answer for all four."""


def invitation_redeem(
    *,
    token: str,
    full_name: str,
    age_band: str,
    password: str,
    pledges: Iterable[int],
    request: HttpRequest | None = None,
) -> Membership:
    """Accept an invitation: one conditional UPDATE marks it used, so of two concurrent
    redemptions exactly one succeeds. Creates the account (or attaches the membership to the
    existing account with the invited email), records the accepted pledges."""
    digest = token_digest(token)
    with scopes_disabled():
        found = Invitation.objects.filter(token_digest=digest).first()
    if found is None:
        raise InvitationUnusable
    existing = User.objects.filter(email__iexact=found.email).first()
    youth = found.role == Role.YOUTH_MEMBER
    errors: dict[str, str] = {}
    if set(pledges) != set(range(len(PLEDGES))):
        errors["pledges"] = _("Tick all three member pledges to join: they are how we work.")
    if existing is None:
        if not full_name.strip():
            errors["full_name"] = _("Give your full name as fellow members should see it.")
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
    if errors:
        raise ValidationError(errors)
    now = timezone.now()
    with scopes_disabled(), transaction.atomic():
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
        Membership.objects.filter(pk=membership.pk).update(pledges_accepted_at=now)
        membership.pledges_accepted_at = now
        audit_record(
            action="invitation.redeemed",
            actor=user,
            network=invitation.network,
            target=invitation,
            request=request,
        )
    return membership


def membership_status_override(
    *, membership: Membership, status: str, note: str, actor: User
) -> Membership:
    """A steward sets a status by hand, with a note; the daily evaluation then leaves it."""
    if status not in MembershipStatus.values:
        raise ValidationError({"status": _("Choose one of the listed statuses.")})
    if not note.strip():
        raise ValidationError({"note": _("Say why, in a few words, so other stewards know.")})
    previous = membership.status
    with scopes_disabled(), transaction.atomic():
        Membership.objects.filter(pk=membership.pk).update(
            status=status, status_overridden=True, status_note=note.strip()[:300]
        )
        membership.status, membership.status_overridden = status, True
        membership.status_note = note.strip()[:300]
        audit_record(
            action="membership.status_overridden",
            actor=actor,
            network=membership.network,
            target=membership,
            data={"from": previous, "to": status},
        )
    return membership


EVALUATED_STATUSES = (
    MembershipStatus.ACTIVE,
    MembershipStatus.CHECK_IN_DUE,
    MembershipStatus.TO_BE_REMOVED,
)


def membership_statuses_evaluate(*, network: Network, today: date | None = None) -> dict[str, int]:
    """Apply the activity rule to every admitted, non-overridden membership of the network,
    from the attendance ledger. Returns how many moved to each status."""
    from collaboratory.gatherings.selectors import attendance_last_dates
    from collaboratory.networks.selectors import membership_settings_for

    today = today or timezone.localdate()
    config = membership_settings_for(network=network)
    last = attendance_last_dates(network=network)
    moved: dict[str, int] = {}
    with scopes_disabled(), transaction.atomic():
        rows = Membership.objects.filter(
            network=network, status__in=EVALUATED_STATUSES, status_overridden=False
        ).values_list("pk", "user_id", "status", "joined_at")
        changes: dict[str, list[int]] = {}
        for pk, user_id, status, joined in rows:
            new = activity_status(
                last_attended=last.get(user_id),
                joined=joined,
                today=today,
                check_in_after_months=config.check_in_after_months,
                remove_after_months=config.remove_after_months,
            )
            if new != status:
                changes.setdefault(new, []).append(pk)
        for status, pks in changes.items():
            for start in range(0, len(pks), 500):
                Membership.objects.filter(pk__in=pks[start : start + 500]).update(status=status)
            moved[status] = len(pks)
        if moved:
            audit_record(action="membership.statuses_evaluated", network=network, data=moved)
    return moved


def nominations_bulk_create(*, network: Network, rows: list[Nomination]) -> list[Nomination]:
    """Insert many nominations of one network (demo generator)."""
    if any(row.network_id != network.pk for row in rows):
        raise ValidationError(_("Every nomination must belong to the network being filled."))
    with scopes_disabled(), transaction.atomic():
        return Nomination.objects.bulk_create(rows, batch_size=1000)


def invitations_bulk_create(*, network: Network, rows: list[Invitation]) -> list[Invitation]:
    """Insert many invitations of one network (demo generator, roster import); tokens are
    digests only."""
    if any(row.network_id != network.pk or len(row.token_digest) != 64 for row in rows):
        raise ValidationError(_("Every invitation must belong to the network and carry a digest."))
    with scopes_disabled(), transaction.atomic():
        created = Invitation.objects.bulk_create(rows, batch_size=1000)
        audit_record(action="invitation.bulk_issued", network=network, data={"count": len(created)})
    return created


def membership_consent_granted(*, network: Network, user: User) -> None:
    """A guardian confirmed: the youth member's pending membership becomes active."""
    with scopes_disabled(), transaction.atomic():
        for membership in Membership.objects.filter(
            network=network, user=user, status=MembershipStatus.PENDING_CONSENT
        ):
            Membership.objects.filter(pk=membership.pk).update(
                status=MembershipStatus.ACTIVE, joined_at=timezone.now()
            )
            audit_record(action="membership.consent_granted", network=network, target=membership)


def membership_consent_revoked(*, network: Network, user: User) -> None:
    """A guardian revoked consent: the youth member's membership is suspended."""
    with scopes_disabled(), transaction.atomic():
        for membership in Membership.objects.filter(network=network, user=user):
            Membership.objects.filter(pk=membership.pk).update(
                status=MembershipStatus.SUSPENDED, status_overridden=True
            )
            audit_record(action="membership.suspended", network=network, target=membership)


def roster_import(*, network: Network, rows: list[RosterRow], actor: User) -> int:
    """Invite every validated roster row, all or nothing; returns how many were invited.

    Every row becomes an invitation, whether or not its address already has an account: a
    person joins only by accepting (and may decline), nothing the file says overwrites a
    person's own profile, and neither the answer nor the roster differs between addresses
    with and without an account, so an import cannot be used to find out which do. The
    row's organization, sector and title reach the membership on acceptance; the person
    gives their own name, age band, city and region.
    """
    from collaboratory.networks.selectors import membership_settings_for
    from collaboratory.people.selectors import minor_account_emails

    if not rows:
        raise ValidationError(_("There are no valid rows to import."))
    emails = [r.email for r in rows]
    line_of = {r.email: r.line for r in rows}
    with scopes_disabled(), transaction.atomic():
        # The preview checked these; check again inside the transaction, which writes nothing
        # when a line has become unfit meanwhile.
        members: set[str] = set()
        for start in range(0, len(emails), 900):
            members.update(
                Membership.objects.filter(
                    network=network, user__email__in=emails[start : start + 900]
                ).values_list("user__email", flat=True)
            )
        unfit = sorted(line_of[e] for e in members | minor_account_emails(emails=emails))
        if unfit:
            raise ValidationError(
                ngettext(
                    "Line %(lines)s can no longer be imported: check the file again.",
                    "Lines %(lines)s can no longer be imported: check the file again.",
                    len(unfit),
                )
                % {"lines": ", ".join(str(n) for n in unfit[:20])}
            )
        org_names = sorted({r.organization for r in rows if r.organization})
        Organization.objects.bulk_create(
            [Organization(network=network, name=n) for n in org_names],
            batch_size=1000,
            ignore_conflicts=True,
        )
        organizations = dict(Organization.objects.filter(network=network).values_list("name", "pk"))
        sectors = dict(Sector.objects.filter(network=network).values_list("name", "pk"))
        expires = timezone.now() + timedelta(
            days=membership_settings_for(network=network).invitation_valid_days
        )
        tokens = [new_token() for _row in rows]  # 256 bits each, kept in memory only
        invitations = invitations_bulk_create(
            network=network,
            rows=[
                Invitation(
                    network=network,
                    email=r.email,
                    full_name=r.full_name,
                    role=Role.MEMBER,
                    organization_id=organizations.get(r.organization),
                    sector_id=sectors.get(r.sector),
                    title=r.title,
                    token_digest=token_digest(token),
                    invited_by=actor,
                    expires_at=expires,
                )
                for r, token in zip(rows, tokens, strict=True)
            ],
        )
        audit_record(
            action="roster.imported", actor=actor, network=network, data={"count": len(rows)}
        )
        links = [
            django_settings.SITE_URL + reverse("invitations:landing", kwargs={"token": token})
            for token in tokens
        ]

        def send_all() -> None:
            for invitation, link in zip(invitations, links, strict=True):
                _send_invitation_email(invitation=invitation, link=link, inviter=actor)

        transaction.on_commit(send_all)
    return len(rows)


def check_ins_send(*, network: Network) -> int:
    """Email every check-in-due member who has no open check-in yet, once (the open check-in
    row with its unique constraint is the sent-log). Returns how many were sent."""
    with scopes_disabled():
        due = list(
            Membership.objects.filter(network=network, status=MembershipStatus.CHECK_IN_DUE)
            .exclude(check_ins__answer="")
            .select_related("user", "network")
        )
    sent = 0
    for membership in due:
        try:
            with scopes_disabled(), transaction.atomic():
                check_in = CheckIn.objects.create(network=network, membership=membership)
                audit_record(action="check_in.sent", network=network, target=check_in)
                link = django_settings.SITE_URL + reverse(
                    "networks:check_in", kwargs={"network_slug": network.slug}
                )
                body = render_to_string(
                    "networks/email/check_in.txt",
                    {"membership": membership, "network": network, "link": link},
                )
                subject = _("Do you wish to stay in %(network)s?") % {"network": network.name}
                transaction.on_commit(
                    partial(
                        mail_send,
                        network=network,
                        subject=subject,
                        body=body,
                        recipients=[membership.user],
                        free_text=False,
                    )
                )
        except IntegrityError:
            continue
        sent += 1
    return sent


def check_in_answer(*, membership: Membership, stay: bool) -> CheckIn:
    """The member answers the check-in. Staying is recorded for the stewards; leaving makes
    the member an alumnus at once."""
    with scopes_disabled(), transaction.atomic():
        check_in = CheckIn.objects.filter(membership=membership, answer="").first()
        if check_in is None:
            raise ValidationError(_("There is no open check-in for you in this network."))
        answer = CheckInAnswer.STAY if stay else CheckInAnswer.LEAVE
        CheckIn.objects.filter(pk=check_in.pk).update(answer=answer, answered_at=timezone.now())
        check_in.refresh_from_db()
        if not stay:
            Membership.objects.filter(pk=membership.pk).update(
                status=MembershipStatus.ALUMNI,
                status_overridden=True,
                status_note=_("Left at check-in"),
            )
        audit_record(
            action="check_in.answered",
            actor=membership.user,
            network=membership.network,
            target=check_in,
            data={"answer": answer},
        )
    return check_in


def membership_organization_change(
    *, membership: Membership, organization_name: str, title: str, sector: Sector | None
) -> OrganizationChange:
    """A member reports a new organization (and title, sector): the membership changes, the
    old values are kept as history, and the network's stewards are emailed."""
    name = " ".join(organization_name.split())
    errors: dict[str, str] = {}
    if not name:
        errors["organization_name"] = _("Give the name of your new organization.")
    if len(title) > 150:
        errors["title"] = _("Keep the title under 150 characters.")
    if sector is not None and sector.network_id != membership.network_id:
        errors["sector"] = _("Choose a sector from this network's list.")
    if errors:
        raise ValidationError(errors)
    network = membership.network
    with scopes_disabled(), transaction.atomic():
        organization = organization_get_or_create(network=network, name=name)
        change = OrganizationChange.objects.create(
            network=network,
            membership=membership,
            previous_organization=membership.organization.name if membership.organization else "",
            previous_title=membership.title,
            organization=organization.name,
            title=title.strip(),
        )
        Membership.objects.filter(pk=membership.pk).update(
            organization=organization, title=title.strip(), sector=sector
        )
        membership.organization, membership.title, membership.sector = (
            organization,
            title.strip(),
            sector,
        )
        audit_record(
            action="membership.organization_changed",
            actor=membership.user,
            network=network,
            target=change,
        )
        stewards = [
            m.user
            for m in Membership.objects.filter(
                network=network, role=Role.STEWARD, status__in=ADMITTED_STATUSES
            ).select_related("user")
        ]
        if stewards:
            subject = _("%(name)s changed organizations") % {"name": membership.user.full_name}
            body = render_to_string(
                "networks/email/organization_changed.txt",
                {"change": change, "member": membership.user, "network": network},
            )
            # The organization and title are the member's own words (free text).
            transaction.on_commit(
                lambda: mail_send(
                    network=network,
                    subject=subject,
                    body=body,
                    recipients=stewards,
                    authors=[membership.user],
                    free_text=True,
                )
            )
    return change
