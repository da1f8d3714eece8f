"""One token scheme: bare single-use tokens found by digest, `<id>.<secret>` standing links."""

from __future__ import annotations

from collaboratory.networks.tokens import (
    digests_match,
    keyed_token,
    keyed_token_parse,
    new_token,
    token_digest,
)


def test_a_token_is_256_bits_url_safe_and_only_its_digest_is_kept() -> None:
    token = new_token()

    assert len(token) == 43
    assert len(token_digest(token)) == 64
    assert token not in token_digest(token)


def test_a_keyed_token_parses_back_to_its_id_and_secret() -> None:
    secret = new_token()

    assert keyed_token_parse(keyed_token(42, secret)) == (42, secret)


def test_junk_ids_parse_to_none() -> None:
    junk = ["abc.x", "².x", "-1.x", ".x", "", "1" * 19 + ".x", "12"]

    assert [keyed_token_parse(t)[0] for t in junk] == [None, None, None, None, None, None, 12]


def test_digests_match_only_the_right_secret_and_never_a_missing_row() -> None:
    secret = new_token()
    stored = token_digest(secret)

    assert (digests_match(secret, stored), digests_match("wrong", stored)) == (True, False)
    assert digests_match(secret, None) is False
