"""Keeps secrets out of logs: invitation and consent tokens, login codes, calendar keys."""

from __future__ import annotations

import logging
import re

# Anything that looks like a token in a URL path segment or query value.
_TOKEN = re.compile(r"(?P<key>(?:token|key|code|secret)s?[=/])[A-Za-z0-9_\-.%]{6,}", re.I)


def redact(text: str) -> str:
    return _TOKEN.sub(r"\g<key>[redacted]", text)


class RedactSecretsFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True
