"""An item withheld from a reader told again in other words in an item that reader sees.

Withholding (``withholding.leaks``) finds a withheld item repeated whole, word for word. A
paraphrase ("Mum is moving to Leeds", withheld from parent; "Your mum will move to Leeds
soon", shared) cannot be proved, so validate only warns the IRO to read the two: when a shared
text has most of the distinctive words of the withheld item or of one of its sentences, compared
by their lemmas ("moving" is "move"), leaving out function words, words any review uses
(``STOP_WORDS``) and the names of the record's people, and weighing each by how rare it is; or
when it names the same sensitive matter (``MATTERS``: "the LADO", "prison", "pregnant"), which
alone tells what such an item keeps back; or when it has a run of the item's distinctive words in
its order (``shared_run``: "driving past the house"); or when it points at the matter without saying it
(``POINTER``: "while this is looked into"). A planned review's invitees and venue are read
for the matter alone (``invitation_paraphrases``). Measured with tools/measure_paraphrase.py (README
"What validation checks"): no warning on the examples' and the blind corpus's records.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from typing import Iterator

from ..record.model import ITEM_SECTIONS, WITHHOLDABLE_SECTIONS, Record, Role
from ..support import lexicon
from .people import childs_names, names_given
from .withholding import Secret, shows
from ..support import regexes

#: Function words and the words of any review: they say nothing of what an item is about.
STOP_WORDS = frozenset("""
    a an the and or but if so as at by for from in into of off on onto out over to up with without about
    after again against all also am any are be been before being below between both can could did do
    does doing done down during each few had has have having he her here hers herself him himself his
    how i is it its itself just let me more most my myself no nor not now only other our ours ourselves
    own same she should some such than that their theirs them themselves then there these they this
    those through too under until very was we were what when where which while who whom why will would
    you your yours yourself yourselves one two get got go going ask asked asks make made say said says
    tell told want wants like likes well still back really lot lots much many way thing things time
    times day days week weeks month months year years today next last new good feel feels felt think
    thinks thought know knows need needs shall may might must us o ok okay yes mum mam mom mother dad
    father parent parents carer carers family social worker iro school home review meeting plan mrs
