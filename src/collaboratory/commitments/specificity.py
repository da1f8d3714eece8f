"""The "commitments, not critique" guard: is a text a firm commitment of help?

In the Rotating Credit Club the room answers a presentation with specific, firm commitments
(what, how much, by when), not with feedback, questions, praise or vague goodwill. Before a
commitment is saved, `assess_commitment(text)` says whether it is firm and, when it is not,
why (stable problem codes a UI can translate) and a short, kind hint on how to make it
concrete.

How it decides (hand-written rules, no model, standard library only, well under 1 ms):

1. The text is normalized (lower case, straight quotes, contractions expanded) and split into
   sentences.
2. A sentence is a *firm offer* when the speaker ("I", "we", "my team", "our library", "count
   me in for", "... from me") commits with a firm modal ("will", "can", "am going to",
   "pledge", "I'm hosting") to a concrete deliverable verb ("introduce", "host", "donate"), and
   nothing in that sentence hedges it ("maybe", "if I have time", "try to"). Weak verbs
   ("help", "support", "be") and soft modals ("I'd be happy to") count only with an amount or
   a time. A noun phrase with an amount or a time ("3 introductions to funders by April") is
   firm too: the phone form asks "what exactly will be delivered".
3. One firm sentence makes the text firm: "I'll send the list, let me know if the format
   doesn't work" passes. Otherwise the text is critique (advice or questions to the
   presenter), else vague (hedged, open-ended or without a deliverable), else praise.

Its limits are written in docs/architecture.md ("The commitment guard").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final, Literal, cast

from collaboratory.commitments.specificity_es import assess_es, looks_spanish, settle

Kind = Literal["firm", "vague", "critique", "praise"]

# Problem codes: stable, for a UI to translate. A firm text has none.
EMPTY: Final = "empty"
CRITIQUE: Final = "critique"
QUESTION: Final = "question"
PRAISE_ONLY: Final = "praise_only"
HEDGED: Final = "hedged"
OPEN_ENDED: Final = "open_ended"
NO_DELIVERABLE: Final = "no_deliverable"
OFFER_AS_QUESTION: Final = "offer_as_question"
NO_OFFER: Final = "no_offer"
# In order of precedence: the first problem of a text chooses its hint.
PROBLEM_CODES: Final = (
    EMPTY,
    CRITIQUE,
    QUESTION,
    OFFER_AS_QUESTION,
    HEDGED,
    OPEN_ENDED,
    NO_DELIVERABLE,
    PRAISE_ONLY,
    NO_OFFER,
)

# Notes: never block a firm text; a UI may show them as a gentle nudge.
NO_AMOUNT: Final = "no_amount"
NO_DEADLINE: Final = "no_deadline"
ALSO_CRITIQUE: Final = "also_critique"

# Texts longer than this are assessed on their first MAX_CHARS characters, which keeps the
# time per text bounded whatever is pasted in.
MAX_CHARS: Final = 600


@dataclass(frozen=True, slots=True)
class Amount:
    """How much: a value in a unit ("dollars", "hours", "introductions", "people", ...)."""

    value: float
    unit: str
    text: str


@dataclass(frozen=True, slots=True)
class Assessment:
    """The guard's verdict on one text.

    Invariants: `firm` iff `problems` is empty iff `hint` is empty; `kind == "firm"` iff
    `firm`; every problem is one of `PROBLEM_CODES`.
    """

    firm: bool
    kind: Kind
    problems: list[str]
    hint: str
    amount: Amount | None = None
    deadline: str | None = None
    notes: list[str] = field(default_factory=list)
    #: The words that made the guard hesitate ("maybe", "let me know"), if any.
    trigger: str | None = None


# --- normalization ---------------------------------------------------------------------------

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})
_CONTRACTIONS: Final = (
    (re.compile(r"\bcan'?t\b"), "can not"),
    (re.compile(r"\bwon'?t\b"), "will not"),
    (re.compile(r"n't\b"), " not"),
    (re.compile(r"\b(i|we|you|they|he|she|it|that|who)'ll\b"), r"\1 will"),
    (re.compile(r"\bi'm\b|\bim\b"), "i am"),
    (re.compile(r"\b(we|you|they)'re\b"), r"\1 are"),
    (re.compile(r"\b(i|we|you|they|he|she)'d\b"), r"\1 would"),
    (re.compile(r"\b(i|we|you|they)'ve\b"), r"\1 have"),
    (re.compile(r"\b(let)'s\b"), r"\1 us"),
    (re.compile(r"\b(what|that|it|here|there|who|how)'s\b"), r"\1 is"),
)
_SPACES = re.compile(r"\s+")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?;:])\s+|\n+|\s+[-\u2013\u2014]+\s+|[\u2013\u2014]")


def _normalize(text: str) -> str:
    lowered = text[:MAX_CHARS].translate(_QUOTES).lower()
    for pattern, replacement in _CONTRACTIONS:
        lowered = pattern.sub(replacement, lowered)
    return _SPACES.sub(" ", lowered).strip()


def _words(*alternatives: str) -> str:
    return "(?:" + "|".join(alternatives) + ")"


def _split_top_level(pattern: str) -> list[str]:
    """Split a regular expression at its top-level "|" (outside groups and classes)."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


