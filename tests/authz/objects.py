"""Objects the authorization matrix requests: a policy row names one with a callable
`(world, network_key) -> value` in its kwargs, so every route that takes an object id is
requested with an object of the persona's own network and one of a foreign network.
Objects that cost many writes are built on first use and cached on the world.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.api.services import api_token_create
from collaboratory.commitments.services import commitment_create, presentation_start
from collaboratory.creditclub.models import Ask, Proposal
from collaboratory.creditclub.services import (
    AskInput,
    proposal_save,
    proposal_stage_decision,
    proposal_submit,
    proposals_announce,
)
from collaboratory.gatherings.models import Attendance, Gathering, GatheringFormat
from collaboratory.gatherings.selectors import check_in_code_for, check_in_day
from collaboratory.gatherings.services import (
    attendance_bulk_record,
    gathering_create,
    rsvp_submit,
    substitution_decide,
    substitution_request,
)
from collaboratory.networks.models import ADMITTED_STATUSES, Membership, Network, Role
from collaboratory.people.models import User
from collaboratory.seating.services import plan_generate, seating_pair_add
from tests.conftest import CANARIES, World
from tests.factories import MembershipFactory


def _proposer(network: Network, world: World) -> User:
    """Alpha: the member persona. Youth and Bravo: the canary person, so the youth member
    (not the proposer, not a steward) meets a proposal it may not see."""
    if network == world.alpha:
        user = world.personas["member"]
        assert user is not None
        return user
    name = CANARIES["youth" if network == world.youth else "bravo"][1]
    return Membership.objects.get(network=network, user__full_name=name).user


def _steward(network: Network) -> User:
    return Membership.objects.filter(network=network, role=Role.STEWARD).first().user  # type: ignore[union-attr]


def _substitute_objects(world: Any, network_key: str) -> dict[str, int]:
    """A gathering of its own (so the far-future one keeps its seats for seating) where the
    network's canary person sent a substitute, approved by its steward."""
    cache: dict[str, dict[str, int]] = world.__dict__.setdefault("_substitutes", {})
    if network_key not in cache:
        network = world.network(network_key)
        starts = world.gatherings[network_key].starts_at - timedelta(days=20)
        with scopes_disabled():
            gathering = gathering_create(
                network=network,
                title=f"Substitutes' gathering of {network.slug}",
                format=GatheringFormat.VIRTUAL,
                parts=[("Call", starts, starts + timedelta(hours=2))],
            )
            member = Membership.objects.get(
                network=network, user__full_name=CANARIES[network_key][1]
            ).user
            rsvp_submit(gathering=gathering, user=member, answer="yes", both_parts=True)
            substitution = substitution_request(
                gathering=gathering,
                member=member,
                name="Sam Standin",
                email="sam@example.org",
                reason="Travelling for work",
            )
            substitution_decide(substitution=substitution, approve=True, actor=_steward(network))
        cache[network_key] = {"gathering": gathering.pk, "substitution": substitution.pk}
    return cache[network_key]


def substitute_gathering_pk(world: Any, network_key: str) -> int:
    return _substitute_objects(world, network_key)["gathering"]


def substitution_pk(world: Any, network_key: str) -> int:
    return _substitute_objects(world, network_key)["substitution"]


def _creditclub_objects(world: World, key: str) -> dict[str, int]:
    network = world.network(key)
    now = timezone.now()
    past = gathering_create(
        network=network,
        title=f"Past gathering of {network.slug}",
        format=GatheringFormat.VIRTUAL,
        parts=[("Call", now - timedelta(days=90), now - timedelta(days=90, hours=-2))],
    )
    upcoming = world.gatherings[key]
    proposer = _proposer(network, world)
    attendance_bulk_record(
        network=network,
        entries=[(past.parts.get().pk, proposer.pk)],
        source=Attendance.Source.HISTORY,
    )
    proposal = proposal_save(
        gathering=upcoming,
        proposer=proposer,
        fields={
            "title": f"{network.slug} proposal",
            "what": "A tool library",
            "who_it_serves": "Neighbors",
            "problem": "Tools are expensive",
            "where": "Tulsa",
            "timeframe": "ongoing",
            "phase": "launched",
            "asks_timeline": "Space by spring",
        },
        asks=[AskInput("space", "institutional", "A storefront for Saturdays")],
    )
    proposal_submit(proposal=proposal, actor=proposer)
    steward = _steward(network)
    proposal_stage_decision(proposal=proposal, decision="selected", actor=steward)
    proposals_announce(gathering=upcoming, actor=steward, early=True)
    return {"proposal": proposal.pk}


def world_object(kind: str) -> Callable[[Any, str], int]:
    """The id of the `kind` object the world fixture made in the requested network."""

    def pick(world: Any, network_key: str) -> int:
        return int(world.objects[(network_key, kind)])

    return pick