""".split())

#: A shared item must have this many of a withheld item's distinctive words to warn: two ("Leeds",
#: "move") already say what the item said; one word ("Leeds") is a coincidence.
MIN_SHARED = 2
#: ... weighing together at least this much (``weight``): "Leeds" and "moving", 5; not "see" and
#: "every", 2.1, which many items share.
MIN_WEIGHT = 4.0
#: ... and more than this share of the withheld item's words by weight: most of what it said.
#: "HMP Fenwold" weighs more than "video call". Each sentence of the withheld item is weighed on
#: its own too: "This is being looked into by the LADO." is told whole by "while the LADO looks
#: into what happened", though the item's first sentence, which that does not tell, weighs more.
MOST = 0.6
#: Or a run of this many of a withheld item's distinctive words, one after another (function words
#: between them left out), is in the shared text in the same order ("drives past the house", "driving
#: past the house"), weighing together at least RUN_WEIGHT: a phrase of the item told again, however
#: much else the item says ("and that scares you").
RUN = 3
RUN_WEIGHT = 5.0
#: A word's weight is this less its Zipf frequency (wordfreq, English): "Fenwold" 7, "Leeds" 3,
#: "video" 2.2, "call" 1.7; a word as common as "the" (Zipf 7) weighs nothing.
RAREST = 7.0

#: The matters an item is withheld for (an inquiry into an adult, the police, a crime, prison, a
#: pregnancy or a new baby, an adoption, an illness, a new partner, abuse, drugs, removal from the
#: country, a death: the things a child is "not told yet"), each by the words, as lemmas, that
#: name it, in the seeds' and IROs' vocabulary. A shared text naming the same matters as a withheld
#: item, by one word each, tells the reader its core fact ("while the LADO looks into what
#: happened", "when you visit Dad in prison"), however little else the two share. Words with an
#: everyday sense are left out ("look into" a swimming club, "charged", "hearing", "detention",
#: "custody", "sentence", "harm"), as are matters reviews speak of openly: asylum, health in general
#: (an illness by its names only: "cancer", "hospice", a "diagnosis"), and a
#: court, which decides a child's care with the parents taking part (measured: 14 hits more, each a
#: text naming the court beside "Write the report for the court", none a secret).
MATTERS: dict[str, frozenset[str]] = {matter: frozenset(words.split()) for matter, words in {
    "an inquiry into what happened": "lado investigation investigate inquiry enquiry allegation allege alleged",
    "the police": "police policeman policewoman arrest arrested bail",
    "a crime": "crime criminal offence offending convicted conviction yot",
    "prison": "prison prisoner jail jailed gaol hmp hmyoi yoi probation remand remanded",
    "an order to keep someone away": "injunction",
    "a pregnancy or a new baby": "pregnant pregnancy miscarriage abortion newborn midwife maternity antenatal "
                                 "prenatal postnatal",
    "an adoption": "adopt adopted adoption adopter adopters adoptive",
    "an illness": "cancer tumour chemotherapy chemo terminal terminally hospice dementia leukaemia leukemia "
                  "dialysis diagnosis diagnosed",
    "a new partner": "boyfriend girlfriend",  # not "partner": records name "mum's partner" openly
    "abuse": "abuse abused abusive assault assaulted rape raped grooming groomed exploitation exploited "
             "trafficking trafficked violence violent refuge",
    "drugs or drink": "drug drugs heroin cocaine cannabis rehab detox drunk alcohol alcoholic overdose",
    "harm to oneself": "suicide suicidal sectioned",
    "removal from the country": "deport deported deportation",
    "a death": "die died dying dead death funeral bereavement bereaved cremation inquest",
}.items()}

#: Phrases that name a matter in a withheld item or a shared text: "a new baby", "your half-sister".
MATTER_PHRASES = {"a pregnancy or a new baby": regexes.compile(
    r"\bnew[-\s]+bab(?:y|ies)\b|\bhalf[-\s]?(?:sister|brother|sibling)s?\b|\bexpecting\s+(?:a\s+baby|twins)\b"
    r"|\b(?:mum|mam|mom|mother|dad|father|parent)s?[-\s]to[-\s]be\b", re.IGNORECASE)}
#: Phrases that tell a matter in a shared text once a withheld item names it, too everyday to name it
#: in the item: "the baby's photos", "the mother and baby unit" tell a new baby kept from the child
#: ("the baby clinic" kept from someone is no news of one); "forever family" tells an adoption. Not the
#: child as a baby ("when you were a baby", "your baby photos"), nor "forever" alone ("stay with Bev
#: forever": any long-term home).
TOLD_BY = {
    "a pregnancy or a new baby": regexes.compile(
        r"(?<!\bwere a )(?<!\bwas a )(?<!\bwere )(?<!\bwas )\bbab(?:y|ies)\b(?!\s+(?:photos?|pictures?|pics|teeth|tooth)\b)"
        # the scan, being a mum, expecting (not "expecting you", "expecting to"), the due date
        r"|\b(?:\d+[-\s]?weeks?|dating|anomaly|your|her|the|a)\s+scans?\b(?!\s+of\s+(?:your|her|his|the)\s+(?:knee|arm|leg|head|brain))"
        r"|\b(?:be|being|become|becoming)\s+a\s+(?:young\s+)?(?:mum|mam|mom|mummy|mother|dad|daddy|father|parent)\b"
        r"|\b(?:is|are|am|'re|'s|was|were)\s+expecting\b(?!\s+(?:you|your|him|her|them|us|me|to|that|it|a\s+(?:call|letter|visit|reply))\b)"
        r"|\bdue\s+date\b",
        re.IGNORECASE),
    "an adoption": regexes.compile(
        r"\bforever\s+(?:family|families|home|homes|house|mum|mummy|mom|dad|daddy|parents?|carers?)\b", re.IGNORECASE),
}

#: A family member in hospital: "Your mum is in hospital for her mental health" kept from the carer is
#: told by "Arrange a visit to your mum in hospital" (blind review 26), though hospitals in general are
#: spoken of openly ("You had your tonsils out in hospital"): the matter is the relative named with a
#: hospital in one sentence, either way round, and one relative's stay is another matter than another's.
RELATIVES = {"mum": "mum mam mom mummy mother", "dad": "dad daddy father", "nan": "nan nana nanna gran granny grandma "
             "grandmother", "grandad": "grandad granddad grandpa grandfather", "brother": "brother", "sister": "sister",
             "aunt": "aunt auntie aunty", "uncle": "uncle"}
_RELATIVE = {word: relative for relative, words in RELATIVES.items() for word in words.split()}
_HOSPITAL = r"(?:hospital|hospitali[sz]ed|psychiatric\s+(?:unit|ward)|mental\s+health\s+(?:unit|ward)|a\s*&\s*e)"
_RELATIVE_WORDS = "|".join(sorted(_RELATIVE, key=len, reverse=True))
IN_HOSPITAL = regexes.compile(rf"\b({_RELATIVE_WORDS})(?:['’]s)?\b[^.!?]{{0,40}}?\b{_HOSPITAL}\b"
                         rf"|\b{_HOSPITAL}\b[^.!?]{{0,40}}?\b({_RELATIVE_WORDS})(?:['’]s)?\b", re.IGNORECASE)

#: A relative's request to the court: "Your dad has asked the court to let you live with him" kept from the
#: carer is told by "while the court decides about your dad's request" (blind review 27, finding 5). The
#: court alone is spoken of openly (``MATTERS``); the matter is a relative, a word of asking and the court
#: in one sentence, and one relative's request is another matter than another's.
_COURT = regexes.compile(r"\bcourts?\b")  # as IROs write it: "Hollins Court", a home, is no court
_ASKING = regexes.compile(r"\b(?:ask(?:s|ed|ing)?|appl(?:y|ies|ied|ying)|applications?|requests?|requested"
                          r"|requesting)\b", re.IGNORECASE)
#: Matters told by themselves, whatever else the item keeps back (``same_matter``).
_OWN_MATTER = regexes.compile(r" in hospital$|^a request to the court by or about ")

_WORD = regexes.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")

#: Words that point at a matter without saying it ("while this is looked into", "until it is sorted
#: out"): beside a withheld item that names one, they point at that item, which the reader cannot see.
POINTER = regexes.compile(
    r"\b(?:(?:while|whilst|until|till|as|when|once|after|before)\s+)?(?:this|that|it|things|what happened)\s+"
    r"(?:is|are|was|were|has\s+been|have\s+been|gets?|will\s+be)\s+(?:being\s+)?"
    r"(?:looked\s+into|investigated|checked(?:\s+out)?|sorted(?:\s+out)?|dealt\s+with|resolved)\b", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def _lemmas(word: str) -> frozenset[str]:
    """The word and each lemma lemminflect gives it ("moving": "moving", "move")."""
    return frozenset({word}).union(*(set(forms) for forms in lexicon.lemmas(word).values()))


@functools.lru_cache(maxsize=4096)
def weight(word: str) -> float:
    return max(0.0, RAREST - lexicon.zipf(word, "en"))


#: A possessive's ending, left off a word: "Leeds's" is "leeds" (compiled once: asked of every word).
_POSSESSIVE = re.compile(r"['’]s$")


def content_words(text: str, names: frozenset[str] = frozenset()) -> dict[str, frozenset[str]]:
    """The distinctive words of ``text``, each with its lemmas, each lemma once: no function word, none
    shorter than three letters, none of ``names`` (``people_names``) written with a capital."""
    found: dict[str, frozenset[str]] = {}
    for word in _WORD.findall(text):
        name = word[:1].isupper()
        word = _POSSESSIVE.sub("", word.casefold())
        if len(word) < 3 or word in found or word in STOP_WORDS or (name and word in names):
            continue
        lemmas = _lemmas(word)
        if lemmas & STOP_WORDS:
            continue  # "said", "told", "moms"
        if any(lemmas & other for other in found.values()):
            continue  # one word once: "staying" and "stay" are not two words another text has
        found[word] = lemmas
    return found


_SENTENCE_END = regexes.compile(r"(?<=[.!?])\s+")


@dataclass(frozen=True)
class Retelling:
    """A shown text that may tell a withheld item: where each is, who reads one and not the other,
    and why: ``matter`` and ``word`` when it names the item's matter, ``sentence`` when it tells
    one sentence of it, neither when it has most of the whole item's words."""
    shown: tuple
    withheld: tuple
    exposed: list[Role]
    matter: str | None = None
    word: str | None = None
    sentence: bool = False
    phrase: str | None = None
    #: The shown text's words that point at the withheld item's matter without saying it (``POINTER``).
    pointer: str | None = None


