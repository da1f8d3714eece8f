"""The texts a network starts with (its sectors, the welcome packet, the nomination criteria),
and how they reach a reader in their own language.

They are stored per network, in English, when the network is created, and stewards may edit
them; what a steward typed must show exactly as typed. So nothing is translated when it is
stored, and nothing stored is ever rewritten: `default_text` translates a stored value only
while it is still one of these English defaults (character for character, line endings and
surrounding spaces aside), and returns anything else exactly as it is. Whatever matches by
text keeps the stored value (roster files, the API, exports), and `sector_spellings` lets a
roster file name a default sector in any of the site's languages.

A form that lets a steward edit these texts shows them as `default_text` reads them and
stores what comes back through `stored_default`: a Spanish-reading steward who saves the
Spanish packet unchanged keeps the English default, which every reader still gets in their
own language, rather than freezing it in Spanish for everyone.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext, gettext_noop

from collaboratory.plaintext import fold_case_and_accents

DEFAULT_SECTORS = (
    gettext_noop("Nonprofit"),
    gettext_noop("Business"),
    gettext_noop("Government"),
    gettext_noop("Philanthropy"),
    gettext_noop("Faith"),
    gettext_noop("Education"),
    gettext_noop("Media and arts"),
    gettext_noop("Labor"),
)

DEFAULT_PACKET = gettext_noop("""## Welcome to the Collaboratory

You were nominated by a fellow member and invited by the stewards. Here is how it works:

- We meet **four times a year**: three gatherings in person, one virtual.
- At each gathering a few members present in the **Rotating Credit Club**, and the room answers
  with specific, firm commitments of help: not feedback, not critique.
- Make commitments you can keep, and keep them.

Questions? Write to your stewards.
""")

DEFAULT_CRITERIA = gettext_noop(
    "Networked regionally or nationally; values mutuality; can commit help on behalf of their "
    "institution or networks; can attend at least one gathering a year. We also look for the "
    "diversity the network seeks: age, ideology, place, race, ethnicity, background, sector, "
    "skills."
)


def _untouched(text: str) -> str:
    """What must match for a stored text to count as the default: every character but line
    endings and the spaces around lines. A settings form saved unchanged sends the packet
    back with CRLF line endings and without its final newline (the form strips it)."""
    return "\n".join(line.rstrip() for line in text.strip().splitlines())


class Defaults:
    """A set of English defaults (each marked with `gettext_noop`) that a stored text is
    read against; other apps keep their own (a gathering's part titles)."""

    def __init__(self, *texts: str) -> None:
        self._index = {_untouched(text): text for text in texts}
        self._spellings: dict[str, str] | None = None

    def text(self, value: str) -> str:
        """`value` in the reader's language if it is an untouched default, else as stored."""
        default = self._index.get(_untouched(value))
        return value if default is None else gettext(default)

    def stored(self, value: str) -> str:
        """What to store for `value` that a steward sent back from a form: the English default
        when `value` is a default as read in any site language (so it keeps translating),
        else `value` exactly as sent."""
        if self._spellings is None:
            spellings: dict[str, str] = {}
            for code, _language in settings.LANGUAGES:
                with translation.override(code):
                    for text in self._index.values():
                        spellings.setdefault(_untouched(gettext(text)), text)
            spellings.update(self._index)
            self._spellings = spellings
        return self._spellings.get(_untouched(value), value)


_NETWORK_DEFAULTS = Defaults(*DEFAULT_SECTORS, DEFAULT_PACKET, DEFAULT_CRITERIA)


def default_text(value: str) -> str:
    """`value` in the reader's language if it is an untouched network default, else as
    stored."""
    return _NETWORK_DEFAULTS.text(value)


def stored_default(value: str) -> str:
    """What to store for a network text a steward sent back from a settings form (see
    `Defaults.stored`)."""
    return _NETWORK_DEFAULTS.stored(value)


# Shown names sort alphabetically in any language: "Educación" beside "Economía", not after
# "Zoología" (accents and case set aside).
label_sort_key = fold_case_and_accents


def sector_spellings(names: Iterable[str]) -> dict[str, str]:
    """Each default sector among the stored `names`, as written in every site language, to
    its stored name: a roster file from a Spanish-reading steward may say "Sin fines de lucro"
    for the stored "Nonprofit" (English names match as stored)."""
    defaults = [name for name in names if name in DEFAULT_SECTORS]
    spellings: dict[str, str] = {}
    for code, _language in settings.LANGUAGES:
        with translation.override(code):
            for name in defaults:
                spellings.setdefault(gettext(name), name)
    return spellings