def _any_of(*parts: str) -> re.Pattern[str]:
    """Compile alternatives, hoisting the leading word boundary most of them share.

    One `\\b(?:a|b|c)` is several times faster than `\\ba|\\bb|\\bc` in `re`, which matters for
    long pasted texts.
    """
    alternatives = _split_top_level("|".join(parts))
    bounded = [a[2:] for a in alternatives if a.startswith("\\b")]
    others = [a for a in alternatives if not a.startswith("\\b")]
    return re.compile("|".join(["\\b(?:" + "|".join(bounded) + ")", *others]))


# --- amounts and times -----------------------------------------------------------------------

_NUMBER_WORDS: Final = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "hundred": 100,
    "dozen": 12,
    "a dozen": 12,
    "a hundred": 100,
    "a thousand": 1000,
}
_NUM_WORD = _words(*sorted(_NUMBER_WORDS, key=len, reverse=True))
_DIGITS = r"\d[\d,]*(?:\.\d+)?"
_SCALE = {"k": 1_000, "thousand": 1_000, "m": 1_000_000, "million": 1_000_000, "hundred": 100}

_MONEY = re.compile(
    rf"\$\s?(?P<n1>{_DIGITS})\s?(?P<s1>k|m|thousand|million)?\b"
    rf"|\b(?P<n2>{_DIGITS})\s?(?P<s2>k)\b"
    rf"|\b(?P<n3>{_DIGITS}|{_NUM_WORD})\s?(?P<s3>hundred|thousand|million)?\s(?:dollars|bucks|usd)\b"
)
_UNITS: Final = {
    "hours": "hours",
    "hour": "hours",
    "hrs": "hours",
    "hr": "hours",
    "minutes": "minutes",
    "minute": "minutes",
    "days": "days",
    "day": "days",
    "afternoons": "days",
    "evenings": "days",
    "mornings": "days",
    "weekends": "days",
    "shifts": "shifts",
    "sessions": "sessions",
    "workshops": "sessions",
    "meetings": "sessions",
    "introductions": "introductions",
    "introduction": "introductions",
    "intros": "introductions",
    "intro": "introductions",
    "people": "people",
    "person": "people",
    "volunteers": "people",
    "volunteer": "people",
    "folks": "people",
    "students": "people",
    "members": "people",
    "staff": "people",
    "staffers": "people",
    "leaders": "people",
    "youth": "people",
    "guests": "people",
    "funders": "people",
    "principals": "people",
    "councilmembers": "people",
    "copies": "items",
    "flyers": "items",
    "backpacks": "items",
    "meals": "items",
    "seats": "items",
    "tickets": "items",
    "spaces": "items",
    "tables": "items",
    "booths": "items",
    "posts": "items",
    "letters": "items",
    "rides": "items",
    "door hangers": "items",
}
_UNIT = _words(*sorted((re.escape(u) for u in _UNITS), key=len, reverse=True))
_COUNT = re.compile(
    rf"\b(?P<n>{_DIGITS}|{_NUM_WORD})(?:-|\s)(?:of (?:my|our) )?"
    rf"(?:[a-z'-]+\s){{0,2}}(?P<u>{_UNIT})\b"
    # "a" counts as one only right before a unit of time: "an hour a week", "a day".
    r"|\b(?P<one>an?) (?P<u1>hour|day|afternoon|evening|morning|weekend|session|workshop)\b"
)

