"""Keeps secrets out of logs: invitation and consent tokens, login codes, calendar keys, and
the day's check-in code (the QR code's short link `/c/<code>` and the check-in page it leads
to, `.../check-in/<code>/`)."""

from __future__ import annotations

import logging
import re
from typing import Any

from gunicorn.glogging import Logger as GunicornLogger

# A long opaque path segment after "token/", "key/" or "secret/" (ours are 43 characters),
# or any value of a token-like query parameter.
_PATH_TOKEN = re.compile(r"(?P<key>/(?:tokens?|keys?|secrets?)/)[A-Za-z0-9_\-.%]{16,}", re.I)
_QUERY_TOKEN = re.compile(r"(?P<key>[?&](?:tokens?|keys?|codes?|secrets?)=)[^&\s]+", re.I)
# Check-in codes are shorter than the tokens above and their paths carry no "/key/".
_CHECK_IN_CODE = re.compile(r"(?P<key>/c/|/check-in/)[^/?#\s\"']+")


def redact(text: str) -> str:
    text = _PATH_TOKEN.sub(r"\g<key>[redacted]", text)
    text = _CHECK_IN_CODE.sub(r"\g<key>[redacted]", text)
    return _QUERY_TOKEN.sub(r"\g<key>[redacted]", text)


class RedactSecretsFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


class RedactingGunicornLogger(GunicornLogger):
    """gunicorn's access log, with tokens in the request line redacted."""

    def atoms(self, resp: Any, req: Any, environ: dict[str, Any], request_time: Any) -> Any:
        atoms = super().atoms(resp, req, environ, request_time)
        for key in ("r", "U", "q", "{raw_uri}e"):
            if isinstance(atoms.get(key), str):
                atoms[key] = redact(atoms[key])
        return atoms
