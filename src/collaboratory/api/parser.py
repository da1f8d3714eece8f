"""How the API reads a request body: UTF-8 JSON, each key of an object once.

Python's `json` takes the last of two equal keys, so `{"answer": "no", "answer": "yes"}`
answered yes while the script's author may have meant either: such a body is refused, as is
one that is not UTF-8 or not JSON, with a `BodyRefused` that says which (problems.py words
the 400). So is JSON that Python's `json` cannot read whole: nesting deeper than the
interpreter's stack (a RecursionError), an integer of more digits than `int` converts (a
ValueError); ninja answered both with a bare "Cannot parse request body". A body labelled
with another media type than JSON (a form's, text/plain) is refused with a 415 naming the
header; one with no Content-Type at all is read as JSON."""

from __future__ import annotations

import json
import sys
from typing import Any

from django.http import HttpRequest
from ninja.parser import Parser


class BodyRefused(ValueError):
    """The body cannot be read; the message says why, for the 400's detail."""

    status = 400


class WrongMediaType(BodyRefused):
    status = 415


def _is_json(media_type: str) -> bool:
    return media_type in ("", "application/json") or (
        media_type.startswith("application/") and media_type.endswith("+json")
    )


def _once(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise BodyRefused(
                f"The key {json.dumps(key)} appears twice in one object: give it once."
            )
        found[key] = value
    return found


class JsonBody(Parser):
    def parse_body(self, request: HttpRequest) -> Any:
        if not _is_json(request.content_type or ""):
            raise WrongMediaType(
                "Send the body as JSON, with the header Content-Type: application/json."
            )
        try:
            text = request.body.decode("utf-8-sig")  # a leading BOM is allowed (RFC 8259)
        except UnicodeDecodeError as error:
            raise BodyRefused("The body is not UTF-8 text: send JSON encoded as UTF-8.") from error
        try:
            return json.loads(text, object_pairs_hook=_once)
        except BodyRefused:  # a key given twice (`_once`): a ValueError too
            raise
        except json.JSONDecodeError as error:
            raise BodyRefused(
                f"The body is not valid JSON: {error.msg} (line {error.lineno}, "
                f"column {error.colno})."
            ) from error
        except RecursionError as error:
            raise BodyRefused(
                "The body nests arrays and objects too deeply: send a flatter JSON body."
            ) from error
        except ValueError as error:  # an integer past sys.get_int_max_str_digits()
            raise BodyRefused(
                f"The body has a number of more than {sys.get_int_max_str_digits()} digits: "
                "send a shorter number."
            ) from error
