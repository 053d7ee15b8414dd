"""Words a child of an age band is unlikely to know, judged by how common they are.

A word's familiarity is its Zipf frequency in `wordfreq`'s English data (the
log10 of its frequency per billion words: "the" is about 7.7, "house" 5.4,
"considerably" 4.0, "dysregulated" 1.6), taken for the word as written and
for its lemmas (lemminflect), so "visits" counts as common as "visit"; for a word judged
that lemminflect does not know, what a regular -s, -ed or -ing undone gives ("hoovering":
"hoover", "karting": "kart"), and for re- and a plain verb of one syllable that no norm
rates, the verb ("resit", "rewatch": done again; not "remit", whose stem is no verb), as for
one and an adverb written joined ("kickabout", "warmups": as "kick-about", "warm-ups").
wordfreq ships its data in the package, so this works offline (both are read through
`recordgen.support.lexicon`, a table derived from them once); it is British
and American alike ("mum", "maths", "colour").

The Dale-Chall familiar words (through textstat) were tried and not used:
the list has no inflections ("weeks", "settled" and "worried" are not in it),
is American and from the 1940s-90s ("mum", "maths", "centre", "online" are
"hard"; 27 of 39 everyday words of these records failed it), has one level
for all ages, and textstat needs NLTK's cmudict downloaded at run time to use
it, which cannot happen offline.

Rarity alone lets through the office words a child meets only in letters
about them ("arrangements" 4.3, "circumstances" 4.6, "attendance" 4.2): as
common in adult text as "garage" or "exams", but abstract. Words built with a
Latinate ending (-tion, -ment, -ity, -ance, -ive, -ated, -ially, -able, -ioned...;
not -ous, -al or a bare -ate, which end everyday words too: nervous, animal,
chocolate)
have a higher bar of their own, per band.

Rarity misses the abstract words adults use about a child but not to one
("exemplary" 3.4, "ambivalent" 3.0, "notwithstanding" 3.5: as common as
"jigsaw"). A word adults rate clearly abstract (below ABSTRACT on
Brysbaert et al.'s 1-5 concreteness scale, data/concreteness.tsv, made by
tools/build_concreteness.py, its source and terms beside it) has a bar halfway
from the band's to the office words', unless WordNet names it as a thing of a
child's world ("charades", "leisure" centre). Ratings were not used the other
way: the concrete verbs and adjectives rare in adult text are as often
"regurgitate" or "exfoliate" as "wriggle" or "fizzy".

The age a word is learned at (Kuperman et al. 2012's age-of-acquisition norms,
or the British Bird et al. 2001 and Bristol 2006 norms where earlier;
data/age_of_acquisition.tsv, made by tools/build_age_of_acquisition.py, source
and terms in AOA-SOURCE.txt) judges both ways, per band (settings'
known_word_age, late_word_age): a word learned by the band's age is familiar
("pantomime" for ages 8 to 11), unless an office word; a word learned late is
hard though common in adult text ("accompanied" for ages 5 to 7) up to the
office words' bar, and an abstract or office one as far as LATE_ALLOWANCE above
it ("appropriate", "progressing"), unless adults rate it a thing known through
the senses (CONCRETE: "bonfire", "clinic", which US raters put late) or it is a
word of a child's world as a noun (not used as a verb: "will monitor", "are
monitoring", though a monitor is a lizard). An abstract or office word learned more than halfway
from the band's known age to its late one has that late bar already ("consider" for ages 5 to 7,
"detrimental" for 12 to 15; not an affix on a word the band knows, "insecure", "provisional"), and
an abstract office word learned after the band's known age at all ("liability" at 16). A word learned EARLY_MARGIN years
before the band's known age is no office word for its ending ("detectives",
"experiments" to ages 8 to 11; not "substance", 9.5). A word's age is its lemma's, its American
spelling's or, for an adverb, its adjective's ("politely"). A word the norms
give no age (they rate the commonest words of speech, so it is one of writing:
"paramount", "pursuant") is held to a late word's bar when rated abstract. An adjective only, which the
ratings leave out, learned from reading and past halfway to the band's late age, names a quality: it is held to
an abstract word's bar ("arduous", 13.9, for young adults; "seamless" for ages 8 to 11). A verb or adjective of
formal writing, learned from reading (at READING_AGE or after) and built of a Latin prefix on a stem
that is no English word ("sufficient", "contingent", "eligible"; ``formal``), has an office word's
late bar for every band, though the older bands' known age is past it, and used as a verb though its
noun is a thing ("will implement", not the tool). So has a verb only (no noun or adjective), rated
abstract and learned from reading, however built ("escalate", "comply", "deemed"; one that is a noun too
when used as the verb: "will safeguard"; not re-, an English particle on a verb, "outdo", nor
"computing", the subject). Not
every word they leave out is one of writing ("underneath", "eighteen",
"o'clock"), so one not rated abstract is judged by frequency alone.

Frequency in adult text misjudges a few words every child in care hears
("carers", "nan", "sleepover", "advocate"): those are listed below, and a
council can add its own (``[language] familiar_words``); a plural or a verb's
ending counts as the word listed ("advocates", "facetimed"). The professionals a child is told they will meet
("solicitor", "psychologist", "paediatrician") are listed apart: familiar only to
a band older than the age the norms give (PROFESSIONALS). So are the words of a British child's school,
doctor's, table, games and year that the US norms put late or leave out ("brilliant", "nativity",
"detention", "revision", "payslip"): everyday from the band BRITISH_EVERYDAY gives each.

It misjudges the everyday things of a child's world too ("jigsaw" 3.2,
"hutch" 3.0, "sandcastle" 2.3: as rare in adult text as "dysregulated" is
common in reports). A word's familiarity is a child's where WordNet 3.0 says
what the word names (data/child_words.tsv, made by tools/build_child_words.py,
where the rules are; WordNet's licence is beside it):

* a noun of a child's world (animals, plants, food, natural things, toys,
  games, sport, clothes, vehicles, parks, fairs, zoos, farms, pets' cages:
  "hamster", "conker", "pebble", "trampoline", "hopscotch", "hutch") is
  familiar whatever its frequency;
* a noun whose first sense is a concrete thing ("spade", "lighthouse") has a
  bar THING_ALLOWANCE lower than the band's;
* a verb of moving made with -le ("wriggle", "waddle"), or of one syllable and
  learned before CHILD_VERB_AGE ("whizzed", "squishing"), has a thing's bar too;
* a word made of two everyday concrete nouns ("sand" + "castle", "rock" +
  "pool"), or of a verb of moving or touching and one ("dodge" + "ball"), or any
  word adults rate a thing made of two everyday words learned by EVERYDAY_AGE ("zoo" +
  "keeper"), is as familiar as its parts, and so is a concrete WordNet lemma
  written as one word ("nightlight" for "night-light") or as two ("walkie
  talkies"; ``in_open_compound``);
* an adjective a child makes with -y from an everyday word ("muddy", "woolly",
  "bouncy") is as familiar as that word, and its word is held to a thing's bar
  ("fizzy", "squeaky", "wobbly"); not a learned noun in -ary, -athy...
  ("exemplary", "empathy");
* a pet name with -ie ("blankie", "onesie", "baddies") is as familiar as its word,
  held to a thing's bar when that word is rated concrete ("slushie");
* a noun's plural ("woodlice"), the doing of a thing ("bouldering") and a
  word written with accents WordNet leaves off ("piñata") are the noun;
* a word of SCOWL's British English list made from an everyday word with -er,
  -ery or -ie ("stabilisers", "wormery", "nighties"; data/british_suffixed.tsv,
  made by tools/build_british_words.py, SCOWL's licence beside it) is as
  familiar as that word, unless that word is Latinate ("commissioner") or the
  word names a person ("abuser"). WordNet is American and from 2006, so it
  lacks these.

An office word with a plainer one (check._OFFICE: "professionals", "currently") is hard to the under-8s
(known_word_age under EVERYDAY_AGE) however common in adult text: they hear it only in adults' talk about them.

The adverbs of legal English, here-, there-, where- or hither- with a preposition ("hitherto",
"thereof", "whereby"), are office words: no norm rates most of them.

People are not in the list: the professionals a child meets ("paediatrician")
stay hard. Latinate office words ("medication") keep their own bar, unless
WordNet's first sense of the word is a thing ("decorations", "instruments"); so do the
long -ate verbs and adjectives ("facilitate", "proportionate": four vowel
groups before the -e), though not nouns ("certificate") nor the shorter
everyday ones ("chocolate", "celebrate").
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from functools import lru_cache, partial
from importlib import resources

from ..support import lexicon
from ..support.derived import cached_value, source_table
from .readability import syllables
from ..support import regexes

# Words children in care hear from the start, rarer in the adult text wordfreq counts.
CARE_WORDS = frozenset("""
carer carers foster fostering nan nana nanny grandad grandma granny gran auntie aunty sleepover sleepovers
bedtime bedtimes advocate counsellor counselling therapy tutor adviser advisor keyworker dentist optician
vet nursery playgroup childminder teddy hug hugs cuddle cuddles cuddly playdate babysitter
self-harm self-harming selfharm lego trampoline scooter swimming football netball youtube tiktok
xbox playstation minecraft roblox fortnite instagram snapchat whatsapp facetime texting
stepmum stepdad stepbrother stepsister stepsisters stepbrothers half-brother half-sister
homework playtime lunchtime teatime weekend weekends bedroom
mum mummy dad daddy mam
bursary vape vaping placement placements therapist therapists
wellies tummy cot potty nappy nappies buggy pram dummy playdough crayons
non-binary nonbinary
""".split())
#: ...and the professionals a child is told they will meet ('your solicitor'): known to older children however
#: rare in adult text, but hard to a band whose late_word_age the norms put them at or after ('psychologist'
#: 11.8 to ages 5 to 11), or, with no age given, PROFESSIONAL_AGE. Not 'therapist' (10.9), above: the examples
#: tell a 3-year-old that 'a speech therapist will play with you'.
PROFESSIONALS = frozenset("""
solicitor solicitors interpreter interpreters psychologist psychologists paediatrician paediatricians
midwife midwives
""".split())
#: ...and the words the record tells a child of their rights with ('an advocate is someone independent', 'an
#: independent visitor is a volunteer'): told them with what they mean from the middle band on, but hard to a band
#: whose known_word_age is under RIGHTS_WORD_AGE: the early and young bands, whose copy says 'a grown-up who is on
#: your side' (blind review 29).
RIGHTS_WORDS = frozenset("independent volunteer volunteers".split())
RIGHTS_WORD_AGE = 8.0
#: The rights themselves, named as DOMAIN.md's list of what the record must tell the child about names them: the
#: record's rights part says what one is to every band ('an independent visitor is a kind grown-up who comes to see
#: you'), so the words of the name are the name's, not hard words of their own; so is the chair's title, which
#: every copy explains in the band's words ('I am Helen, the Independent Reviewing Officer who chaired your review').
RIGHTS_NAMES = (("independent", "visitor"), ("independent", "visitors"), ("independent", "reviewing", "officer"))
#: ...and the words of a British child's school, doctor's, table, games and year that the US norms put late or leave
#: out, with the band (its known_word_age) from which each is everyday: British children say 'brilliant' for 'great'
#: from the start (US raters put it at 8.0), act in the nursery's or school's nativity (9.6) and go to the panto each
#: Christmas, open an advent calendar (10.4), ride the waltzers and the helter-skelter at the fair and a pedalo on
#: the boating lake (no norm rates them), have injections at the doctor's (10.7) and spag bol at home, swim in
#: the school's gala (14.1: a grand party to US raters) and hear football scores given as 'three nil' (12.3); a
#: secondary school gives detentions (10.2) and sets revision for its tests and mocks ('revise', 11.7: to change
#: a text to US raters); a 16-year-old's first job gives a payslip (no norm rates it) and a British teenager is
#: chuffed (12.6). A younger band judges each as any other word; a word's plural and a verb's endings count as
#: the word ('revising', 'detentions').
BRITISH_EVERYDAY = {
    "brilliant": 5.0, "nativity": 5.0, "panto": 5.0, "advent": 5.0,
    "waltzer": 5.0, "helter": 5.0, "skelter": 5.0, "pedalo": 5.0,
    "injection": 7.0, "spag": 7.0, "bol": 7.0, "bolognese": 7.0,
    "gala": 8.0, "nil": 8.0, "fajita": 8.0,
    "detention": 11.0, "revise": 11.0, "revision": 11.0, "chuffed": 11.0,
    "payslip": 12.0,
}
#: The age taken for a professional the norms leave out ('paediatrician'): as late as the latest they give
#: ('psychologist' 11.8), so hard up to ages 8 to 11.
PROFESSIONAL_AGE = 12.0

#: How much rarer than the band's bar a concrete thing ('spade', 'lighthouse') may be.
THING_ALLOWANCE = 1.0
#: A verb of moving of one syllable is a child's when learned before this age, from which the youngest bands'
#: late_word_age makes a word late ('whizz' 8.3, 'squish' 5.7; not 'lurch' 11.2, 'lapse' 11.7).
CHILD_VERB_AGE = 8.5
#: The concreteness rating (1-5, data/concreteness.tsv) below which a word is abstract. Not the scale's
#: middle (3): "parenting" (2.55) would be hard in examples/review-lily-3.yaml's "the parenting course".
ABSTRACT = 2.5
#: The rating from which a word is a thing known through the senses ('bonfire' 4.83, 'clinic' 4.24).
CONCRETE = 4.0
#: A word learned late (age_of_acquisition), abstract or an office word, is hard when rarer than the
#: band's office-word bar plus this ('progress' 4.78 for ages 5 to 7).
LATE_ALLOWANCE = 0.4
#: A word with a Latinate ending that the norms put this many years before the band's known_word_age is
#: no office word ('detectives', 6.6, 'experiments', 8.6, for ages 8 to 11; not 'substance', 9.5, nor
#: 'provision', 10.0). Two years (session 11) kept 'experiments' and 'expedition' (9.2, ages 12 to 15) hard.
EARLY_MARGIN = 1.0

_ZIPF_CACHE_SIZE = 1 << 16
_DERIVED = regexes.compile(
    r"(?:tions?|sions?|ments?|ity|ities|iety|ances?|ences?|ancy|ency|ives?|ively|ously|ally"
    r"|ated|ating|ately|isations?|izations?|ials?|ially|ory|ible|ibly|able|ably|ism|ists?|antly|ently|ioned|ioning)$")

# here-, there-, where-, hither- with a preposition: the adverbs of legal English ('hitherto', 'thereof').
_LEGAL_ADVERB = regexes.compile(r"(?:here|there|where|hither|thither|whither)"
                           r"(?:to|tofore|of|by|in|inafter|on|upon|after|fore|with|under|unto|from|at)")
_LONG_ATE = regexes.compile(r"ates?$")
_VOWELS = regexes.compile(r"[aeiouy]+")
_DIMINUTIVE = regexes.compile(r"(?<=[a-z]{3})(?<![aeiou])ies?$")
_LEARNED_Y = regexes.compile(r"(?:ary|ory|ery|athy|ity|acy|ancy|ency|logy|graphy|omy|esy|asy)$")

#: A Latin prefix on a stem that is no English word ('con-tingent', 'suf-ficient', 'im-plement', 'e-ligible'):
#: the build of the formal words of writing. Not re- ('revise', a British pupil's exams), nor a stem that is a
#: word with its endings taken off ('pro-vision-al', 'in-secure', 'super-natural'); e- only before one consonant
#: of those Latin puts after it ('e-vident', not 'e-thnic', 'e-ngage').
_PREFIXES = ("inter", "intro", "super", "contra", "trans", "con", "com", "col", "cor", "im", "in", "ad", "ac", "af",
             "ag", "ap", "as", "at", "ob", "ex", "sub", "suf", "sup", "sus", "de", "dis", "per", "pro", "pre")
_LATIN_E = regexes.compile(r"e[lmrvdj][aeiou]")
_LATIN_ENDINGS = regexes.compile(r"(?:ent|ant|ence|ance|ency|ancy|ive|ion|ions|al|ate|ory|ary|ible|able|ish|ous|ic|ical"
                            r"|ity|ism|ist|ed|ing|es|s|ly|e)$")
#: The age from which a word is learned from reading rather than speech (Kuperman et al.'s norms: most words
#: learned after it are of writing). A formal word learned at it or later is an office word to every band.
READING_AGE = 10.0


@lru_cache(maxsize=_ZIPF_CACHE_SIZE)
def zipf(word: str) -> float:
    """The Zipf frequency of a word or, when higher, of one of its lemmas."""
    plain = word.lower().replace("’", "'")
    plain = re.sub(r"'(?:s|d|ll|re|ve|m)$|n't$|'$", "", plain)
    if not plain:
        return 8.0
    candidates = {plain}
    if plain.startswith("un") and len(plain) > 5:
        candidates.add(plain[2:])  # 'unsafe' is as plain as 'safe'
    # British spellings are rarer in wordfreq's mostly American-spelled text.
    candidates.add(re.sub(r"is(e|es|ed|ing|ation|ations)$", r"iz\1", plain))
    candidates.add(re.sub(r"tis(e|es|ed|ing)$", r"tic\1", plain))  # practise -> practice
    candidates.add(re.sub(r"our(s|ed|ing|ful)?$", r"or\1", plain))  # colour -> color
    candidates.add(re.sub(r"ence(s)?$", r"ense\1", plain))  # licence -> license
    for lemmas in lexicon.lemmas(plain).values():
        candidates.update(lemmas)
    return max(lexicon.zipf(candidate, "en") for candidate in candidates)


def _unlisted_stems(word: str) -> set[str]:
    """For a word lemminflect does not know, what a regular -s, -ed or -ing undone gives ('hoovering':
    'hoover', 'karting': 'kart'), and the plain verb of re-, over-, out- or under- and one ('resit': 'sit',
    'overthinking': 'think') or of one and an adverb
    written joined ('kickabout', 'warmups': as 'kick-about', 'warm-ups'). Only for the word judged: a piece
    of one ('sions' of 'pensions') is no word to undo."""
    if len(word) <= 4 or lexicon.lemmas(word):
        return set()
    stems = _verb_lemmas(word) | {pattern.sub(repl, word) for pattern, repl in _PLURAL}
    if age_of_acquisition(word) is None:  # no norm rates it: not 'handover' (10.9), 'remit' (11.5)
        # 'resit', 'overthinking', 'outrun': a plain verb done again, too much, better than someone
        for prefix in ("re", "over", "out", "under"):
            if word.startswith(prefix):
                stems |= {stem for stem in _verb_lemmas(word[len(prefix):]) if _plain_verb(stem)}
        joined = _JOINED_PARTICLE.fullmatch(word)
        if joined and _plain_verb(joined.group(1)):
            stems.add(joined.group(1))
    return stems


#: A verb is plain enough for re- to mean only 'again', or to make a noun with an adverb, when of one syllable,
#: common (EVERYDAY) and learned by this age ('sit' 3.5, 'watch' 3.8, 'kick' 4.1).
PLAIN_VERB_AGE = 6.0
_JOINED_PARTICLE = regexes.compile(r"([a-z]{2,5}?)(?:about|around|round|along|away|back|down|off|out|over|up)s?")


def _plain_verb(word: str) -> bool:
    """A verb of one syllable, common and learned early ('sit', 'kick'; not 'mit' of 'remit', no verb)."""
    return (bool(lexicon.lemmas(word, upos="VERB")) and syllables(word) == 1
            and (age_of_acquisition(word) or 0.0) <= PLAIN_VERB_AGE and lexicon.zipf(word, "en") >= EVERYDAY)


def _data(name: str):
    return resources.files(__package__).joinpath("data", name)


#: The word lists (data/), asked a word at a time of one table in the cache folder: a record asks a
#: few hundred words, and reading the lists whole costs a command 20 ms. A process that has asked
#: this many (a batch, `check` of a folder) reads them whole, as does one without the table.
ASKED_WHOLE = 3000
_LISTS = ("child_words.tsv", "british_suffixed.tsv", "concreteness.tsv", "age_of_acquisition.tsv")
_asked = 0


@lru_cache(maxsize=1)
def _lists_table():
    return source_table("word-lists", tuple(_data(name) for name in _LISTS), _lists_rows)


def _lists_rows() -> tuple[list[tuple[str, object]], dict]:
    rows: list[tuple[str, object]] = [(f"{kind}:{word}", 1) for kind, words in _read_child_words().items()
                                      for word in words]
    rows += [(f"suffixed:{word}", "\t".join(stems)) for word, stems in _read_suffixed().items()]
    rows += [(f"concreteness:{word}", rating) for word, rating in _read_ratings("concreteness.tsv").items()]
    rows += [(f"age:{word}", age) for word, age in _read_ratings("age_of_acquisition.tsv").items()]
    return rows, {}


@lru_cache(maxsize=_ZIPF_CACHE_SIZE)
def _listed(name: str, word: str) -> object:
    """What a list says of a word, None when the word is not in it: a child words' kind ('thing') says
    True, 'suffixed' the stems, 'concreteness' and 'age' the rating."""
    global _asked
    table = _lists_table() if _asked < ASKED_WHOLE else None
    if table is not None:
        _asked += 1
        try:
            found = table.get(f"{name}:{word}")
        except sqlite3.Error:  # damaged since opened: the lists whole from now on
            found = table = None
            _asked = ASKED_WHOLE
    if table is not None:
        if name == "suffixed":
            return tuple(found.split("\t")) if found else None
        return True if found == 1 and name not in ("concreteness", "age") else found
    if name == "suffixed":
        return _suffixed().get(word)
    if name == "concreteness":
        return _ratings().get(word)
    if name == "age":
        return _ages().get(word)
    return True if word in _child_words()[name] else None


def _any_listed(kind: str, words) -> bool:
    """Whether any of the words is in the child words' list ``kind``."""
    return any(_listed(kind, word) for word in words)


