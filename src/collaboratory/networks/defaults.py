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

# The packet each kind of network starts with, written for its members. None says how the
# reader joined: the welcome page words that from the reader's own invitation
# (`networks.selectors.how_joined`), since a packet is one text for everyone.
NATIONAL_PACKET = gettext_noop("""## Welcome to the Collaboratory

Here is how it works:

- We meet **four times a year**: three gatherings in person, hosted by member organizations
  in different cities, and one virtual.
- An in-person gathering has two parts: a Thursday evening welcome reception and dinner, and
  a Friday meeting from about 8am to 3pm. Come to both in full, or wait for a later gathering.
- At each gathering a few members present in the **Rotating Credit Club**, and the room answers
  with specific, firm commitments of help: not feedback, not critique.
- Make commitments you can keep, and keep them.
- Members pay their own travel. Limited travel stipends go to members without institutional
  support who otherwise could not come: ask your stewards.

Questions? Write to your stewards.
""")

LOCAL_PACKET = gettext_noop("""## Welcome to the Collaboratory

Here is how it works:

- Your stewards set how often and where this network meets: the gatherings page lists the
  coming ones.
- At each gathering a few members present in the **Rotating Credit Club**, and the room answers
  with specific, firm commitments of help: not feedback, not critique.
- Make commitments you can keep, and keep them.

Questions? Write to your stewards.
""")

YOUTH_PACKET = gettext_noop("""## Welcome to the Youth Collaboratory

You are one of a cohort of about 24 to 30 high-school sophomores and juniors. The program is
free and lasts six months.

### What we do

- **Virtual sessions**: we meet online through the six months. The youth program page lists
  the dates.
- **Two in-person gatherings.** At the first one you shape your own **Power Project**:
  something you want to change where you live. At the second one you look back on what you
  did and learned.
- At gatherings you take part as a full participant. When someone presents a project, you
  can offer real help: a promise of something specific you will do, by a date. Only promise
  what you can do, and then do it.
- Adults in the network can offer help to your Power Project too.

### Coming to every session

- Please come to every session.
- If you have to miss one, tell us before it starts, on the session's page. Your parent or
  guardian can tell us too.
- You can miss at most **two virtual sessions**. For each session you miss, make it up:
  watch the recording and write the reflection we ask for.
- If you miss more than that, someone from the program staff talks with you first, and then
  you make a plan together to get back on track. Leaving the program is only ever the last
  step.

### Questions?

Ask your stewards (the program staff) any time. Your parent or guardian can ask them too. If
something feels wrong or unsafe, use "Report a concern" at the bottom of every page.
""")

PACKET_DEFAULTS = {"national": NATIONAL_PACKET, "local": LOCAL_PACKET, "youth": YOUTH_PACKET}

# The one packet every network started with until 2026-12-06. A row still holding it was
# never a steward's text: it reads as its network's kind's packet. It said "You were
# nominated by a fellow member" to everyone, students and people invited directly too, and
# gave a youth cohort the national rhythm.
PREVIOUS_PACKET = """## Welcome to the Collaboratory

You were nominated by a fellow member and invited by the stewards. Here is how it works:

- We meet **four times a year**: three gatherings in person, one virtual.
- At each gathering a few members present in the **Rotating Credit Club**, and the room answers
  with specific, firm commitments of help: not feedback, not critique.
- Make commitments you can keep, and keep them.

Questions? Write to your stewards.
"""

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

    def matches(self, value: str) -> bool:
        """Whether `value` is one of these defaults, untouched (as stored in English)."""
        return _untouched(value) in self._index

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


_NETWORK_DEFAULTS = Defaults(*DEFAULT_SECTORS, *PACKET_DEFAULTS.values(), DEFAULT_CRITERIA)
_PACKETS = Defaults(*PACKET_DEFAULTS.values(), PREVIOUS_PACKET)


def default_text(value: str) -> str:
    """`value` in the reader's language if it is an untouched network default, else as
    stored."""
    return _NETWORK_DEFAULTS.text(value)


def packet_default(kind: str) -> str:
    """The packet a network of this kind starts with (stored in English)."""
    return PACKET_DEFAULTS.get(kind, NATIONAL_PACKET)


def packet_text(value: str, *, kind: str) -> str:
    """The stored packet `value` as a member of a network of this kind reads it: while it is
    any kind's untouched default (or the previous one), this kind's default in the reader's
    language; a steward's text exactly as typed."""
    return gettext(packet_default(kind)) if _PACKETS.matches(value) else value


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
