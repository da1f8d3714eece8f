"""Who can meet this ask: the members of the ask's network ranked for it, with reasons.

The text score (engine) says whose offers mean what the ask means; the network adds what it
knows: the offer's category and kind of capital, commitments of that kind the member has kept,
a new tie across a divide with the presenter, and how busy the member already is this month.

Boundaries, by construction:
- candidates are the network directory's members (`networks.selectors.directory_members`:
  admitted members, minors only inside their own youth cohort), never another network's,
  never the presenter themself, and for an ask never someone who already committed to it;
- a suggestion carries a name, an organization and reasons, never contact details (a minor's
  or anyone's: contact goes through the follow-up page's rules); reasons from a member's
  record (kept commitments, recent load) are kept apart, for stewards' eyes only, as the
  ledger is private to the member and the stewards;
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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import numpy as np
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django_scopes import scope

from collaboratory.capital import CapitalKind, HelpCategory
from collaboratory.commitments import lifecycle
from collaboratory.commitments.models import COUNTED, Commitment
from collaboratory.creditclub.models import Ask
from collaboratory.gatherings.models import Gathering
from collaboratory.gatherings.selectors import people_checked_in
from collaboratory.matching import engine
from collaboratory.matching.models import AskVector, OfferVector, text_hash
from collaboratory.matching.services import ask_vectors_refresh, offer_vectors_refresh
from collaboratory.networks.models import ADMITTED_STATUSES, Membership
from collaboratory.networks.selectors import DirectoryFilters, directory_members
from collaboratory.people.models import MINOR_AGE_BANDS, OfferedAsset, User

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
#: Commitments of the ask's kind the member has kept (kept or partly kept; COUNTED, as the
#: profile counts them: hidden or undone ones are no record), on a log scale that saturates at
#: KEPT_SATURATION: a track record of delivering counts, but a veteran should not crowd out a
#: newcomer whose offer fits better.
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
#: Nor is an offer below this share of the best offer's relevance for the same ask: beside a
#: strong match ("GIS help: I read tree-canopy maps" for help reading a canopy map), offers
#: that pass only on their category ("curriculum design", also expertise) are padding.
RELATIVE_FLOOR = 0.5
#: What the floors add to a pair's relevance when ask and offer are in different languages:
#: the multilingual model's gap on the relevance scale (the score itself, and so the order,
#: is left as the model gives it).
CROSS_LANGUAGE_ALLOWANCE = engine.SCALE * engine.LANGUAGE_GAP
#: Money pays for anything, so for a funding ask every funding offer is relevant whatever its
#: words: "fans and cooling kits" and "a small grant of up to $2,500" share no meaning, and the
#: grant is the answer. Other categories are not interchangeable (expertise in law does not
#: read a map), so there the words must meet.
FUNGIBLE = frozenset({HelpCategory.FUNDING})
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
    #: Why, for anyone who may see suggestions: the offer, new ties.
    reasons: list[str]
    #: Why, from the member's own record (kept commitments, recent load): the ledger is
    #: private to the member and the stewards, so pages show these to stewards only.
    record: list[str]
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


@dataclass
class _Offer:
    pk: int
    user_id: int
    kind: str
    category: str
    text: str


def _generation(age_band: str) -> str:
    """Minors are one generation (a 15- and a 16-year-old are not a tie across ages)."""
    return "minor" if age_band in MINOR_AGE_BANDS else age_band


def _relevance(scores: engine.TextScores, lift: np.ndarray | float = 0.0) -> np.ndarray:
    """Text scores as 0..1 relevance: embedding scores map cosine to 0..1 with 0.5 for
    unrelated, so only the part above unrelated counts (``lift`` is added before that cut);
    lexical scores are already 0..1."""
    if scores.method == "embedding":
        return np.clip((scores.scores - 0.5) * 2.0 + lift, 0.0, 1.0)
    return np.asarray(scores.scores, dtype=np.float32)


def _vectors(
    rows: Iterable[tuple[int, str, str, bytes]], texts: dict[int, str], model: str
) -> dict[int, bytes]:
    """The stored vectors still fresh: same text, same model."""
    return {
        pk: bytes(blob)
        for pk, digest, name, blob in rows
        if pk in texts and name == model and digest == text_hash(texts[pk])
    }


def _stored_meanwhile(
    model: type[OfferVector] | type[AskVector],
    key: str,
    missing: list[tuple[int, str]],
    computed: dict[int, np.ndarray],
    name: str,
) -> dict[int, np.ndarray]:
    """The vectors another request stored between this one's read and its store (the
    review board's cards load at once): the store skips them as fresh and computes nothing,
    so they are read back here. One query, and only when that happened."""
    late = {pk: text for pk, text in missing if pk not in computed}
    if not late:
        return {}
    rows = model._default_manager.filter(**{f"{key}__in": list(late)}).values_list(
        key, "text_hash", "model_name", "vector"
    )
    return {pk: engine.vector_from_bytes(blob) for pk, blob in _vectors(rows, late, name).items()}


class _TextScorer:
    """Text scores of several asks against one set of offers. Stored vectors are used when
    fresh; missing ones (offers and asks) are computed inline and stored, up to INLINE_CAP;
    beyond it every ask is matched by words and `catching_up` says the model is installed
    but behind."""

    def __init__(
        self,
        *,
        asks: Sequence[Ask],
        offers: list[_Offer],
        offer_rows: Iterable[tuple[int, str, str, bytes]],
    ) -> None:
        self.texts = [o.text for o in offers]
        self.catching_up = False
        self.matrix: np.ndarray | None = None
        self.ask_vectors: dict[int, np.ndarray] = {}
        encoder = engine.load_encoder()
        if encoder is None or not offers:
            return
        offer_texts = {o.pk: o.text for o in offers}
        ask_texts = {a.pk: a.what for a in asks}
        fresh = _vectors(offer_rows, offer_texts, encoder.name)
        fresh_asks = _vectors(
            AskVector.objects.filter(ask__in=[a.pk for a in asks]).values_list(
                "ask_id", "text_hash", "model_name", "vector"
            ),
            ask_texts,
            encoder.name,
        )
        missing = [(o.pk, o.text) for o in offers if o.pk not in fresh]
        missing_asks = [(a.pk, a.what) for a in asks if a.pk not in fresh_asks]
        if len(missing) + len(missing_asks) > INLINE_CAP:
            self.catching_up = True
            return
        computed = offer_vectors_refresh(offers=missing, encoder=encoder)
        computed |= _stored_meanwhile(OfferVector, "offer_id", missing, computed, encoder.name)
        if missing_asks:
            computed_asks = ask_vectors_refresh(
                network=asks[0].network, asks=missing_asks, encoder=encoder
            )
            computed_asks |= _stored_meanwhile(
                AskVector, "ask_id", missing_asks, computed_asks, encoder.name
            )
        else:
            computed_asks = {}
        self.matrix = np.empty((len(offers), engine.DIMENSIONS), dtype=np.float32)
        stored = [i for i, o in enumerate(offers) if o.pk in fresh]
        if stored:
            self.matrix[stored] = engine.vectors_from_bytes([fresh[offers[i].pk] for i in stored])
        for i, offer in enumerate(offers):
            if offer.pk not in fresh:
                self.matrix[i] = computed[offer.pk]
        for ask in asks:
            blob = fresh_asks.get(ask.pk)
            self.ask_vectors[ask.pk] = (
                engine.vector_from_bytes(blob) if blob is not None else computed_asks[ask.pk]
            )

    def crosses_languages(self, ask: Ask) -> np.ndarray:
        """Which offers are read in the other language than the ask (none without vectors)."""
        if self.matrix is None:
            return np.zeros(len(self.texts), dtype=bool)
        return engine.crosses_languages(self.ask_vectors[ask.pk], self.matrix)

    def scores(self, ask: Ask) -> engine.TextScores:
        if self.matrix is None:
            return engine.text_scores(ask.what, self.texts, encoder=None)
        return engine.text_scores(
            ask.what,
            self.texts,
            ask_vector=self.ask_vectors[ask.pk],
            offer_vectors=self.matrix,
            encoder=None,
        )


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
    return suggestions_for_asks(asks=[ask], among=among, limit=limit, now=now)[ask.pk]


def suggestions_for_asks(
    *,
    asks: Sequence[Ask],
    among: Gathering | None = None,
    limit: int = LIMIT,
    now: datetime | None = None,
) -> dict[int, Suggestions]:
    """`suggestions_for_ask` for several asks of one network at once ({ask id:
    suggestions}): the network is read once, whatever the number of asks."""
    if not asks:
        return {}
    now = now or timezone.now()
    network = asks[0].network
    if any(a.network_id != network.pk for a in asks):
        raise ValueError("Suggestions are ranked within one network at a time.")
    presenter_ids = {a.proposal.proposer_id for a in asks}
    with scope(network=network):
        presenters = {
            row[0]: row[1:]
            for row in Membership.objects.filter(
                network=network, user_id__in=presenter_ids
            ).values_list("user_id", "sector_id", "user__region", "user__age_band")
        }
        if len(presenters) < len(presenter_ids):
            # A youth guest presents a Power Project at a national gathering without a
            # membership there: their generation still makes a tie across generations.
            for user_id, region, age_band in User.objects.filter(
                pk__in=presenter_ids - presenters.keys()
            ).values_list("pk", "region", "age_band"):
                presenters[user_id] = (None, region, age_band)
        members = directory_members(network=network, filters=DirectoryFilters())
        # Offers are joined to the network's memberships rather than filtered by a list of
        # ids (10,000 members would be 10,000 parameters); what the directory's other rules
        # exclude is dropped against the candidates below.
        offer_filter = Q(user__memberships__network=network) & Q(
            user__memberships__status__in=ADMITTED_STATUSES
        )
        vector_filter = Q(offer__user__memberships__network=network) & Q(
            offer__user__memberships__status__in=ADMITTED_STATUSES
        )
        if among is not None:
            # The ledger and members checked in on a substitute pass naming them.
            present = list(people_checked_in(gathering=among).values_list("pk", flat=True))
            members = members.filter(user_id__in=present)
            offer_filter = Q(user_id__in=present)
            vector_filter = Q(offer__user_id__in=present)
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
        offers = [
            _Offer(*row)
            for row in OfferedAsset.objects.filter(offer_filter)
            .order_by("pk")
            .values_list("pk", "user_id", "kind", "category", "description")
            if row[1] in candidates
        ]
        scorer = _TextScorer(
            asks=asks,
            offers=offers,
            offer_rows=OfferVector.objects.filter(vector_filter).values_list(
                "offer_id", "text_hash", "model_name", "vector"
            ),
        )
        kept: dict[tuple[int, str], int] = {
            (committer, capital): n
            for committer, capital, n in Commitment.objects.filter(
                COUNTED, network=network, status__in=[lifecycle.KEPT, lifecycle.PARTLY_KEPT]
            )
            .values("committer_id", "capital")
            .annotate(n=Count("pk"))
            .values_list("committer_id", "capital", "n")
        }
        recent = dict(
            Commitment.objects.filter(
                COUNTED,
                network=network,
                created_at__gte=now - timedelta(days=LOAD_DAYS),
                created_at__lte=now,
            )
            .values("committer_id")
            .annotate(n=Count("pk"))
            .values_list("committer_id", "n")
        )
        ties: dict[int, set[int]] = {p: set() for p in presenter_ids}
        # The same read says who already answered each ask (a commitment to a presenter's
        # proposal names its ask): they are on the presenter's follow-up list already.
        answered: dict[int, set[int]] = {}
        for committer, proposer, ask_id in (
            Commitment.objects.filter(COUNTED, network=network)
            .filter(Q(committer_id__in=presenter_ids) | Q(proposal__proposer_id__in=presenter_ids))
            .order_by()
            .values_list("committer_id", "proposal__proposer_id", "ask_id")
            .distinct()
        ):
            for presenter, other in ((committer, proposer), (proposer, committer)):
                if presenter in ties:
                    ties[presenter].add(other)
            if ask_id is not None:
                answered.setdefault(ask_id, set()).add(committer)

    known = _Known(list(candidates.values()), offers, presenters, kept, recent, ties, answered)
    return {ask.pk: _rank(ask, scorer, known, limit) for ask in asks}


class _Known:
    """What the network knows, read once for every ask, as arrays over the candidates (and
    over the offers) so that ranking one ask is a few vector operations, not a loop over
    10,000 people."""

    def __init__(
        self,
        candidates: list[_Candidate],
        offers: list[_Offer],
        presenters: dict[int, tuple[int | None, str, str]],
        kept: dict[tuple[int, str], int],
        recent: dict[int, int],
        ties: dict[int, set[int]],
        answered: dict[int, set[int]],
    ) -> None:
        self.candidates = candidates
        self.answered = answered
        self.offers = offers
        self.presenters = presenters
        self.ties = ties
        self.kept = kept
        index = {c.user_id: i for i, c in enumerate(candidates)}
        self.index = index
        self.owner = np.array([index[o.user_id] for o in offers], dtype=np.intp)
        self.categories = np.array([o.category for o in offers], dtype=object)
        self.kinds = np.array([o.kind for o in offers], dtype=object)
        self.load = np.array([recent.get(c.user_id, 0) for c in candidates], dtype=np.float64)
        self.load_term = W_LOAD * np.minimum(1.0, self.load / LOAD_SATURATION)
        self._kept_terms: dict[str, np.ndarray] = {}
        self._bridge_terms: dict[int, np.ndarray] = {}

    def kept_term(self, capital: str) -> np.ndarray:
        if capital not in self._kept_terms:
            counts = np.array(
                [self.kept.get((c.user_id, capital), 0) for c in self.candidates],
                dtype=np.float64,
            )
            self._kept_terms[capital] = W_KEPT * np.minimum(
                1.0, np.log1p(counts) / math.log1p(KEPT_SATURATION)
            )
        return self._kept_terms[capital]

    def bridge_term(self, presenter_id: int) -> np.ndarray:
        if presenter_id not in self._bridge_terms:
            presenter = self.presenters.get(presenter_id)
            tied = self.ties.get(presenter_id, set())
            self._bridge_terms[presenter_id] = np.array(
                [
                    0.0
                    if presenter is None or c.user_id in tied
                    else W_BRIDGE * len(_divides(presenter, c))
                    for c in self.candidates
                ],
                dtype=np.float64,
            )
        return self._bridge_terms[presenter_id]


def _relevant(
    ask: Ask, scores: engine.TextScores, same_category: np.ndarray, lift: np.ndarray | float = 0.0
) -> np.ndarray:
    """How relevant each offer is to the ask: its text and its category."""
    relevant = W_TEXT * _relevance(scores, lift).astype(np.float64) + W_CATEGORY * same_category
    if ask.category in FUNGIBLE:
        relevant = np.where(same_category, np.maximum(relevant, MIN_RELEVANCE), relevant)
    return relevant


def _rank(ask: Ask, scorer: _TextScorer, known: _Known, limit: int) -> Suggestions:
    """Score every candidate for one ask; reasons are written for the few shown."""
    scores = scorer.scores(ask)
    if not known.offers:
        return Suggestions(method=scores.method, catching_up=scorer.catching_up)
    presenter_id = ask.proposal.proposer_id
    same_category = known.categories == ask.category
    relevant = _relevant(ask, scores, same_category)
    # The floors judge a pair across languages with the multilingual model's gap made up
    # (engine.LANGUAGE_GAP): a Spanish ask's English hall would fall below them otherwise.
    lift = CROSS_LANGUAGE_ALLOWANCE * scorer.crosses_languages(ask)
    judged = _relevant(ask, scores, same_category, lift) if lift.any() else relevant
    offer_score = relevant + W_KIND * (known.kinds == ask.capital)
    usable = np.ones(len(known.offers), dtype=bool)
    presenter_index = known.index.get(presenter_id)
    if presenter_index is not None:
        usable &= known.owner != presenter_index
    # Whoever already committed to this ask is not suggested for it again ("who else could
    # help" listed someone whose offer was in the table just above it).
    answered = [known.index[u] for u in known.answered.get(ask.pk, ()) if u in known.index]
    if answered:
        usable &= ~np.isin(known.owner, answered)
    floor = MIN_RELEVANCE
    if usable.any():
        floor = max(floor, RELATIVE_FLOOR * float(judged[usable].max()))
    usable &= judged >= floor
    best = np.full(len(known.candidates), -np.inf)
    np.maximum.at(best, known.owner[usable], offer_score[usable])
    total = best + known.kept_term(ask.capital) + known.bridge_term(presenter_id)
    total -= known.load_term
    total = np.round(total, 4)
    found = np.flatnonzero(np.isfinite(best))
    if len(found) > limit:
        # Everyone scoring at least the limit-th best, so ties at the edge are decided by name.
        kth = np.partition(total[found], len(found) - limit)[len(found) - limit]
        found = found[total[found] >= kth]
    order = sorted(
        found.tolist(),
        key=lambda i: (-total[i], known.candidates[i].name, known.candidates[i].user_id),
    )[:limit]
    if len(order) == limit and lift.any():
        # Only an offer of the ask's own category: the allowance lifts any pair across
        # languages, and a grant review took the place beside a newsletter ask (review).
        other = usable & (lift > 0) & same_category
        order = _with_other_language(order, known.owner[other], total)
    items = []
    for i in order:
        person = known.candidates[i]
        mine = np.flatnonzero(usable & (known.owner == i))
        offer = known.offers[int(mine[np.argmax(offer_score[mine])])]
        items.append(
            Suggestion(
                membership_id=person.membership_id,
                user_id=person.user_id,
                name=person.name,
                organization=person.organization or "",
                reasons=_reasons(ask, offer, person, known, presenter_id),
                record=_record(ask, person, known),
                score=float(total[i]),
            )
        )
    return Suggestions(items=items, method=scores.method, catching_up=scorer.catching_up)


def _with_other_language(order: list[int], crossing: np.ndarray, total: np.ndarray) -> list[int]:
    """The list shown, with its last place given to the best member whose offer is in the
    other language and of the ask's category (past the floors) when none made the list on
    score.

    The multilingual model scores a pair across languages lower than an equally apt pair in
    one language, so in a network offering in both, an English ask's right Spanish offer
    ranked under every English offer of its kind and was never shown (20 such asks: shown
    for 6, against 15 with this place; `bench/matching_languages.py`). Lifting those scores
    instead let poor matches of the other language ahead of right ones in one language.
    """
    owners = np.unique(crossing)
    if not len(owners) or np.isin(order, owners).any():
        return order
    return [*order[:-1], int(owners[np.argmax(total[owners])])]


def _reasons(
    ask: Ask, offer: _Offer, person: _Candidate, known: _Known, presenter_id: int
) -> list[str]:
    reasons = [_("offers: %(offer)s") % {"offer": _short(offer.text)}]
    presenter = known.presenters.get(presenter_id)
    if presenter is not None and person.user_id not in known.ties.get(presenter_id, set()):
        crossed = tuple(_divides(presenter, person))
        if crossed:
            reasons.append(str(DIVIDE_REASONS[crossed]))
    return reasons


def _record(ask: Ask, person: _Candidate, known: _Known) -> list[str]:
    record = []
    kept = known.kept.get((person.user_id, ask.capital), 0)
    if kept:
        record.append(_kept_reason(kept, ask.capital))
    load = int(known.load[known.index[person.user_id]])
    if load >= LOAD_NOTICE:
        record.append(
            ngettext(
                "already committed %(count)d time in the last 30 days",
                "already committed %(count)d times in the last 30 days",
                load,
            )
            % {"count": load}
        )
    return record


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


#: One reason for every divide a first tie would cross, in `_divides`' order: three "new
#: tie across ..." in a row made every suggestion's line end the same long way.
DIVIDE_REASONS = {
    ("sector",): gettext_lazy("new tie across sectors"),
    ("region",): gettext_lazy("new tie across regions"),
    ("generation",): gettext_lazy("new tie across generations"),
    ("sector", "region"): gettext_lazy("new tie across sectors and regions"),
    ("sector", "generation"): gettext_lazy("new tie across sectors and generations"),
    ("region", "generation"): gettext_lazy("new tie across regions and generations"),
    ("sector", "region", "generation"): gettext_lazy(
        "new tie across sectors, regions and generations"
    ),
}


def _divides(presenter: tuple[int | None, str, str], person: _Candidate) -> list[str]:
    """The divides a first tie between the presenter and this person would cross. Regions
    are compared for adults only (a minor shows no location beyond city)."""
    sector, region, age_band = presenter
    crossed = []
    if sector and person.sector_id and sector != person.sector_id:
        crossed.append("sector")
    adults = age_band not in MINOR_AGE_BANDS and person.age_band not in MINOR_AGE_BANDS
    if adults and region and person.region and region != person.region:
        crossed.append("region")
    if age_band and person.age_band and _generation(age_band) != _generation(person.age_band):
        crossed.append("generation")
    return crossed
