"""The commitment guard's Spanish rules: is a Spanish text a firm commitment of help?

The same questions as the English rules in `specificity` (a firm offer: who commits, with what
deliverable, and nothing hedging it; else critique, vague or praise), asked of Spanish as
people type it on a phone, with or without accents:

- a first-person offer: the future ("presentaré", "donaremos", irregulars like "pondré"),
  "voy a / vamos a / me comprometo a / puedo / podemos + infinitive", or the present used as a
  promise ("te presento a", "dono 300 dólares", "yo reviso"), or "mi equipo / nuestra
  biblioteca" with the third person ("presta", "diseñará");
- a deliverable verb ("presentar", "donar", "enviar", "prestar"); weak verbs ("ayudar",
  "apoyar", "hacer") count only with an amount or a time;
- a hedge before the offer ("tal vez", "si tengo tiempo", "intentaré") makes it vague; after
  it ("daremos 5,000 dólares, y tal vez más") it is harmless.

`assess_es` returns plain data; `specificity.assess_commitment` calls it when `looks_spanish`
says the text is Spanish and builds the usual Assessment (same problem codes, same hints,
translated at the edge). Pure: standard library only.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# The problem codes of `specificity` (equal strings; a test checks they stay in step).
CRITIQUE, QUESTION, OFFER_AS_QUESTION = "critique", "question", "offer_as_question"
HEDGED, OPEN_ENDED, NO_DELIVERABLE = "hedged", "open_ended", "no_deliverable"
PRAISE_ONLY, NO_OFFER = "praise_only", "no_offer"
ORDER = (
    CRITIQUE,
    QUESTION,
    OFFER_AS_QUESTION,
    HEDGED,
    OPEN_ENDED,
    NO_DELIVERABLE,
    PRAISE_ONLY,
    NO_OFFER,
)


@dataclass(frozen=True, slots=True)
class Verdict:
    kind: str
    problems: list[str]
    trigger: str | None
    amount: tuple[float, str, str] | None
    deadline: str | None


def _fold(text: str) -> str:
    """Lower case without accents ("presentaré" and "presentare" read the same)."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


# --- which language ---------------------------------------------------------------------------

_ES_WORDS = frozenset(
    "de la el los las que y para con te tu tus por una mi mis nuestra nuestro nuestros "
    "nuestras del al lo le les se es muy pero si su sus antes hoy manana semana voy vamos "
    "puedo podemos gracias yo ya este esta cuando como hacer ayudo ayudar nos hay sea "
    "conmigo algo alguna algun mes fin dolares horas quiero estoy estamos".split()
)
_EN_WORDS = frozenset(
    "the to of and you i will we for your my by with on this that is it our can be at next "
    "from have an would could should what how love thanks great i'll i'm we'll it's "
    "let us if".split()
)


def looks_spanish(text: str) -> bool:
    """More signs of Spanish than English function words: Spanish function words, accented
    letters and ¿ ¡ ñ, and the Spanish rules' own words (verb forms, hedges, praise)."""
    folded = _fold(text)
    words = re.findall(r"[a-z']+", folded)
    spanish = (
        sum(w in _ES_WORDS or w in _FIRST or w in _INFINITIVES for w in words)
        + sum(c in "áéíóúñ¿¡" for c in text.lower())
        + sum(len(p.findall(folded)) for p in (_HEDGE, _CRITIQUE, _PRAISE, _OPEN_ENDED, _MONEY))
    )
    english = sum(w in _EN_WORDS for w in words)
    return spanish > english


# --- amounts and times ------------------------------------------------------------------------