@lru_cache(maxsize=1)
def _child_words() -> dict[str, frozenset[str]]:
    """kind -> words, from data/child_words.tsv (see the module's docstring)."""
    return cached_value("child-words", (_data("child_words.tsv"),), _read_child_words)


def _read_child_words() -> dict[str, frozenset[str]]:
    kinds: dict[str, set[str]] = {}
    text = _data("child_words.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            kind, word = line.split("\t")
            kinds.setdefault(kind, set()).add(word)
    kinds["whole"] = kinds["child"] | kinds["joined"]  # a thing named by the word itself
    return {kind: frozenset(words) for kind, words in kinds.items()}


@lru_cache(maxsize=1)
def _suffixed() -> dict[str, tuple[str, ...]]:
    """word -> the everyday words it is made from with -er, -ery or -ie (data/british_suffixed.tsv)."""
    return cached_value("british-suffixed", (_data("british_suffixed.tsv"),), _read_suffixed)


def _read_suffixed() -> dict[str, tuple[str, ...]]:
    stems: dict[str, tuple[str, ...]] = {}
    text = _data("british_suffixed.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            word, stem = line.split("\t")
            stems[word] = stems.get(word, ()) + (stem,)
    return stems


_PLURAL = ((regexes.compile(r"ies$"), "y"), (regexes.compile(r"(s|x|z|ch|sh)es$"), r"\1"), (regexes.compile(r"([^s])s$"), r"\1"),
           (regexes.compile(r"([lm])ice$"), r"\1ouse"), (regexes.compile(r"eese$"), "oose"), (regexes.compile(r"eeth$"), "ooth"))


@lru_cache(maxsize=_ZIPF_CACHE_SIZE)
def _noun_forms(word: str) -> frozenset[str]:
    """The word, its singular and its American spelling ('pyjamas' -> 'pyjama', 'stabilisers' -> 'stabilizer')."""
    forms = {word, re.sub(r"is(e|es|ed|er|ers|ing)$", r"iz\1", word), re.sub(r"our(s)?$", r"or\1", word)}
    for form in list(forms):
        for lemmas in lexicon.lemmas(form, upos="NOUN").values():
            forms.update(lemmas)
        forms.update(pattern.sub(repl, form) for pattern, repl in _PLURAL)
        if form.endswith("ing"):  # 'sledging', 'crabbing': doing the thing
            for lemmas in lexicon.lemmas(form, upos="VERB").values():
                forms.update(lemmas)
            if len(form) > 7:  # 'bouldering', 'trampolining': a verb made of the thing, not in lemminflect
                forms.update((form[:-3], form[:-3] + "e"))
    return frozenset(forms)


@lru_cache(maxsize=1)
def _ratings() -> dict[str, float]:
    """word -> concreteness, 1 (abstract) to 5 (a thing), from data/concreteness.tsv."""
    return cached_value("concreteness", (_data("concreteness.tsv"),), lambda: _read_ratings("concreteness.tsv"))


def _read_ratings(name: str) -> dict[str, float]:
    text = _data(name).read_text(encoding="utf-8")
    return {word: float(rating) for word, rating in
            (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))}


def concreteness(word: str) -> float | None:
    """How concrete adults rate the word or its lemma ('exemplary' 1.64), or, for a word lemminflect does not know,
    its stem with a regular ending undone when rated abstract ('marginalised'); None if the table leaves it out."""
    own = _listed("concreteness", word)
    if own is not None:
        return own
    forms = set(_noun_forms(word)) | _bases(word)  # 'progressing' -> 'progress', 'metres' -> 'meter'
    found = next((rating for rating in map(partial(_listed, "concreteness"), sorted(forms)) if rating is not None), None)
    if found is None and not lexicon.lemmas(word):
        # Unknown to lemminflect: its -ed, -ing undone ('marginalised' -> 'marginalise'), when that rating is abstract;
        # a thing's rating is not a verb's made of it ('nuked', 'couriered', 'nightclubbing').
        stems = sorted({base for stem in _verb_lemmas(word) for base in _bases(stem)} - forms)
        found = next((rating for rating in map(partial(_listed, "concreteness"), stems)
                      if rating is not None and rating < ABSTRACT), None)
    return found


@lru_cache(maxsize=1)
def _ages() -> dict[str, float]:
    """word -> the age (years) it is learned at, from data/age_of_acquisition.tsv."""
    return cached_value("age-of-acquisition", (_data("age_of_acquisition.tsv"),),
                        lambda: _read_ratings("age_of_acquisition.tsv"))


@lru_cache(maxsize=_ZIPF_CACHE_SIZE)
def age_of_acquisition(word: str) -> float | None:
    """The age a word is learned at ('hamster' 4.4, 'appropriate' 9.2), or the earliest of its
    lemmas, its American spelling's ('colour') and, for an adverb, its adjective's ('gently');
    None if the norms leave it out."""
    own = _listed("age", word)
    if own is not None:
        return own
    found = [age for age in map(partial(_listed, "age"), _bases(word)) if age is not None]
    return min(found) if found else None


_ADVERB = ((regexes.compile(r"ily$"), "y"), (regexes.compile(r"uly$"), "ue"), (regexes.compile(r"([ai])bly$"), r"\1ble"),
           (regexes.compile(r"(?<=[^aeiou])([tbpdgkc])ly$"), r"\1le"), (regexes.compile(r"ly$"), ""))


@lru_cache(maxsize=_ZIPF_CACHE_SIZE)
def _bases(word: str) -> frozenset[str]:
    """The word, its lemmas, its American spelling and, for an adverb in -ly, its adjective
    ('happily' -> 'happy', 'gently' -> 'gentle', 'significantly' -> 'significant')."""
    forms = {word, re.sub(r"is(e|es|ed|ing|ation|ations)$", r"iz\1", word),
             re.sub(r"our(s|ed|ing|ful|ites?)?$", r"or\1", word), re.sub(r"tre(s)?$", r"ter\1", word),
             re.sub(r"tis(e|es|ed|ing)$", r"tic\1", word)}
    if word.endswith("ly") and len(word) > 4:
        forms.update(pattern.sub(repl, word) for pattern, repl in _ADVERB)
    for form in list(forms):
        forms.update(lemma for lemmas in lexicon.lemmas(form).values() for lemma in lemmas)
    return frozenset(forms)


def unrated(word: str, common: float) -> bool:
    """Neither learned at an age the norms give nor as common as `common`, in any of its forms:
    a word of writing, not of the speech the norms' words were drawn from ('paramount', 'pursuant')."""
    return age_of_acquisition(word) is None and all(zipf(base) < common for base in _bases(word))


#: How common a stem must be to be an English word of its own ('vision' of 'provisional', 'secure' of 'insecure').
STEM_WORD_ZIPF = 3.5


#: The negative prefixes ('in-sufficient', 'un-reasonable', 'non-compliant').
_NEGATIVE = regexes.compile(r"(?:un|in|im|il|ir|non)(?=[a-z]{5})")


@lru_cache(maxsize=_ZIPF_CACHE_SIZE)
def formal(word: str, verb: bool = False) -> bool:
    """A verb or adjective of formal writing: learned from reading (READING_AGE or later), not rated concrete,
    of three vowel groups or more, and built of a Latin prefix on a stem that is no English word ('contingent',
    'sufficient', 'eligible', 'implement'; not 'insecure', 'provisional', 'confident', learned at 9.6, 'revise',
    nor 'commonplace', which starts with an everyday word). Or, however built, a verb only, rated abstract
    ('escalate', 'deemed'; _abstract_verb), or one that is a noun too used as a `verb` ('will help safeguard').
    And a negative prefix on such a word, learned from reading too ('in-sufficient', 'in-eligible')."""
    learned = age_of_acquisition(word)
    rating = concreteness(word)
    if learned is None or learned < READING_AGE or (rating is not None and rating >= ABSTRACT):
        return False
    negative = _NEGATIVE.match(word)
    if negative and formal(word[negative.end():], verb):
        return True
    parts_of_speech = set(lexicon.lemmas(word))
    if not {"VERB", "ADJ"} & parts_of_speech:
        return False  # a thing or a state named ('apprenticeship'), not what is done or said of it
    if ((parts_of_speech == {"VERB"} or (verb and "VERB" in parts_of_speech)) and rating is not None
            and _abstract_verb(word)):
        return True  # 'escalate', 'comply', 'deemed', 'pertaining', and 'will help safeguard': however built
    # The lemma ('deem' of 'deemed'); of two as short, the commoner ('comprise', not 'comprize'), then the first
    # alphabetically: a set's order changes with Python's hash seed.
    base = min(_bases(word), key=lambda form: (len(form), -lexicon.zipf(form, "en"), form))
    prefix = next((p for p in _PREFIXES if base.startswith(p)), None) or (base[:1] if _LATIN_E.match(base) else None)
    if prefix is None or len(_VOWELS.findall(base)) < 3:
        return False
    if any(lexicon.zipf(base[:cut], "en") >= EVERYDAY for cut in range(max(4, len(prefix) + 2), len(base) - 1)):
        return False  # 'common' + 'place', 'condition' + 'al': an everyday word begins it
    rest, forms = base[len(prefix):], set()
    if len(_LATIN_ENDINGS.sub("", rest)) < 3:
        return False  # an ending on almost nothing: 'at-omic', 'con-ical', 'ex-otic'
    while rest and rest not in forms:  # 'tingent', 'ting': each ending taken off in turn
        forms.add(rest)
        rest = _LATIN_ENDINGS.sub("", rest)
    return all(lexicon.zipf(form, "en") < STEM_WORD_ZIPF and lexicon.zipf(form + "e", "en") < STEM_WORD_ZIPF
               for form in forms if len(form) >= 3)


#: An English particle on a verb ('outdo', 'overplayed', 'misread', 'foretold'): English word-making, not the
#: Latinate verbs of official writing.
_ENGLISH_PARTICLE = regexes.compile(r"(?:out|over|under|mis|be|fore|with|up|down)(?=[a-z]{3})")


#: Affixes that leave a word's meaning whole: 'in-secure', 'un-fair', 'provision-al', 'rough-ly'.
_WHOLE_PREFIX = regexes.compile(r"(?:un|in|im|il|ir|dis|non|mis)(?=[a-z]{4})")
_WHOLE_SUFFIX = regexes.compile(r"(?<=[a-z]{4})(?:al|ly)$")


def _affixed_word(word: str) -> set[str]:
    """The everyday word (EVERYDAY) a negative prefix or -al, -ly is put on ('secure' of 'insecure',
    'provision' of 'provisional'), if any."""
    found = {pattern.sub("", word, count=1) for pattern in (_WHOLE_PREFIX, _WHOLE_SUFFIX)} - {word}
    return {form for form in found if lexicon.zipf(form, "en") >= EVERYDAY}


def _abstract_verb(word: str) -> bool:
    """A verb only (lemminflect knows it as nothing else), rated abstract and learned from reading: a verb of
    official writing ('escalate', 'comply', 'deemed'). Not re- ('revise', a British pupil's exams), not an
    English particle on a verb ('outdo', 'misread'), nor an -ing word the norms rate as a word of its own,
    a noun ('computing', the subject)."""
    if word.startswith("re") or _ENGLISH_PARTICLE.match(word):
        return False
    return not (word.endswith("ing") and _listed("age", word) is not None)


def child_knows(word: str, threshold: float) -> bool:
    """A word of a child's world, though rare in adult text ('hutch', 'sandcastle'); see the docstring."""
    forms = _noun_forms(word)
    # Not a learned adjective for a rare noun sense WordNet gives it ('dietary needs': a food allowance).
    adjective = bool(_LEARNED_Y.search(word)) and "ADJ" in lexicon.lemmas(word)
    if _any_listed("whole", forms) and not adjective:
        return True
    if _any_listed("thing", forms) and zipf(word) >= threshold - THING_ALLOWANCE:
        return True
    if _child_verb(word) and max(zipf(lemma) for lemma in _verb_lemmas(word)) >= threshold - THING_ALLOWANCE:
        return True  # 'wriggle', 'whizz', 'squish': how a child moves and plays, though adults rarely write it
    if len(word) > 4 and word.endswith("y"):  # 'muddy', 'woolly', 'bouncy': a child's own word-making
        stem = word[:-1]
        stems = {stem, stem + "e"} | ({stem[:-1]} if len(stem) > 3 and stem[-1] == stem[-2] else set())
        # The stem is a thing or a sound ('fizz', 'squeak', 'wobble'), so held to a thing's bar; not
        # a learned noun in -ary, -ory, -athy... ('exemplary', 'empathy').
        bar = threshold if _LEARNED_Y.search(word) else threshold - THING_ALLOWANCE
        if any(zipf(s) >= bar and not is_derived(s) for s in stems if len(s) > 2):
            return True
    if _DIMINUTIVE.search(word):  # 'blankie', 'onesie', 'baddies': a child's pet name for an everyday word
        stem = _DIMINUTIVE.sub("", word)
        stems = {stem} | ({stem[:-1]} if stem[-1] == stem[-2] else set())
        # Of an everyday word, or of a thing: rated concrete, to a thing's bar ('slushie' of 'slush', 4.04;
        # not 'scabies', no plural of a 'scabie').
        thing = word.endswith("e") or lexicon.zipf(word[:-1], "en") > 0
        if any(zipf(s) >= (threshold - THING_ALLOWANCE if thing and (concreteness(s) or ABSTRACT) >= CONCRETE
                           else threshold) and not is_derived(s) for s in stems):
            return True
    if any(zipf(stem) >= threshold and not is_derived(stem) for stem in _listed("suffixed", word) or ()):
        return True  # 'stabilisers', 'wormery': named after an everyday word
    for cut in range(3, len(word) - 2):  # 'sand' + 'castle', 'lunch' + 'box', 'dodge' + 'ball'
        first, head = word[:cut], word[cut:]
        heads = {form for form in _noun_forms(head) if len(form) > 2}  # not 'our' -> 'or', 'ers' -> 'er'
        if (any(_listed(kind, first) for kind in ("part", "moving", "touching")) and _any_listed("head", heads)
                and zipf(first) >= threshold and zipf(head) >= threshold):
            return True
    if (concreteness(word) or 0.0) >= CONCRETE and any(
            all(lexicon.zipf(part, "en") >= EVERYDAY and (age_of_acquisition(part) or EVERYDAY_AGE + 1) <= EVERYDAY_AGE
                for part in (word[:cut], word[cut:])) for cut in range(3, len(word) - 2)):
        return True  # 'zoo' + 'keeper', rated a thing: two everyday words a child knows, joined
    return False


def _verb_lemmas(word: str) -> set[str]:
    """The word and its lemmas as a verb; where lemminflect knows none ('squishing'), what a regular
    ending undone gives ('squish', 'squishe')."""
    lemmas = {lemma for found in lexicon.lemmas(word, upos="VERB").values() for lemma in found}
    if not lemmas:
        for ending in ("ing", "ed"):
            stem = word[: -len(ending)]
            if word.endswith(ending) and len(stem) > 2:
                lemmas |= {stem, stem + "e"} | ({stem[:-1]} if stem[-1] == stem[-2] else set())
    return {word} | lemmas


def _child_verb(word: str) -> bool:
    """A verb of moving made with -le ('wriggle', 'wobbling', 'waddles'), or one of moving or touching of
    one syllable learned before CHILD_VERB_AGE ('whizzed', 'squishing'); not 'abscond', nor a touch made with -le
    ('fondle')."""
    return any((lemma.endswith("le") and _listed("moving", lemma))
               or (syllables(lemma) == 1 and _listed("moving", lemma)
                   and (age_of_acquisition(lemma) or CHILD_VERB_AGE) < CHILD_VERB_AGE)
               for lemma in _verb_lemmas(word))


def unlisted_word(word: str) -> bool:
    """A word no English list knows anything of: lemminflect gives it no lemma, the norms no age and no rating, and it
    has no Latinate ending ('pierogi', 'jollof', 'injera'; not 'dysregulation'). After 'your' or 'loves' it is the
    name of a thing, often of the family's own language and kitchen, not an English word the child may not know."""
    plain = word.lower().replace("’", "'")
    plain = re.sub(r"'s$", "", plain)
    return (plain.isalpha() and not lexicon.lemmas(plain) and age_of_acquisition(plain) is None
            and concreteness(plain) is None and not is_derived(plain)
            and not any(lexicon.lemmas(stem) for stem in _unlisted_stems(plain))
            and not _LEGAL_ADVERB.fullmatch(plain))


def names_a_concrete_thing(word: str) -> bool:
    """A noun whose first sense is a concrete thing ('decorations', 'instruments'), not one that is
    one only in some sense ('patience', the card game)."""
    return _any_listed("thing", _noun_forms(word.lower()))


def names_a_thing(word: str) -> bool:
    """A concrete thing or animal ('cat', 'pony', 'pebbles'): what a 'her' or 'them' after it may be."""
    forms = _noun_forms(word.lower())
    return _any_listed("thing", forms) or _any_listed("part", forms)


def in_rights_name(words: list[str], position: int) -> bool:
    """Whether words[position] is a word of a right's name ('independent' of 'an independent visitor')."""
    lowered = [w.lower() for w in words]
    return any(lowered[start:start + len(name)] == list(name)
               for name in RIGHTS_NAMES for start in range(position - len(name) + 1, position + 1) if start >= 0)


def in_open_compound(words: list[str], position: int) -> bool:
    """Whether words[position] is half of a thing of a child's world written as two words ('walkie talkies')."""
    here = words[position].lower()
    pairs = ([words[position - 1].lower() + here] if position > 0 else []) + \
            ([here + words[position + 1].lower()] if position + 1 < len(words) else [])
    return any(_any_listed("whole", _noun_forms(joined)) for joined in pairs)


def is_derived(word: str) -> bool:
    """A long word with a Latinate ending: 'arrangements', 'appropriately', 'attendance'.
    Not a plain word with -ed or -ing that only looks like one ('floated', 'boating', 'skated')."""
    word = word.lower()
    if (_LONG_ATE.search(word) and len(_VOWELS.findall(word[:-1])) >= 4
            and "NOUN" not in lexicon.lemmas(word)):
        return True  # 'proportionate', 'facilitate': long -ate verbs and adjectives; not 'celebrate', 'certificate'
    if len(word) <= 6 or not _DERIVED.search(word):
        return False
    if word.endswith("ly") and any(zipf(base) >= 3.0 and not is_derived(base)
                                   for base in {pattern.sub(repl, word) for pattern, repl in _ADVERB} - {word}):
        return False  # 'nervously', 'patiently': as plain as 'nervous' and 'patient'
    if _two_words(word, _DERIVED.search(word).start()):
        return False  # 'playlists', 'checklist': the ending is an everyday word's, not a Latinate suffix
    if re.search(r"ion(?:ed|ing)$", word) and names_a_concrete_thing(re.sub(r"(?:ed|ing)$", "", word)):
        return False  # 'cushioned': made from a thing; not 'commissioned', 'sanctioned', from an office noun
    for ending in ("ated", "ating"):
        if word.endswith(ending):
            stem = word[: -len(ending) + 2]  # 'floated' -> 'float', 'skating' -> 'skat'
            if zipf(stem) >= 3.5 or len(stem) + 1 <= 5:  # 'float'; 'skate', 'plate', 'crate'
                return False
    return True


#: How common (Zipf) each of two words must be, and by what age learned, for a word made of them to be
#: no Latinate word ('play' 5.6, 'list' 5.3; not 'mate' + 'rial', 'mate' being learned at 8.3).
EVERYDAY, EVERYDAY_AGE = 4.0, 8.0


def _two_words(word: str, suffix: int) -> bool:
    """Whether the word is two everyday words, the first of 4 letters or more, the second of 4 or 5 and
    holding more than the Latinate ending that starts at `suffix` ('play' + 'lists'; not 'addition' +
    'ally', whose 'ally' is all ending, nor 'sub' + 'stance'), and is not rated abstract ('scar' +
    'city' is 'scarcity')."""
    for cut in range(4, suffix):
        first, head = word[:cut], word[cut:]
        if (4 <= len(head.removesuffix("s")) <= 5 and all(zipf(part) >= EVERYDAY and
                                                           (age_of_acquisition(part) or 0.0) <= EVERYDAY_AGE
                                                           for part in (first, head))
                and (concreteness(word) or ABSTRACT) >= ABSTRACT):
            return True
    return False


@lru_cache(maxsize=32)
def _office_verbs(office: frozenset[str]) -> frozenset[str]:
    """The verbs of the office words listed in one form ('demonstrate' of 'demonstrated', 'implement' of
    'implemented'): each of their forms is an office word too ('needs to demonstrate'), unless it names a
    thing and is not used as a verb ('a garden implement')."""
    return frozenset(lemma for word in office for found in lexicon.lemmas(word, upos="VERB").values()
                     for lemma in found)


@lru_cache(maxsize=_ZIPF_CACHE_SIZE)
def is_hard(word: str, threshold: float, familiar: frozenset[str] = frozenset(),
            derived_threshold: float | None = None, office: frozenset[str] = frozenset(),
            ages: tuple[float, float] | None = None, verb: bool = False) -> bool:
    """Whether a child of the band (whose thresholds these are) is unlikely to know the word.

    `office` words (those with a known plainer word: 'wellbeing', 'appropriate')
    have the higher bar of derived words. A `verb` (the word after 'to' or 'will': 'to implement')
    is not the thing its noun names, so its Latinate ending makes an office word.
    """
    plain = word.lower().replace("’", "'")
    plain = re.sub(r"'s$", "", plain)
    if plain in CARE_WORDS or plain in familiar:
        return False
    if plain in PROFESSIONALS:
        return ages is not None and (age_of_acquisition(plain) or PROFESSIONAL_AGE) >= ages[1]
    if plain in RIGHTS_WORDS:
        return ages is not None and ages[0] < RIGHTS_WORD_AGE
    if plain in office and ages is not None and ages[0] < EVERYDAY_AGE:
        # An office word with a plainer one ('professionals': the people who help you; 'currently': now) is heard
        # by the under-8s only in adults' talk about them, however common in adult text.
        return True
    forms = _noun_forms(plain) | _verb_lemmas(plain)
    if forms & (CARE_WORDS | familiar):
        return False  # 'advocates', 'therapies', 'facetimed': as the word listed
    if ages is not None and any(ages[0] >= BRITISH_EVERYDAY.get(form, ages[0] + 1) for form in forms):
        return False  # 'detention', 'revising' to a secondary pupil: everyday in a British school
    unaccented = "".join(c for c in unicodedata.normalize("NFKD", plain) if not unicodedata.combining(c))
    if unaccented != plain and unaccented.isascii() and child_knows(unaccented, threshold):
        return False  # 'piñata': WordNet writes it 'pinata'
    if "-" in plain:  # 'self-harm', 'grown-ups': hard when a part is
        return any(is_hard(part, threshold, familiar, derived_threshold, office, ages)
                   for part in plain.split("-") if part)
    frequency = max([zipf(plain)] + [zipf(stem) for stem in _unlisted_stems(plain)])
    # A thing is no office word for its ending: 'decorations', 'instruments' (not 'medication': a drug).
    office_word = (((is_derived(plain) or bool(_verb_lemmas(plain) & _office_verbs(office)))
                    and (verb or not names_a_concrete_thing(plain)))
                   or plain in office or bool(_LEGAL_ADVERB.fullmatch(plain)) or _unrated_agent(plain))
    if ages is not None and derived_threshold is not None:
        known_by, late_from = ages
        learned = age_of_acquisition(plain)
        if learned is not None:
            rating = concreteness(plain) or ABSTRACT
            # An abstract or office word as far as LATE_ALLOWANCE above the office words' bar; any
            # other word up to that bar ('app', 'image': common, and rated late for being new or adult).
            bar = derived_threshold + (LATE_ALLOWANCE if office_word or rating < ABSTRACT else 0.0)
            if (learned >= late_from and frequency < bar and (office_word or rating < CONCRETE)
                    and (verb or not child_knows(plain, threshold))):
                # 'accompanied' for ages 5 to 7; not 'bonfire', a thing US raters put late. A verb is not
                # the thing its noun names: 'will monitor' (not the lizard), 'are monitoring'.
                return True
            if (formal(plain, verb) and frequency < derived_threshold + LATE_ALLOWANCE
                    and (verb or not child_knows(plain, threshold))):
                # 'sufficient', 'contingent' to a young adult: learned from reading, though by 12; 'will
                # implement' is the formal verb, not the tool its noun names.
                return True
            after = ((office_word and rating < ABSTRACT and learned > known_by)
                     or (learned >= (known_by + late_from) / 2 and (office_word or rating < ABSTRACT)))
            if (learned >= max(READING_AGE, (known_by + late_from) / 2) and concreteness(plain) is None
                    and set(lexicon.lemmas(plain)) == {"ADJ"} and frequency < (threshold + derived_threshold) / 2
                    and not child_knows(plain, threshold)):
                # An adjective only, learned from reading and past halfway to the band's late age, that the ratings
                # leave out ('arduous': they rate mostly things and doings) names a quality: an abstract word's bar.
                return True
            if (after and frequency < derived_threshold + LATE_ALLOWANCE and (verb or not child_knows(plain, threshold))
                    and not any(not is_hard(word_, threshold, familiar, derived_threshold, office, ages)
                                for word_ in _affixed_word(plain))):
                # An abstract or office word learned more than halfway to the band's late age has the late bar
                # too: 'consider' (8.0), 'reduced' (8.4) for ages 5 to 7; 'detrimental' (12.2) for 12 to 15; and
                # an abstract office word learned after the band's known age at all ('liability', 12.9, at 16).
                # Not an affix on a word the band knows ('in-secure', 'provision-al').
                return True
            if learned <= known_by and not office_word:
                return False
            if (learned <= known_by - EARLY_MARGIN and plain not in office
                    and (learned < READING_AGE or rating >= ABSTRACT)):
                # Learned well before: the norms over the ending ('detectives' to an 8-year-old); not an abstract
                # word learned from reading ('reconciliation', 10.8, to a 16-year-old; 'revision' is unrated).
                return False
        elif ((concreteness(plain) or ABSTRACT) < ABSTRACT and frequency < derived_threshold + LATE_ALLOWANCE
              and unrated(plain, derived_threshold + LATE_ALLOWANCE) and not child_knows(plain, threshold)):
            return True  # abstract, and no age given: as a word learned late ('paramount', 'pursuant')
    if derived_threshold is not None and not office_word:
        # An abstract word ('exemplary', 'ambivalent') is met in adults' talk about a child, not in
        # the child's own: its bar is halfway from the band's to the office words'.
        rating = concreteness(plain)
        if (rating is not None and rating < ABSTRACT and frequency < (threshold + derived_threshold) / 2
                and not child_knows(plain, threshold)):  # 'charades', 'leisure centre': a game, a place
            return True
    if frequency < threshold:
        return office_word or not child_knows(plain, threshold)
    return derived_threshold is not None and frequency < derived_threshold and office_word


def _unrated_agent(word: str) -> bool:
    """A noun no norm rates, a verb with -ant: who or what does it in the law's, the benefits' or a science's words
    ('claimant', 'determinant'), an office word; speech has its own ('assistant', 'servant': rated)."""
    singular = word[:-1] if word.endswith("ants") else word
    if not singular.endswith("ant") or len(singular) < 7 or age_of_acquisition(singular) is not None:
        return False
    stem = singular[:-3]
    return "NOUN" in lexicon.lemmas(singular) and any("VERB" in lexicon.lemmas(form) for form in (stem, stem + "e"))


#: The band's known age under which a child does not yet read: an initialism ('MRI', 'GP') is letters said one
#: by one, meaning nothing to them unless as common as an everyday word ('TV', 'OK').
LETTERS_AGE = 6.0


def unknown_initialism(word: str, known_by: float | None) -> bool:
    """Whether `word`, written in capitals, is an initialism ('MRI', 'GP', 'CV') that a band whose known age is
    under LETTERS_AGE (the under-5s) cannot know: no word lemminflect knows or the norms rate ('WOW', 'HOORAY'), rarer than an everyday word
    (EVERYDAY: not 'TV', 'OK'). Older children are told what one stands for only when it is a system word
    (the glossary's 'PEP', 'CAMHS'): 'PE', 'GCSEs' and 'FIFA' are theirs."""
    plain = re.sub(r"['’]?s$", "", word)
    if known_by is None or known_by >= LETTERS_AGE or not (2 <= len(plain) <= 5 and plain.isalpha() and plain.isupper()):
        return False
    lower = plain.lower()
    return not lexicon.lemmas(lower) and age_of_acquisition(lower) is None and lexicon.zipf(lower, "en") < EVERYDAY
