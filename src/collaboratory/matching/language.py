"""Which language a member wrote an ask or an offer in: English or Spanish.

The English model reads Spanish no better than keywords do, so a text read as Spanish is
matched by the multilingual model (:mod:`collaboratory.matching.multilingual`). Asks and
offers are a sentence or two, too short for a statistical detector to be sure, and what
tells the two languages apart in a short text is their small words: "el", "para", "nuestro"
against "the", "for", "our". A text is Spanish when it has more Spanish function words than
English ones; a tie (none of either, or a name alone) is English, the model that reads it
best. Nothing here imports Django.
"""

from __future__ import annotations

import re
from typing import Final

from collaboratory.plaintext import fold_case_and_accents

_WORD = re.compile(r"[^\W_]+")

#: Words of one language that are rarely words of the other (accents folded: "más" is
#: "mas"). "a" is in neither list: it is a word of both.
SPANISH: Final = frozenset(
    """el la los las de del que y en un una unos unas para por con nuestro nuestra nuestros
    nuestras necesitamos necesito buscamos busco tenemos tengo puedo podemos es al se su
    sus mi mis lo como alguien quien soy te le les hay o sobre sin mas este esta estos
    estas ofrezco ofrecemos somos muy tambien hasta desde cada otro otra""".split()
)
ENGLISH: Final = frozenset(
    """the an of and to for in on our we i with is are my can need needs looking someone
    who have has at from your you it this that will would could am be by us they their
    anyone help""".split()
)


def reads_as_spanish(text: str) -> bool:
    """True when the text has more Spanish function words than English ones."""
    words = _WORD.findall(fold_case_and_accents(text))
    spanish = sum(word in SPANISH for word in words)
    english = sum(word in ENGLISH for word in words)
    return spanish > english
