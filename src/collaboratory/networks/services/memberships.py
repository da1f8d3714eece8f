"""Networks and memberships: creating them, roles, settings, the activity rule and its
check-ins, consent's effect on a youth membership, and a member's change of organization."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from functools import partial

from django.conf import settings as django_settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django_scopes import scope

from collaboratory.audit.services import audit_record
from collaboratory.networks.activity import activity_status
from collaboratory.networks.defaults import DEFAULT_SECTORS, sector_spellings
from collaboratory.networks.mail import (
    in_language_of,
    mail_retries_drop,
    mail_send,
    mail_send_by_language,
)
from collaboratory.networks.models import (
    ADMITTED_STATUSES,
    STEWARD_SET_STATUSES,
    CheckIn,
    CheckInAnswer,
    DigestItem,
    Membership,
    MembershipSettings,
    MembershipStatus,
    Network,
    NetworkKind,
    Organization,
    OrganizationChange,
    Role,
    Sector,
)
from collaboratory.networks.scoping import date_in
from collaboratory.networks.selectors import (
    admitted_steward_ids,
    leaves_no_steward,
    membership_settings_for,
    stewards_of_network,
)
from collaboratory.people.models import GuardianConsent, User
from collaboratory.plaintext import fold_case_and_accents
from collaboratory.validators import validate_short_name


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
    is_practice: bool = False,
) -> Network:
    """Create a network with its starting list of sectors. A practice network (convener
    training) is a local one, kept out of real figures."""
    if is_practice and kind != NetworkKind.LOCAL:
        raise ValidationError({"kind": _("A practice network is a local network.")})
    # Before the model's own check, whose slug rule is looser and names a "slug".
    try:
        validate_short_name(slug)
    except ValidationError as error:
        raise ValidationError({"slug": error.messages}) from None
    network = Network(
        slug=slug,
        name=name,
        kind=kind,
        parent=parent,
        tagline=tagline,
        time_zone=time_zone,
        is_practice=is_practice,
    )
    network.full_clean()
    with transaction.atomic(), scope(network=network):
        network.save()
        Sector.objects.bulk_create([Sector(network=network, name=s) for s in sectors])
        audit_record(action="network.created", actor=actor, network=network, target=network)
    return network


def organizations_bulk_create(*, network: Network, rows: list[Organization]) -> list[Organization]:
    """Insert many organizations of one network at once (the demo generator). Each must
    belong to the network and have a name."""
    if any(row.network_id != network.pk or not row.name.strip() for row in rows):
        raise ValidationError(_("Every organization must belong to the network and have a name."))
    with scope(network=network), transaction.atomic():
        return Organization.objects.bulk_create(rows, batch_size=1000)


def organization_get_or_create(*, network: Network, name: str, city: str = "") -> Organization:
    name = " ".join(name.split())
    if not name:
        raise ValidationError({"organization": _("Give the organization's name.")})
    with scope(network=network):
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
    if role == Role.STEWARD and user.is_minor:
        # The `create_steward` command named a student's address and made them a steward.
        raise ValidationError(
            {
                "role": _("%(person)s is a high-school student: students cannot be stewards.")
                % {"person": user}
            }
        )
    for owned in (organization, sector):
        if owned is not None and owned.network_id != network.pk:
            raise ValidationError(_("That organization or sector belongs to another network."))
    with scope(network=network):
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


def membership_lock(*, network: Network, user: User) -> bool:
    """Hold the person's admitted membership row in this network until the transaction ends;
    False if they have none (read under the lock: someone removed meanwhile gets nothing).

    For a write that first reads the person's own earlier rows, then decides (the same words
    offered again, the same note sent again, a daily limit): every such write of theirs takes
    this first, so two tabs or phones, each with its own form key, are queued and the second
    reads what the first committed. A per-person parent row, as seats lock their gathering
    ("Durability and concurrency"). PostgreSQL: `FOR NO KEY UPDATE`, which a row pointing at
    the membership (a check-in; its foreign key takes `FOR KEY SHARE`) does not wait for.
    SQLite has no row locks, and needs none: `BEGIN IMMEDIATE` already holds the write lock
    from the transaction's start. Call it inside `transaction.atomic()`, before the reads."""
    with scope(network=network):
        return (
            Membership.objects.select_for_update(no_key=True)
            .filter(network=network, user=user, status__in=ADMITTED_STATUSES)
            .values_list("pk", flat=True)
            .first()
        ) is not None


