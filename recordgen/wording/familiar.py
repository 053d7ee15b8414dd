"""Words a child of an age band is unlikely to know, judged by how common they are.

A word's familiarity is its Zipf frequency in `wordfreq`'s English data (the
log10 of its frequency per billion words: "the" is about 7.7, "house" 5.4,
"considerably" 4.0, "dysregulated" 1.6), taken for the word as written and
for its lemmas (lemminflect), so "visits" counts as common as "visit".
wordfreq ships its data in the package, so this works offline; it is British
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
Latinate ending (-tion, -ment, -ity, -ance, -ive, -ated, -ially, -able...;
not -ous, -al or a bare -ate, which end everyday words too: nervous, animal,
chocolate)
have a higher bar of their own, per band.

Frequency in adult text misjudges a few words every child in care hears
("carers", "nan", "sleepover", "advocate"): those are listed below, and a
council can add its own (``[language] familiar_words``).
"""

from __future__ import annotations

import re
from functools import lru_cache

import lemminflect
import wordfreq

# Words children in care hear from the start, rarer in the adult text wordfreq counts,
# and the people they are told they will meet ('your solicitor', 'a speech therapist').
CARE_WORDS = frozenset("""
carer carers foster fostering nan nana nanny grandad grandma granny gran auntie aunty sleepover sleepovers
bedtime bedtimes advocate counsellor counselling tutor adviser advisor keyworker dentist optician
vet nursery playgroup childminder teddy hug hugs cuddle cuddles cuddly playdate babysitter
self-harm self-harming selfharm lego trampoline scooter swimming football netball youtube tiktok
xbox playstation minecraft roblox fortnite instagram snapchat whatsapp facetime texting
stepmum stepdad stepbrother stepsister stepsisters stepbrothers half-brother half-sister
homework playtime lunchtime teatime weekend weekends bedroom
mum mummy dad daddy mam
therapist therapists solicitor solicitors interpreter interpreters psychologist psychologists
paediatrician midwife bursary vape vaping placement placements
wellies tummy cot potty nappy nappies buggy pram dummy playdough crayons
""".split())

_ZIPF_CACHE_SIZE = 1 << 16
_DERIVED = re.compile(
    r"(?:tions?|sions?|ments?|ity|ities|iety|ances?|ences?|ancy|ency|ives?|ively|ously|ally"
    r"|ated|ating|ately|isations?|izations?|ials?|ially|ory|ible|ibly|able|ably|ism|ists?|antly|ently)$")


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
    for lemmas in lemminflect.getAllLemmas(plain).values():
        candidates.update(lemmas)
    return max(wordfreq.zipf_frequency(candidate, "en") for candidate in candidates)


def is_derived(word: str) -> bool:
    """A long word with a Latinate ending: 'arrangements', 'appropriately', 'attendance'."""
    return len(word) > 6 and bool(_DERIVED.search(word.lower()))


@lru_cache(maxsize=_ZIPF_CACHE_SIZE)
def is_hard(word: str, threshold: float, familiar: frozenset[str] = frozenset(),
            derived_threshold: float | None = None, office: frozenset[str] = frozenset()) -> bool:
    """Whether a child of the band (whose thresholds these are) is unlikely to know the word.

    `office` words (those with a known plainer word: 'wellbeing', 'appropriate')
    have the higher bar of derived words.
    """
    plain = word.lower().replace("’", "'")
    plain = re.sub(r"'s$", "", plain)
    if plain in CARE_WORDS or plain in familiar:
        return False
    if "-" in plain:  # 'self-harm', 'grown-ups': hard when a part is
        return any(is_hard(part, threshold, familiar, derived_threshold, office)
                   for part in plain.split("-") if part)
    frequency = zipf(plain)
    if frequency < threshold:
        return True
    return (derived_threshold is not None and frequency < derived_threshold
            and (is_derived(plain) or plain in office))