def matter(lemmas: frozenset[str]) -> str | None:
    """The matter a word names."""
    return next((name for name, words in MATTERS.items() if lemmas & words), None)


def _phrases(text: str, told: bool = False) -> dict[str, str]:
    """The matters a text names by a phrase; ``told``: a shared text, where ``TOLD_BY``'s count too."""
    patterns = list(MATTER_PHRASES.items()) + (list(TOLD_BY.items()) if told else [])
    found: dict[str, str] = {}
    for name, pattern in patterns:
        if name not in found and (match := pattern.search(text)):
            found[name] = match.group()
    for match in IN_HOSPITAL.finditer(text):
        relative = _RELATIVE[(match.group(1) or match.group(2)).casefold()]
        found.setdefault(f"{'your ' if relative in ('mum', 'dad') else 'a '}{relative} in hospital", match.group())
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        court, asking = _COURT.search(sentence), _ASKING.search(sentence)
        if not court or not asking:
            continue
        for match in re.finditer(rf"\b({_RELATIVE_WORDS})(?:['’]s)?\b", sentence, re.IGNORECASE):
            relative = _RELATIVE[match.group(1).casefold()]
            words = sorted((court, asking, match), key=lambda m: m.start())
            found.setdefault(f"a request to the court by or about your {relative}",
                             sentence[words[0].start():words[-1].end()])
    return found