def gathering_pk(world: Any, network_key: str) -> int:
    return int(world.gatherings[network_key].pk)


def gathering_code(world: Any, network_key: str) -> str:
    """The check-in code of the network's gathering's (far-future) first day."""
    gathering = world.gatherings[network_key]
    with scopes_disabled():
        part = gathering.parts.first()
    day = check_in_day(part=part, zone=ZoneInfo(gathering.network.time_zone))
    return check_in_code_for(gathering=gathering, day=day)


def proposal_pk(world: Any, network_key: str) -> int:
    """A selected proposal: in Alpha the member's; in the youth cohort and Bravo a canary
    person's, so the youth member meets a proposal that is neither theirs nor theirs to
    review."""
    cache: dict[str, dict[str, int]] = world.__dict__.setdefault("_creditclub", {})
    if network_key not in cache:
        with scopes_disabled():
            cache[network_key] = _creditclub_objects(world, network_key)
    return cache[network_key]["proposal"]


def live_gathering_pk(world: Any, network_key: str) -> int:
    """The network's far-future gathering, with one commitment on its live stream made by
    the network's canary person (whose name is the payload's display name), so a stream
    that reached the wrong listener would carry a canary. The proposal is on stage, so the
    board and console show the canary's commitment too."""
    cache: dict[str, int] = world.__dict__.setdefault("_live", {})
    if network_key not in cache:
        proposal_id = proposal_pk(world, network_key)
        with scopes_disabled():
            network = world.network(network_key)
            proposal = Proposal.objects.get(pk=proposal_id)
            committer = Membership.objects.get(
                network=network, user__full_name=CANARIES[network_key][1]
            ).user
            if committer.pk == proposal.proposer_id:
                # Help comes from the rest of the room: another person with the canary in
                # their name commits, so the youth member is still no party to it.
                committer = MembershipFactory(
                    network=network, user__full_name=f"{CANARIES[network_key][1]} Helper"
                ).user
            commitment_create(
                proposal=proposal,
                ask=proposal.asks.first(),
                committer=committer,
                entered_by=committer,
                what="I will lend our hall on Saturdays for 3 months",
                capital="institutional",
                amount=None,
                unit="",
                due_on=timezone.localdate() + timedelta(days=30),
                idempotency_key=uuid.uuid4(),
            )
            presentation_start(
                gathering=proposal.gathering, proposal=proposal, actor=_steward(network)
            )
        cache[network_key] = int(world.gatherings[network_key].pk)
    return cache[network_key]


def _insights_gathering(world: Any, network_key: str) -> tuple[int, int]:
    """A gathering of the network that took place 60 days ago, titled with the network's
    canary (so an impact report that reached the wrong network would carry it): its id and
    its calendar year in the network's time zone."""
    from zoneinfo import ZoneInfo

    from tests.conftest import canary

    cache: dict[str, tuple[int, int]] = world.__dict__.setdefault("_insights", {})
    if network_key not in cache:
        network = world.network(network_key)
        starts = timezone.now() - timedelta(days=60)
        with scopes_disabled():
            gathering = gathering_create(
                network=network,
                title=f"{canary(network_key, '-GATHERING')} last season",
                format=GatheringFormat.VIRTUAL,
                parts=[("Call", starts, starts + timedelta(hours=2))],
            )
        year = starts.astimezone(ZoneInfo(network.time_zone)).year
        cache[network_key] = (int(gathering.pk), year)
    return cache[network_key]


def insights_gathering_pk(world: Any, network_key: str) -> int:
    return _insights_gathering(world, network_key)[0]


def insights_year(world: Any, network_key: str) -> int:
    return _insights_gathering(world, network_key)[1]


def commitment_pk(world: Any, network_key: str) -> int:
    """The commitment on the network's live stream (made by its canary person to the
    selected proposal): in Alpha the member persona is its recipient; in the youth cohort
    a person named for the canary commits to the canary person, so the youth member is no
    party to it."""
    from collaboratory.commitments.models import Commitment

    live_gathering_pk(world, network_key)
    with scopes_disabled():
        return int(
            Commitment.objects.get(
                network=world.network(network_key), proposal_id=proposal_pk(world, network_key)
            ).pk
        )


def partnership_pk(world: Any, network_key: str) -> int:
    """A published partnership whose title carries the network's canary."""
    from collaboratory.followthrough.services import partnership_publish, partnership_record

    cache: dict[str, int] = world.__dict__.setdefault("_partnerships", {})
    if network_key not in cache:
        with scopes_disabled():
            network = world.network(network_key)
            steward = _steward(network)
            partnership = partnership_record(
                network=network,
                recorded_by=steward,
                kind="partnership",
                title=f"{CANARIES[network_key][0]} partnership",
                story="Two organizations met in the room.",
                idempotency_key=uuid.uuid4(),
            )
            partnership_publish(partnership=partnership, actor=steward, published=True)
        cache[network_key] = partnership.pk
    return cache[network_key]


