"""Who can meet this ask: the members of the ask's network ranked for it, with reasons.

The text score (engine) says whose offers mean what the ask means; the network adds what it
knows: the offer's category and kind of capital, commitments of that kind the member has kept,
a new tie across a divide with the presenter, and how busy the member already is this month.

Boundaries, by construction:
- candidates are the network directory's members (`networks.selectors.directory_members`:
  admitted members, minors only inside their own youth cohort), never another network's, and
  never the presenter themself;
- a suggestion carries a name, an organization and reasons, never contact details (a minor's
  or anyone's: contact goes through the follow-up page's rules);
- ideology is not used: a person's self-description is readable by that person alone and
  published only in suppressed aggregates (safeguards.md), and "new tie across ideologies"
  beside one name would disclose it; a minor's region is not used either (no location beyond
  city).

Query count is fixed whatever the number of members: one read each for the presenter, the
candidates, their offers with stored vectors, the ask's vector, kept commitments, recent
commitments and the presenter's ties.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import numpy as np
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django_scopes import scope

from collaboratory.capital import CapitalKind
from collaboratory.commitments import lifecycle
from collaboratory.commitments.models import Commitment
from collaboratory.creditclub.models import Ask
from collaboratory.gatherings.models import Attendance, Gathering
from collaboratory.matching import engine
from collaboratory.matching.models import AskVector, text_hash
from collaboratory.matching.services import ask_vectors_refresh, offer_vectors_refresh
from collaboratory.networks.models import Membership
from collaboratory.networks.selectors import DirectoryFilters, directory_members
from collaboratory.people.models import MINOR_AGE_BANDS, OfferedAsset

# --------------------------------------------------------------------------- the weights
# A member's score is the score of their best offer for the ask plus what the network knows
# about them. Text dominates on purpose: a member whose words meet the ask should come first,
# and the network's knowledge orders people whose offers are about equally apt. In numbers:

#: The text relevance of an offer, 0..1 (cosine above "unrelated", or BM25 scaled to the
#: set's best). 1.0 so every other weight reads as "worth this much text similarity".
W_TEXT = 1.0
#: The offer is of the ask's category ("space" for a venue ask): the member said so
#: themselves, which catches apt offers worded far from the ask.
W_CATEGORY = 0.15
#: The offer is of the ask's kind of capital (institutional, social, ...), a weaker hint.
W_KIND = 0.05
#: Commitments of the ask's kind the member has kept (kept or partly kept), on a log scale
#: that saturates at KEPT_SATURATION: a track record of delivering counts, but a veteran
#: should not crowd out a newcomer whose offer fits better.
W_KEPT = 0.15
KEPT_SATURATION = 8
#: Each divide a new tie with the presenter would cross (sector, region, generation): the
#: practice exists to build ties across divides. Only for people who have never exchanged a
#: commitment with the presenter, in either direction.
W_BRIDGE = 0.04
#: Load balancing: commitments the member made in the last LOAD_DAYS, saturating at
#: LOAD_SATURATION. The same generous people are asked first everywhere; at the cap a busy
#: member drops by about one category match.
W_LOAD = 0.2
LOAD_SATURATION = 5
LOAD_DAYS = 30
#: From this many recent commitments, the suggestion says the member is busy.
LOAD_NOTICE = 3
#: Below this relevance (text plus category) an offer is not a suggestion at all: unrelated
#: offers from reliable people would otherwise fill the list.
MIN_RELEVANCE = 0.3
#: Suggestions shown per ask.
LIMIT = 5
#: Vectors missing at ranking time (the worker lags) computed inline, at most: about 40 ms of
#: model time each batch of 32. Beyond it the page matches by words and says so.
INLINE_CAP = 64


@dataclass(frozen=True)
class Suggestion:
    membership_id: int
    user_id: int
    name: str
    organization: str
    reasons: list[str]
    score: float


@dataclass(frozen=True)
class Suggestions:
    items: list[Suggestion] = field(default_factory=list)
    #: "embedding" (by meaning) or "lexical" (by shared words).
    method: str = "embedding"
    #: Lexical because the model has not read every offer yet (it is installed).
    catching_up: bool = False

    @property
    def by_words(self) -> bool:
        return self.method == "lexical"


@dataclass
class _Candidate:
    membership_id: int
    user_id: int
    name: str
    organization: str
    sector_id: int | None
    region: str
    age_band: str


def _generation(age_band: str) -> str:
    """Minors are one generation (a 15- and a 16-year-old are not a tie across ages)."""
    return "minor" if age_band in MINOR_AGE_BANDS else age_band


def _relevance(scores: engine.TextScores) -> np.ndarray:
    """Text scores as 0..1 relevance: embedding scores map cosine to 0..1 with 0.5 for
    unrelated, so only the part above unrelated counts; lexical scores are already 0..1."""
    if scores.method == "embedding":
        return np.clip((scores.scores - 0.5) * 2.0, 0.0, 1.0)
    return np.asarray(scores.scores, dtype=np.float32)


def _text_scores(
    *, ask: Ask, texts: list[str], rows: list[tuple[int, str, bytes | None]]
) -> tuple[engine.TextScores, bool]:
    """Scores for the offers (`rows`: id, text hash and model of the stored vector packed as
    (id, "hash|model", vector)); stored vectors are used when fresh, missing ones computed
    inline up to INLINE_CAP. Returns the scores and whether words stood in for a model that
    is installed but behind."""
    encoder = engine.load_encoder()
    if encoder is None:
        return engine.text_scores(ask.what, texts, encoder=None), False
    blobs: list[bytes | None] = []
    missing: list[tuple[int, str]] = []
    for (pk, stamp, blob), text in zip(rows, texts, strict=True):
        fresh = blob is not None and stamp == f"{text_hash(text)}|{encoder.name}"
        blobs.append(blob if fresh else None)
        if not fresh:
            missing.append((pk, text))
    ask_blob = (
        AskVector.objects.filter(ask=ask, text_hash=text_hash(ask.what), model_name=encoder.name)
        .values_list("vector", flat=True)
        .first()
    )
    if len(missing) + (ask_blob is None) > INLINE_CAP:
        return engine.text_scores(ask.what, texts, encoder=None), True
    computed = offer_vectors_refresh(offers=missing, encoder=encoder)
    if ask_blob is None:
        ask_vector = ask_vectors_refresh(
            network=ask.network, asks=[(ask.pk, ask.what)], encoder=encoder
        )[ask.pk]
    else:
        ask_vector = engine.vector_from_bytes(bytes(ask_blob))
    matrix = np.empty((len(rows), engine.DIMENSIONS), dtype=np.float32)
    stored = [i for i, blob in enumerate(blobs) if blob is not None]
    if stored:
        matrix[stored] = engine.vectors_from_bytes([bytes(blobs[i]) for i in stored])  # type: ignore[arg-type]
    for i, (pk, _stamp, _blob) in enumerate(rows):
        if blobs[i] is None:
            matrix[i] = computed[pk]
    scores = engine.text_scores(
        ask.what, texts, ask_vector=ask_vector, offer_vectors=matrix, encoder=encoder
    )
    return scores, False


def suggestions_for_ask(
    *,
    ask: Ask,
    among: Gathering | None = None,
    limit: int = LIMIT,
    now: datetime | None = None,
) -> Suggestions:
    """The members best placed to meet `ask`, best first, each with reasons.

    `among` narrows the candidates to people checked in to that gathering (the facilitator
    console's "who in the room holds this"). Candidates follow the directory of the ask's
    network, the same for every viewer who may see suggestions at all.
    """
    now = now or timezone.now()
    network = ask.network
    presenter_id = ask.proposal.proposer_id
    with scope(network=network):
        presenter = (
            Membership.objects.filter(network=network, user_id=presenter_id)
            .values_list("sector_id", "user__region", "user__age_band")
            .first()
        )
        members = directory_members(network=network, filters=DirectoryFilters()).exclude(
            user_id=presenter_id
        )
        if among is not None:
            members = members.filter(
                user__in=Attendance.objects.filter(network=network, part__gathering=among).values(
                    "user"
                )
            )
        member_users = members.values("user_id")
        candidates = {
            row[1]: _Candidate(*row)
            for row in members.order_by().values_list(
                "pk",
                "user_id",
                "user__full_name",
                "organization__name",
                "sector_id",
                "user__region",
                "user__age_band",
            )
        }
        offers = list(
            OfferedAsset.objects.filter(user__in=member_users)
            .order_by("pk")
            .values_list(
                "pk",
                "user_id",
                "kind",
                "category",
                "description",
                "matching_vector__text_hash",
                "matching_vector__model_name",
                "matching_vector__vector",
            )
        )
        offers = [o for o in offers if o[1] in candidates]
        if not offers:
            return Suggestions(method="embedding" if engine.load_encoder() else "lexical")
        texts = [o[4] for o in offers]
        scores, catching_up = _text_scores(
            ask=ask,
            texts=texts,
            rows=[(o[0], f"{o[5]}|{o[6]}", o[7]) for o in offers],
        )
        kept = dict(
            Commitment.objects.filter(
                network=network,
                capital=ask.capital,
                status__in=[lifecycle.KEPT, lifecycle.PARTLY_KEPT],
                committer__in=member_users,
            )
            .values("committer_id")
            .annotate(n=Count("pk"))
            .values_list("committer_id", "n")
        )
        recent = dict(
            Commitment.objects.filter(
                network=network,
                created_at__gte=now - timedelta(days=LOAD_DAYS),
                created_at__lte=now,
                undone_at__isnull=True,
                hidden_at__isnull=True,
                committer__in=member_users,
            )
            .values("committer_id")
            .annotate(n=Count("pk"))
            .values_list("committer_id", "n")
        )
        tied: set[int] = set()
        for committer, proposer in (
            Commitment.objects.filter(network=network, undone_at__isnull=True)
            .filter(Q(committer_id=presenter_id) | Q(proposal__proposer_id=presenter_id))
            .values_list("committer_id", "proposal__proposer_id")
            .distinct()
        ):
            tied.update((committer, proposer))

    relevance = _relevance(scores)
    best: dict[int, tuple[float, int]] = {}
    for i, (_pk, user_id, kind, category, *_rest) in enumerate(offers):
        offer_score = (
            W_TEXT * float(relevance[i])
            + W_CATEGORY * (category == ask.category)
            + W_KIND * (kind == ask.capital)
        )
        if offer_score - W_KIND * (kind == ask.capital) < MIN_RELEVANCE:
            continue
        if user_id not in best or offer_score > best[user_id][0]:
            best[user_id] = (offer_score, i)

    ranked = []
    for user_id, (offer_score, i) in best.items():
        person = candidates[user_id]
        score = offer_score
        reasons = [_("offers: %(offer)s") % {"offer": _short(offers[i][4])}]
        kept_count = kept.get(user_id, 0)
        if kept_count:
            score += W_KEPT * min(1.0, math.log1p(kept_count) / math.log1p(KEPT_SATURATION))
            reasons.append(_kept_reason(kept_count, ask.capital))
        if presenter is not None and user_id not in tied:
            for reason in _bridges(presenter, person):
                score += W_BRIDGE
                reasons.append(reason)
        load = recent.get(user_id, 0)
        if load:
            score -= W_LOAD * min(1.0, load / LOAD_SATURATION)
            if load >= LOAD_NOTICE:
                reasons.append(
                    ngettext(
                        "already committed %(count)d time in the last 30 days",
                        "already committed %(count)d times in the last 30 days",
                        load,
                    )
                    % {"count": load}
                )
        ranked.append(
            Suggestion(
                membership_id=person.membership_id,
                user_id=user_id,
                name=person.name,
                organization=person.organization or "",
                reasons=reasons,
                score=round(score, 4),
            )
        )
    ranked.sort(key=lambda s: (-s.score, s.name, s.user_id))
    return Suggestions(items=ranked[:limit], method=scores.method, catching_up=catching_up)


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _kept_reason(count: int, capital: str) -> str:
    kinds: dict[str, str] = {
        CapitalKind.SOCIAL: ngettext(
            "kept %(count)d social commitment (introductions, networks)",
            "kept %(count)d social commitments (introductions, networks)",
            count,
        ),
        CapitalKind.INTELLECTUAL: ngettext(
            "kept %(count)d commitment of expertise",
            "kept %(count)d commitments of expertise",
            count,
        ),
        CapitalKind.INSTITUTIONAL: ngettext(
            "kept %(count)d institutional commitment (space, staff, volunteers)",
            "kept %(count)d institutional commitments (space, staff, volunteers)",
            count,
        ),
        CapitalKind.FINANCIAL: ngettext(
            "kept %(count)d financial commitment",
            "kept %(count)d financial commitments",
            count,
        ),
    }
    text = kinds.get(
        capital, ngettext("kept %(count)d commitment", "kept %(count)d commitments", count)
    )
    return text % {"count": count}


def _bridges(presenter: tuple[int | None, str, str], person: _Candidate) -> list[str]:
    """The divides a first tie between the presenter and this person would cross. Regions
    are compared for adults only (a minor shows no location beyond city)."""
    sector, region, age_band = presenter
    reasons = []
    if sector and person.sector_id and sector != person.sector_id:
        reasons.append(_("new tie across sectors"))
    adults = age_band not in MINOR_AGE_BANDS and person.age_band not in MINOR_AGE_BANDS
    if adults and region and person.region and region != person.region:
        reasons.append(_("new tie across regions"))
    if age_band and person.age_band and _generation(age_band) != _generation(person.age_band):
        reasons.append(_("new tie across generations"))
    return reasons