_NUMBER_WORDS = {
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "seis": 6,
    "siete": 7,
    "ocho": 8,
    "nueve": 9,
    "diez": 10,
    "once": 11,
    "doce": 12,
    "quince": 15,
    "veinte": 20,
    "treinta": 30,
    "cuarenta": 40,
    "cincuenta": 50,
    "cien": 100,
    "mil": 1000,
}
_NUM = r"(?:\d[\d,.]*|" + "|".join(_NUMBER_WORDS) + r")"
_MONEY = re.compile(
    rf"\$\s?(?P<a>\d[\d,.]*)(?:\s?(?P<k>mil|k)\b)?"
    rf"|\b(?P<b>{_NUM})(?:\s(?P<m>mil))?\s(?P<cur>dolares|pesos|soles|euros|quetzales|colones)\b"
)
_NOT_UNITS = frozenset(
    "de del a al y o en por para el la los las que mas minutos".split()
    + "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre".split()
)
_COUNT = re.compile(rf"\b(?P<n>{_NUM})\s(?P<unit>[a-z]+)")
_MONTHS = (
    r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre"
    r"|noviembre|diciembre)"
)
_WEEKDAYS = r"(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)s?"
_DEADLINE = re.compile(
    r"\b(?:"
    rf"antes del?\b[^.,;]*|(?:para|hasta|a mas tardar) (?:el |la |fin |finales )[^.,;]*"
    rf"|\d{{1,2}} de {_MONTHS}|(?:en|para|hasta|de) {_MONTHS}|{_MONTHS}\b"
    rf"|(?:el |este |esta |proximo |proxima |cada )?{_WEEKDAYS}"
    r"|manana|hoy|esta noche|esta semana|este mes|este ano|la proxima semana"
    r"|el proximo (?:mes|ano|lunes|martes)|fin de mes|finales de mes"
    r"|(?:en|dentro de) (?:\d+|una|un|dos|tres|cuatro|diez|quince) (?:dias|semanas?|meses?)"
    r"|en los proximos \d+ dias|semanales|semanalmente|cada semana|al mes|mensuales"
    r")"
)


def _number(raw: str) -> float:
    if raw in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[raw])
    digits = raw.replace(",", "")
    digits = digits[:-1] if digits.endswith(".") else digits
    try:
        return float(digits)
    except ValueError:
        return float(digits.replace(".", ""))


def find_amount(folded: str) -> tuple[float, str, str] | None:
    money = _MONEY.search(folded)
    if money:
        raw = money.group("a") or money.group("b")
        scale = 1000 if (money.group("k") or money.group("m")) else 1
        return (_number(raw) * scale, "dollars", money.group(0))
    for count in _COUNT.finditer(folded):
        if count.group("unit") not in _NOT_UNITS:
            return (_number(count.group("n")), count.group("unit"), count.group(0))
    return None


def find_deadline(folded: str) -> str | None:
    match = _DEADLINE.search(folded)
    return match.group(0).strip() if match else None


# --- offers -----------------------------------------------------------------------------------

# Deliverable verbs (infinitives) and the forms a promise takes: present 1sg and 1pl, 3sg.
_STRONG = {
    "presentar": ("presento", "presentamos", "presenta"),
    "donar": ("dono", "donamos", "dona"),
    "enviar": ("envio", "enviamos", "envia"),
    "mandar": ("mando", "mandamos", "manda"),
    "dar": ("doy", "damos", "da"),
    "aportar": ("aporto", "aportamos", "aporta"),
    "prestar": ("presto", "prestamos", "presta"),
    "ofrecer": ("ofrezco", "ofrecemos", "ofrece"),
    "conseguir": ("consigo", "conseguimos", "consigue"),
    "escribir": ("escribo", "escribimos", "escribe"),
    "revisar": ("reviso", "revisamos", "revisa"),
    "organizar": ("organizo", "organizamos", "organiza"),
    "pagar": ("pago", "pagamos", "paga"),
    "cubrir": ("cubro", "cubrimos", "cubre"),
    "poner": ("pongo", "ponemos", "pone"),
    "traer": ("traigo", "traemos", "trae"),
    "pasar": ("paso", "pasamos", "pasa"),
    "conectar": ("conecto", "conectamos", "conecta"),
    "regalar": ("regalo", "regalamos", "regala"),
    "recibir": ("recibo", "recibimos", "recibe"),
    "reservar": ("reservo", "reservamos", "reserva"),
    "imprimir": ("imprimo", "imprimimos", "imprime"),
    "grabar": ("grabo", "grabamos", "graba"),
    "publicar": ("publico", "publicamos", "publica"),
    "compartir": ("comparto", "compartimos", "comparte"),
    "llamar": ("llamo", "llamamos", "llama"),
    "coordinar": ("coordino", "coordinamos", "coordina"),
    "capacitar": ("capacito", "capacitamos", "capacita"),
    "reclutar": ("recluto", "reclutamos", "recluta"),
    "disenar": ("diseno", "disenamos", "disena"),
    "traducir": ("traduzco", "traducimos", "traduce"),
    "financiar": ("financio", "financiamos", "financia"),
    "vender": ("vendo", "vendemos", "vende"),
    "entregar": ("entrego", "entregamos", "entrega"),
    "preparar": ("preparo", "preparamos", "prepara"),
    "redactar": ("redacto", "redactamos", "redacta"),
    "hospedar": ("hospedo", "hospedamos", "hospeda"),
    "difundir": ("difundo", "difundimos", "difunde"),
    "contactar": ("contacto", "contactamos", "contacta"),
    "invitar": ("invito", "invitamos", "invita"),
    "editar": ("edito", "editamos", "edita"),
    "cocinar": ("cocino", "cocinamos", "cocina"),
    "asesorar": ("asesoro", "asesoramos", "asesora"),
    "acompanar": ("acompano", "acompanamos", "acompana"),
}
_WEAK = {
    "ayudar": ("ayudo", "ayudamos", "ayuda"),
    "apoyar": ("apoyo", "apoyamos", "apoya"),
    "colaborar": ("colaboro", "colaboramos", "colabora"),
    "hacer": ("hago", "hacemos", "hace"),
    "ver": ("veo", "vemos", "ve"),
    "echar": ("echo", "echamos", "echa"),
    "sumar": ("sumo", "sumamos", "suma"),
    "estar": ("estoy", "estamos", "esta"),
    "ir": ("voy", "vamos", "va"),
    "participar": ("participo", "participamos", "participa"),
}
_IRREGULAR_FUTURE = {
    "hacer": ("hare", "haremos", "hara"),
    "poner": ("pondre", "pondremos", "pondra"),
    "tener": ("tendre", "tendremos", "tendra"),
    "salir": ("saldre", "saldremos", "saldra"),
    "venir": ("vendre", "vendremos", "vendra"),
    "decir": ("dire", "diremos", "dira"),
    "traer": ("traere", "traeremos", "traera"),
}