_MONTHS = _words(
    "january",
    "february",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    r"jan\.?",
    r"feb\.?",
    r"apr\.?",
    r"aug\.?",
    r"sept?\.?",
    r"oct\.?",
    r"nov\.?",
    r"dec\.?",
)
# "may" and "march" are also a modal and a verb: only as a month next to a date word.
_AMBIGUOUS_MONTHS = r"(?:may|march)"
_WEEKDAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?"
_SEASONS = r"(?:spring|summer|fall|autumn|winter|semester|school year|term|quarter)"
_PERIODS = rf"(?:day|week|weekend|month|quarter|year|{_SEASONS})"
_DEADLINE = _any_of(
    rf"\b(?:by|before|until|till|through|thru|no later than|starting)\s(?:the\s)?"
    rf"(?:end of\s(?:the\s)?|next\s|this\s|early\s|mid-?|late\s)?"
    rf"(?:{_PERIODS}|{_WEEKDAYS}|{_MONTHS}|{_AMBIGUOUS_MONTHS}|tomorrow|tonight|noon"
    rf"|\d|deadline|launch|event|canvass|election|gathering|meeting|kickoff)\b[\w ,]*?"
    rf"(?=[.,;!?]|$| and | so | to | for )",
    rf"\b(?:next|this|coming)\s(?:{_PERIODS}|{_WEEKDAYS}|{_MONTHS}|session|meeting|gathering)\b",
    r"\b(?:tomorrow|tonight|today|this (?:morning|afternoon|evening))\b",
    rf"\b(?:within|in)\s(?:{_DIGITS}|{_NUM_WORD}|an?)\s(?:days?|weeks?|months?|hours?)\b",
    rf"\bend of (?:the )?{_PERIODS}\b",
    rf"\b(?:on|every|each|this|next)?\s?{_WEEKDAYS}\b",
    rf"\b(?:{_MONTHS})\s?\d{{0,2}}(?:st|nd|rd|th)?\b",
    rf"\b(?:in|on|by|of|during|through|early|late|mid|until)\s{_AMBIGUOUS_MONTHS}"
    rf"(?:\s\d{{1,2}}(?:st|nd|rd|th)?)?\b",
    rf"\b{_AMBIGUOUS_MONTHS}\s\d{{1,2}}(?:st|nd|rd|th)?\b",
    r"\bthe \d{1,2}(?:st|nd|rd|th)\b",
    r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\b\d{4}-\d{2}-\d{2}\b",
    rf"\b(?:in|over|during|for) the (?:rest of the )?{_PERIODS}\b",
    rf"\b(?:every|each|a|per|once a) (?:other )?(?:{_PERIODS}|{_WEEKDAYS})\b",
    r"\b(?:weekly|monthly|daily)\b",
)


def _to_number(raw: str, scale: str | None) -> float:
    raw = raw.strip()
    if raw in ("a", "an"):
        value = 1.0
    elif raw in _NUMBER_WORDS:
        value = float(_NUMBER_WORDS[raw])
    else:
        value = float(raw.replace(",", ""))
    return value * _SCALE.get(scale or "", 1)


def _find_amount(norm: str) -> Amount | None:
    money = _MONEY.search(norm)
    if money:
        for n, s in (("n1", "s1"), ("n2", "s2"), ("n3", "s3")):
            if money.group(n):
                value = _to_number(money.group(n), money.group(s))
                return Amount(value=value, unit="dollars", text=money.group(0).strip())
    count = _COUNT.search(norm)
    if count and count.group("one"):
        unit = _UNITS.get(count.group("u1") + "s", "hours")
        return Amount(value=1.0, unit=unit, text=count.group(0))
    if count:
        value = _to_number(count.group("n"), None)
        return Amount(value=value, unit=_UNITS[count.group("u")], text=count.group(0))
    return None


def _find_deadline(norm: str) -> str | None:
    match = _DEADLINE.search(norm)
    return match.group(0).strip(" ,") if match else None


# --- offers ------------------------------------------------------------------------------------