def retold(withheld: dict[str, frozenset[str]], shown: dict[str, frozenset[str]]) -> bool:
    """Does a shown text hold most of a withheld item's words (``MIN_SHARED``, ``MIN_WEIGHT``,
    ``MOST``), each matched by any lemma?"""
    shared = [word for word, lemmas in withheld.items() if any(lemmas & other for other in shown.values())]
    if len(shared) < MIN_SHARED:
        return False
    weighed = sum(map(weight, shared))
    return weighed >= MIN_WEIGHT and weighed > MOST * sum(map(weight, withheld))


def same_matter(withheld: dict[str, frozenset[str]], shown: dict[str, frozenset[str]],
                withheld_text: str = "", shown_text: str = "", known: "_TextWords | None" = None
                ) -> tuple[str, str] | None:
    """(a matter, the shown text's word for it) when the shown text names every one of ``MATTERS`` the
    withheld item names: "Your mum died in May" does not tell "Ruby's mum's death is still being
    investigated by the police", whose matter is the inquiry, not the death the child is told of.
    ``known``: the record's texts' words and matters found so far (``withheld`` and ``shown`` theirs)."""
    if known is None:
        held = _held_matters(withheld, _phrases(withheld_text))
        phrases, matters = _phrases(shown_text, told=True), _word_matters(shown)
    else:
        held = known.held(withheld_text)
        phrases, matters = known.phrases(shown_text, told=True), known.word_matters(shown_text)
    named = {name: phrase for name, phrase in phrases.items() if name in held}
    named |= {name: word for word, name in matters if name in held}
    if held and set(named) != held:
        # A relative in hospital is told by itself, whatever else the item keeps back ("Visit your mum in
        # hospital" tells "Mum is in hospital after an overdose"): its own matter, not the item's core only.
        named = {name: phrase for name, phrase in named.items() if _OWN_MATTER.search(name)}
    if not held or not named:
        return None
    name = next(iter(named))
    return name, named[name]


#: The child, as a text written to them says it: "You are on remand", "your trial".
_YOU = regexes.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
_RELATIVE_NAMED = regexes.compile(rf"\b({_RELATIVE_WORDS})(?:['’]s)?\b", re.IGNORECASE)


