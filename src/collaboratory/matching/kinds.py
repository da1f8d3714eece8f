"""The kinds of help, as the engine recognises them in an ask's or an offer's words.

A sentence model reads *what* a text is about; whether it asks for a room or offers an
introduction is a weaker signal in its vector, and it is the one that decides most misses
("where could sixty people meet" pulled to "men from our fraternity will meet weekly"). Two
hand-written, general sources say which kind of help a text is about:

- ``CUES``: words and phrases of each kind, English and Spanish (a room, a grant, "introduce
  you to", "spread the word", "our members can"), matched on case- and accent-folded text;
- ``DESCRIPTIONS``: a few plain sentences of each kind, as an ask and as an offer; their mean
  vectors are the kind's prototypes, and the mean of all asks (of all offers) is the centre
  that ask (offer) vectors are measured from.

Neither is drawn from the labelled examples in ``tests/matching``: those measure the engine.
The categories are ``collaboratory.capital.HelpCategory``'s, named here as plain strings so
this module stays free of Django. Changing anything here changes the vectors: run
``python -m collaboratory.matching.kinds_build`` to refresh ``kinds_vectors.py``, and the
stored-vector model name changes with it (so stored vectors are recomputed).
"""

from __future__ import annotations

import hashlib
import re
from typing import Final

import numpy as np

from collaboratory.plaintext import fold_case_and_accents

#: The help categories, in the order of the kind block of a vector.
CATEGORIES: Final = (
    "space",
    "intro_people",
    "intro_organizations",
    "volunteers",
    "amplification",
    "expertise",
    "funding",
    "other",
)

#: What the model reads before an ask and an offer. A sentence model has no notion of "the
#: one who needs" and "the one who gives"; saying it in the same words on every text moves
#: each side to one region, and the centring below then removes that shared part.
ASK_TEMPLATE: Final = "I need: {}"
OFFER_TEMPLATE: Final = "I can offer: {}"

_W = r"[\w'-]*"  # the rest of a word: "introduc" + _W matches introduce, introductions
CUES: Final[dict[str, str]] = {
    "space": r"""
        rooms? | halls? | venues? | spaces? | places? | somewhere | premises | buildings?
        | auditorium | theat(er|re)s? | stages? | gym | kitchens? | parking | lots? | land
        | garages? | storage | warehouses? | offices? | desks? | studios? | fields? | parks?
        | yards? | classrooms? | lounges? | basements? | lobby | chapel | ballroom | cafeteria
        | pavilion | plaza | courtyard | rooftop | storefronts? | facilit(y|ies) | shelter
        | seats? \s \d+ | sleeps | rent[- ]free | (to|can|could) \s meet | meeting \s place
        | host (s|ing)? \s (the|your|our|an?) | salon(es)? | lugar | espacio | sala | auditorio""",
    "intro_people": rf"""
        introduc{_W} | connect \s (you|us) \s (with|to) | in \s touch \s with
        | i \s know | (knows?|know\s of) \s (someone|somebody|a|an|the) | friends? | colleagues?
        | classmates? | cousin | brother | sister | mayor | council \s ?(member|woman|man)
        | alder(wo)?man | superintendent | ceo | director | owner | chief | governor | senator
        | representative | judge | sheriff | commissioner | principal | pastor | rabbi | imam
        | bishop | editor | reporter | journalist | founder | president | presentar{_W}
        | conozco | conoce | contacto""",
    "intro_organizations": rf"""
        introduc{_W} | connect \s (you|us) \s (with|to) | in \s touch \s with
        | partner{_W} | organi[sz]ations? | nonprofits? | non-profits? | agenc(y|ies)
        | coalitions? | networks? | alliances? | associations? | councils? | departments?
        | institutes? | unions? | co-?ops? | cooperatives? | federation | chamber \s of \s commerce
        | consortium | collaborative | groups? \s (that|who) | organizaci{_W}""",
    "volunteers": rf"""
        volunteer{_W} | helpers? | hands | crew
        | our \s (members|team|staff|employees|students|youth|teens|club|congregation|scouts
            |troop|retirees|players|residents|interns)
        | members \s (can|will|would) | (people|folks) \s (to|who \s can) | tutors? | mentors?
        | coaches | chaperones? | drivers | canvass{_W} | shifts? | show \s up | pitch \s in
        | \d+ \s (of \s our|people|students|members) | voluntari{_W} | jovenes | ayud{_W}""",
    "amplification": rf"""
        spread \s the \s word | word \s out | get \s the \s word | promot{_W}
        | publici[sz]{_W} | announc{_W} | advertis{_W} | newsletters? | radio | podcasts? | tv
        | television | column | blog | posts? | share | followers | audience | readers
        | subscribers | listeners | viewers | social \s media | instagram | tiktok | facebook
        | feature | coverage | stor(y|ies) | press | media | op-?eds? | endors{_W} | publicly
        | amplif{_W} | awareness | campaign | hear \s about | mailing \s list | broadcast{_W}
        | flyers? | difund{_W} | anunci{_W} | emisora | programa | campana""",
    "expertise": rf"""
        advice | advis{_W} | experts? | expertise | review{_W} | audit{_W} | consult{_W}
        | lawyers? | attorneys? | legal | accountants? | cpa | bookkeep{_W} | architects?
        | engineers? | designers? | developers? | doctors? | nurses? | i'?m \s an? | i \s am \s an?
        | as \s an? | professional | train(ing)? | teach{_W} | workshops? | plans? | strategy
        | strategic | evaluat{_W} | data | analy{_W} | website | software | translat{_W}
        | tax(es)? | licens{_W} | permits? | certif{_W} | inspect{_W} | coach | guid(e|ance)
        | how \s to | skills? | contador{_W} | abogad{_W} | talleres | asesor{_W} | ensen{_W}""",
    "funding": r"""
        funds? | funding | funded | funders? | grants? | money | donat\w* | donations?
        | \$ \s? \d[\d,.]* | dollars | budget | pay | pays | paid | afford | sponsor\w* | stipends?
        | scholarships? | seed | matching | endowment | philanthrop\w* | financ\w* | raise
        | fundrais\w* | underwrit\w* | invest\w* | fondos | dinero | dona | financiar | becas?""",
    "other": r"""
        equipment | supplies | chairs | tables | vans? | trucks? | vehicles? | bus
        | clothes | clothing | coats | food | meals | computers? | laptops? | tablets? | books
        | materials | lend | borrow | printing | print | tools | furniture | appliances? | gear
        | sound \s system | projector | tents? | uniforms | diapers | bikes? | computadoras""",
}