def _forms() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Verb form -> infinitive: the first-person forms, the infinitives (with clitics), and
    the third-person forms a "mi equipo / nuestra biblioteca" subject takes."""
    first: dict[str, str] = {}
    third: dict[str, str] = {}
    infinitives: dict[str, str] = {}
    for verbs in (_STRONG, _WEAK):
        for infinitive, forms in verbs.items():
            if not forms:
                continue
            future = _IRREGULAR_FUTURE.get(infinitive)
            fut1, fut1pl, fut3 = future or (infinitive + "e", infinitive + "emos", infinitive + "a")
            for form in (forms[0], forms[1], fut1, fut1pl):
                first.setdefault(form, infinitive)
            for form in (forms[2], fut3):
                third.setdefault(form, infinitive)
            infinitives[infinitive] = infinitive
    return first, infinitives, third


_FIRST, _INFINITIVES, _THIRD = _forms()
_CLITICS = r"(?:(?:te|le|les|lo|la|los|las|nos|se|me|selo|sela)\s){0,2}"
_INF_CLITIC = r"(?P<inf>[a-z]+?(?:ar|er|ir))(?:te|le|les|lo|la|los|las|nos|selo|sela|melo)?\b"
_MODAL = (
    r"(?:voy a|vamos a|me comprometo a|nos comprometemos a|me encargo de|nos encargamos de"
    r"|puedo|podemos|quiero|queremos|pienso|pensamos|me ofrezco a|nos ofrecemos a)"
)
_MODAL_OFFER = re.compile(
    rf"(?:^|\b)(?:yo |nosotros )?{_CLITICS}(?P<modal>{_MODAL})\s{_INF_CLITIC}"
)
_FINITE_OFFER = re.compile(rf"(?:^|\b)(?:yo |nosotros |y |,\s?)?{_CLITICS}(?P<verb>[a-z]+)\b")
_SUBJECT_3RD = re.compile(
    rf"\b(?:mi|mis|nuestra|nuestro|nuestras|nuestros)\s(?:[a-z]+\s){{1,3}}?{_CLITICS}"
    r"(?P<verb>[a-z]+)\b"
)
_OFFER_PHRASE = re.compile(r"\bcuent(?:a|en) conmigo\b|\bde mi parte\b|\bde nuestra parte\b")

_HEDGE = re.compile(
    r"\b(?:tal vez|quizas?|a lo mejor|capaz que|si tengo tiempo|si me da el tiempo|si puedo"
    r"|si podemos|intentare|intentaremos|tratare|trataremos|voy a intentar|vamos a intentar"
    r"|voy a tratar|probablemente|posiblemente|podria|podriamos|me gustaria|nos gustaria"
    r"|me encantaria|nos encantaria|ojala|en algun momento|cuando pueda|cuando podamos"
    r"|vere|veremos|lo posible|pueda|podamos)\b"
)
_VAGUE_OBJECT = re.compile(
    r"^(?:a )?(?:algo|algun|alguna|algunos|algunas|alguien|unos|unas|lo que|de alguna"
    r"|en algo|cosas|con algo|mas adelante)\b"
)
_OPEN_ENDED = re.compile(
    r"\b(?:avisame|avisenme|avisanos|me avisas|me avisan|escribeme|escribanme|llamame"
    r"|contactame|contactenme|buscame|hablemos|lo conversamos|conversemos|dime en que"
    r"|lo que necesites|lo que necesiten|lo que sea|a la orden|a tu disposicion"
    r"|a su disposicion|para servirte|para servirles|cualquier cosa|estoy para|estamos para"
    r"|te aviso si|vemos que|ahi vemos|luego vemos)\b"
)
_CRITIQUE = re.compile(
    r"\b(?:deberias|deberian|deberiamos|debes|deben|te recomiendo|les recomiendo"
    r"|te sugiero|les sugiero|yo que tu|seria bueno|seria mejor|habria que|hay que"
    r"|no creo que|me preocupa|me parece que|falta|faltan|el problema es|considera"
    r"|consideren|piensa en|piensen en|ojo con|tienes que|tienen que"
    # "yo buscaría": what I would do in your place (but "yo podría" is a hedged offer).
    r"|yo (?!podr|querr|gustar|encantar)[a-z]+ria)\b"
)
_PRAISE = re.compile(
    r"\b(?:me encanta|me encanto|nos encanta|que gran|que buen|increible|excelente"
    r"|felicidades|felicitaciones|felicito|gracias|inspirador|inspiradora|maravillos[oa]"
    r"|bravo|muy buen[oa]|que bueno|que bonito|hermos[oa]|admiro|genial|sigan asi"
    r"|me gusto|necesario|emocion|impresionante|que maravilla|me emociono|valios[oa])\b"
)
_DELIVERABLE_NOUN = re.compile(
    r"\b(?:reunion|llamada|presentacion|presentaciones|donacion|taller|espacio|local|salon"
    r"|carta|horas|voluntarios|contactos?|introduccion|sala|auditorio)\b"
)
_SPLIT = re.compile(r"(?<=[.!?;:])\s+|\n+|[¡¿]")


@dataclass(slots=True)
class _Sentence:
    firm: bool = False
    offer: bool = False
    problem: str | None = None
    trigger: str | None = None


def _offer_in(sentence: str) -> tuple[str, str, int] | None:
    """(infinitive, what follows the verb, where the offer starts) of the first offer."""
    modal = _MODAL_OFFER.search(sentence)
    if modal and modal.group("inf") in _INFINITIVES:
        return modal.group("inf"), sentence[modal.end() :], modal.start()
    subject = _SUBJECT_3RD.search(sentence)
    if subject and subject.group("verb") in _THIRD:
        return _THIRD[subject.group("verb")], sentence[subject.end() :], subject.start()
    for finite in _FINITE_OFFER.finditer(sentence):
        verb = finite.group("verb")
        if verb in _FIRST and verb not in {"voy", "vamos", "estoy", "estamos"}:
            # The present as a promise needs the clause to start with it ("dono", "te
            # presento", "yo reviso"), or a future ("presentare") anywhere.
            starts_clause = finite.start() == 0 or sentence[: finite.start()].rstrip().endswith(
                (",", "y")
            )
            is_future = verb.endswith(("e", "emos")) and verb not in {"pase", "pasemos"}
            if starts_clause or is_future or finite.group(0).strip().startswith(("yo", "te")):
                return _FIRST[verb], sentence[finite.end() :], finite.start()
    return None


def _assess_sentence(sentence: str, following: str, timed: bool, advice: bool) -> _Sentence:
    result = _Sentence()
    is_question = sentence.endswith("?") or "?" in sentence
    hedge = _HEDGE.search(sentence)
    offer = _offer_in(sentence)
    if offer:
        verb, after, start = offer
        result.offer = True
        hedged_before = hedge is not None and hedge.start() <= start + 12
        if is_question:
            result.problem = OFFER_AS_QUESTION
        elif hedged_before and hedge is not None:
            result.problem, result.trigger = HEDGED, hedge.group(0)
        elif (
            not after.strip(" .,;:!?")
            or _VAGUE_OBJECT.match(after.strip(" .,;:!?"))
            or (verb in _WEAK and not timed)
        ):
            result.problem = NO_DELIVERABLE
        else:
            result.firm = True
        return result
    phrase = _OFFER_PHRASE.search(sentence)
    if phrase:
        result.offer = True
        after = sentence[phrase.end() :].strip(" .,;:!?") or following.strip(" .,;:!?")
        if is_question:
            result.problem = OFFER_AS_QUESTION
        elif hedge:
            result.problem, result.trigger = HEDGED, hedge.group(0)
        elif after and (timed or not _OPEN_ENDED.search(after)) and find_amount(after):
            result.firm = True
        else:
            result.problem, result.trigger = NO_DELIVERABLE, phrase.group(0)
        return result
    if is_question:
        result.problem = QUESTION
        return result
    if hedge:
        result.problem, result.trigger = HEDGED, hedge.group(0)
        result.offer = True
        return result
    if not (_PRAISE.search(sentence) or _CRITIQUE.search(sentence) or _OPEN_ENDED.search(sentence)):
        result.firm = find_amount(sentence) is not None or (
            not advice
            and _DELIVERABLE_NOUN.search(sentence) is not None
            and find_deadline(sentence) is not None
        )
    return result


def assess_es(text: str) -> Verdict:
    """The Spanish verdict on one (non-empty) text."""
    folded = _fold(text)
    amount = find_amount(folded)
    deadline = find_deadline(folded)
    timed = amount is not None or deadline is not None
    sentences = [s.strip() for s in _SPLIT.split(folded) if s and s.strip(" .,;:!?")]
    critique = _CRITIQUE.search(folded)
    advice = critique is not None or "?" in folded
    assessed = [
        _assess_sentence(s, " ".join(sentences[i + 1 :]), timed, advice)
        for i, s in enumerate(sentences)
    ]
    if any(s.firm for s in assessed):
        return Verdict("firm", [], None, amount, deadline)
    found: dict[str, str | None] = {}
    if critique:
        found[CRITIQUE] = critique.group(0)
    for s in assessed:
        if s.problem and not (s.problem == QUESTION and critique):
            found.setdefault(s.problem, s.trigger)
    open_ended = _OPEN_ENDED.search(folded)
    if open_ended:
        found.setdefault(OPEN_ENDED, open_ended.group(0))
    praise = _PRAISE.search(folded)
    kind, problems, trigger = settle(
        found, offered=any(s.offer for s in assessed), praise=praise.group(0) if praise else None
    )
    return Verdict(kind, problems, _as_typed(trigger, text, folded), amount, deadline)


def settle(
    found: dict[str, str | None], *, offered: bool, praise: str | None
) -> tuple[str, list[str], str | None]:
    """What a text that is not firm is, in either language: its kind, its problems with the
    most specific first (it chooses the hint) and the words that raised them. `found` holds
    each problem seen with its words, in order of discovery; it is completed here."""
    if not found and offered:
        found[NO_DELIVERABLE] = None
    if CRITIQUE in found or QUESTION in found:
        kind = "critique"
    elif found:
        kind = "vague"
    elif praise:
        kind = "praise"
        found[PRAISE_ONLY] = praise
    else:
        kind = "vague"
        found[NO_OFFER] = None
    problems = sorted(found, key=ORDER.index)
    trigger = found[problems[0]] or next((t for t in found.values() if t), None)
    return kind, problems, trigger


def _as_typed(trigger: str | None, text: str, folded: str) -> str | None:
    """The trigger as the person wrote it ("avísame", not the folded "avisame"), when folding
    kept every character in place."""
    typed = unicodedata.normalize("NFC", text.lower())
    if trigger is None or len(typed) != len(folded) or (at := folded.find(trigger)) < 0:
        return trigger
    return typed[at : at + len(trigger)]
