"""Words for a relative in the languages the tool serves, as British families write them in Latin letters
("Modryb", "Ciocia", "Khala", "Teta"), each with the forms the language gives it before a name: Welsh
mutations ("Fodryb", "Nhaid"), Polish and Romanian cases ("u Cioci T", "la Mătușa"). A child calls an aunt
"Modryb T" as an English child says "Auntie T": before a withheld person's initial or family name, it names
them (blind review 32, finding 3; withholding's ``KIN_WORDS``, the English words, with these). Grouped by
what each means in English, a family's own word for kinship carers ("your Nain and Taid", "your khala",
"your babcia") is their relation with all its words, English and the other languages' (``relation_words``;
rules.kinship, blind review 33, finding 1).

Aunts, uncles and grandparents only: a word for a parent ("Mama", "Baba", "Ammi", "Mam", "Mami", "Dada")
is the child's parent, no relative kept off a list, and several are English words too. Each language's words
are a draft for a speaker to review, as the catalogs are."""

from __future__ import annotations

#: By language code, then by what the word means in English ("aunt", "uncle", "nan", "grandad"): lowercase;
#: accents as written (the comparison drops them: "Avo" is "Avó").
FAMILY_WORDS_BY_MEANING: dict[str, dict[str, tuple[str, ...]]] = {
    # Welsh: aunt (modryb, soft and nasal mutation; anti; bopa, South), uncle (ewythr, wncwl, yncl),
    # grandparents (nain, taid, North; mamgu, tadcu, South; with mutations: "dy Daid", "fy Nhaid", "ei Thaid").
    "cy": {"aunt": ("modryb", "fodryb", "nodryb", "anti", "bopa", "fopa", "mopa"),
           "uncle": ("ewythr", "wncwl", "yncl"),
           "nan": ("nain", "mamgu", "mam-gu", "famgu", "fam-gu", "nanna"),
           "grandad": ("taid", "daid", "nhaid", "thaid", "tadcu", "tad-cu", "dadcu", "dad-cu", "nhadcu", "thadcu",
                       "bampi")},
    # Polish: grandmother, aunt, uncle, grandfather, in the cases said before a name ("u Babci T",
    # "z Ciocią T", "do Wujka T", "Dziadku T!").
    "pl": {"nan": ("babcia", "babci", "babcię", "babcią", "babciu"),
           "aunt": ("ciocia", "cioci", "ciocię", "ciocią", "ciociu", "ciotka", "ciotki", "ciotkę", "ciotką"),
           "uncle": ("wujek", "wujka", "wujkiem", "wujkowi", "wujku", "wujcio", "wuj", "stryjek", "stryjka"),
           "grandad": ("dziadek", "dziadka", "dziadkiem", "dziadkowi", "dziadku", "dziadzio")},
    # Romanian: aunt, grandmother, grandfather, uncle; with the article and in the genitive ("mătușii").
    "ro": {"aunt": ("mătușa", "mătușă", "mătușii", "tanti"), "nan": ("bunica", "bunicii", "buni"),
           "grandad": ("bunicul", "bunicului", "bunicu"), "uncle": ("unchiul", "unchiului", "nenea")},
    # Ukrainian, transliterated: grandmother, grandfather, aunt, uncle.
    "uk": {"nan": ("babusia", "babusya", "babusi", "babtsia"), "grandad": ("didus", "dydus"),
           "aunt": ("titka", "titonka", "tiotia"), "uncle": ("diadko", "dyadko", "diadia", "dyadya")},
    # Portuguese: aunt, uncle, grandmother, grandfather.
    "pt": {"aunt": ("tia", "titia"), "uncle": ("tio", "titio"), "nan": ("avó", "vovó", "vó"),
           "grandad": ("avô", "vovô", "vô")},
    # Arabic, transliterated: maternal aunt and uncle, paternal aunt and uncle, grandmother, grandfather.
    "ar": {"aunt": ("khalto", "khalti", "khala", "amto", "amti", "ammto"),
           "uncle": ("khalo", "khalu", "ammo", "amo"), "nan": ("teta", "tayta", "sitti", "sitto"),
           "grandad": ("jiddo", "jeddo", "jaddo", "jido", "jedo")},
    # Urdu: mother's sister and her husband, father's sister and hers, father's brothers and their wives,
    # mother's brother and his wife, grandparents (nani, dadi; nana, dadu: grandfathers).
    "ur": {"aunt": ("khala", "phuppo", "phuppi", "phupho", "phopho", "phuphi", "chachi", "tayi", "mumani"),
           "uncle": ("khalu", "phupa", "phuppa", "chacha", "chachu", "taya", "taaya", "mamu", "mamoo", "mamun"),
           "nan": ("nani", "dadi"), "grandad": ("nana", "nanu", "dadu")},
    # Pashto, transliterated: aunt, paternal uncle, grandmother, grandfather.
    "ps": {"aunt": ("tror", "trore"), "uncle": ("tra", "kaka"), "nan": ("niya", "anaa"), "grandad": ("nika", "nikah")},
    # Dari: maternal aunt, paternal uncle, grandmother.
    "fa_AF": {"aunt": ("khala", "khalajan"), "uncle": ("kaka", "kakajan"), "nan": ("bibi", "bibijan")},
    # Sorani Kurdish, transliterated: paternal and maternal aunt, maternal uncle, paternal uncle, grandparents.
    "ckb": {"aunt": ("pura", "xaltî", "xalti", "khalti"), "uncle": ("xalo", "khalo", "mamo"),
            "nan": ("dapîr", "dapir", "dapira"), "grandad": ("bapîr", "bapir", "bapira")},
    # Tigrinya, as Eritrean families in Britain write it: maternal uncle, paternal aunt, grandmother.
    "ti": {"uncle": ("akoy",), "aunt": ("hatno", "hatney"), "nan": ("abaye",)},
    # Bengali (Sylheti), transliterated: grandparents, aunts and uncles.
    "bn": {"grandad": ("nanu", "nana", "dadu"), "nan": ("nani", "dadi"),
           "aunt": ("khala", "fupu", "phupu", "fufu", "chachi"), "uncle": ("khalu", "chacha", "sasa", "mamu")},
}

