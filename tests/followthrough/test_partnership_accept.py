"""A partnership that spans two local networks names a member of the other network only
once they accept. The home steward types addresses and always reads the same answer
("invitation sent if this address belongs to a member"); the page then shows each address
as waiting, and once the invitation has run out as "not accepted", whether it was declined,
ignored, or never a member's. Members of the other network, and its stewards, see the
invitations to them there. Minors are never invited (safeguards.md: they are not shown
across networks)."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import timedelta

import pytest
from django.contrib.messages import get_messages
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.followthrough.models import Partnership, PartnershipInvitation
from collaboratory.followthrough.services import (
    INVITATION_DAYS,
    partnership_invitation_answer,
    partnership_invite,
    partnership_publish,
    partnership_record,
)
from collaboratory.national.selectors import national_rollup
from collaboratory.networks.models import MembershipStatus, Network, NetworkKind, Role
from collaboratory.people.models import AgeBand, User
from tests.conftest import World, client_for
from tests.factories import MembershipFactory, NetworkFactory

HOST = {"HTTP_HOST": "127.0.0.1"}
SAID = (
    "Invitation sent to each address that belongs to an adult member of Fresno. They are "
    "named on the partnership once they accept."
)


@dataclass
class Span:
    tulsa: Network
    fresno: Network
    steward: User  # of Tulsa, and a member of Fresno
    fresno_steward: User
    rosa: User  # an adult member of Fresno
    teen: User  # a minor in Fresno
    p: Partnership


@pytest.fixture
def span(world: World) -> Span:
    with scopes_disabled():
        tulsa = NetworkFactory(
            slug="tulsa", name="Tulsa", kind=NetworkKind.LOCAL, parent=world.bravo
        )
        fresno = NetworkFactory(
            slug="fresno", name="Fresno", kind=NetworkKind.LOCAL, parent=world.bravo
        )
        steward = MembershipFactory(network=tulsa, role=Role.STEWARD).user
        MembershipFactory(network=fresno, user=steward)
        fresno_steward = MembershipFactory(network=fresno, role=Role.STEWARD).user
        rosa = MembershipFactory(
            network=fresno, user__email="rosa@fresno.example", user__full_name="Rosa Reyes"
        ).user
        teen = MembershipFactory(
            network=fresno,
            user__email="teen@fresno.example",
            user__full_name="Teen Torres",
            user__age_band=AgeBand.AGE_16_17,
        ).user
        MembershipFactory(
            network=fresno, user__email="gone@fresno.example", status=MembershipStatus.REMOVED
        )
        MembershipFactory(network=tulsa, user__email="home@tulsa.example")
        p = partnership_record(
            network=tulsa,
            recorded_by=steward,
            kind="partnership",
            title="Two cities",
            story="x",
            idempotency_key=uuid.uuid4(),
        )
        partnership_publish(partnership=p, actor=steward, published=True)
    mail.outbox.clear()
    return Span(tulsa, fresno, steward, fresno_steward, rosa, teen, p)


def _keep_url(s: Span) -> str:
    return reverse(
        "followthrough:partnership_keep", kwargs={"network_slug": "tulsa", "partnership_id": s.p.pk}
    )


def _page(s: Span) -> str:
    url = reverse(
        "followthrough:partnership", kwargs={"network_slug": "tulsa", "partnership_id": s.p.pk}
    )
    return client_for(s.steward).get(url, **HOST).content.decode()


def _seen(page: str) -> str:
    """What the page says of the partnership's people and its invitations (not the forms,
    whose keys change from one load to the next)."""
    facts = re.search(r'<dl class="facts">.*?</dl>', page, re.S)
    invited = re.search(r'<ul class="invitations">.*?</ul>', page, re.S)
    return (facts.group(0) if facts else "") + (invited.group(0) if invited else "")


def _invite(s: Span, emails: str) -> tuple[int, tuple[str, ...]]:
    response = client_for(s.steward).post(
        _keep_url(s),
        {"action": "span", "partner_network": "fresno", "member_emails": emails},
        **HOST,
    )
    return response.status_code, tuple(str(m) for m in get_messages(response.wsgi_request))


def _invitation(s: Span, user: User) -> PartnershipInvitation:
    with scopes_disabled():
        return PartnershipInvitation.objects.get(partnership=s.p, invitee=user)


def _members(s: Span) -> set[int]:
    with scopes_disabled():
        return set(Partnership.objects.get(pk=s.p.pk).members.values_list("pk", flat=True))


def test_nobody_is_named_before_they_accept_and_every_address_reads_the_same(
    span: Span,
) -> None:
    addresses = (
        "nobody@x.example",  # no account at all
        "home@tulsa.example",  # an account, not in Fresno
        "gone@fresno.example",  # a former member of Fresno
        "teen@fresno.example",  # a minor in Fresno
        "rosa@fresno.example",  # an adult member of Fresno
    )
    answers = {email: _invite(span, email) for email in addresses}

    assert set(answers.values()) == {(302, (SAID,))}, answers
    # Nobody is on it yet, and the partnership does not span networks yet.
    assert _members(span) == {span.steward.pk}
    with scopes_disabled():
        assert Partnership.objects.get(pk=span.p.pk).partner_network_id is None
    # Only Rosa was emailed: the minor, like any other address, was not.
    assert [m.to for m in mail.outbox] == [["rosa@fresno.example"]]
    # The page shows every typed address alike, and no one's name.
    page = _page(span)
    for email in addresses:
        assert page.count(email) == 1
    assert "Rosa Reyes" not in page
    assert "Teen Torres" not in page
    assert page.count("Invitation sent if this address belongs to a member") == len(addresses)


def test_accepting_names_them_and_counts_the_partnership_across_networks(span: Span) -> None:
    _invite(span, "rosa@fresno.example")
    invitation = _invitation(span, span.rosa)
    url = reverse(
        "followthrough:partnership_invitation",
        kwargs={"network_slug": "fresno", "invitation_id": invitation.pk},
    )
    assert url in mail.outbox[0].body
    rosa = client_for(span.rosa)
    assert "Two cities" in rosa.get(url, **HOST).content.decode()
    # Someone else (even a steward of Fresno) cannot answer for her.
    assert client_for(span.fresno_steward).get(url, **HOST).status_code == 404
    assert client_for(span.steward).post(url, {"answer": "accept"}, **HOST).status_code == 404
    with scopes_disabled():
        before = national_rollup(national=span.tulsa.parent).totals.spanning

    first = rosa.post(url, {"answer": "accept"}, **HOST)
    again = rosa.post(url, {"answer": "accept"}, **HOST)  # a double tap

    assert (first.status_code, again.status_code) == (302, 302)
    assert _members(span) == {span.steward.pk, span.rosa.pk}
    with scopes_disabled():
        assert Partnership.objects.get(pk=span.p.pk).partner_network_id == span.fresno.pk
        accepted = AuditEvent.objects.filter(action="partnership.invitation_accepted")
        assert accepted.count() == 1
        after = national_rollup(national=span.tulsa.parent).totals.spanning
    assert (before, after) == (0, 1)
    page = _page(span)
    assert "Rosa Reyes" in page
    assert "Fresno" in page


def test_a_decline_or_running_out_reads_as_not_accepted_and_names_no_one(span: Span) -> None:
    _invite(span, "rosa@fresno.example\nnobody@x.example")
    invitation = _invitation(span, span.rosa)
    waiting = _seen(_page(span))

    partnership_invitation_answer(invitation=invitation, user=span.rosa, accept=False)
    declined = _seen(_page(span))

    # Declining changes nothing the home steward reads until the invitation runs out...
    assert "nobody@x.example" in waiting
    assert declined == waiting
    # ...and then the declined address and the address of no member read alike.
    with scopes_disabled():
        PartnershipInvitation.objects.filter(partnership=span.p).update(
            expires_at=timezone.now() - timedelta(minutes=1)
        )
    ran_out = _page(span)
    assert ran_out.count("Not accepted") == 2
    assert "Invitation sent if" not in ran_out
    assert "eclined" not in ran_out
    assert "Rosa Reyes" not in ran_out
    assert _members(span) == {span.steward.pk}
    # Too late to accept now: refused, and nothing changes.
    invitation.refresh_from_db()
    with pytest.raises(ValidationError):
        partnership_invitation_answer(invitation=invitation, user=span.rosa, accept=True)
    assert _members(span) == {span.steward.pk}


def test_an_invitation_that_ran_out_cannot_be_accepted(span: Span) -> None:
    _invite(span, "rosa@fresno.example")
    invitation = _invitation(span, span.rosa)
    later = invitation.created_at + timedelta(days=INVITATION_DAYS, minutes=1)
    with pytest.raises(ValidationError):
        partnership_invitation_answer(invitation=invitation, user=span.rosa, accept=True, now=later)
    assert _members(span) == {span.steward.pk}


def test_the_same_form_sent_twice_invites_once(span: Span) -> None:
    _invite(span, "rosa@fresno.example\nnobody@x.example")
    _invite(span, "rosa@fresno.example\nnobody@x.example")  # a retry on bad wifi
    with scopes_disabled():
        partnership_invite(
            partnership=span.p,
            actor=span.steward,
            partner_network=span.fresno,
            emails=["ROSA@fresno.example"],
        )
        assert PartnershipInvitation.objects.filter(partnership=span.p).count() == 2
    assert len(mail.outbox) == 1


def test_stewards_of_both_networks_and_the_invitee_see_what_is_theirs(span: Span) -> None:
    _invite(span, "rosa@fresno.example\nteen@fresno.example\nnobody@x.example")
    url = reverse("followthrough:partnership_invitations", kwargs={"network_slug": "fresno"})

    fresno_steward = client_for(span.fresno_steward).get(url, **HOST).content.decode()
    rosa = client_for(span.rosa).get(url, **HOST).content.decode()

    # Fresno's steward sees who of Fresno was invited, onto what, from where; never the
    # addresses typed that belong to no member of Fresno, nor the minor (never invited).
    assert "Rosa Reyes" in fresno_steward
    assert "Two cities" in fresno_steward
    assert "Tulsa" in fresno_steward
    assert "nobody@x.example" not in fresno_steward
    assert "Teen Torres" not in fresno_steward
    # Rosa sees her own invitation with its answer buttons.
    assert "Two cities" in rosa
    assert 'value="accept"' in rosa
    # The teen has nothing to answer.
    teen = client_for(span.teen).get(url, **HOST).content.decode()
    assert "Two cities" not in teen


def test_a_minor_cannot_be_brought_on_even_if_typed(span: Span) -> None:
    with scopes_disabled():
        partnership_invite(
            partnership=span.p,
            actor=span.steward,
            partner_network=span.fresno,
            emails=["teen@fresno.example"],
        )
        row = PartnershipInvitation.objects.get(partnership=span.p)
    assert row.invitee_id is None
    assert mail.outbox == []
    with pytest.raises(PermissionDenied):  # no invitation is the teen's to answer
        partnership_invitation_answer(invitation=row, user=span.teen, accept=True)
    assert _members(span) == {span.steward.pk}


def test_export_holds_the_invitations_i_sent_and_received_in_my_own_words(span: Span) -> None:
    """Invitations onto partnerships were in no one's "export my data". The steward's export
    lists the addresses they typed as their page reads them (never who declined, nor who is a
    member there); the invited member's lists theirs with their answer; nobody else's
    export holds them."""
    _invite(span, "rosa@fresno.example\nnobody@x.example")
    partnership_invitation_answer(
        invitation=_invitation(span, span.rosa), user=span.rosa, accept=False
    )

    sent = client_for(span.steward).get("/me/data/export.json").json()
    received = client_for(span.rosa).get("/me/data/export.json").json()
    other = client_for(span.fresno_steward).get("/me/data/export.json")

    # As the steward's page reads them: waiting, declined or not, never the answer.
    assert sorted(
        (i["email"], i["partnership"], i["partner_network"], i["state"])
        for i in sent["partnerships"]["invitations_sent"]
    ) == [
        ("nobody@x.example", "Two cities", "Fresno", "waiting"),
        ("rosa@fresno.example", "Two cities", "Fresno", "waiting"),
    ]
    assert sent["partnerships"]["invitations_received"] == []
    assert [
        (p["title"], p["recorded_by_me"], p["story"]) for p in sent["partnerships"]["partnerships"]
    ] == [("Two cities", True, "x")]
    assert received["partnerships"]["partnerships"] == []  # she declined: not on it
    [mine] = received["partnerships"]["invitations_received"]
    assert (mine["partnership"], mine["from_network"], mine["state"]) == (
        "Two cities",
        "Tulsa",
        "declined",
    )
    assert mine["answered_at"] is not None
    assert received["partnerships"]["invitations_sent"] == []
    assert "rosa@fresno.example" not in other.content.decode()
    assert "Two cities" not in other.content.decode()


def _run_out(s: Span) -> None:
    with scopes_disabled():
        PartnershipInvitation.objects.filter(partnership=s.p).update(
            expires_at=timezone.now() - timedelta(minutes=1)
        )


def test_an_invitation_that_ran_out_can_be_sent_again_once(span: Span) -> None:
    """An invitation that ran out could never be sent again (the address was taken): after
    it runs out the steward may invite the address again, and a double tap sends once."""
    _invite(span, "rosa@fresno.example\nnobody@x.example")
    _run_out(span)
    mail.outbox.clear()

    again = _invite(span, "rosa@fresno.example\nnobody@x.example")
    twice = _invite(span, "rosa@fresno.example\nnobody@x.example")  # a double tap

    assert again == twice == (302, (SAID,))
    assert [m.to for m in mail.outbox] == [["rosa@fresno.example"]]
    page = _page(span)
    assert page.count("Invitation sent if this address belongs to a member") == 2
    assert "Not accepted" not in page
    with scopes_disabled():
        assert PartnershipInvitation.objects.filter(partnership=span.p).count() == 2
    partnership_invitation_answer(
        invitation=_invitation(span, span.rosa), user=span.rosa, accept=True
    )
    assert _members(span) == {span.steward.pk, span.rosa.pk}


def test_a_decline_stands_and_reads_like_any_address_invited_again(span: Span) -> None:
    """Inviting again never overrides a decline (no email, the answer stays), before or
    after the invitation ran out; and the steward's page reads the same for the declined
    address as for one of no member, so inviting again tells them nothing either."""
    _invite(span, "rosa@fresno.example\nnobody@x.example")
    partnership_invitation_answer(
        invitation=_invitation(span, span.rosa), user=span.rosa, accept=False
    )
    mail.outbox.clear()
    early = _invite(span, "rosa@fresno.example")  # before it ran out: nothing changes
    _run_out(span)

    later = _invite(span, "rosa@fresno.example\nnobody@x.example")

    assert early == later == (302, (SAID,))
    assert mail.outbox == []
    page = _page(span)
    assert page.count("Invitation sent if this address belongs to a member") == 2
    assert "Not accepted" not in page
    invitation = _invitation(span, span.rosa)
    assert invitation.answer == PartnershipInvitation.Answer.DECLINED
    with pytest.raises(ValidationError):
        partnership_invitation_answer(invitation=invitation, user=span.rosa, accept=True)
    assert _members(span) == {span.steward.pk}
    # Both run out again alike.
    _run_out(span)
    assert _page(span).count("Not accepted") == 2


def test_history_names_a_partner_member_only_as_having_accepted(span: Span) -> None:
    """The history import (the demo) put a member of another network on a partnership with
    no invitation, as partnership_span did: now such a member is recorded with an accepted
    invitation, and anyone of neither network is refused, with nothing stored."""
    from collaboratory.followthrough.services.history import project_history_bulk_create

    def row(partner: Network | None, *people: User) -> tuple[Partnership, list[int], list]:
        record = Partnership(
            network=span.tulsa,
            kind="partnership",
            title="From history",
            story="z",
            recorded_by=span.steward,
            created_at=timezone.now() - timedelta(days=200),
            partner_network=partner,
        )
        return record, [p.pk for p in (span.steward, *people)], []

    with scopes_disabled():
        gone = User.objects.get(email="gone@fresno.example")
        for refused in ([row(None, span.rosa)], [row(span.fresno, gone)]):
            with pytest.raises(ValidationError):
                project_history_bulk_create(
                    network=span.tulsa, updates=[], feedback=[], partnerships=refused
                )
        assert not Partnership.objects.filter(title="From history").exists()

        project_history_bulk_create(
            network=span.tulsa, updates=[], feedback=[], partnerships=[row(span.fresno, span.rosa)]
        )
        stored = Partnership.objects.get(title="From history")
        invitation = PartnershipInvitation.objects.get(partnership=stored)
    assert (invitation.invitee_id, invitation.answer, invitation.network_id) == (
        span.rosa.pk,
        "accepted",
        span.fresno.pk,
    )
    assert invitation.email == "rosa@fresno.example"


def test_a_deleted_account_leaves_its_address_in_no_invitation(span: Span) -> None:
    """An invitation row kept the address of a person who deleted their account whenever it
    did not point at them (a minor is never the invitee; an address typed before its
    account existed): deleting the account forgets every invitation to its address."""
    from collaboratory.people.services import account_delete

    _invite(span, "teen@fresno.example\nrosa@fresno.example\nnobody@x.example")

    account_delete(user=span.teen, confirm_email="teen@fresno.example")
    account_delete(user=span.rosa, confirm_email="Rosa@fresno.example")

    with scopes_disabled():
        left = set(
            PartnershipInvitation.objects.filter(partnership=span.p).values_list("email", flat=True)
        )
    assert left == {"nobody@x.example"}
