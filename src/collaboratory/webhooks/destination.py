"""Where a webhook may point, and posting to it: pure (standard library only).

The address rule (server-side request forgery): `https` only, and every address the host
resolves to must be public, unless the operator allows private destinations (development and
tests, `COLLABORATORY_WEBHOOKS_ALLOW_PRIVATE`), which also allows plain `http`. The check
runs when the hook is saved and again before each post, and the post connects to the very
address that was checked (no second DNS look-up a rebinding server could answer differently).
Redirects are never followed; the response body is read up to a cap.
"""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import re
import socket
import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

Resolver = Callable[[str, int], list[str]]

MAX_URL_LENGTH = 500
# Control characters (NUL among them, which PostgreSQL cannot store) in a receiver's answer.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


class DestinationError(ValueError):
    """The URL may not receive webhooks; `code` says why (see `check`)."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(code, detail)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class Destination:
    scheme: str
    host: str
    port: int
    path: str  # path and query, as sent in the request line
    address: str  # the checked IP address the post connects to


@dataclass(frozen=True)
class Response:
    status: int
    excerpt: str  # the start of the body, decoded leniently, control characters replaced


def resolve(host: str, port: int) -> list[str]:
    """Every address `host` resolves to (the system resolver)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise DestinationError("unresolvable", str(error)) from None
    return sorted({str(info[4][0]) for info in infos})


# NAT64 (RFC 6052): a gateway carries a post to the IPv4 address in the last 32 bits. The
# local-use prefix (RFC 8215) embeds it at a length of the operator's choosing: never public.
NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
NAT64_LOCAL = ipaddress.IPv6Network("64:ff9b:1::/48")


def _is_public(address: str) -> bool:
    ip: ipaddress.IPv4Address | ipaddress.IPv6Address = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address):
        # The IPv4 address inside a mapped, 6to4 or NAT64 address is where the post goes
        # (Python calls the last two global whatever they carry).
        if ip in NAT64_LOCAL:
            return False
        if ip in NAT64:
            ip = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        elif ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        elif ip.sixtofour is not None:
            ip = ip.sixtofour
    return ip.is_global and not ip.is_multicast


def check(url: str, *, allow_private: bool, resolver: Resolver = resolve) -> Destination:
    """The destination `url` names, or DestinationError with one of the codes: `too_long`,
    `malformed`, `scheme` (not https, or not http(s) at all), `credentials` (user:password@ in
    the URL), `unresolvable`, `private` (an address that is not public)."""
    if len(url) > MAX_URL_LENGTH:
        raise DestinationError("too_long")
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        raise DestinationError("malformed") from None
    scheme = parts.scheme.lower()
    allowed = {"https", "http"} if allow_private else {"https"}
    if scheme not in allowed:
        raise DestinationError("scheme")
    if not parts.hostname or any(c.isspace() for c in url.strip()):
        raise DestinationError("malformed")
    if parts.username is not None or parts.password is not None:
        raise DestinationError("credentials")
    port = port or (443 if scheme == "https" else 80)
    addresses = resolver(parts.hostname, port)
    if not addresses:
        raise DestinationError("unresolvable")
    if not allow_private and not all(_is_public(a) for a in addresses):
        raise DestinationError("private")
    # The request line is ASCII: anything else in the path or query is percent-encoded.
    path = quote(parts.path or "/", safe="/%:@!$&'()*+,;=~-._")
    if parts.query:
        path += "?" + quote(parts.query, safe="/%:@!$&'()*+,;=~-._?")
    return Destination(scheme, parts.hostname, port, path, addresses[0])


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    """HTTPS to a checked address, with the certificate checked for the URL's host name."""

    def __init__(self, destination: Destination, timeout: float) -> None:
        super().__init__(
            destination.host,
            destination.port,
            timeout=timeout,
            context=ssl.create_default_context(),
        )
        self._address = destination.address

    def connect(self) -> None:
        sock = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = sock  # so the post's deadline can cut a handshake that trickles too
        self.sock = self._context.wrap_socket(  # type: ignore[attr-defined]
            sock, server_hostname=self.host
        )


class _PinnedHTTPConnection(http.client.HTTPConnection):
    def __init__(self, destination: Destination, timeout: float) -> None:
        super().__init__(destination.host, destination.port, timeout=timeout)
        self._address = destination.address

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


def one_line(text: str, limit: int) -> str:
    """An error message fit for one line of the log."""
    return " ".join(_CONTROL.sub(" ", text).split())[:limit]


def post(
    destination: Destination,
    body: bytes,
    headers: dict[str, str],
    *,
    timeout: float,
    read_cap: int,
) -> Response:
    """POST `body` once, within `timeout` seconds in all (connecting, sending, reading the
    answer: a receiver trickling a byte now and then would otherwise hold the worker, each
    read within the socket's timeout, past the delivery's lease). Network faults raise
    OSError (TimeoutError when the time is up) or http.client.HTTPException; any HTTP
    answer, redirects included, is a Response."""
    connection: http.client.HTTPConnection
    if destination.scheme == "https":
        connection = _PinnedHTTPSConnection(destination, timeout)
    else:
        connection = _PinnedHTTPConnection(destination, timeout)
    expired = threading.Event()

    def expire() -> None:
        expired.set()
        sock = connection.sock
        if sock is not None:
            with contextlib.suppress(OSError):  # wakes the read blocked in the worker
                sock.shutdown(socket.SHUT_RDWR)

    timer = threading.Timer(timeout, expire)
    timer.daemon = True
    timer.start()
    try:
        try:
            connection.request("POST", destination.path, body=body, headers=headers)
            answer = connection.getresponse()
            raw = answer.read(read_cap)
        except (OSError, http.client.HTTPException) as error:
            if expired.is_set():
                raise TimeoutError(f"no full answer within {timeout:g} s") from error
            raise
        if expired.is_set():  # the answer was cut short when the time ran out
            raise TimeoutError(f"no full answer within {timeout:g} s")
        excerpt = raw.decode("utf-8", errors="replace")
        return Response(answer.status, _CONTROL.sub("\ufffd", excerpt))
    finally:
        timer.cancel()
        connection.close()