_SUBJECT = r"(?:\bi|\bwe|\b(?:my|our)(?:\s[a-z'-]+){1,4}?|\b(?:[a-z0-9]+) of (?:my|our) [a-z]+)"
_ADVERB = (
    r"(?:(?:also|gladly|happily|personally|absolutely|definitely|certainly|then|just|really"
    r"|totally|both|all|now|immediately|still|each|even|together|myself|ourselves|too)\s)*"
)
_FIRM_MODAL = (
    r"(?:will|can|shall|am going to|are going to|is going to|will be able to"
    r"|commit to|am committing(?: to)?|are committing(?: to)?|pledge(?: to)?|promise(?: to)?"
    r"|offer to|am offering(?: to)?|are offering(?: to)?)"
)
_PROGRESSIVE = (
    r"(?:am|are|is)\s(?:giving|donating|hosting|offering|committing|sending|covering|bringing"
    r"|providing|pledging|putting|lending|opening|sponsoring|matching|funding|contributing"
    r"|volunteering|running|printing|organizing|paying)"
)
_PRESENT = r"(?:pledge|commit|donate|offer|give|promise)"
_SOFT_MODAL = (
    r"(?:would (?:be )?(?:happy|glad|delighted|honored|thrilled|pleased) to|would love to"
    r"|am (?:happy|glad|delighted|honored|thrilled|pleased) to|would like to|want to)"
)
_OFFER = re.compile(
    rf"(?P<subj>{_SUBJECT})\s{_ADVERB}(?:(?P<firm>{_FIRM_MODAL})|(?P<prog>{_PROGRESSIVE})"
    rf"|(?P<soft>{_SOFT_MODAL})|(?P<present>{_PRESENT}))(?:\s|(?=[.,;:!?])|$){_ADVERB}(?P<rest>.*)"
)
_NEGATED = re.compile(r"^(?:not|never|no longer)\b")
# Offers that do not follow "subject + modal": the object is what follows them.
_OFFER_PHRASE = re.compile(
    r"\b(?:count me in|put me down|sign me up|sign us up|put us down|count us in)(?: for)?"
    r"|\bfrom (?:me|us|my \w+|our \w+)\b"
    r"|\b(?:is|are) yours\b|\byou (?:have|get) (?:my|our)\b"
    r"|\byou can (?:use|have|borrow) (?:my|our)\b"
    r"|\bconsider it done\b|\bhere is (?:my|our) (?:commitment|pledge|offer)\b"
)
_STRONG_VERBS = frozenset(
    """introduce connect send share host give donate fund cover pay provide lend loan offer
    contribute volunteer write draft review edit design build translate train teach run
    facilitate lead organize set book reserve bring recruit mobilize email call text phone post
    tweet amplify promote feature publish endorse sign sponsor match mentor coach meet open
    print deliver drive cook cater staff sit serve put make invite nominate recommend refer
    present speak attend join show record create pledge commit seat underwrite waive canvass
    distribute pick drop walk handle take film photograph bake buy purchase arrange schedule
    convene gather hand get cosign co-sign testify lobby write-up donating giving hosting
    covering sending match advertise list include add feature interview broadcast air print
    cut wire transfer bank produce type code program analyze map survey""".split()
)
_WEAK_VERBS = frozenset(
    """help support assist be do work partner collaborate talk chat reach follow stay keep
    pray root cheer champion advocate spread plug lend-a-hand back engage contact touch
    find ask""".split()
)
_DELIBERATE_VERBS = frozenset(
    """try think look see consider explore figure check wonder get-back circle mull
    investigate reflect ponder""".split()
)
# "connect" and "reach" are concrete only with someone to connect: "connect you with ...".
# Words that can follow a modal but are not a deliverable ("I will I will", "I will!").
_NOT_VERBS = frozenset("i we you he she they it a an the and or but to too so not".split())
_TRANSITIVE_ONLY = frozenset({"connect", "meet", "talk", "chat"})
_VAGUE_OBJECT = re.compile(
    r"^(?:you\s)?(?:to|with)?\s?(?:some(?:one|body| people| folks| contacts| friends)?"
    r"|a few(?: people| folks| contacts| friends| others)?|people|folks|anyone|others"
    r"|my network|a couple(?: of)?(?: people| folks)?)\b"
)

# What a noun phrase with only a time must name to count as a deliverable.
_DELIVERABLE_NOUN = re.compile(
    r"\b(?:van|bus|car|driver|space|room|hall|venue|gym|kitchen|auditorium|stage|table|booth"
    r"|introductions?|intros?|meeting|call|letter|review|workshop|session|training|tour|post"
    r"|donation|grant|check|gift|ride|meal|lunch|dinner|breakfast|coffee|printing|flyers?"
    r"|volunteers?|hours?|endorsement|op-ed|article|feature|interview|mentoring|coaching"
    r"|tutoring|translation|design|website|video|photos?|space|sponsorship|match)\b"
)

# --- hedges, critique, praise -----------------------------------------------------------------

