"""Demo membership data: profiles with offered assets, nominations in every state, pending
invitations. Deterministic (uses the generator's random.Random) and bulk-written."""

from __future__ import annotations

import random
from datetime import timedelta

from django.utils import timezone

from collaboratory.capital import CapitalKind, HelpCategory
from collaboratory.demo import names
from collaboratory.networks.models import (
    Invitation,
    Membership,
    Network,
    Nomination,
    NominationStatus,
    Organization,
    Role,
    Sector,
)
from collaboratory.networks.services import (
    GUARDIAN_POLICY_VERSION,
    guardian_consents_bulk_create,
    invitations_bulk_create,
    nominations_bulk_create,
)
from collaboratory.networks.tokens import new_token, token_digest
from collaboratory.people.models import GuardianConsent, OfferedAsset, Profile
from collaboratory.people.services import offered_assets_bulk_create, profiles_bulk_create

ISSUES = (
    "housing",
    "civic education",
    "public health",
    "immigration",
    "voting access",
    "jobs",
    "rural broadband",
    "criminal justice",
    "climate",
    "youth leadership",
    "faith and service",
    "local news",
)
# Each category's kind of capital and a few ways members word it (picked by the person's
# id, so the random stream and the rest of the demo stay as they were): the words differ
# from the asks' on purpose, as real offers do, so "who can meet this ask" matches by meaning.
OFFERS = {
    HelpCategory.SPACE: (
        CapitalKind.INSTITUTIONAL,
        (
            "A meeting room for 40 people, weekdays",
            "Our community hall seats 80 and has a kitchen",
            "A church basement free most Saturdays",
            "A library storefront we lend for pop-up events",
        ),
    ),
    HelpCategory.INTRO_PEOPLE: (
        CapitalKind.SOCIAL,
        (
            "Introductions to city council staff",
            "I know most department heads at city hall",
            "Warm introductions to local reporters and editors",
        ),
    ),
    HelpCategory.INTRO_ORGANIZATIONS: (
        CapitalKind.SOCIAL,
        (
            "Introductions to regional foundations",
            "Connections to congregations across the county",
            "Ties to the state's community banks and credit unions",
        ),
    ),
    HelpCategory.VOLUNTEERS: (
        CapitalKind.INSTITUTIONAL,
        (
            "Ten volunteers for a weekend event",
            "Our retirees' club can staff a counter two days a week",
            "Students trained to run interviews and surveys",
        ),
    ),
    HelpCategory.AMPLIFICATION: (
        CapitalKind.SOCIAL,
        (
            "A newsletter read by 8,000 neighbors",
            "A weekly slot on the local public radio station",
            "Our social media reaches 20,000 followers in the region",
        ),
    ),
    HelpCategory.EXPERTISE: (
        CapitalKind.INTELLECTUAL,
        (
            "Two hours of grant-writing review",
            "Pro bono bookkeeping and tax preparation",
            "A lawyer's review of bylaws and contracts",
            "Curriculum design for youth programs",
            "GIS mapping and help reading data for neighborhood projects",
        ),
    ),
    HelpCategory.FUNDING: (
        CapitalKind.FINANCIAL,
        (
            "A small grant of up to $2,500",
            "Matching funds for a first season, up to $5,000",
        ),
    ),
    HelpCategory.OTHER: (
        CapitalKind.INSTITUTIONAL,
        (
            "Printing for flyers and posters",
            "A van and driver for a day",
        ),
    ),
}
# Some members write their offers in Spanish (picked by id, as above), so suggestions show
# offers found across languages by the multilingual model ("who can meet this ask").
SPANISH_OFFERS = {
    HelpCategory.SPACE: (
        "Nuestro salón parroquial recibe a 70 personas, con cocina",
        "Una sala de reuniones para 30 personas entre semana",
    ),
    HelpCategory.INTRO_PEOPLE: (
        "Te presento a concejales y a su personal",
        "Conozco a periodistas de la radio y del diario local",
    ),
    HelpCategory.VOLUNTEERS: ("Diez voluntarios bilingües para un fin de semana",),
    HelpCategory.EXPERTISE: (
        "Revisión de solicitudes de subvenciones, dos horas",
        "Asesoría legal gratuita sobre estatutos y contratos",
    ),
    HelpCategory.AMPLIFICATION: ("Un programa semanal en la radio comunitaria en español",),
}


def writes_in_spanish(position: int) -> bool:
    """The demo's members who offer in Spanish: about one in seven, by their place in the
    roster (not their database id, which depends on what the database held before: in the
    test suite the Spanish offers moved with the order the tests ran in)."""
    return position % 7 == 3


NOMINATION_REASONS = (
    "Runs a statewide coalition and has brought rivals to one table for years.",
    "Leads a rural cooperative; generous with introductions and always follows through.",
    "A pastor who convenes neighbors across party lines every month.",
    "Built a youth jobs program with the chamber of commerce; wants to learn from peers.",
)