def open_ask_pk(world: Any, network_key: str) -> int:
    """An ask on the network's asks board: a project its canary person presented 30 days
    ago, the ask carrying the network's canary (so a board or offer page that reached the
    wrong network would show it)."""
    from collaboratory.creditclub.models import Ask, ProposalState
    from collaboratory.creditclub.services import proposal_history_bulk_create

    cache: dict[str, int] = world.__dict__.setdefault("_open_asks", {})
    if network_key not in cache:
        network = world.network(network_key)
        starts = timezone.now() - timedelta(days=30)
        with scopes_disabled():
            gathering = gathering_create(
                network=network,
                title=f"Presented gathering of {network.slug}",
                format=GatheringFormat.VIRTUAL,
                parts=[("Call", starts, starts + timedelta(hours=2))],
            )
            proposer = Membership.objects.get(
                network=network, user__full_name=CANARIES[network_key][1]
            ).user
            (proposal,) = proposal_history_bulk_create(
                network=network,
                rows=[
                    (
                        Proposal(
                            network=network,
                            gathering=gathering,
                            proposer=proposer,
                            state=ProposalState.PRESENTED,
                            title=f"{CANARIES[network_key][0]} project",
                        ),
                        [AskInput("space", "institutional", f"{CANARIES[network_key][0]} ask")],
                    )
                ],
            )
            cache[network_key] = int(Ask.objects.get(proposal=proposal).pk)
    return cache[network_key]


def introduction_pk(world: Any, network_key: str) -> int:
    """A pending introduction request in the network, between two of its members (through
    the stewards: nobody in the world agreed to direct emails)."""
    from collaboratory.matching.services_profiles import introduction_request

    cache: dict[str, int] = world.__dict__.setdefault("_introductions", {})
    if network_key not in cache:
        network = world.network(network_key)
        with scopes_disabled():
            requester = _steward(network)
            target = Membership.objects.get(
                network=network, user__full_name=CANARIES[network_key][1]
            ).user
            sent = introduction_request(
                network=network,
                requester=requester,
                target=target,
                note="I would like to meet you.",
                share_email=False,
                idempotency_key=uuid.uuid4(),
            )
        cache[network_key] = int(sent.request.pk)
    return cache[network_key]


def ask_pk(world: Any, network_key: str) -> int:
    """The one ask of the network's selected proposal (`proposal_pk`)."""
    proposal_id = proposal_pk(world, network_key)
    with scopes_disabled():
        return int(Ask.objects.filter(proposal_id=proposal_id).values_list("pk", flat=True).get())


def _seating_objects(world: Any, network_key: str) -> dict[str, int]:
    """A draft seating plan of the network's far-future gathering that seats every admitted
    member (the canary person among them), and a keep-apart pair of its steward and canary
    person, so a plan or rule page that reached the wrong network would carry a canary."""
    cache: dict[str, dict[str, int]] = world.__dict__.setdefault("_seating", {})
    if network_key not in cache:
        network = world.network(network_key)
        gathering = world.gatherings[network_key]
        with scopes_disabled():
            people = [
                m.user
                for m in Membership.objects.filter(
                    network=network, status__in=ADMITTED_STATUSES
                ).select_related("user")
            ]
            for user in people:
                rsvp_submit(gathering=gathering, user=user, answer="yes", both_parts=True)
            steward = _steward(network)
            plan = plan_generate(
                gathering=gathering,
                agenda_item=None,
                rounds=1,
                table_sizes=[max(2, len(people))],
                actor=steward,
                time_limit=0.1,
            )
            canary_person = next(u for u in people if u.full_name == CANARIES[network_key][1])
            pair = seating_pair_add(
                network=network,
                kind="apart",
                first=steward,
                second=canary_person,
                reason=f"{CANARIES[network_key][0]} reason",
                actor=steward,
            )
        cache[network_key] = {"plan": plan.pk, "pair": pair.pk}
    return cache[network_key]


def seating_plan_pk(world: Any, network_key: str) -> int:
    return _seating_objects(world, network_key)["plan"]


def seating_pair_pk(world: Any, network_key: str) -> int:
    return _seating_objects(world, network_key)["pair"]


def steward_api_token_pk(world: Any, network_key: str) -> int:
    """An API token of the network's steward (each network's steward holds one)."""
    cache: dict[str, int] = world.__dict__.setdefault("_steward_api_tokens", {})
    if network_key not in cache:
        network = world.network(network_key)
        with scopes_disabled():
            steward = _steward(network)
        token, _text = api_token_create(
            network=network, user=steward, name="Steward's script", scope="read"
        )
        cache[network_key] = token.pk
    return cache[network_key]


