"""Django validators around collaboratory.plaintext, for model fields, form fields and the
views that parse request values by hand: one rule, one message, everywhere."""

from __future__ import annotations

from datetime import date
from typing import Any, ClassVar

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.utils.deconstruct import deconstructible
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from collaboratory.plaintext import is_clean_multi_line, is_one_line


class _TextValidator:
    """`what` names the field in the message ("the title"), so the error says what to fix
    even where it is not shown beside the field (a CSV line, the live room's error list)."""

    code: ClassVar[str]
    template: ClassVar[Promise]

    def __init__(self, what: str | Promise) -> None:
        self.what = what

    def accepts(self, value: str) -> bool:
        raise NotImplementedError

    def message(self) -> str:
        return str(self.template) % {"what": self.what}

    def __call__(self, value: Any) -> None:
        if isinstance(value, str) and not self.accepts(value):
            raise ValidationError(self.message(), code=self.code)

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and str(other.what) == str(self.what)  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash((type(self).__name__, str(self.what)))


@deconstructible
class OneLineValidator(_TextValidator):
    """Names, titles, commitments: no line break, no control character."""

    code = "one_line"
    template = _("Use one line: remove line breaks and control characters from %(what)s.")

    def accepts(self, value: str) -> bool:
        return is_one_line(value)


@deconstructible
class MultiLineValidator(_TextValidator):
    """Descriptions and notes: line breaks and tabs, but no other control character."""

    code = "control_character"
    template = _("Remove the control characters (such as NUL) from %(what)s; line breaks are fine.")

    def accepts(self, value: str) -> bool:
        return is_clean_multi_line(value)


def one_line(what: str | Promise) -> list[OneLineValidator]:
    """`validators=one_line(_("the title"))` on a single-line field."""
    return [OneLineValidator(what)]


def multi_line(what: str | Promise) -> list[MultiLineValidator]:
    """`validators=multi_line(_("the story"))` on a multi-line field."""
    return [MultiLineValidator(what)]


def check_text(value: str, *, field: str, what: str | Promise, multi: bool = False) -> str:
    """For views that parse request values by hand: `value` unchanged, or a ValidationError
    keyed by `field` carrying the message the forms give."""
    validator = MultiLineValidator(what) if multi else OneLineValidator(what)
    try:
        validator(value)
    except ValidationError as error:
        raise ValidationError({field: error.messages}) from None
    return value


def text_problem(value: str, *, what: str | Promise, multi: bool = False) -> str | None:
    """For services that collect their errors by field: the message `value` earns under the
    one rule, or None when it is fine."""
    validator = MultiLineValidator(what) if multi else OneLineValidator(what)
    return None if validator.accepts(value) else validator.message()


# A network's short name is its web address (/n/<short name>/). Django's slug rule let in
# underscores and a hyphen at either end ("river_valley", "-x-"), which the message never
# allowed and which make confusing addresses; two hyphens in a row ("a--b") are refused as
# well, with their own words. One rule for every place that names a network (a platform
# admin's new network, a launch plan, `network_create` itself) and the model fields that
# hold short names (`Network.slug`, a launch plan's `network_slug`), so a write that skips
# the forms meets it too.
_short_name_shape = RegexValidator(
    r"\A[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\Z",
    message=_(
        "Use only lower-case letters, digits and hyphens, like tulsa-collaboratory; start and "
        "end with a letter or a digit."
    ),
    code="invalid",
)


def validate_short_name(value: str) -> None:
    """The short-name rule: its shape first (letters, digits, hyphens inside), then no run
    of hyphens, which reads as a typo in a web address and is hard to say aloud."""
    _short_name_shape(value)
    if "--" in value:
        raise ValidationError(
            _("Use one hyphen between words, not two or more in a row, like tulsa-collaboratory."),
            code="invalid",
        )


# The years a date typed into a form may fall in. A typo such as 9999 or 0001 is refused with
# a message: past these bounds date arithmetic (reminder offsets, the database's conversion to
# UTC) overflows, which answered 500, and a year-1 row could even be saved.
FIRST_YEAR, LAST_YEAR = 2000, 2100


def within_years(value: date | None) -> None:
    """A date, or a moment, falls in FIRST_YEAR..LAST_YEAR (a datetime is a date)."""
    if value is not None and not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ValidationError(
            _("Enter a date between the years %(first)d and %(last)d."),
            code="year",
            params={"first": FIRST_YEAR, "last": LAST_YEAR},
        )
