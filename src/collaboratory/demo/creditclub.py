"""Demo history for the Rotating Credit Club: proposals in every state across the past
gatherings (three presented each, others declined or waitlisted) and an open call for the
next gathering with submissions, drafts and a withdrawal."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta

from collaboratory.creditclub.models import Proposal, ProposalState
from collaboratory.creditclub.services import AskInput, proposal_history_bulk_create
from collaboratory.gatherings.models import Gathering
from collaboratory.networks.models import Network

# (title pattern, what, who it serves, problem, phase, asks as (category, capital, what, qty))
PROJECTS = (
    (
        "{city} Tool Library",
        "A lending library of tools and repair classes",
        "Renters and older homeowners",
        "Repairs are postponed because tools cost too much",
        "launched",
        [
            ("space", "institutional", "A storefront open on Saturdays", "6 months"),
            ("volunteers", "institutional", "Volunteers to staff the counter", "40 hours"),
        ],
    ),
    (
        "Bridging Divides Dinners in {city}",
        "Monthly dinners pairing neighbors who vote differently",
        "Residents across political lines",
        "People rarely talk with neighbors who disagree with them",
        "planning",
        [
            (
                "intro_organizations",
                "social",
                "Introductions to congregations willing to host",
                "3",
            ),
            ("funding", "financial", "Food costs for the first season", "$4,000"),
            ("amplification", "social", "Invitations shared through your newsletters", ""),
        ],
    ),
    (
        "{city} Youth Civic Fellowship",
        "A paid summer fellowship placing teens in city departments",
        "High-school students from the east side",
        "Young people have no way into local government",
        "scaling",
        [
            ("intro_people", "social", "Introductions to department heads", "5 introductions"),
            ("expertise", "intellectual", "Help designing the curriculum", "2 sessions"),
            ("funding", "financial", "Stipends for two more fellows", "$6,000"),
        ],
    ),
    (
        "Rural Broadband Co-op ({city} county)",
        "A member-owned co-op bringing broadband to farms",
        "Farm families without service",
        "Providers will not build out to low-density areas",
        "planning",
        [
            ("expertise", "intellectual", "A review of the co-op's bylaws", "by the spring"),
            ("intro_organizations", "social", "Introductions to state broadband officials", "2"),
        ],
    ),
    (
        "Veterans' Storytelling Project, {city}",
        "Recorded oral histories of local veterans for the library",
        "Veterans and their families",
        "These stories are being lost",
        "launched",
        [
            ("volunteers", "institutional", "Volunteers trained to interview", "10 people"),
            ("space", "institutional", "A quiet recording room", "4 afternoons"),
            ("amplification", "social", "A feature in local media", ""),
        ],
    ),
    (
        "{city} Immigrant Small Business Clinic",
        "Free legal and accounting clinics for new business owners",
        "Immigrant entrepreneurs",
        "Paperwork keeps good businesses from opening",
        "launched",
        [
            ("expertise", "intellectual", "Pro bono accountants for tax season", "3 volunteers"),
            ("intro_organizations", "social", "Introductions to community banks", "2"),
        ],
    ),
    (
        "Neighborhood Heat Safety Network ({city})",
        "Block captains who check on isolated elders during heat waves",
        "Elders living alone",
        "Heat deaths happen out of sight",
        "planning",
        [
            ("volunteers", "institutional", "Block captains for twelve blocks", "12 people"),
            ("funding", "financial", "Fans and cooling kits", "$2,500"),
        ],
    ),
    (
        "Faith and Civic Leaders Roundtable, {city}",
        "A standing table of clergy and officials meeting quarterly",
        "Congregations and city hall",
        "Crises find leaders who have never met",
        "idea",
        [("intro_people", "social", "Introductions to city council members", "4")],
    ),
)


PRESENTED_PER_GATHERING = 3

ANNOUNCED = {
    ProposalState.SELECTED,
    ProposalState.PRESENTED,
    ProposalState.DECLINED,
    ProposalState.WAITLISTED,
}


def _proposal(
    rng: random.Random, network: Network, gathering: Gathering, user_id: int, state: str
) -> tuple[Proposal, list[AskInput]]:
    title, what, who, problem, phase, asks = rng.choice(PROJECTS)
    city = gathering.city or rng.choice(("Tulsa", "Boise", "Lowell", "Fresno", "Detroit"))
    submitted = gathering.starts_at - timedelta(days=rng.randint(30, 50))
    proposal = Proposal(
        network=network,
        gathering=gathering,
        proposer_id=user_id,
        state=state,
        title=title.format(city=city),
        what=what,
        who_it_serves=who,
        problem=problem,
        where=city,
        timeframe="ongoing",
        phase=phase,
        asks_timeline="The asks come in the order of the project's next season.",
        submitted_at=None if state == ProposalState.DRAFT else submitted,
        announced_at=submitted + timedelta(days=14) if state in ANNOUNCED else None,
    )
    return proposal, [AskInput(c, k, w, q) for c, k, w, q in asks]


def seed_creditclub(
    *,
    rng: random.Random,
    network: Network,
    gatherings: Sequence[tuple[Gathering, date]],
    attendees: dict[int, set[int]],
    member_user_id: int,
    anchor: date,
) -> int:
    """Proposals for every gathering; returns how many were created."""
    rows: list[tuple[Proposal, list[AskInput]]] = []
    eligible: set[int] = set()
    for gathering, held_on in sorted(gatherings, key=lambda g: g[1]):
        pool = sorted(eligible - {member_user_id})
        rng.shuffle(pool)
        if held_on < anchor:
            # Presenters were in the room: the first three of the pool who attended present
            # (the ledger is what profiles, insights and seating read), the rest keep order.
            came = attendees.get(gathering.pk, set())
            presenters = [u for u in pool if u in came][:PRESENTED_PER_GATHERING]
            pool = presenters + [u for u in pool if u not in presenters]
            states = [ProposalState.PRESENTED] * len(presenters)
            states += [ProposalState.DECLINED] * rng.randint(1, 3)
            states.append(ProposalState.WAITLISTED)
        else:
            # Two presenters already chosen early, the rest still open.
            states = [ProposalState.SELECTED] * 2 + [ProposalState.SUBMITTED] * 6
            states += [ProposalState.DRAFT] * 2 + [ProposalState.WITHDRAWN]
        for position, (user_id, state) in enumerate(zip(pool, states, strict=False), start=1):
            proposal, asks = _proposal(rng, network, gathering, user_id, state)
            if state in (ProposalState.PRESENTED, ProposalState.SELECTED):
                proposal.run_position = position
                proposal.pack_acknowledged_at = proposal.announced_at
            rows.append((proposal, asks))
        if held_on >= anchor and member_user_id in eligible:
            rows.append(_proposal(rng, network, gathering, member_user_id, ProposalState.SUBMITTED))
        eligible |= attendees.get(gathering.pk, set())
    proposal_history_bulk_create(network=network, rows=rows)
    return len(rows)