#: Plain sentences of each kind: (as asks, as offers). Their vectors make the prototypes and
#: the centres; keep them general (a kind, not a particular project) and as many per kind.
DESCRIPTIONS: Final[dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    "space": (
        (
            "We need a room where our group can meet.",
            "Looking for a venue to hold an event.",
            "We need somewhere to store our supplies.",
            "Our program needs a place to run its activities.",
            "We need space for an office or a workshop.",
            "Where can we host a gathering?",
            "Our students need a quiet place to study after school.",
            "We need a kitchen we can cook in.",
            "Looking for land or a lot for a garden.",
            "We need a stage for a performance.",
            "We need a gym or a field for a sports program.",
            "We need a building we can use overnight.",
        ),
        (
            "Our hall is available for community meetings.",
            "You can use our building's meeting room for free.",
            "We have empty storage space you can use.",
            "Our facility can host your event.",
            "I can lend you our office space.",
            "Our venue seats a hundred people.",
            "Our church basement is free on weekday evenings.",
            "The school auditorium can be booked on weekends.",
            "Our empty lot is yours to use this season.",
            "Our commercial kitchen is open to community cooks.",
            "Our gym is open to youth programs on Saturdays.",
            "We have a warehouse with room to spare.",
        ),
    ),
    "intro_people": (
        (
            "Can someone introduce us to a person with influence on this?",
            "We want to meet the official who decides this.",
            "Does anyone know someone we should talk to?",
            "We need a contact with a local leader.",
            "Looking for an introduction to a specific person.",
            "Who knows someone who could open a door for us?",
            "We want an introduction to the mayor.",
            "Could someone connect us with a reporter?",
            "We need to meet a landlord in the neighborhood.",
            "Is there anyone who knows the school principal?",
            "We would like to talk to a business owner in town.",
            "Looking for a contact at city hall.",
        ),
        (
            "I know the person in charge and can introduce you.",
            "I can set up a meeting with a friend who works there.",
            "She is a former colleague of mine; I'll connect you.",
            "I can make a personal introduction to the official.",
            "I have a close contact who can help and will put you in touch.",
            "I know him well and will call him for you.",
            "My neighbor is on the city council and I can introduce you.",
            "I went to school with the editor of the paper.",
            "I know the owner personally and will arrange a call.",
            "My cousin works in the governor's office.",
            "I can introduce you to the principal at our next meeting.",
            "I have a friend at city hall who can meet with you.",
        ),
    ),
    "intro_organizations": (
        (
            "We want to partner with an organization that works on this.",
            "Is there an agency or nonprofit we should connect with?",
            "Looking for a group that already runs this kind of program.",
            "We need an institutional partner.",
            "Which coalition or network should we join?",
            "We want to connect with an established organization.",
            "We want to work with a local food bank.",
            "Looking for a university partner for our study.",
            "Is there a union we could team up with?",
            "We need a hospital or clinic to partner with.",
            "We want to connect with the chamber of commerce.",
            "Looking for a church or faith group to partner with.",
        ),
        (
            "I can connect you with a nonprofit that does this work.",
            "I'll introduce you to the agency that runs these programs.",
            "I can put you in touch with a coalition of groups.",
            "Our network of organizations can partner with you.",
            "I know the association that serves this community.",
            "I can link you to the department responsible.",
            "I can introduce you to the food bank's leadership.",
            "Our university's community office partners with groups like yours.",
            "I can connect you with the local labor council.",
            "I'll put you in touch with the health system's community programs.",
            "I sit on the chamber of commerce board and can bring you in.",
            "I can link you with the interfaith council.",
        ),
    ),
    "volunteers": (
        (
            "We need volunteers to help on the day.",
            "Looking for people to give their time.",
            "We need extra hands for a project.",
            "We need helpers who can come regularly.",
            "Seeking volunteers to staff our program.",
            "We need a team of people to do the work.",
            "We need people to hand out food on Saturdays.",
            "Looking for tutors for our reading program.",
            "We need drivers to take seniors to appointments.",
            "We need people to knock on doors.",
            "Looking for mentors for young people.",
            "We need a crew to clean up the park.",
        ),
        (
            "Our members will volunteer their time.",
            "A group of our students can come and help.",
            "Our staff can give a day of service.",
            "Ten of our people can show up and pitch in.",
            "Our club will send volunteers every week.",
            "Our team can do the work for you.",
            "Our youth group can serve meals once a month.",
            "Retired teachers from our club can tutor children.",
            "Several of our members can drive seniors on weekdays.",
            "Our congregation can send twenty people to canvass.",
            "Our employees can mentor students every week.",
            "Our scouts will spend a Saturday cleaning up.",
        ),
    ),
    "amplification": (
        (
            "Help us spread the word about our campaign.",
            "We want more people to hear about our event.",
            "We need media coverage.",
            "Looking for someone to promote our cause.",
            "We need public endorsements and advocates.",
            "We want to reach a bigger audience.",
            "We need the press to cover our story.",
            "Help us get people to sign our petition.",
            "We want local leaders to speak up for our cause.",
            "Looking for someone to share our event online.",
            "We need to get the message out to parents.",
            "Can someone put our campaign in front of voters?",
        ),
        (
            "I can share it with my followers.",
            "I'll feature your story in our newsletter.",
            "I host a radio show and will announce it.",
            "I'll write about it in my column.",
            "I will publicly endorse your campaign.",
            "I can post it on our social media accounts.",
            "I'm a reporter and can write a story about it.",
            "Our organization will sign on and urge our members to act.",
            "I'll speak in support at the council meeting.",
            "We will post your event to our thousands of followers.",
            "Our school newsletter goes to every family.",
            "I can get your message on the local television news.",
        ),
    ),
    "expertise": (
        (
            "We need professional advice.",
            "Looking for an expert who can review our plan.",
            "We need someone with specialist skills.",
            "We need help with legal or financial questions.",
            "We need training for our staff.",
            "Who can teach us how to do this properly?",
            "We need an accountant to look at our books.",
            "Looking for someone who can build our website.",
            "We need a grant writer.",
            "We need legal help to set up our nonprofit.",
            "Looking for someone who knows how to run a survey.",
            "We need advice on fundraising strategy.",
        ),
        (
            "I'm a professional and can give you advice.",
            "I can review your plan and give feedback.",
            "As a lawyer I can answer your legal questions.",
            "I can train your team in this skill.",
            "I'll consult with you for a few hours.",
            "I have years of experience and can guide you.",
            "I'm an accountant and can review your finances.",
            "I'm a web developer and can build your site.",
            "I write grants professionally and can draft your proposal.",
            "As an attorney I can file your incorporation papers.",
            "I'm a researcher and can design and analyze your survey.",
            "I've run capital campaigns and can coach your board.",
        ),
    ),
    "funding": (
        (
            "We need money to start this project.",
            "Looking for a grant or funding.",
            "We need to raise money.",
            "We need a sponsor to cover the costs.",
            "Our budget has a gap we need to fill.",
            "Who could fund this work?",
            "We need funds to pay a coordinator.",
            "Looking for a donor to match our campaign.",
            "We need money for supplies.",
            "We need a small grant to get started.",
            "Can anyone help us cover the rent?",
            "Looking for financial support for scholarships.",
        ),
        (
            "Our foundation gives grants for this.",
            "I'll donate money to your project.",
            "We can sponsor your event.",
            "Our fund provides financial support to groups like yours.",
            "I can contribute a thousand dollars.",
            "We offer small grants to community programs.",
            "Our family foundation funds community projects.",
            "We will match every dollar you raise up to five thousand.",
            "I can write a check for your supplies.",
            "Our company gives small grants to neighborhood groups.",
            "We can cover a few months of your rent.",
            "Our fund pays for scholarships for local students.",
        ),
    ),
    "other": (
        (
            "We need equipment for our program.",
            "Looking for supplies and materials.",
            "We need to borrow a vehicle.",
            "We need furniture and tools.",
            "Looking for donated goods.",
            "We need things to give to the families we serve.",
            "We need laptops for our students.",
            "Looking for a truck to move things.",
            "We need chairs and tables for an event.",
            "We need clothes and coats for families.",
            "Looking for printing for our flyers.",
            "We need food for our pantry.",
        ),
        (
            "We can lend you our equipment.",
            "I'll donate supplies to your program.",
            "We can give you a van.",
            "Our store can donate goods.",
            "You can borrow our tools and furniture.",
            "We have materials we no longer need.",
            "Our company can donate used laptops.",
            "You can borrow our pickup truck for the day.",
            "We'll lend you folding chairs and tables.",
            "Our store will give coats and clothing.",
            "Our print shop will print your flyers for free.",
            "Our grocery can give food to your pantry.",
        ),
    ),
}

