"""Why a delivery was not received, as a code and its values, put into words at display.

An attempt runs in the language of whoever ran it (the worker, a steward pressing "Retry
now", a steward changing the URL); the log is read by every steward of the network, each in
their own language, so the row keeps `(code, params)` and the page translates them.
"""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _

# The address rule's refusals (destination.DestinationError.code) and the post's failures.
URL_CODES = ("too_long", "malformed", "scheme", "credentials", "unresolvable", "private")
TIMEOUT = "timeout"  # params: n (seconds)
CONNECTION = "connection"  # params: detail (the system's words, as they came)
ANSWERED = "answered"  # params: code (the HTTP status)
URL_CHANGED = "url_changed"
RECORDED = "recorded"  # params: text (an error stored as words before codes were)


def url_error_text(code: str, max_length: int) -> str:
    """Why the address rule refused a URL, in the active language."""
    return {
        "too_long": _("Keep the URL under %(n)d characters.") % {"n": max_length},
        "malformed": _("Enter a full URL, like https://example.org/collaboratory-hook."),
        "scheme": _("The URL must start with https:// so payloads travel encrypted."),
        "credentials": _(
            "Leave the user name and password out of the URL: payloads are signed instead."
        ),
        "unresolvable": _("That host name does not resolve; check the spelling."),
        "private": _(
            "That address is private or local (such as 10.x, 192.168.x or localhost): "
            "webhooks only go to public addresses."
        ),
    }[code]


def error_text(code: str, params: dict[str, Any]) -> str:
    """The stored error in the active language ("" for none; an unknown code as itself)."""
    if not code:
        return ""
    if code in URL_CODES:
        return url_error_text(code, int(params.get("n", 0)))
    if code == TIMEOUT:
        return _("No answer within %(n)d seconds.") % {"n": int(params.get("n", 0))}
    if code == CONNECTION:
        return _("Could not post: %(detail)s") % {"detail": params.get("detail", "")}
    if code == ANSWERED:
        return _("The receiver answered %(code)d (a 2xx answer counts as received).") % {
            "code": int(params.get("code", 0))
        }
    if code == URL_CHANGED:
        return _("Not sent: the webhook's URL changed after this was queued.")
    if code == RECORDED:
        return str(params.get("text", ""))
    return code
