"""Where a webhook may point (collaboratory.webhooks.destination, pure): the address rule
against server-side request forgery."""

from __future__ import annotations

import pytest

from collaboratory.webhooks import destination
from collaboratory.webhooks.destination import Destination, DestinationError, check


def resolver(*addresses: str):  # type: ignore[no-untyped-def]
    return lambda host, port: list(addresses)


def test_a_public_https_url_is_accepted_and_pinned_to_the_checked_address() -> None:
    got = check(
        "https://hooks.example.org/in?x=1", allow_private=False, resolver=resolver("93.184.216.34")
    )

    assert got == Destination("https", "hooks.example.org", 443, "/in?x=1", "93.184.216.34")


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.5",
        "192.168.1.1",
        "169.254.169.254",  # cloud metadata
        "100.64.0.1",
        "0.0.0.0",  # noqa: S104  (an address to refuse, not one to bind)
        "::1",
        "fe80::1",
        "fd00::1",
        "::ffff:10.0.0.1",
        "224.0.0.1",
    ],
)
def test_a_private_or_local_address_is_refused(address: str) -> None:
    with pytest.raises(DestinationError) as refused:
        check("https://sneaky.example.org/", allow_private=False, resolver=resolver(address))

    assert refused.value.code == "private"


@pytest.mark.parametrize(
    "address",
    [
        "64:ff9b::a9fe:a9fe",  # NAT64 of 169.254.169.254: the metadata service again
        "64:ff9b::a00:1",  # NAT64 of 10.0.0.1
        "64:ff9b:1::a00:1",  # the local-use NAT64 prefix
        "2002:a00:1::1",  # 6to4 of 10.0.0.1
        "2002:7f00:1::",  # 6to4 of 127.0.0.1
    ],
)
def test_a_private_ipv4_address_inside_an_ipv6_translation_is_refused(address: str) -> None:
    """Python calls these IPv6 addresses global, but a NAT64 gateway or a 6to4 relay
    carries the post to the IPv4 address inside them."""
    with pytest.raises(DestinationError) as refused:
        check("https://sneaky.example.org/", allow_private=False, resolver=resolver(address))

    assert refused.value.code == "private"


@pytest.mark.parametrize("address", ["64:ff9b::808:808", "2002:808:808::1"])
def test_a_public_ipv4_address_inside_an_ipv6_translation_is_accepted(address: str) -> None:
    got = check("https://hooks.example.org/", allow_private=False, resolver=resolver(address))

    assert got.address == address


def test_one_private_address_among_public_ones_is_enough_to_refuse() -> None:
    with pytest.raises(DestinationError) as refused:
        check(
            "https://mixed.example.org/",
            allow_private=False,
            resolver=resolver("93.184.216.34", "10.0.0.1"),
        )

    assert refused.value.code == "private"


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("http://hooks.example.org/", "scheme"),
        ("ftp://hooks.example.org/", "scheme"),
        ("javascript:alert(1)", "scheme"),
        ("hooks.example.org/in", "scheme"),
        ("https://", "malformed"),
        ("https://hooks.example.org:99999/", "malformed"),
        ("https://user:pw@hooks.example.org/", "credentials"),
        ("https://hooks .example.org/", "malformed"),
        ("https://h.example.org/" + "a" * 600, "too_long"),
    ],
)
def test_bad_urls_are_refused_with_a_reason(url: str, code: str) -> None:
    with pytest.raises(DestinationError) as refused:
        check(url, allow_private=False, resolver=resolver("93.184.216.34"))

    assert refused.value.code == code


def test_development_allows_http_to_the_loopback_address() -> None:
    got = check("http://127.0.0.1:8765/hook", allow_private=True, resolver=resolver("127.0.0.1"))

    assert (got.scheme, got.port, got.address) == ("http", 8765, "127.0.0.1")


def test_a_name_that_does_not_resolve_is_refused() -> None:
    with pytest.raises(DestinationError) as refused:
        check("https://nowhere.invalid/", allow_private=False)

    assert refused.value.code == "unresolvable"


def test_a_path_outside_ascii_is_percent_encoded_for_the_request_line() -> None:
    got = check(
        "https://hooks.example.org/café%20hook?q=ñ&x=1",
        allow_private=False,
        resolver=resolver("93.184.216.34"),
    )

    assert got.path == "/caf%C3%A9%20hook?q=%C3%B1&x=1"


def test_a_receiver_that_trickles_its_answer_cannot_hold_a_post_past_its_timeout() -> None:
    """The timeout bounds the whole post, not each read: a receiver sending a byte now and
    then kept a worker (and, past the lease, a second one) for as long as it liked."""
    import socket
    import threading

    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def trickle() -> None:
        connection, _address = listener.accept()
        with connection:
            connection.recv(65536)
            connection.sendall(b"HTTP/1.1 200 OK\r\n")
            while not stop.wait(0.1):  # a header line that never ends, a byte at a time
                try:
                    connection.sendall(b"X")
                except OSError:
                    return

    server = threading.Thread(target=trickle, daemon=True)
    server.start()
    port = listener.getsockname()[1]
    target = destination.check(f"http://127.0.0.1:{port}/hook", allow_private=True)
    outcome: list[BaseException | destination.Response] = []

    def attempt() -> None:
        try:
            outcome.append(destination.post(target, b"{}", {}, timeout=0.5, read_cap=1024))
        except BaseException as error:  # recorded for the assertion
            outcome.append(error)

    client = threading.Thread(target=attempt, daemon=True)
    client.start()
    client.join(timeout=15)  # far past the timeout: without a bound it trickles for ever
    stop.set()
    listener.close()

    assert not client.is_alive(), "the post was still reading after 30 times its timeout"
    assert len(outcome) == 1
    assert isinstance(outcome[0], TimeoutError)