def _proposal_selected(gathering: Any, proposer: User, title: str, steward: User) -> Proposal:
    proposal = proposal_save(
        gathering=gathering,
        proposer=proposer,
        fields={
            "title": title,
            "what": "A project for the shared gathering",
            "who_it_serves": "Neighbors",
            "problem": "A need in town",
            "where": "Tulsa",
            "timeframe": "ongoing",
            "phase": "launched",
            "asks_timeline": "Help by spring",
        },
        asks=[AskInput("volunteers", "institutional", "Five volunteers on Saturdays")],
    )
    proposal_submit(proposal=proposal, actor=proposer)
    proposal_stage_decision(proposal=proposal, decision="selected", actor=steward)
    return proposal


def shared_gathering(world: Any) -> dict[str, int]:
    """Alpha's shared gathering (issue 14): youth take part, so the youth member persona
    (of the youth cohort under Alpha) is its youth guest. The member persona presents a
    selected proposal; the youth member a Power Project, also selected; the member's
    proposal is on stage. Returns the ids: gathering, proposal, power_project."""
    cache: dict[str, int] = world.__dict__.setdefault("_shared", {})
    if cache:
        return cache
    proposal_pk(world, "alpha")  # the member attended a past gathering: eligible to propose
    member, youth = world.personas["member"], world.personas["youth_member"]
    with scopes_disabled():
        steward = _steward(world.alpha)
        starts = world.gatherings["alpha"].starts_at + timedelta(days=10)
        gathering = gathering_create(
            network=world.alpha,
            title="Shared gathering",
            format=GatheringFormat.IN_PERSON,
            city="Tulsa",
            youth_take_part=True,
            parts=[("Meeting", starts, starts + timedelta(hours=7))],
        )
        proposal = _proposal_selected(gathering, member, "Member's project", steward)
        power = _proposal_selected(gathering, youth, "Youth Power Project", steward)
        proposals_announce(gathering=gathering, actor=steward, early=True)
        proposal.refresh_from_db()
        presentation_start(gathering=gathering, proposal=proposal, actor=steward)
    cache.update(gathering=gathering.pk, proposal=proposal.pk, power_project=power.pk)
    return cache


def shared_commitment(world: Any) -> int:
    """The youth guest's own commitment at Alpha's shared gathering (checked in at the door,
    then committed to the member's project): the one follow-through page of Alpha their
    pass opens, as their reminders link to it."""
    cache: dict[str, int] = world.__dict__.setdefault("_shared", {})
    if "commitment" not in cache:
        shared = shared_gathering(world)
        youth = world.personas["youth_member"]
        with scopes_disabled():
            gathering = Gathering.objects.get(pk=shared["gathering"])
            attendance_bulk_record(
                network=world.alpha,
                entries=[(gathering.parts.get().pk, youth.pk)],
                source=Attendance.Source.DOOR_LIST,
            )
            commitment = commitment_create(
                proposal=Proposal.objects.get(pk=shared["proposal"]),
                ask=None,
                committer=youth,
                entered_by=youth,
                what="I will bring 5 classmates to volunteer on May 3",
                capital="institutional",
                amount="5",
                unit="people",
                due_on=timezone.localdate() + timedelta(days=30),
                idempotency_key=uuid.uuid4(),
            )
        cache["commitment"] = commitment.pk
    return cache["commitment"]


def member_commits_to_power_project(world: Any, what: str) -> Gathering:
    """The member persona, checked in at Alpha's shared gathering, commits two hours to the
    youth member's Power Project (due in 20 days): what the room promised a youth guest.
    Returns the gathering."""
    shared = shared_gathering(world)
    member = world.personas["member"]
    with scopes_disabled():
        gathering = Gathering.objects.get(pk=shared["gathering"])
        attendance_bulk_record(
            network=world.alpha,
            entries=[(gathering.parts.get().pk, member.pk)],
            source=Attendance.Source.DOOR_LIST,
        )
        commitment_create(
            proposal=Proposal.objects.get(pk=shared["power_project"]),
            ask=None,
            committer=member,
            entered_by=member,
            what=what,
            capital="intellectual",
            amount="2",
            unit="hours",
            due_on=timezone.localdate() + timedelta(days=20),
            idempotency_key=uuid.uuid4(),
        )
    return gathering


def shared_gathering_code(world: Any) -> str:
    with scopes_disabled():
        gathering = Gathering.objects.get(pk=shared_gathering(world)["gathering"])
        part = gathering.parts.first()
    day = check_in_day(part=part, zone=ZoneInfo(gathering.network.time_zone))
    return check_in_code_for(gathering=gathering, day=day)
