"""A mail server that takes connections and never answers (a firewall dropping them, a
hung relay): each try waits out the timeout. Tests count the connections it was offered,
never the time, as tests/mail/test_retry.py does."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


@contextmanager
def silent_mail_server(settings: Any) -> Iterator[list[socket.socket]]:
    """Django's real SMTP backend aimed at a loopback listener that accepts and says
    nothing; yields the connections it accepted (read their count after the sends)."""
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(16)
        accepted: list[socket.socket] = []

        def accept() -> None:
            while True:
                try:
                    accepted.append(silent.accept()[0])
                except OSError:  # the listener closed
                    return

        threading.Thread(target=accept, daemon=True).start()
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST = "127.0.0.1"
        settings.EMAIL_PORT = silent.getsockname()[1]
        settings.EMAIL_TIMEOUT = 0.5
        try:
            yield accepted
        finally:
            for connection in accepted:
                connection.close()


def refusing_mail_server(settings: Any) -> None:
    """Django's real SMTP backend aimed at a loopback port that was bound and closed: every
    connection is refused at once (a mail server down)."""
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", port, 2
