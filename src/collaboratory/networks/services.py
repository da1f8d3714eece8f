"""Every write to networks, organizations and memberships goes through here."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django_scopes import scopes_disabled

from collaboratory.audit.services import audit_record
from collaboratory.networks.models import (
    Membership,
    MembershipStatus,
    Network,
    NetworkKind,
    Organization,
    Role,
    Sector,
)
from collaboratory.people.models import User

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