_HEDGE = _any_of(
    # "maybe more next year" hedges an extra, not the offer itself.
    r"\b(?:maybe|perhaps|possibly|probably|hopefully|potentially|ideally)\b"
    r"(?!\s(?:even )?more\b)",
    r"\bi think (?:i|we) (?:can|could|might|will)\b",
    r"\b(?:there|it|this|that) (?:might|may|could) be\b",
    r"\b(?:assuming|depending on|contingent on)\b",
    r"\bif (?:the|our|my) \w+ (?:comes? through|pass(?:es)?|approves?|allows?|works? out"
    r"|agrees?|is approved|gets approved|signs? off)\b",
    r"\b(?:i|we|(?:my|our) \w+)\s(?:might|may|could|should be able to)\b(?!\s\d)",
    r"\bif (?:i|we) (?:have|get|find|can|am able|are able)\b",
    r"\bif (?:time|budget|funding|schedule|capacity)\b|\btime permitting\b",
    r"\bif (?:my|our|the) (?:board|boss|budget|team|director|leadership|ed|manager"
    r"|council|committee|funding|schedule)\b",
    r"\bif (?:possible|needed|feasible|it works out)\b",
    r"\b(?:pending|subject to)\b",
    r"\b(?:at some point|some ?day|sometime|eventually|down the road|in the future"
    r"|one of these days|later this year|when things (?:calm|slow|settle)"
    r"|when i can|when i get (?:a chance|time|around))\b",
    r"\b(?:try|trying|attempt) to\b|\bwill try\b",
    r"\bsee what (?:i|we) can do\b|\bwe will see\b|\bno promises\b",
    r"\b(?<!the )(?<!this )(?<!that )(?<!what )(?:kind|sort) of\b",
    r"\bsome (?:kind|sort|way)\b|\bin some way\b|\bsomehow\b",
    r"\bsomething\b|\bhowever (?:i|we) can\b|\bin any way\b|\bwhatever (?:you )?need",
    r"\b(?:willing|open|interested) (?:to|in)\b",
    r"\bnot sure (?:i|we) can\b",
)
_OPEN_ENDED = _any_of(
    r"\blet (?:me|us) know\b|\breach out\b|\bfeel free\b|\bping me\b|\bhit me up\b",
    r"\bkeep me (?:posted|in the loop|updated)\b|\b(?:my|our) doors? (?:is|are) "
    r"(?:always )?open\b",
    r"\b(?:i am|we are) (?:around|here|available)\b|\bhere for you\b",
    r"\b(?:happy|glad) to (?:help|chat|talk|support|assist|connect)\b",
    r"\blet us (?:talk|chat|connect|meet|find time|grab|get coffee|discuss|figure)",
    r"\bwe should (?:talk|connect|meet|chat|grab|get together)\b",
    r"\b(?:be|get) (?:in touch|back to you)\b|\buse me as\b|\bcount on me\b",
    r"\b(?:i|we) (?:might )?know (?:people|someone|somebody|a lot of|a few|folks|a guy)",
    r"\b(?:count me in|i am in|we are in)\b(?! for)",
    r"\bwhatever you need\b|\bany time\b|\banytime\b",
    r"\b(?:would|am) (?:love|like|be happy|be glad|happy|glad) to (?:help|be involved|get involved"
    r"|support|be part|plug in|contribute|chip in|partner|assist|connect|be helpful)\b",
)
_CRITIQUE = _any_of(
    r"\b(?:have|did) you (?:ever )?(?:considered|consider|thought|think|looked|look"
    r"|talked|talk|tried|try|spoken|speak|reached|explored|asked|ask|checked|check"
    r"|consulted|consult|engaged|included|budgeted|factored)\b",
    r"\byou (?:really )?(?:should|ought to|must|need to|have to)\b",
    r"\byou (?:are going to|will) (?:need|have to|want to)\b|\bbefore you\b",
    r"\b(?:seems|looks|feels|sounds) (?:way |really |a bit |a little |kind of )?(?:too|off"
    r"|unrealistic|thin|light|rushed|confusing|unclear|risky)\b",
    r"(?<!if )(?<!whatever )\byou (?:really )?need\s(?!anything|help|me\b|us\b|some|it\b)",
    r"\byou (?:might|may) want to\b|\byou could (?:try|also|consider|look|reach"
    r"|partner|apply|talk|start|ask|use)\b",
    r"\bi (?:wonder|am wondering|was wondering)\b",
    r"^(?:what|how) about\b|\bwhy (?:not|do not you|don't you)\b",
    r"\b(?:i|i would|i would strongly) (?:suggest|recommend|advise|encourage you)\b",
    r"\bmy (?:suggestion|advice|recommendation|only concern|concern|worry|question)\b",
    r"\b(?:i am|i was) (?:worried|concerned|not sure|not convinced|skeptical)\b",
    r"\bi worry\b|\bi disagree\b|\bpush back\b|\bnot convinced\b",
    r"\bthe (?:problem|issue|risk|challenge|concern|trouble) (?:is|with|here)\b",
    r"^consider\b(?! it done)|\bmake sure\b|\b(?:do not|don't) forget\b",
    r"\bbe (?:careful|mindful|aware|wary|cautious)\b",
    r"\bi would (?:start|focus|begin|prioritize|drop|cut|lead|rethink|reconsider|narrow"
    r"|look at|think about|avoid|talk to|go|be careful|wait|slow down|not)\b",
    r"\b(?:my )?two cents\b|\bneeds (?:work|more work|polish|rethinking)\b",
    r"\bit (?:might|would|could|may) be (?:better|good|wise|worth|smarter|helpful)\b",
    r"\b(?:it|this) (?:feels|seems|looks) like\b|\bseems like\b",
    r"\b(?:this|it|the (?:plan|budget|proposal|project|pitch|timeline|idea|model|ask))"
    r" (?:needs|lacks|is missing)\b",
    r"\bif i were you\b|\ba better (?:way|approach|idea)\b|\btoo (?:aggressive|ambitious"
    r"|broad|narrow|vague|big|small|risky|expensive|low|high|short|optimistic|soon|complicated"
    r"|complex|much|many|few)\b",
    r"\byou (?:have not|did not|do not|are not)\b",
    r"\bone thing (?:i|that)\b",
    r"\b(?:real |big |key |main |hard |open )?question (?:is|for you)\b",
    r"\bnot sure (?!(?:i|we) )(?:the|that|if|whether|how|about|this|it|they|you|people)\b",
    r"\b(?:curious|wondering) (?:how|what|why|whether|if|about|who|when|where)\b",
    r"\b(?:remember|keep in mind|note) (?:that|to)\b|^remember\b",
    # Negative judgements of the project: "confusing", "will fail", "ignored the landlords".
    r"\b(?:confusing|unclear|unrealistic|risky|flawed|problematic|naive|mistake|wrong"
    r"|fail(?:ed|s|ure)?|ignor(?:e|ed|es|ing)|underestimat\w*|overestimat\w*|turn \w+ off"
    r"|burn(?:ed)? out|not (?:enough|realistic|sustainable|going to work))\b",
    r"\b(?:just )?a (?:thought|suggestion|tip|idea)\s?:|\bfood for thought\b",
    # Advice in the imperative, at the start of a sentence: "Partner with the college."
    r"(?:^|[.!?;:] )(?:partner|talk|apply|look|focus|start|think|try|hire|narrow|drop|cut"
    r"|ask|check out|read|contact|loop in|bring in|build|reach out to|avoid|go to"
    r"|simplify|rethink|reconsider|scale|get(?! in touch| back))\b",
)
_QUESTION_START = re.compile(
    r"^(?:who|what(?! an? )|when|where|why|how|which|is|are|do|does|did|have|has|will you|can you"
    r"|could you|would you|should|shall)\b"
)
_PRAISE = _any_of(
    r"\blov(?:e|ed|ing)\b|\bgreat\b|\bamazing\b|\bincredible\b|\binspir\w*",
    r"\bfantastic\b|\bwonderful\b|\bbrilliant\b|\bimpress\w*|\bwell done\b|\bbravo\b",
    r"\bcongrat\w*|\bkudos\b|\bthank\w*|\bgrateful\b|\bmoving\b|\bpowerful\b",
    r"\bbeautiful\b|\bawesome\b|\bexcellent\b|\boutstanding\b|\bproud\b",
    r"\b(?:big|huge|a) fan\b|\bso (?:important|needed|cool|good)\b|\bmuch needed\b",
    r"\bneeded\b|\bcool\b|\bpassion\w*|\bcontagious\b|\btransformative\b",
    r"\bchange (?:lives|the world|everything|the game)\b|\bgame[- ]?changer\b",
    r"\bexactly what\b|^what an?\b|\bhope\b|\bhonou?red\b|\bwow\b",
    r"^go (?!to\b)[a-z]+\s?!*$|\bamen\b|\ba force\b|\bhero\b|\blegend\b|\brock ?star\b",
    r"\bgoosebumps\b|\bchills\b",
    r"\bmoved\b|\btouched\b|\bblown away\b|\bin awe\b|\bgift\b",
    r"\bcourage\b|\bbrave\b|\bremarkable\b|\bterrific\b|\bstellar\b|\bmagic\w*",
    r"^yes\b|[\u2764\U0001f44f\U0001f64c\U0001f525\U0001f4af\u2728]",
)
_ASKS_PERMISSION = re.compile(
    r"\b(?:if|could|can|may|should|shall) (?:i|we)\b|\bwould (?:you|it) (?:like|want|help)\b"
)