def _names_matter(sentence: str, name: str) -> bool:
    """Does ``sentence`` name the matter ``name``, by a word of it or a phrase?"""
    return (any(matter(_lemmas(re.sub(r"['’]s$", "", word.casefold()))) == name for word in _WORD.findall(sentence))
            or name in _phrases(sentence, told=True))


def whose(text: str, name: str, names: frozenset[str] = frozenset(),
          child: frozenset[str] = frozenset()) -> frozenset[str] | None:
    """Whom ``text`` says the matter ``name`` is about, read in each sentence that names it: the relatives
    named there ("Kayden's dad is due to be released from prison": dad), else the child when only they are
    ("You are on remand": the child, by "you" or a word of their name, ``child``); None when a sentence
    names another of the record's people (``names``: "You visit Wayne in prison") or no one."""
    persons: set[str] = set()
    for sentence in _SENTENCE_END.split(text.strip()):
        if not _names_matter(sentence, name):
            continue
        if relatives := {_RELATIVE[found.group(1).casefold()] for found in _RELATIVE_NAMED.finditer(sentence)}:
            persons |= relatives
            continue
        capitals = {re.sub(r"['’]s$", "", word.casefold()) for word in _WORD.findall(sentence) if word[:1].isupper()}
        if capitals & (names - child) or not (_YOU.search(sentence) or capitals & child):
            return None
        persons.add("the child")
    return frozenset(persons) or None


def other_person(withheld: str, shown: str, name: str, names: frozenset[str] = frozenset(),
                 child: frozenset[str] = frozenset()) -> bool:
    """Do the two texts say the matter ``name`` of different people (``whose``)? The child's own remand
    ("You are on remand") is not their dad's prison, kept from them; when either text leaves it open
    whom it means, they may be the same."""
    mine, theirs = whose(withheld, name, names, child), whose(shown, name, names, child)
    return mine is not None and theirs is not None and not mine & theirs


def _held_matters(words: dict[str, frozenset[str]], phrases: dict[str, str]) -> set[str]:
    """The matters a text names, by its words (``content_words``) and by its phrases (``_phrases``)."""
    return {matter(lemmas) for lemmas in words.values()} - {None} | set(phrases)


def _word_matters(words: dict[str, frozenset[str]]) -> list[tuple[str, str | None]]:
    """(word, the matter it names or None) for each of a text's words (``content_words``), in order."""
    return [(word, matter(lemmas)) for word, lemmas in words.items()]


def sentences(text: str, names: frozenset[str] = frozenset()) -> list[dict[str, frozenset[str]]]:
    """The distinctive words of each sentence of a text of more than one, each with ``MIN_SHARED``."""
    parts = _SENTENCE_END.split(text.strip())
    if len(parts) < 2:
        return []
    return [words for part in parts if len(words := content_words(part, names)) >= MIN_SHARED]


class _TextWords:
    """The words of one record's texts, each text's found once while its check reads every text against
    every other (what is kept is only read)."""

    def __init__(self, names: frozenset[str]):
        self.names = names
        self._content: dict[str, dict[str, frozenset[str]]] = {}
        self._sentences: dict[str, list[dict[str, frozenset[str]]]] = {}
        self._in_order: dict[str, list[tuple[str, frozenset[str], int, int]]] = {}
        # Each pair of texts read the same texts' phrases and matters again: a tenth of a batch's validation.
        self._phrases: dict[tuple[str, bool], dict[str, str]] = {}
        self._held: dict[str, set[str]] = {}
        self._word_matters: dict[str, list[tuple[str, str | None]]] = {}

    def content(self, text: str) -> dict[str, frozenset[str]]:
        if (found := self._content.get(text)) is None:
            found = self._content[text] = content_words(text, self.names)
        return found

    def sentences(self, text: str) -> list[dict[str, frozenset[str]]]:
        if (found := self._sentences.get(text)) is None:
            found = self._sentences[text] = sentences(text, self.names)
        return found

    def in_order(self, text: str) -> list[tuple[str, frozenset[str], int, int]]:
        if (found := self._in_order.get(text)) is None:
            found = self._in_order[text] = _in_order(text, self.names)
        return found

    def phrases(self, text: str, told: bool = False) -> dict[str, str]:
        if (found := self._phrases.get((text, told))) is None:
            found = self._phrases[(text, told)] = _phrases(text, told)
        return found

    def held(self, text: str) -> set[str]:
        """The matters ``text`` names (``same_matter``'s, ``tells``'s ``held``)."""
        if (found := self._held.get(text)) is None:
            found = self._held[text] = _held_matters(self.content(text), self.phrases(text))
        return found

    def word_matters(self, text: str) -> list[tuple[str, str | None]]:
        if (found := self._word_matters.get(text)) is None:
            found = self._word_matters[text] = _word_matters(self.content(text))
        return found