def _admitted_stewards_locked(network: Network) -> list[int]:
    """The network's admitted stewards' membership ids, their rows locked in id order until
    the transaction ends. Every write that could leave a network with no steward takes this
    same lock set in the same order, so two such writes queue (PostgreSQL re-reads the rows
    after the wait, so the second sees the first's change) instead of each locking the
    other's row first and deadlocking. SQLite's immediate transactions queue them already."""
    return admitted_steward_ids(network, lock=True)


def _last_steward(membership: Membership) -> bool:
    """Whether `membership` holds the network's only admitted steward role
    (`leaves_no_steward`). The stewards' rows are locked, so two stewards ending each
    other's memberships at once leave one."""
    return leaves_no_steward(membership, _admitted_stewards_locked(membership.network))


def _last_steward_message(membership: Membership) -> str:
    return _(
        "%(person)s is the last steward of %(network)s: name another steward first (invite one "
        "with the role Steward and wait until they accept)."
    ) % {"person": membership.user, "network": membership.network.name}


def _role_errors(membership: Membership, role: str, status: str) -> str:
    """Why this membership cannot take `role` (empty when it can)."""
    person = membership.user
    if role not in Role.values:
        return _("Unknown role.")
    if role == Role.YOUTH_MEMBER and membership.network.kind != NetworkKind.YOUTH:
        return _("Youth members belong to a youth cohort network.")
    if role == Role.YOUTH_MEMBER and not person.is_minor:
        return _("The youth member role is for high-school students.")
    if role == Role.STEWARD and person.is_minor:
        # Safeguards: stewards read minors' records and write to them; a student never is one.
        return _("%(person)s is a high-school student: students cannot be stewards.") % {
            "person": person
        }
    if role != Role.YOUTH_MEMBER and person.is_minor:
        return _("A high-school student's role stays Youth member.")
    if role == Role.STEWARD and status not in ADMITTED_STATUSES:
        return _(
            "%(person)s is not an admitted member: restore their membership first, then make "
            "them a steward."
        ) % {"person": person}
    return ""


def _role_and_status_locked(membership: Membership) -> tuple[str, str] | None:
    """The membership's role and status as they are now, or None if it left the network,
    with the network's admitted stewards' rows and then its own locked (one order for every
    caller): a change of role and leaving both decide on these, and two at once must queue."""
    _admitted_stewards_locked(membership.network)
    return (
        Membership.objects.select_for_update()
        .filter(pk=membership.pk, network=membership.network)
        .values_list("role", "status")
        .first()
    )


def membership_change_role(*, membership: Membership, role: str, actor: User | None) -> Membership:
    """Role changes are audited: they change what a person can see. The row is read again
    under lock: the same change twice (a double tap) is done once, and the network's last
    admitted steward keeps the role (the stewards' rows are locked, so two stewards stepping
    down at once leave one). The person is emailed in their language, told who changed it:
    themselves, a steward, or with no `actor` the platform's administrators."""
    network = membership.network
    with scope(network=network), transaction.atomic():
        current = _role_and_status_locked(membership)
        if current is None:
            raise ValidationError({"role": _("That membership is no longer in this network.")})
        previous, status = current
        membership.role, membership.status = previous, status
        if previous == role:
            return membership  # already so: a second tap changes and tells nothing
        problem = _role_errors(membership, role, status)
        if problem:
            raise ValidationError({"role": problem})
        if previous == Role.STEWARD and status in ADMITTED_STATUSES and _last_steward(membership):
            raise ValidationError({"role": _last_steward_message(membership)})
        Membership.objects.filter(pk=membership.pk).update(role=role)
        membership.role = role
        audit_record(
            action="membership.role_changed",
            actor=actor,
            network=network,
            target=membership,
            data={"from": previous, "to": role},
        )
        _role_told(
            membership=membership,
            previous=previous,
            by=_by_self_or_steward(actor, membership.user) if actor else "platform",
        )
    return membership