# --- hints ------------------------------------------------------------------------------------

_HINTS: Final = {
    EMPTY: 'Write what you will give: what, how much, by when. E.g. "I will introduce you to '
    'two funders by March 1."',
    CRITIQUE: "Turn the advice into something you will do: what, how much, by when. E.g. "
    '"I will introduce you to someone who has done this, by Friday."',
    QUESTION: "Questions can wait for the break. Offer something you will do instead, e.g. "
    '"I will send you our evaluation template by Friday."',
    PRAISE_ONLY: "Lovely to hear! Now add what you will give, e.g. "
    '"I will share this with my network of 500 by Friday."',
    HEDGED: 'Drop "{trigger}" and promise only what you are sure of: what, how much, by when.',
    OPEN_ENDED: '"{trigger}" leaves the next step to the presenter. Name one thing you will do, '
    "and by when.",
    NO_DELIVERABLE: "Say exactly what you will do: an introduction to whom, how many hours, "
    "which space or how much money, and by when.",
    OFFER_AS_QUESTION: 'Make it a promise rather than a question: "I will ... by ...".',
    NO_OFFER: 'Start with what you will do: "I will ...", with how much and by when.',
}


# --- the guard --------------------------------------------------------------------------------


@dataclass(slots=True)
class _Sentence:
    firm: bool = False
    offer: bool = False
    problem: str | None = None
    trigger: str | None = None


