"""The signature scheme receivers check (collaboratory.webhooks.signing, pure)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from collaboratory.webhooks.signing import SignatureError, sign, signature, verify

SECRET = "whsec_test"
NOW = 1_800_000_000


@given(body=st.binary(max_size=2000), secret=st.text(min_size=1, max_size=60))
def test_what_is_signed_verifies_and_any_changed_byte_does_not(body: bytes, secret: str) -> None:
    header = sign(secret, NOW, body)

    assert verify(secret, header, body, now=NOW) == NOW
    with pytest.raises(SignatureError):
        verify(secret, header, body + b"\x00", now=NOW)
    with pytest.raises(SignatureError):
        verify(secret + "x", header, body, now=NOW)


def test_the_header_is_t_and_v1_over_timestamp_dot_body() -> None:
    assert sign(SECRET, NOW, b"{}") == f"t={NOW},v1={signature(SECRET, NOW, b'{}')}"
    # A known answer, so the scheme cannot drift unnoticed (HMAC-SHA256 of b"1.x" under b"k").
    assert signature("k", 1, b"x") == (
        "976cb87e4f568d1c0f03f32859e90af8597cf00b978ba37c229c97d3a15b8449"
    )


def test_a_timestamp_outside_the_window_is_refused_even_with_a_good_signature() -> None:
    header = sign(SECRET, NOW, b"{}")

    assert verify(SECRET, header, b"{}", now=NOW + 300) == NOW
    with pytest.raises(SignatureError, match="tolerance"):
        verify(SECRET, header, b"{}", now=NOW + 301)
    with pytest.raises(SignatureError, match="tolerance"):
        verify(SECRET, header, b"{}", now=NOW - 301)


def test_a_rotation_header_with_two_signatures_passes_when_one_matches() -> None:
    good = signature(SECRET, NOW, b"{}")

    assert verify(SECRET, f"t={NOW},v1=deadbeef,v1={good}", b"{}", now=NOW) == NOW


@pytest.mark.parametrize(
    "header", ["", "v1=abc", f"t={NOW}", "t=soon,v1=abc", "garbage", f"t={NOW},v1="]
)
def test_a_malformed_header_is_refused(header: str) -> None:
    with pytest.raises(SignatureError):
        verify(SECRET, header, b"{}", now=NOW)