def _by_self_or_steward(actor: User, person: User) -> str:
    return "self" if actor.pk == person.pk else "steward"


def _role_told(
    *, membership: Membership, previous: str, by: str, account_created: bool = False
) -> None:
    """Email the person their new role after commit, in their language, saying who gave it:
    themselves, a steward, or the platform's administrators (the `create_steward` command;
    `previous` empty: a new membership, `account_created`: with a new account)."""
    person, network, role = membership.user, membership.network, membership.role
    with in_language_of(person):
        if previous:
            subject = _("Your role in %(network)s has changed") % {"network": network.name}
        else:
            subject = _("You now take part in %(network)s as %(role)s") % {
                "network": network.name,
                "role": Role(role).label,
            }
        body = render_to_string(
            "networks/email/role_changed.txt",
            {
                "person": person,
                "network": network,
                "previous": Role(previous).label if previous else "",
                "role": Role(role).label,
                "by": by,
                "account_created": account_created,
                "role_is_steward": role == Role.STEWARD,
                "link": django_settings.SITE_URL
                + reverse("networks:home", kwargs={"network_slug": network.slug}),
            },
        )
    transaction.on_commit(
        partial(
            mail_send,
            network=network,
            subject=subject,
            body=body,
            recipients=[person],
            free_text=False,
        )
    )