#: How a text's kind is weighed: each category's score is CUE_WEIGHT per matched cue (at most
#: CUE_CAP counted) plus PROTOTYPE_WEIGHT times the cosine to the category's prototype; a
#: softmax makes them a distribution. KIND_SHARE is the part of a vector's length given to the
#: kind block, so a score is (1 - KIND_SHARE) x the cosine of the meaning parts plus
#: KIND_SHARE x the cosine of the kind distributions. Chosen on the development set.
CUE_WEIGHT: Final = 1.0
CUE_CAP: Final = 2
PROTOTYPE_WEIGHT: Final = 5.0
KIND_SHARE: Final = 0.1

_CUE_PATTERNS: Final = {
    category: re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.VERBOSE)
    for category, pattern in CUES.items()
}


fold = fold_case_and_accents  # cues are matched on folded text: "Salón" meets "salon"


def cue_counts(texts: list[str]) -> np.ndarray:
    """How many cues of each category each text contains, capped: (len(texts), 8) float32."""
    out = np.zeros((len(texts), len(CATEGORIES)), dtype=np.float32)
    for row, text in enumerate(texts):
        folded = fold(text)
        for column, category in enumerate(CATEGORIES):
            out[row, column] = min(CUE_CAP, len(_CUE_PATTERNS[category].findall(folded)))
    return out


def digest() -> str:
    """A short digest of everything here that shapes a vector, for the stored-vector name."""
    parts = (
        ASK_TEMPLATE,
        OFFER_TEMPLATE,
        CATEGORIES,
        sorted(CUES.items()),
        sorted(DESCRIPTIONS.items()),
        (CUE_WEIGHT, CUE_CAP, PROTOTYPE_WEIGHT, KIND_SHARE),
    )
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:8]