def tells(withheld: str, shown: str, names: frozenset[str] = frozenset(),
          known: _TextWords | None = None, child: frozenset[str] = frozenset()) -> Retelling | None:
    """Why ``shown`` may tell ``withheld`` (``exposed`` left empty, locations unset), or None.
    ``known``: the words of the record's texts found so far (``names`` theirs); ``child``: the words of the
    child's names, a matter said of whom is not one said of a relative (``other_person``)."""
    known = known or _TextWords(names)
    words, other = known.content(withheld), known.content(shown)
    if (found := same_matter(words, other, withheld, shown, known)) and not other_person(withheld, shown, found[0],
                                                                                           names, child):
        written = next((word for word in _WORD.findall(shown) if _POSSESSIVE.sub("", word.casefold()) == found[1]),
                       found[1])  # or the phrase as written
        return Retelling((), (), [], found[0], written)
    held = known.held(withheld)
    if held and (pointing := POINTER.search(shown)):
        return Retelling((), (), [], next(iter(sorted(held))), pointer=pointing.group())
    if len(words) >= MIN_SHARED and retold(words, other):
        return Retelling((), (), [])
    if any(retold(part, other) for part in known.sentences(withheld)):
        return Retelling((), (), [], sentence=True)
    if phrase := shared_run(withheld, shown, names, known):
        return Retelling((), (), [], phrase=phrase)
    return None


def _in_order(text: str, names: frozenset[str]) -> list[tuple[str, frozenset[str], int, int]]:
    """The distinctive words of ``text`` in order, repeats kept, each with its lemmas and where it is
    (``content_words``)."""
    found = []
    for match in _WORD.finditer(text):
        word = match.group()
        name = word[:1].isupper()
        bare = _POSSESSIVE.sub("", word.casefold())
        if len(bare) < 3 or bare in STOP_WORDS or (name and bare in names):
            continue
        lemmas = _lemmas(bare)
        if not lemmas & STOP_WORDS:
            found.append((word, lemmas, match.start(), match.end()))
    return found


def shared_run(withheld: str, shown: str, names: frozenset[str] = frozenset(),
               known: _TextWords | None = None) -> str | None:
    """The shown text's words for a run of ``RUN`` distinctive words of the withheld item that it has in the
    same order, one after another (``RUN_WEIGHT``), or None."""
    known = known or _TextWords(names)
    held, other = known.in_order(withheld), known.in_order(shown)
    for i in range(len(held) - RUN + 1):
        run = held[i:i + RUN]
        if sum(weight(word.casefold()) for word, *_ in run) < RUN_WEIGHT:
            continue
        for j in range(len(other) - RUN + 1):
            if all(mine[1] & theirs[1] for mine, theirs in zip(run, other[j:j + RUN])):
                return shown[other[j][2]:other[j + RUN - 1][3]]  # "driving past the house"
    return None


def people_names(record: Record) -> frozenset[str]:
    """The words of every person's name the record gives (the child, the IRO, who came, who does an
    action, who is sent a copy, the carers unless a place): two items naming "Nina" and "Tess" say
    nothing alike. Counted only written with a capital (``content_words``)."""
    words = {word.casefold() for name in names_given(record) for word in _WORD.findall(name) if word[:1].isupper()}
    return frozenset(word for word in words if matter(_lemmas(word)) is None)  # "HMP Fenwold" sent a copy