def demo_profiles(rng: random.Random, user_ids: list[int]) -> int:
    """A profile for every member, and one to three offered assets for most."""
    profiles, assets = [], []
    categories = list(OFFERS)
    for position, user_id in enumerate(user_ids):
        tags = rng.sample(ISSUES, k=rng.randint(1, 3))
        profiles.append(Profile(user_id=user_id, issue_tags="," + ",".join(tags) + ","))
        for category in rng.sample(categories, k=rng.choice((0, 1, 1, 2, 3))):
            kind, texts = OFFERS[category]
            if writes_in_spanish(position) and category in SPANISH_OFFERS:
                texts = SPANISH_OFFERS[category]
            text = texts[position % len(texts)]
            assets.append(
                OfferedAsset(user_id=user_id, kind=kind, category=category, description=text)
            )
    profiles_bulk_create(rows=profiles)
    offered_assets_bulk_create(rows=assets)
    return len(assets)


def demo_nominations_and_invitations(
    rng: random.Random,
    network: Network,
    nominator_ids: list[int],
    steward_id: int,
    organizations: list[Organization],
    sectors: list[Sector],
) -> tuple[int, int]:
    """Nominations waiting, accepted and declined; pending invitations (their tokens are
    thrown away: the demo prints no links)."""
    now = timezone.now()
    nominations = []
    states = [NominationStatus.PENDING] * 4 + [NominationStatus.ACCEPTED] * 3
    states += [NominationStatus.DECLINED] * 2
    for index, status in enumerate(states):
        first, last = rng.choice(names.FIRST_NAMES), rng.choice(names.LAST_NAMES)
        organization = rng.choice(organizations)
        nominations.append(
            Nomination(
                network=network,
                nominator_id=rng.choice(nominator_ids),
                nominee_name=f"{first} {last}",
                nominee_email=f"{first}.{last}.{index}@nominees.example.org".lower(),
                organization=organization,
                sector=rng.choice(sectors),
                # A nominee's region is their organization's: "Lowell Food Bank, Southwest"
                # read false.
                region=names.REGION_OF_CITY.get(organization.city, ""),
                reasons=rng.choice(NOMINATION_REASONS),
                status=status,
                decided_by_id=None if status == NominationStatus.PENDING else steward_id,
                decided_at=None if status == NominationStatus.PENDING else now,
                decision_note=""
                if status == NominationStatus.PENDING
                else "Fits the criteria; adds a region we lack."
                if status == NominationStatus.ACCEPTED
                else "Same organization as two current members; revisit next year.",
            )
        )
    created = nominations_bulk_create(network=network, rows=nominations)
    invitations = [
        Invitation(
            network=network,
            email=n.nominee_email,
            full_name=n.nominee_name,
            role=Role.MEMBER,
            organization=n.organization,
            sector=n.sector,
            nomination=n,
            token_digest=token_digest(new_token()),
            invited_by_id=steward_id,
            expires_at=now + timedelta(days=rng.randint(2, 7)),
        )
        for n in created
        if n.status == NominationStatus.ACCEPTED
    ]
    invitations_bulk_create(network=network, rows=invitations)
    return len(created), len(invitations)


def demo_youth_consents(rng: random.Random, youth_net: Network, steward_id: int) -> int:
    """A confirmed guardian consent for every youth member, and two youth invitations that
    wait to be accepted (each with a guardian's email)."""
    now = timezone.now()
    youth_ids = list(
        Membership.objects.filter(network=youth_net, role=Role.YOUTH_MEMBER)
        .order_by("pk")
        .values_list("user_id", flat=True)
    )
    consents = [
        GuardianConsent(
            network=youth_net,
            user_id=user_id,
            guardian_email=f"guardian.{user_id}@families.example.org",
            guardian_name=f"{rng.choice(names.FIRST_NAMES)} {rng.choice(names.LAST_NAMES)}",
            token_digest=token_digest(new_token()),
            revoke_token_digest=token_digest(new_token()),
            expires_at=now - timedelta(days=70),
            confirmed_at=now - timedelta(days=rng.randint(71, 74)),
            method=GuardianConsent.METHOD_EMAILED_LINK,
            policy_version=GUARDIAN_POLICY_VERSION,
        )
        for user_id in youth_ids
    ]
    guardian_consents_bulk_create(rows=consents)
    invitations = [
        Invitation(
            network=youth_net,
            email=f"student.{i}@youth.example.org",
            full_name=f"{rng.choice(names.FIRST_NAMES)} {rng.choice(names.LAST_NAMES)}",
            role=Role.YOUTH_MEMBER,
            guardian_email=f"parent.{i}@families.example.org",
            token_digest=token_digest(new_token()),
            invited_by_id=steward_id,
            expires_at=now + timedelta(days=5),
        )
        for i in range(2)
    ]
    invitations_bulk_create(network=youth_net, rows=invitations)
    return len(consents)


def demo_membership(
    rng: random.Random,
    network: Network,
    youth_net: Network,
    user_ids: list[int],
    organizations: list[Organization],
) -> None:
    """Profiles and offers for every member; nominations, pending invitations and guardian
    consent records."""
    sectors = list(Sector.objects.filter(network=network))
    demo_profiles(rng, user_ids)
    demo_nominations_and_invitations(
        rng, network, user_ids[6:60], user_ids[0], organizations, sectors
    )
    demo_youth_consents(rng, youth_net, user_ids[0])