def _assess_sentence(
    sentence: str, following: str, has_amount_or_time: bool, advice: bool
) -> _Sentence:
    """Assess one sentence.

    `following` is the rest of the text ("Count me in: 3 hours"); `advice` says whether the
    text as a whole gives advice or asks questions.
    """
    result = _Sentence()
    is_question = sentence.endswith("?") or bool(_QUESTION_START.match(sentence))
    hedge = _HEDGE.search(sentence)
    offer = _OFFER.search(sentence)
    if offer and not _NEGATED.match(offer.group("rest")):
        result.offer = True
        rest = offer.group("rest")
        firm_modal = offer.group("firm") or ""
        gives_directly = firm_modal.startswith(
            ("pledge", "promise", "commit", "am commit", "are commit")
        )
        if (
            offer.group("prog")
            or offer.group("present")
            or (gives_directly and not firm_modal.endswith(" to"))
        ):
            verb, after_verb = "give", rest.strip()
        else:
            verb = rest.split(" ", 1)[0].strip(".,;:!?") if rest else ""
            after_verb = rest[len(verb) :].strip()
        if is_question:
            result.problem = OFFER_AS_QUESTION
        elif hedge:
            result.problem, result.trigger = HEDGED, hedge.group(0)
        elif verb in _DELIBERATE_VERBS:
            said = sentence[offer.start() : offer.start("rest")].strip()
            result.problem, result.trigger = HEDGED, f"{said} {verb}"
        elif (
            not verb.replace("-", "").isalpha()
            or verb in _NOT_VERBS
            or not after_verb.strip(".,;:!? ")
            or (
                verb in _TRANSITIVE_ONLY
                and not re.match(r"(?:you|them|your|him|her)\b", after_verb)
            )
            or (
                (verb in _WEAK_VERBS or offer.group("soft") or _VAGUE_OBJECT.match(after_verb))
                and not has_amount_or_time
            )
        ):
            result.problem = NO_DELIVERABLE
        else:
            result.firm = True
        return result
    phrase = _OFFER_PHRASE.search(sentence)
    if phrase:
        result.offer = True
        after = sentence[phrase.end() :].strip(" .,;:!?") or following.strip(" .,;:!?")
        before = sentence[: phrase.start()].strip(" .,;:!?")
        if is_question:
            result.problem = OFFER_AS_QUESTION
        elif hedge:
            result.problem, result.trigger = HEDGED, hedge.group(0)
        elif after or (before and has_amount_or_time):
            result.firm = True
        else:
            result.problem, result.trigger = NO_DELIVERABLE, phrase.group(0)
        return result
    if is_question:
        result.offer = bool(_ASKS_PERMISSION.search(sentence))
        result.problem = OFFER_AS_QUESTION if result.offer else QUESTION
        return result
    if hedge:
        result.problem, result.trigger = HEDGED, hedge.group(0)
        result.offer = True
        return result
    # A noun phrase is what the phone form asks for ("3 introductions to funders by April"):
    # firm with an amount, or with a time when the text gives no advice.
    friendly_or_advice = (
        _PRAISE.search(sentence) or _CRITIQUE.search(sentence) or _OPEN_ENDED.search(sentence)
    )
    if not friendly_or_advice:
        result.firm = _find_amount(sentence) is not None or (
            not advice
            and _DELIVERABLE_NOUN.search(sentence) is not None
            and _find_deadline(sentence) is not None
        )
    return result