#: By language code: every word of the language above.
FAMILY_WORDS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    language: tuple(dict.fromkeys(word for words in meanings.values() for word in words))
    for language, meanings in FAMILY_WORDS_BY_MEANING.items()}

#: Every language's words once, in the order above.
OTHER_LANGUAGE_KIN_WORDS: tuple[str, ...] = tuple(dict.fromkeys(
    word for words in FAMILY_WORDS_BY_LANGUAGE.values() for word in words))

#: Words above that are given names in Britain too ("Tia Marsh" is a girl, not an aunt Marsh): a family name
#: after them is that person's own; only an initial after them is the relative's ("Tia T").
ALSO_GIVEN_NAMES = frozenset({"tia", "taya", "nika", "niya", "bibi", "sasa"})

#: The English words a child uses for one relation: a carer who is "nan" is "your gran" and "Grandma" too.
ENGLISH_KIN_GROUPS: dict[str, tuple[str, ...]] = {
    "nan": ("nan", "nana", "nanna", "nanny", "nannie", "gran", "granny", "grannie", "grandma", "grandmother",
            "grandmum", "grandparent", "grandparents"),
    "grandad": ("grandad", "granddad", "grandpa", "grampy", "grampa", "gramps", "grandfather", "grandparent",
                "grandparents"),
    "aunt": ("aunt", "auntie", "aunty", "aunts", "aunties"),
    "uncle": ("uncle", "uncles"),
    "brother": ("brother", "half-brother", "stepbrother", "brothers"),
    "sister": ("sister", "half-sister", "stepsister", "sisters"),
    "cousin": ("cousin", "cousins"),
}
#: Other languages' words that are English words or given names too ("ammo", "anti", "Tia"): one is the
#: carers' relation only where the record writes it so, never as another word's equivalent.
_HOMOGRAPHS = ALSO_GIVEN_NAMES | {"ammo", "amo", "anti", "tra", "buni", "vo", "vó", "vô", "nana", "nanna", "pura",
                                  "kaka", "mamo"}


def meanings(word: str) -> tuple[str, ...]:
    """What a family word means in English ("khala": "aunt"; "Nain": "nan"; "babcią": "nan"; "gran": "nan"),
    each meaning once; () for no family word of these. An English word keeps its English meaning ("nana" is a
    grandmother, though an Urdu "nana" is a grandfather)."""
    word = word.casefold()
    english = tuple(meaning for meaning, words in ENGLISH_KIN_GROUPS.items() if word in words)
    if english:
        return english
    return tuple(dict.fromkeys(m for words in FAMILY_WORDS_BY_MEANING.values() for m, forms in words.items()
                               if word in forms))


def relation_words(word: str) -> tuple[str, ...]:
    """Every word for the relation ``word`` says, lowercase: the word itself, its English words and the other
    languages' words for it with their forms ("khala": "khala", "aunt", "auntie", ..., "modryb", "ciocia",
    "khalto"...; "nain": "nan", "gran", ..., "mamgu", "babcia", "babci"...); a word that is English or a name
    too ("Tia") only as written."""
    word = word.casefold()
    found = [word]
    for meaning in meanings(word):
        found += ENGLISH_KIN_GROUPS.get(meaning, ())
        found += [form for words in FAMILY_WORDS_BY_MEANING.values() for form in words.get(meaning, ())
                  if form not in _HOMOGRAPHS]
    return tuple(dict.fromkeys(found))


def elder_kin_words() -> tuple[str, ...]:
    """Every word, English or another language's, for an aunt, uncle or grandparent: a relative with a home
    of their own a parent may know; not one that is an English word or a given name too."""
    return tuple(dict.fromkeys(
        [word for meaning in ("nan", "grandad", "aunt", "uncle") for word in ENGLISH_KIN_GROUPS[meaning]]
        + [form for words in FAMILY_WORDS_BY_MEANING.values() for forms in words.values() for form in forms
           if form not in _HOMOGRAPHS]))
