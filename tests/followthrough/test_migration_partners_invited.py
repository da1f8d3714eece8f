"""followthrough 0014: partnerships recorded before invitations named members of a sibling
local network without asking them (`partnership_span` linked them at once). They come off
the partnership and get a waiting invitation, answered like any other; the partnership
spans networks only where someone of the other network accepted. Home members, the
recorder and people who accepted stay on it."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.followthrough.models import Partnership, PartnershipInvitation
from collaboratory.followthrough.services import (
    partnership_invitation_answer,
    partnership_invite,
    partnership_record,
)
from collaboratory.networks.models import MembershipStatus, Role
from tests.factories import MembershipFactory
from tests.followthrough.test_partnership_accept import (  # noqa: F401 (fixture)
    Span,
    _members,
    _page,
    span,
)
from tests.migrations import migrate_to

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [
    ("followthrough", "0013_partnership_invitation_email_one_line"),
    ("audit", "0001_initial"),
]
AFTER = [("followthrough", "0014_cross_network_partners_invited")]


def test_partners_linked_without_asking_are_invited_instead(
    span: Span,  # noqa: F811
    at_head: None,
) -> None:
    with scopes_disabled():
        both = MembershipFactory(network=span.tulsa, user__email="both@x.example").user
        MembershipFactory(network=span.fresno, user=both)
        gone = MembershipFactory(
            network=span.fresno, user__email="left@fresno.example", status=MembershipStatus.REMOVED
        ).user
        spanner = MembershipFactory(network=span.tulsa, role=Role.STEWARD).user
        ana = MembershipFactory(network=span.fresno, user__email="ana@fresno.example").user
        # A partnership of the new rules: Ana accepted her invitation.
        later = partnership_record(
            network=span.tulsa,
            recorded_by=span.steward,
            kind="project",
            title="Shared van",
            story="y",
            idempotency_key=uuid.uuid4(),
        )
        partnership_invite(
            partnership=later,
            actor=span.steward,
            partner_network=span.fresno,
            emails=["ana@fresno.example"],
        )
        partnership_invitation_answer(
            invitation=PartnershipInvitation.objects.get(partnership=later),
            user=ana,
            accept=True,
        )
    old = migrate_to(BEFORE)
    # As partnership_span left them: linked at once, the partner network set.
    partnership = old.get_model("followthrough", "Partnership")
    partnership.objects.filter(pk=span.p.pk).update(partner_network_id=span.fresno.pk)
    partnership.objects.get(pk=span.p.pk).members.add(span.rosa.pk, both.pk, gone.pk)
    partnership.objects.get(pk=later.pk).members.add(span.rosa.pk)
    old.get_model("audit", "AuditEvent").objects.create(
        action="partnership.spanned",
        actor_id=spanner.pk,
        network_id=span.tulsa.pk,
        target_type="followthrough.partnership",
        target_id=str(span.p.pk),
        data={"partner_network": span.fresno.pk, "members": [span.rosa.pk]},
    )
    before = timezone.now()

    migrate_to(AFTER)

    with scopes_disabled():
        first = Partnership.objects.get(pk=span.p.pk)
        second = Partnership.objects.get(pk=later.pk)
        invited = {
            (i.partnership_id, i.email): i for i in PartnershipInvitation.objects.filter(answer="")
        }
    # Off the partnerships: Rosa on both, the former Fresno member on the first. The home
    # member who is in Fresno too, the recorder and Ana, who accepted, stay.
    assert _members(span) == {span.steward.pk, both.pk}
    with scopes_disabled():
        assert set(second.members.values_list("pk", flat=True)) == {span.steward.pk, ana.pk}
    # The first spans no network until someone accepts; the second, accepted, still does.
    assert (first.partner_network_id, second.partner_network_id) == (None, span.fresno.pk)
    assert set(invited) == {
        (first.pk, "rosa@fresno.example"),
        (first.pk, "left@fresno.example"),
        (second.pk, "rosa@fresno.example"),
    }
    rosa = invited[(first.pk, "rosa@fresno.example")]
    assert (rosa.invitee_id, rosa.invited_by_id, rosa.network_id) == (
        span.rosa.pk,
        spanner.pk,
        span.fresno.pk,
    )
    assert before + timedelta(days=13) < rosa.expires_at < timezone.now() + timedelta(days=15)
    # Someone no longer admitted there has nothing to answer: the address is only typed.
    assert invited[(first.pk, "left@fresno.example")].invitee_id is None
    assert invited[(second.pk, "rosa@fresno.example")].invited_by_id == span.steward.pk
    # The home page names no one unasked; it reads the addresses as any invitation.
    page = _page(span)
    assert "Rosa Reyes" not in page
    assert page.count("Invitation sent if this address belongs to a member") == 2
    # Rosa answers as any invitee: accepting names her again, with her consent.
    partnership_invitation_answer(invitation=rosa, user=span.rosa, accept=True)
    assert _members(span) == {span.steward.pk, both.pk, span.rosa.pk}
    with scopes_disabled():
        assert Partnership.objects.get(pk=span.p.pk).partner_network_id == span.fresno.pk