def assess_commitment(text: str) -> Assessment:
    """Assess one text typed as a commitment; pure, deterministic, total (never raises)."""
    norm = _normalize(text if isinstance(text, str) else "")
    if not re.search(r"[a-z0-9$]", norm):
        return Assessment(firm=False, kind="vague", problems=[EMPTY], hint=_HINTS[EMPTY])

    if looks_spanish(text):
        return _spanish(text)

    amount = _find_amount(norm)
    deadline = _find_deadline(norm)
    has_amount_or_time = amount is not None or deadline is not None
    sentences = [s.strip() for s in _SENTENCE_SPLIT.split(norm) if s and s.strip(" .,;:!?")]
    critique = _CRITIQUE.search(norm)
    advice = critique is not None or any(
        s.endswith("?") or _QUESTION_START.match(s) for s in sentences
    )
    assessed = [
        _assess_sentence(s, " ".join(sentences[i + 1 :]), has_amount_or_time, advice)
        for i, s in enumerate(sentences)
    ]

    if any(s.firm for s in assessed):
        notes = []
        if amount is None:
            notes.append(NO_AMOUNT)
        if deadline is None:
            notes.append(NO_DEADLINE)
        if critique:
            notes.append(ALSO_CRITIQUE)
        return Assessment(
            firm=True,
            kind="firm",
            problems=[],
            hint="",
            amount=amount,
            deadline=deadline,
            notes=notes,
        )

    # Each problem with the words that raised it (for the hint), in order of discovery.
    found: dict[str, str | None] = {}
    open_ended = _OPEN_ENDED.search(norm)
    praise = _PRAISE.search(norm)
    if critique:
        found[CRITIQUE] = critique.group(0)
    for s in assessed:
        if s.problem and not (s.problem == QUESTION and critique):
            found.setdefault(s.problem, s.trigger)
    if open_ended:
        found.setdefault(OPEN_ENDED, open_ended.group(0))
    settled, problems, trigger = settle(
        found, offered=any(s.offer for s in assessed), praise=praise.group(0) if praise else None
    )
    kind = cast(Kind, settled)
    # The most specific problem comes first; it chooses the hint.
    hint = _HINTS[problems[0]].format(trigger=(trigger or "maybe").strip())
    return Assessment(
        firm=False,
        kind=kind,
        problems=problems,
        hint=hint,
        amount=amount,
        deadline=deadline,
        trigger=trigger,
    )


def _spanish(text: str) -> Assessment:
    """A Spanish text, by the rules of `specificity_es`, in the same Assessment: the problem
    codes and hints are the English ones (the edge translates them)."""
    verdict = assess_es(text[:MAX_CHARS])
    amount = Amount(*verdict.amount) if verdict.amount else None
    if verdict.kind == "firm":
        notes = [
            note
            for note, missing in ((NO_AMOUNT, amount is None), (NO_DEADLINE, not verdict.deadline))
            if missing
        ]
        return Assessment(
            firm=True,
            kind="firm",
            problems=[],
            hint="",
            amount=amount,
            deadline=verdict.deadline,
            notes=notes,
        )
    trigger = verdict.trigger
    return Assessment(
        firm=False,
        kind=cast(Kind, verdict.kind),
        problems=verdict.problems,
        hint=_HINTS[verdict.problems[0]].format(trigger=(trigger or "tal vez").strip()),
        amount=amount,
        deadline=verdict.deadline,
        trigger=trigger,
    )
