"""Words for a relative in the languages the tool serves, as British families write them in Latin letters
("Modryb", "Ciocia", "Khala", "Teta"), each with the forms the language gives it before a name: Welsh
mutations ("Fodryb", "Nhaid"), Polish and Romanian cases ("u Cioci T", "la Mătușa"). A child calls an aunt
"Modryb T" as an English child says "Auntie T": before a withheld person's initial or family name, it names
them (blind review 32, finding 3; withholding's ``KIN_WORDS``, the English words, with these).

Aunts, uncles and grandparents only: a word for a parent ("Mama", "Baba", "Ammi", "Mam", "Mami", "Dada")
is the child's parent, no relative kept off a list, and several are English words too. Each language's words
are a draft for a speaker to review, as the catalogs are."""

from __future__ import annotations

#: By language code: lowercase; accents as written (the comparison drops them: "Avo" is "Avó").
FAMILY_WORDS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    # Welsh: aunt (modryb, soft and nasal mutation; anti; bopa, South), uncle (ewythr, wncwl, yncl),
    # grandparents (nain, taid, North; mamgu, tadcu, South; with mutations: "dy Daid", "fy Nhaid", "ei Thaid").
    "cy": ("modryb", "fodryb", "nodryb", "anti", "bopa", "fopa", "mopa", "ewythr", "wncwl", "yncl",
           "nain", "taid", "daid", "nhaid", "thaid", "mamgu", "mam-gu", "famgu", "fam-gu", "tadcu", "tad-cu",
           "dadcu", "dad-cu", "nhadcu", "thadcu", "bampi", "nanna"),
    # Polish: grandmother, aunt, uncle, grandfather, in the cases said before a name ("u Babci T",
    # "z Ciocią T", "do Wujka T", "Dziadku T!").
    "pl": ("babcia", "babci", "babcię", "babcią", "babciu", "ciocia", "cioci", "ciocię", "ciocią", "ciociu",
           "ciotka", "ciotki", "ciotkę", "ciotką", "wujek", "wujka", "wujkiem", "wujkowi", "wujku", "wujcio",
           "wuj", "stryjek", "stryjka", "dziadek", "dziadka", "dziadkiem", "dziadkowi", "dziadku", "dziadzio"),
    # Romanian: aunt, grandmother, grandfather, uncle; with the article and in the genitive ("mătușii").
    "ro": ("mătușa", "mătușă", "mătușii", "tanti", "bunica", "bunicii", "buni", "bunicul", "bunicului", "bunicu",
           "unchiul", "unchiului", "nenea"),
    # Ukrainian, transliterated: grandmother, grandfather, aunt, uncle.
    "uk": ("babusia", "babusya", "babusi", "babtsia", "didus", "dydus", "titka", "titonka",
           "tiotia", "diadko", "dyadko", "diadia", "dyadya"),
    # Portuguese: aunt, uncle, grandmother, grandfather.
    "pt": ("tia", "titia", "tio", "titio", "avó", "avô", "vovó", "vovô", "vó", "vô"),
    # Arabic, transliterated: maternal aunt and uncle, paternal aunt and uncle, grandmother, grandfather.
    "ar": ("khalto", "khalti", "khala", "khalo", "khalu", "ammo", "amo", "amto", "amti", "ammto",
           "teta", "tayta", "sitti", "sitto", "jiddo", "jeddo", "jaddo", "jido", "jedo"),
    # Urdu: mother's sister and her husband, father's sister and hers, father's brothers and their wives,
    # mother's brother and his wife, grandparents.
    "ur": ("khala", "khalu", "phuppo", "phuppi", "phupho", "phopho", "phuphi", "phupa", "phuppa", "chacha",
           "chachu", "chachi", "taya", "tayi", "taaya", "mamu", "mamoo", "mamun", "mumani", "nani",
           "nana", "nanu", "dadi", "dadu"),
    # Pashto, transliterated: aunt, paternal uncle, grandmother, grandfather.
    "ps": ("tror", "trore", "tra", "kaka", "niya", "anaa", "nika", "nikah"),
    # Dari: maternal aunt, paternal uncle, grandmother.
    "fa_AF": ("khala", "kaka", "bibi", "bibijan", "khalajan", "kakajan"),
    # Sorani Kurdish, transliterated: paternal and maternal aunt, maternal uncle, paternal uncle, grandparents.
    "ckb": ("pura", "xaltî", "xalti", "khalti", "xalo", "khalo", "mamo", "dapîr", "dapir", "dapira",
            "bapîr", "bapir", "bapira"),
    # Tigrinya, as Eritrean families in Britain write it: maternal uncle, paternal aunt, grandmother.
    "ti": ("akoy", "hatno", "hatney", "abaye"),
    # Bengali (Sylheti), transliterated: grandparents, aunts and uncles.
    "bn": ("nanu", "nani", "nana", "dadu", "dadi", "khala", "khalu", "fupu", "phupu", "fufu", "chacha", "sasa",
           "chachi", "mamu"),
}

#: Every language's words once, in the order above.
OTHER_LANGUAGE_KIN_WORDS: tuple[str, ...] = tuple(dict.fromkeys(
    word for words in FAMILY_WORDS_BY_LANGUAGE.values() for word in words))

#: Words above that are given names in Britain too ("Tia Marsh" is a girl, not an aunt Marsh): a family name
#: after them is that person's own; only an initial after them is the relative's ("Tia T").
ALSO_GIVEN_NAMES = frozenset({"tia", "taya", "nika", "niya", "bibi", "sasa"})