def membership_steward_by_platform(
    *, network: Network, user: User, account_created: bool = False
) -> Membership:
    """The platform's administrators make a person a steward from a shell (the
    `create_steward` command): a new membership, or the role of the one they have. Either
    way the person is told who did it (not "a steward"), and, when the command also made
    their account, how to sign in. Already a steward: nothing changes and no one is told."""
    with scope(network=network):
        # Any status: a former member is told to be restored first, not "already in".
        existing = (
            Membership.objects.select_related("user", "network")
            .filter(network=network, user=user)
            .first()
        )
    if existing is not None:
        return membership_change_role(membership=existing, role=Role.STEWARD, actor=None)
    with scope(network=network), transaction.atomic():
        membership = membership_create(network=network, user=user, role=Role.STEWARD)
        _role_told(
            membership=membership, previous="", by="platform", account_created=account_created
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
    with scope(network=network), transaction.atomic():
        created = Membership.objects.bulk_create(rows, batch_size=1000)
        audit_record(
            action="membership.bulk_created", network=network, data={"count": len(created)}
        )
    return created


def membership_settings_update(
    *, network: Network, actor: User, **fields: object
) -> MembershipSettings:
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
    with scope(network=network), transaction.atomic():
        row.save()
        audit_record(
            action="membership.settings_changed",
            actor=actor,
            network=network,
            target=row,
            data={"fields": sorted(fields)},
        )
    return row


def sector_add(*, network: Network, name: str, actor: User) -> Sector:
    """A steward adds a sector to the network's list. A network opens with the default
    sectors and nothing else changed the list, so a roster file or a nomination naming
    another ("Health") met a dead end. A name already there, in any site language and case
    and accents aside ("Sin fines de lucro" for "Nonprofit"), is refused."""
    name = " ".join(name.split())
    sector = Sector(network=network, name=name)
    sector.full_clean(exclude=["network"])
    with scope(network=network), transaction.atomic():
        # Read under the network's row lock (SQLite's write lock from the transaction's
        # start): two stewards adding "Health" and "health" at once both passed a check
        # read before it, and both were saved.
        Network.objects.select_for_update().filter(pk=network.pk).first()
        names = list(Sector.objects.filter(network=network).values_list("name", flat=True))
        taken = {fold_case_and_accents(n) for n in [*names, *sector_spellings(names)]}
        if fold_case_and_accents(name) in taken:
            raise ValidationError({"name": _("%(name)s is already on the list.") % {"name": name}})
        sector.save()
        audit_record(
            action="sector.added", actor=actor, network=network, target=sector, data={"name": name}
        )
    return sector


# What a new network takes over from the one it is started from (training's Launch): the
# membership rhythm, the invitation's life and the packet with the criteria.
COPIED_MEMBERSHIP_SETTINGS = (
    "check_in_after_months",
    "remove_after_months",
    "invitation_valid_days",
    "packet_markdown",
    "criteria",
)


def membership_settings_copy(*, source: Network, target: Network, actor: User | None) -> None:
    """`target` starts with `source`'s membership settings (a network launched from training
    takes the national network's packet and rhythm)."""
    with scope(network=source):
        origin = membership_settings_for(network=source)
    with scope(network=target), transaction.atomic():
        row = membership_settings_for(network=target)
        for name in COPIED_MEMBERSHIP_SETTINGS:
            setattr(row, name, getattr(origin, name))
        row.save()
        audit_record(
            action="membership.settings_copied",
            actor=actor,
            network=target,
            target=row,
            data={"from": source.pk},
        )


MembershipEndHook = Callable[..., object]  # called as fn(network=..., user_id=...)
_membership_end_hooks: list[MembershipEndHook] = []


def on_membership_end(fn: MembershipEndHook) -> MembershipEndHook:
    """Register `fn(network=..., user_id=...)`: called in the same transaction whenever a
    membership leaves the admitted statuses, for what must not outlive it in apps above
    networks (API tokens). Called again for a membership already out: it must be harmless."""
    if fn not in _membership_end_hooks:
        _membership_end_hooks.append(fn)
    return fn


def _membership_ended(*, network: Network, user_id: int) -> None:
    """What a membership leaves behind when it ends is dropped, not kept for a return: the
    emails queued for the person's weekly digest here (a digest they no longer get, which
    would otherwise all go out if they came back), this network's email to them still
    waiting for the mail server (a youth member whose guardian withdrew consent got an
    adult's words at the retry; the email of the ending itself is sent after this), and
    what the registered hooks drop."""
    DigestItem.objects.filter(network=network, user_id=user_id).delete()
    email = User.objects.filter(pk=user_id).values_list("email", flat=True).first()
    if email:
        mail_retries_drop(to=email, network=network)
    for hook in _membership_end_hooks:
        hook(network=network, user_id=user_id)


MembershipReinstatedHook = Callable[..., object]  # called as fn(network=..., user_id=...)
_membership_reinstated_hooks: list[MembershipReinstatedHook] = []


def on_membership_reinstated(fn: MembershipReinstatedHook) -> MembershipReinstatedHook:
    """Register `fn(network=..., user_id=...)`: called in the same transaction whenever a
    membership comes back to the admitted statuses from a former one (a steward restores
    it on the roster), for what apps above networks keep that depends on who is admitted
    (gatherings: a kept page's seat count, the waitlist). The counterpart of
    `on_membership_end`; called again for a membership already back, it must be harmless."""
    if fn not in _membership_reinstated_hooks:
        _membership_reinstated_hooks.append(fn)
    return fn


def _membership_reinstated(*, network: Network, user_id: int) -> None:
    for hook in _membership_reinstated_hooks:
        hook(network=network, user_id=user_id)


def _consent_in_force(membership: Membership) -> bool:
    """Whether a guardian has confirmed, and not revoked, consent for this membership's
    person in its network."""
    with scope(network=membership.network):
        return GuardianConsent.objects.filter(
            network=membership.network_id,
            user=membership.user_id,
            confirmed_at__isnull=False,
            revoked_at__isnull=True,
        ).exists()


def membership_status_override(
    *, membership: Membership, status: str, note: str, actor: User
) -> Membership:
    """A steward sets a status by hand, with a note; the daily evaluation then leaves it.
    Only the statuses a steward decides: an invitation or a guardian sets the others.

    Exactly once: the row is read as it is now (not as the steward's page loaded it) and
    written only if still so (a conditional update). The same status and note again (a
    double tap, a resend) finds them already set: nothing is written, audited or run
    again, and the caller answers as for the first. A change made by someone else between
    the read and the write is refused, to be looked at again."""
    if status not in STEWARD_SET_STATUSES:
        raise ValidationError({"status": _("Choose one of the listed statuses.")})
    note = note.strip()[:300]
    if not note:
        raise ValidationError({"note": _("Say why, in a few words, so other stewards know.")})
    network = membership.network
    wanted = (status, True, note)
    with scope(network=network), transaction.atomic():
        current = (
            Membership.objects.filter(pk=membership.pk, network=network)
            .values_list("role", "status", "status_overridden", "status_note")
            .first()
        )
        if current is None:
            raise ValidationError({"status": _("That membership is no longer in this network.")})
        role, previous, overridden, previous_note = current
        membership.role = role
        if (previous, overridden, previous_note) == wanted:
            membership.status, membership.status_overridden, membership.status_note = wanted
            return membership  # already so: a second tap changes and records nothing
        if (
            status in ADMITTED_STATUSES
            and previous not in ADMITTED_STATUSES
            and membership.user.is_minor
            and not _consent_in_force(membership)
        ):
            # Only a guardian's consent admits a student (safeguards.md): not a steward's word.
            raise ValidationError(
                {
                    "status": _(
                        "%(person)s can join only once a parent or guardian has confirmed "
                        "consent through the emailed link."
                    )
                    % {"person": membership.user}
                }
            )
        if (
            role == Role.STEWARD
            and previous in ADMITTED_STATUSES
            and status not in ADMITTED_STATUSES
            and _last_steward(membership)
        ):
            # The network would be left with no one to run it (and its last steward could
            # end their own membership, then delete the account the guard holds back).
            raise ValidationError({"status": _last_steward_message(membership)})
        changed = Membership.objects.filter(
            pk=membership.pk,
            status=previous,
            status_overridden=overridden,
            status_note=previous_note,
        ).update(status=status, status_overridden=True, status_note=note)
        if changed != 1:
            # Another request wrote first. PostgreSQL re-reads the row after waiting for its
            # lock; the same change is the double tap's first half, anything else a
            # steward's change this page did not show.
            now = (
                Membership.objects.filter(pk=membership.pk)
                .values_list("status", "status_overridden", "status_note")
                .first()
            )
            if now == wanted:
                membership.status, membership.status_overridden, membership.status_note = wanted
                return membership
            raise ValidationError(
                {
                    "status": _(
                        "%(person)s's status was changed meanwhile by someone else: look at "
                        "the roster again, then choose."
                    )
                    % {"person": membership.user}
                }
            )
        membership.status, membership.status_overridden, membership.status_note = wanted
        if status not in ADMITTED_STATUSES:
            _membership_ended(network=network, user_id=membership.user_id)
        elif previous not in ADMITTED_STATUSES:
            _membership_reinstated(network=network, user_id=membership.user_id)
        audit_record(
            action="membership.status_overridden",
            actor=actor,
            network=network,
            target=membership,
            data={"from": previous, "to": status},
        )
    return membership


EVALUATED_STATUSES = (
    MembershipStatus.ACTIVE,
    MembershipStatus.CHECK_IN_DUE,
    MembershipStatus.TO_BE_REMOVED,
)


def membership_statuses_evaluate(
    *,
    network: Network,
    last_attended: Mapping[int, date | datetime],
    today: date | None = None,
) -> dict[str, int]:
    """Apply the activity rule to every admitted, non-overridden membership of the network.
    `last_attended` maps a user id to the end of their last attended part: the caller reads
    it from the attendance ledger (gatherings sits above networks, so the dates are handed
    in rather than fetched). Returns how many moved to each status. Every day is the
    network's: `today` defaults to its date now, and a joining or attending instant counts
    on the day it was there (9:30 pm in New York, not UTC's next day)."""
    today = today or date_in(network, timezone.now())

    def day_of(moment: date | datetime | None) -> date | None:
        return date_in(network, moment) if isinstance(moment, datetime) else moment

    config = membership_settings_for(network=network)
    moved: dict[str, int] = {}
    with scope(network=network), transaction.atomic():
        rows = Membership.objects.filter(
            network=network, status__in=EVALUATED_STATUSES, status_overridden=False
        ).values_list("pk", "user_id", "status", "joined_at")
        changes: dict[str, list[int]] = {}
        for pk, user_id, status, joined in rows:
            new = activity_status(
                last_attended=day_of(last_attended.get(user_id)),
                joined=day_of(joined),
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


def membership_consent_granted(*, network: Network, user: User) -> None:
    """A guardian confirmed: the youth member's pending membership becomes active."""
    with scope(network=network), transaction.atomic():
        for membership in Membership.objects.filter(
            network=network, user=user, status=MembershipStatus.PENDING_CONSENT
        ):
            Membership.objects.filter(pk=membership.pk).update(
                status=MembershipStatus.ACTIVE, joined_at=timezone.now()
            )
            audit_record(action="membership.consent_granted", network=network, target=membership)


def membership_consent_revoked(*, network: Network, user: User) -> None:
    """A guardian revoked consent: the youth member's membership is suspended."""
    with scope(network=network), transaction.atomic():
        for membership in Membership.objects.filter(network=network, user=user):
            Membership.objects.filter(pk=membership.pk).update(
                status=MembershipStatus.SUSPENDED, status_overridden=True
            )
            _membership_ended(network=network, user_id=membership.user_id)
            audit_record(action="membership.suspended", network=network, target=membership)


def check_ins_send(*, network: Network) -> int:
    """Email every check-in-due member who has no open check-in yet, once (the open check-in
    row with its unique constraint is the sent-log). Returns how many were sent."""
    with scope(network=network):
        due = list(
            Membership.objects.filter(network=network, status=MembershipStatus.CHECK_IN_DUE)
            .exclude(check_ins__answer="")
            .select_related("user", "network")
        )
    sent = 0
    for membership in due:
        try:
            with scope(network=network), transaction.atomic():
                check_in = CheckIn.objects.create(network=network, membership=membership)
                audit_record(action="check_in.sent", network=network, target=check_in)
                link = django_settings.SITE_URL + reverse(
                    "networks:check_in", kwargs={"network_slug": network.slug}
                )
                with in_language_of(membership.user):
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
    the member an alumnus at once, as leaving from the network's page does, so the
    network's last steward cannot leave here either."""
    with scope(network=membership.network), transaction.atomic():
        if not stay:
            _admitted_stewards_locked(membership.network)
        check_in = CheckIn.objects.filter(membership=membership, answer="").first()
        if check_in is None:
            raise ValidationError(_("There is no open check-in for you in this network."))
        if not stay and membership.role == Role.STEWARD and _last_steward(membership):
            raise ValidationError(last_steward_leaving_text(membership.network))
        answer = CheckInAnswer.STAY if stay else CheckInAnswer.LEAVE
        CheckIn.objects.filter(pk=check_in.pk).update(answer=answer, answered_at=timezone.now())
        check_in.refresh_from_db()
        if not stay:
            _leave(membership, note=_("Left at check-in"), at_check_in=True)
        audit_record(
            action="check_in.answered",
            actor=membership.user,
            network=membership.network,
            target=check_in,
            data={"answer": answer},
        )
    return check_in


def last_steward_leaving_text(network: Network) -> str:
    return _(
        "You are the last steward of %(network)s: name another steward first (make a member "
        "a steward on the roster, or invite one with the role Steward), then leave."
    ) % {"network": network.name}


def _leave(membership: Membership, *, note: str, at_check_in: bool = False) -> None:
    """The member's own goodbye: an alumnus (a steward can bring them back from the roster),
    with what an ended membership drops, and the stewards told. Called only once the
    caller has seen, under a lock, that the membership was still admitted: a second tap
    or a retry never gets here, so the stewards hear of it once."""
    Membership.objects.filter(pk=membership.pk).update(
        status=MembershipStatus.ALUMNI, status_overridden=True, status_note=note
    )
    _membership_ended(network=membership.network, user_id=membership.user_id)
    _left_tell_stewards(membership, at_check_in=at_check_in)


def _left_tell_stewards(membership: Membership, *, at_check_in: bool) -> None:
    """Email the network's admitted stewards (not the leaver) that a member left of their
    own accord, after commit, in each steward's language. Essential roster mail, as the
    change of organization is: no preference turns it off. A minor is named, never given
    an address (safeguards.md); an adult's address is on the roster stewards read anyway."""
    network = membership.network
    person = membership.user
    stewards = [u for u in stewards_of_network(network=network) if u.pk != person.pk]
    if not stewards:
        return
    left_at = timezone.now()
    context = {
        "name": person.full_name or (_("a youth member") if person.is_minor else person.email),
        "address": "" if person.is_minor or not person.full_name else person.email,
        "network": network,
        "at_check_in": at_check_in,
        "link": django_settings.SITE_URL
        + reverse("networks:roster", kwargs={"network_slug": network.slug})
        + f"?status={MembershipStatus.ALUMNI}",
    }

    def render() -> tuple[str, str]:
        subject = _("%(name)s left %(network)s") % {
            "name": context["name"],
            "network": network.name,
        }
        day = date_format(date_in(network, left_at), "DATE_FORMAT")
        body = render_to_string("networks/email/member_left.txt", {**context, "day": day})
        return subject, body

    mail_send_by_language(network=network, recipients=stewards, render=render, free_text=False)


def membership_leave(*, membership: Membership) -> bool:
    """The member ends their own membership of this network, whenever they wish; False when
    it had already ended (a second tap changes and records nothing). Until 2026-12-06 only an
    open check-in, a year after their last gathering, let a member leave: otherwise they had
    to ask a steward or delete their whole account. The network's last steward is refused
    (the stewards' rows are locked, as for a role change)."""
    network = membership.network
    with scope(network=network), transaction.atomic():
        current = _role_and_status_locked(membership)
        if current is None or current[1] not in ADMITTED_STATUSES:
            return False
        membership.role, previous = current
        if membership.role == Role.STEWARD and _last_steward(membership):
            raise ValidationError(last_steward_leaving_text(membership.network))
        _leave(membership, note=_("Left the network"))
        membership.status = MembershipStatus.ALUMNI
        audit_record(
            action="membership.left",
            actor=membership.user,
            network=network,
            target=membership,
            data={"from": previous},
        )
    return True


def student_without_organization_text(network: Network) -> str:
    """Why a student has no "I changed organizations" page, in the words they read."""
    return _(
        "Students do not belong to an organization in %(network)s, so there is no "
        "organization or title to change here. Your stewards know you through the cohort."
    ) % {"network": network.name}


def membership_organization_change(
    *, membership: Membership, organization_name: str, title: str, sector: Sector | None
) -> OrganizationChange:
    """A member reports a new organization (and title, sector): the membership changes, the
    old values are kept as history, and the network's stewards are emailed. A student is
    refused: they belong to no organization (`Membership.is_student`)."""
    if membership.is_student:
        raise PermissionDenied(student_without_organization_text(membership.network))
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
    with scope(network=network), transaction.atomic():
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

        def render() -> tuple[str, str]:
            subject = _("%(name)s changed organizations") % {"name": membership.user.full_name}
            body = render_to_string(
                "networks/email/organization_changed.txt",
                {"change": change, "member": membership.user, "network": network},
            )
            return subject, body

        # One message per language the stewards read; the organization and title are the
        # member's own words (free text).
        mail_send_by_language(
            network=network,
            recipients=stewards_of_network(network=network),
            render=render,
            free_text=True,
            authors=[membership.user],
        )
    return change
