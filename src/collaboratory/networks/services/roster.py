"""The roster import: every validated row of a steward's file becomes an invitation, all or
nothing; and the roster export, audited."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings as django_settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django_scopes import scope

from collaboratory.audit.services import audit_record
from collaboratory.csvfile import csv_text
from collaboratory.networks.models import (
    Invitation,
    Membership,
    Network,
    Organization,
    Role,
    Sector,
)
from collaboratory.networks.roster_csv import RosterRow
from collaboratory.networks.selectors import (
    invitation_closed_emails,
    invitation_waiting_emails,
    membership_settings_for,
    roster_export_rows,
)
from collaboratory.networks.services.invitations import (
    invitation_email_send,
    invitations_bulk_create,
)
from collaboratory.networks.tokens import new_token, token_digest
from collaboratory.people.models import User


def roster_import(
    *, network: Network, rows: list[RosterRow], actor: User, language: str = ""
) -> int:
    """Invite every validated roster row, all or nothing; returns how many were invited.
    Someone with an account reads their own language; the others read `language` when the
    caller knows it (a launch: the one the organization applied in), else the inviter's.

    Every row becomes an invitation, whether or not its address already has an account: a
    person joins only by accepting (and may decline), nothing the file says overwrites a
    person's own profile, and neither the answer nor the roster differs between addresses
    with and without an account, so an import cannot be used to find out which do. The
    row's organization, sector and title reach the membership on acceptance; its city and
    region reach the account the acceptance makes (an existing account keeps its own); the
    person gives their own name and age band.
    """
    if not rows:
        raise ValidationError(_("There are no valid rows to import."))
    emails = [r.email for r in rows]
    line_of = {r.email: r.line for r in rows}
    with scope(network=network), transaction.atomic():
        # One import of a network at a time (on PostgreSQL; SQLite's immediate transactions
        # already queue writers): a double-clicked Import, reaching two processes, would
        # otherwise have both re-checks find no invitation waiting and invite everyone twice.
        Network.objects.select_for_update().filter(pk=network.pk).values_list("pk").first()
        # The preview checked these; check again inside the transaction, which writes nothing
        # when a line has become unfit meanwhile.
        members: set[str] = set()
        for start in range(0, len(emails), 900):
            members.update(
                Membership.objects.filter(
                    network=network, user__email__in=emails[start : start + 900]
                ).values_list("user__email", flat=True)
            )
        waiting = invitation_waiting_emails(network=network, emails=emails)
        closed = invitation_closed_emails(network=network, emails=emails)
        unfit = sorted(line_of[e] for e in members | closed | waiting)
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
                    city=r.city,
                    region=r.region,
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
                invitation_email_send(
                    invitation=invitation, link=link, inviter=actor, language=language
                )

        transaction.on_commit(send_all)
    return len(rows)


ROSTER_EXPORT_HEADER = (
    "full_name",
    "email",
    "role",
    "status",
    "organization",
    "title",
    "sector",
    "city",
    "region",
    "age_band",
    "joined",
)


def roster_export_csv(*, network: Network, actor: User, request: HttpRequest | None = None) -> str:
    """The roster as CSV text (never private self-descriptions, no minor's email or region),
    through the house's one CSV writer; the export is audited."""
    with scope(network=network):  # the rows are read while the text is written
        text = csv_text(roster_export_rows(network=network), header=ROSTER_EXPORT_HEADER)
    audit_record(action="roster.exported", actor=actor, network=network, request=request)
    return text