def _withheld_texts(record: Record) -> list[tuple[tuple, str, frozenset]]:
    """(where, text, kept from) of each item and action withheld from someone."""
    withheld = [((section, i), item.text, frozenset(item.withhold_from))
                for section in ITEM_SECTIONS for i, item in enumerate(getattr(record, section)) if item.withhold_from]
    withheld += [(("actions", i, "what"), action.what, frozenset(action.withhold_from))
                 for i, action in enumerate(record.actions) if action.withhold_from]
    return withheld


def paraphrases(record: Record) -> Iterator[Retelling]:
    """Each shown text that may retell a withheld item; roles are those a copy goes to. Who does an
    action, a role and who is sent a copy are looked at for a sensitive matter alone ("Mo Khan
    (LADO)"): names and roles are no secret."""
    readers = {recipient.role for recipient in record.distribution}
    names = people_names(record)
    withheld = _withheld_texts(record)
    if not withheld:
        return
    shown = list(record.free_texts())
    shown += [(("distribution", i, "name"), recipient.name, frozenset(recipient.withhold_from))
              for i, recipient in enumerate(record.distribution)]
    known = _TextWords(names)
    child = frozenset(childs_names(record))
    for loc, text, kept_from in withheld:
        secret = Secret(text, "withheld item", loc, kept_from, strict=False)
        found_here = []
        for other, other_text, other_kept in shown:
            exposed = sorted((kept_from - other_kept) & readers, key=lambda role: role.value)
            if not exposed or other[:2] == loc[:2]:
                continue
            found = tells(text, other_text, names, known, child)
            if found is None or (found.matter is None and other[-1] in ("role", "who", "name")):
                continue
            if shows(other_text, secret):
                continue  # word for word: validate's error says so
            found_here.append(Retelling(other, loc, exposed, found.matter, found.word, found.sentence, found.phrase,
                                        found.pointer))
        for found in found_here:
            exposed = [role for role in found.exposed if not told_openly(found, role, found_here)]
            if exposed:
                yield replace(found, exposed=exposed)


def told_openly(found: Retelling, role: Role, others: list[Retelling]) -> bool:
    """Do two items or more that ``role`` reads (``others``: every text telling the same withheld item) say the
    matter ``found`` names, of the same person (``whose``)? Then the copy tells it openly, and the matter is
    not what the item keeps from them, but something beside it: "The coroner's inquest into Tiernan's mum's
    death", kept from Tiernan, whose copy tells him twice that his mum died, and who sees his bereavement
    counsellor every week (blind review 32, finding 6). One item alone may itself be the leak: it is warned,
    and a role or a contribution beside it stays an error, as before."""
    if found.matter is None or found.pointer is not None:
        return False
    return len({other.shown for other in others
                if other.shown[0] in WITHHOLDABLE_SECTIONS and other.shown[-1] != "who" and other.matter == found.matter
                and other.pointer is None and role in other.exposed}) >= 2


def invitation_paraphrases(record: Record) -> Iterator[Retelling]:
    """A planned review's: who is invited (name and role, as each invitation lists them) and the venue,
    read against the items still in the file from the last review (the only record of what a reader must
    not know yet), for a sensitive matter alone: "Wayne (dad, joining by video from HMP Leeds)" in the
    child's invitation, an item kept from the child saying dad is in prison."""
    from .withholding import attendees_kept_from

    readers = {recipient.role for recipient in record.distribution}
    names = people_names(record)
    withheld = _withheld_texts(record)
    child = frozenset(childs_names(record))
    shown = [(("review", "venue"), record.review.venue, None)]
    for i, person in enumerate(record.review.attendees):
        if not person.is_child:
            shown += [(("review", "attendees", i, "name"), person.name, i), (("review", "attendees", i, "role"),
                                                                           person.role, i)]
    known = _TextWords(names)
    for loc, text, kept_from in withheld:
        exposed_to = [role for role in sorted(kept_from & readers, key=lambda role: role.value)]
        for other, other_text, index in shown:
            exposed = [role for role in exposed_to if index is None or index not in attendees_kept_from(record, role)]
            found = tells(text, other_text, names, known, child) if exposed else None
            if found is not None and found.matter is not None and found.pointer is None:
                yield Retelling(other, loc, exposed, found.matter, found.word)
