"""False alarms of the leak checks' other name forms (initials, other spellings, other scripts).

Reads every text a parent's copy can show that the project holds: every msgid and msgstr of
every catalog (locales/*/LC_MESSAGES/*.po), the examples' records and translations files, the
OmegaT test files, and the tests' record and language corpora; and checks each against the
initials and the one-word distinctive parts of many confidential placements (the records'
own and a list of realistic schools, streets and carers). Exact mentions are not counted: only
what the other forms add. With --rarer, also the chance rate: how many of 20,000 rarer words
(wordfreq Zipf 1 to 3, not left out as everyday) of some languages read as one of the parts.
With --case-endings, the case-ending rule (``withholding.inflected_in``) instead: each text in
a language whose nouns take case endings, against every family name and distinctive part, and
names ending in -o or -a, whose vowel an ending replaces ("Okonjem"). With --home-names, 50
children's homes' short names (an everyday word, a first name, a rarer word) against every text.
With --nicknames, the short forms of common first names against each record's texts and the catalogs.
With --carers-short-forms, the first syllable and the initial of long carers' family names
(``withholding.carers_short_form_in``: "the Thornies", "Mr T") against every English text.
With --unlisted, short family names written letter for letter in Sorani, Pashto and Tigrinya, each
catalog file held out from the list of the language's words.
With --street-names, a street's everyday-word name ("Kestrel" of Kestrel Way) in other scripts and translations.
With --place-nicknames, a school's or home's nickname ("St Wilf's", "the Brackies", "The Larks staff").
With --local-places, the named local places (``locators.named_local_places``: "Meadowside Surgery",
"St Anne's Church", "Hartwell Rangers") every English text names, and the records' too (their people
left out), with RECORDS=dir1:dir2 more folders of records (blind reviews kept outside the project).

    PYTHONPATH=$PWD python tools/measure_name_forms.py [--rarer | --case-endings | --home-names | --nicknames | --unlisted | --carers-short-forms | --local-places | --street-names | --place-nicknames]
"""

from __future__ import annotations

import collections
import math
import random
import re
import sys
from pathlib import Path

from babel.messages.pofile import read_po
from ruamel.yaml import YAML

from recordgen.record.loading import load_record
from recordgen.record.model import Placement
from recordgen.rules import name_forms
from recordgen.rules import withholding as w

ROOT = Path(__file__).resolve().parent.parent

SCHOOLS = """Oakfield Primary School|Ysgol Gyfun Cwm Rhymni|Kingfisherwood Primary Academy|Westcliffe Primary School
|Hollowmere Primary School|St Ebba's Academy|Thornhill Junior School|Ashburton Community Primary
|Brambleside Infant School|Ysgol Gymraeg Penrhos|Ysgol Bro Morgannwg|Ysgol Glan Taf|Llanishen High School
|Whitchurch High School|Cantonian High School|Fitzalan High School|Radyr Comprehensive School|Cathays High School
|Heathfield Primary School|Rosebery Academy|Carlton Bolling College|Beckfoot School|Tollgate Primary School
|Marlborough Primary School|Aylesford School|Hazelwick School|Ravenscroft Primary School|Brunswick Park Primary School
|Harrowden Middle School|Wolverton Academy|Kettlethorpe High School|Skelmanthorpe Academy|Birkenshaw Primary School
|Netherthong Primary School|Honley High School|Thurstonland First School|Meltham Moor Primary School|Shelley College
|Royds Hall Community School|Almondbury Community School|Penistone Grammar School
|Dodworth St John the Baptist Primary School|Worsbrough Bank End Primary School|Hoyland Common Primary School
|Kirk Balk Academy|Outwood Academy Carlton|Darton College|Ysgol y Preseli|Ysgol Bro Dinefwr|Ysgol Dyffryn Aman
|Holy Trinity C of E Junior School|St Mary's C of E Primary School|Springfield Community Primary|Little Acorns Nursery
|Willow Primary School|Greenacres Primary Academy|Sandringham School|Parkside Education Primary School
|Ivy Road Orchard School|Birkenfold Primary School""".replace("\n", "").split("|")
STREETS = """14 Elm Road, Scunthorpe, DN15 7XY|Flat 3, 88 Heronsgate Close, Lowford, LW4 8QJ
|22 Thistlebank Lane, Larkwood, LW4 8QJ|7 Wrenfield Road, Hadley, HD2 7PL|12 Cwrt Tregarth, Caerphilly, CF83 1AB
|4 Heol Pantglas, Bridgend, CF31 4AA|9 Fairweather Drive, Leeds, LS6 2AB|3 Pendragon Way, Truro, TR1 3AA
|16 Cavendish Crescent, Bath, BA1 2AB|2 Ravensworth Gardens, Gateshead, NE9 6AA|31 Gillingham Avenue, Hull, HU8 9AA
|5 Bexhill Road, Hastings, TN34 1AB|11 Abernethy Close, Carlisle, CA1 2AA|27 Carrington Street, Derby, DE1 2AA
|6 Aldersgate Mews, York, YO1 7AA|40 Beaumont Terrace, Whitby, YO21 3AA|19 Kirkstall Lane, Leeds, LS5 3AA
|8 Pemberton Grove, Wigan, WN1 2AA|1 Featherstone Row, Pontefract, WF8 1AA|10 Ashbourne Walk, Derby, DE22 1AA
|21 Belvedere Rise, Dover, CT16 1AA|13 Llewellyn Street, Swansea, SA1 2AA|4 Trevithick Road, Camborne, TR14 8AA
|15 Montgomery Place, Newport, NP20 1AA|33 Sandringham Drive, Norwich, NR2 1AA|50 Winterbourne Road, Bristol, BS16 1AA
|2 Castleford Lane, Wakefield, WF1 1AA|9 Rutherford Close, Durham, DH1 1AA
|Rose Cottage, Mill Lane, Ashby, Scunthorpe, DN17 3PQ|3 Marine Court, Hastings, TN34 1AB""".replace("\n", "").split("|")
CARERS = ["Dawn and Rick Tregothnan", "Bronwen and Gareth Pryce-Jones", "Mark and Lisa Owen", "Sue Harrington",
          "Kath Montgomery", "Ian Fairbrother", "Joan Llewellyn", "Maple House children's home",
          "Thornbury Lodge children's home", "Jo and Ray Oddbody", "Whitmoor House children's home",
          "Ann Thistlewood", "Pat Featherstonehaugh",
          # Short family names, looked for in other scripts only (2 or 3 consonants: "Todd" is "td").
          "Mr and Mrs Todd", "Sue Dunn", "Ada Okoye", "Mrs Tait", "Jo Rudd", "Mr and Mrs Kerr", "Liz Nash",
          "Sam Dodd", "Ann Hart", "Kim Peel", "Di Ince", "Ron Bibi", "Meg Lamb", "Tom Rees", "Val Boyd",
          "Ian Mack", "Bev Tod", "Ola Adeyemi", "Kate Pugh", "Jan Wade"]


def texts_and_placements() -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """(source, language, text) for each text; (address, school, carers) for each placement."""
    yaml = YAML(typ="safe")
    texts, placements = [], []
    for po in sorted(ROOT.glob("locales/*/LC_MESSAGES/*.po")):
        with po.open("rb") as f:
            for message in read_po(f):
                for language, value in (("en", message.id), (po.parts[-3], message.string)):
                    for text in value if isinstance(value, (list, tuple)) else [value]:
                        if text:
                            texts.append((str(po.relative_to(ROOT)), language, text))
    records = sorted(ROOT.glob("examples/*.yaml")) + sorted(ROOT.glob("tests/blind_corpus/*.yaml"))
    for path in records + [ROOT / "tests/omegat/review-sam-9.yaml"]:
        if path.name.endswith((".translations.yaml", ".expect.yaml")):
            continue
        record = load_record(path).record
        for _, text, _ in list(record.free_texts()) + list(w._names_shown(record)):
            texts.append((path.name, "en", text))
        placements.append((record.placement.address, record.placement.school, record.placement.carers))
    for path in sorted(ROOT.glob("examples/*.translations.yaml")):
        for language, items in yaml.load(path.read_text(encoding="utf-8"))["languages"].items():
            texts += [(path.name, language, item["translation"]) for item in items.values()]
    for path in sorted(ROOT.glob("tests/omegat/*.xlf")):
        for target in re.findall(r"<target[^>]*>(.*?)</target>", path.read_text(encoding="utf-8"), re.S):
            texts.append((path.name, "ur", re.sub(r"<[^>]+>", " ", target)))
    for corpus in ("tests/language_corpus.yaml", "tests/child_words_corpus.yaml"):
        texts += [(corpus, "en", e["text"]) for e in yaml.load((ROOT / corpus).read_text(encoding="utf-8"))["entries"]]
    for i in range(max(len(SCHOOLS), len(STREETS), len(CARERS))):
        placements.append((STREETS[i % len(STREETS)], SCHOOLS[i % len(SCHOOLS)], CARERS[i % len(CARERS)]))
    return texts, placements


#: Family names ending in -o or -a, which a case ending replaces the vowel of ("z panem Okonjem").
VOWEL_NAMES = ["Okonjo", "Moreno", "Acosta", "Okoro", "Sambo", "Kowalska", "Ferreira", "Oliveira", "Bianco",
               "Pereira", "Onyango", "Otieno", "Mwangi", "Garcia", "Okafora", "Russo", "Costa", "Esposito",
               "Romano", "Lombardo", "Bruno", "Mancini", "Souza", "Silva", "Rocha", "Nakamura", "Tanaka"]


#: Polish family names declined as adjectives (-ski, -cki, -dzki: "Państwo Zawadzcy", "Zawadzka").
SKI_NAMES = ["Zawadzki", "Brzezicki", "Kowalski", "Zakrzewski", "Wiśniewski", "Lewandowski", "Dąbrowski",
             "Wierzbicki", "Sadowski", "Nowicki", "Górecki", "Jasiński", "Grabowski", "Zieliński", "Polański",
             "Sawicki", "Kamiński", "Wróblewski", "Ostrowski", "Michalski", "Zalewski", "Sikorski", "Piotrowski",
             "Wysocki", "Borowski", "Malinowski", "Jankowski", "Czarnecki", "Sobczyński", "Gwiazdzki"]


#: Czech and Slovak family names (feminine -ová, -ská; plural -ovi, -ští).
CZECH_NAMES = ["Novák", "Svoboda", "Dvořák", "Černý", "Procházka", "Kučera", "Veselý", "Horák", "Němec", "Pokorný",
               "Dvorský", "Jelínek", "Růžička", "Beneš", "Fiala", "Sedláček", "Doležal", "Zeman", "Kolář", "Navrátil",
               "Čermák", "Urban", "Vaněk", "Blažek", "Kříž", "Kovács", "Hruška", "Malinský", "Kováč", "Tomášek"]


def case_endings() -> None:
    texts, placements = texts_and_placements()
    names = set(VOWEL_NAMES) | set(SKI_NAMES)
    for address, school, carers in placements:
        placement = Placement(address=address, school=school, carers=carers or "Pat", confidential=True)
        names.update(s.text for s in w.placement_secrets(placement) if s.strict and s.what != "initials")
    languages = {t[1] for t in texts if t[1].split("_")[0] in w._CASE_ENDINGS}
    inflected = [t for t in texts if t[1] in languages]
    print(f"{len(inflected)} texts in {sorted(languages)}, {len(names)} names and parts "
          f"({sum(n[-1:] in 'oa' for n in names)} ending in -o or -a)")
    for capitalised in (True, False):  # as a family name (with its capital), and as a school's word (any case)
        hits = set()
        for source, language, text in inflected:
            seen = w._Folded(text)
            for name in names:
                secret = w.name_secret(name, "family name", ("placement", "carers"), frozenset(), name)
                if w.inflected_in(text, name, language, capitalised) and not w._shows(seen, secret):
                    hits.add((source, language, name, text))
        print(f"case endings, {'with a capital' if capitalised else 'any case'}: {len(hits)} false alarms")
        for hit in sorted(hits)[:40]:
            print("   ", *hit[:3], "|", hit[3][:100].replace("\n", " "))
    # Czech and Slovak feminine and plural forms (withholding._czech_forms), in every text, every language.
    czech = sorted(names | set(CZECH_NAMES))
    hits = set()
    for source, language, text in texts:
        seen = w._Folded(text)
        for name in czech:
            secret = w.name_secret(name, "family name", ("placement", "carers"), frozenset(), name, family=True)
            if w._shows(seen, secret) and not w._shows(seen, w.dataclasses.replace(secret, family=False)) and not any(
                    w._shows(seen, w.dataclasses.replace(secret, family=False, text=name + e)) for e in ("s", "es")):
                hits.add((source, language, name, text))
    print(f"Czech and Slovak forms of {len(czech)} names, {len(texts)} texts: {len(hits)} false alarms")
    for hit in sorted(hits)[:40]:
        print("   ", *hit[:3], "|", hit[3][:100].replace("\n", " "))
    import wordfreq

    for language in ("pl", "ro"):  # every word wordfreq knows, read as a name by an ending in place of its vowel
        words = wordfreq.get_frequency_dict(language)
        found = [(word, name) for word in words for name in VOWEL_NAMES
                 if not w.fold(word).startswith(name.casefold()) and w._with_ending(w.fold(word), name.casefold(), language)]
        print(f"{language}: {len(found)} of {len(words)} words read as one of {len(VOWEL_NAMES)} names by an ending "
              f"in place of its -o or -a, e.g. {found[:12]}")
    words = wordfreq.get_frequency_dict("pl")  # every Polish word read as a -ski name's plural or feminine
    found = [(word, name) for word in words for name in SKI_NAMES
             if not w.fold(word).startswith(w.fold(name)) and w._with_ending(w.fold(word), w.fold(name), "pl")]
    print(f"pl: {len(found)} of {len(words)} words read as one of {len(SKI_NAMES)} -ski/-cki/-dzki names "
          f"by its plural or feminine, e.g. {found[:20]}")


#: Children's homes named by everyday words, first names and rarer words (tests/test_leaks_blind8.py's 30
#: and 20 whose short name is no everyday English word, Zipf under 3: "Larkspur is OK." counts for those).
HOMES = ["Larkspur Lodge children's home", "Maple House", "Willow Lodge children's home", "Rose Cottage",
         "Oak Tree House", "Meadow View children's home", "Hope House", "Brook House", "Orchard Lodge",
         "Holly Lodge children's home", "Beech House", "Cedar House", "Ivy Cottage", "Heather Lodge",
         "Bramble Cottage", "Robin House", "Swan Lodge", "Fern House", "Acorn House", "Harmony House",
         "Haven Lodge", "Riverside House", "Sunflower House", "Kite House", "Wren Cottage",
         "Lark Rise children's home", "Moss Lodge", "Star House", "Rainbow House", "Phoenix House",
         "Foxglove House", "Hawthorn Lodge", "Kestrel House", "Juniper House", "Sorrel Cottage", "Yarrow House",
         "Linnet Lodge", "Lapwing House", "Campion House", "Celandine Lodge", "Teasel House", "Bluebell Cottage",
         "Primrose House", "Heron House", "Thistle House", "Alder House", "Rowan House", "Aspen Lodge",
         "Hazel House", "Poppy House"]


def home_names() -> None:
    """A home's short name, by the rules for it (``withholding._names_the_home``, and in another
    language ``_named_in_translation`` and other scripts): every text against every home."""
    texts, _ = texts_and_placements()
    shorts = []
    for home in HOMES:
        placement = Placement(carers=home, address="1 Any Road, Hull, HU1 1AA", confidential=True)
        shorts += [s for s in w.placement_secrets(placement) if s.what == "short name"]
    rare = [s.text for s in shorts if w._rare_word(s.text)]
    print(f"{len(texts)} texts ({len({t for _, _, t in texts})} distinct), {len(shorts)} homes' short names "
          f"({len(rare)} no everyday English word: {', '.join(rare)})")
    hits = set()
    for source, language, text in texts:
        seen = w._Folded(text)
        for secret in shorts:
            found = w.shown_as(text, secret, seen, language="" if language == "en" else language)
            if found is not None and secret.part_of.casefold() not in text.casefold():  # not the home itself
                hits.add((source, language, found.written or found.text, text))
    print(f"home short names: {len(hits)} false alarms")
    for hit in sorted(hits)[:int(__import__("os").environ.get("SHOW", "40"))]:
        print("   ", *hit[:3], "|", hit[3][:100].replace("\n", " "))


def nicknames() -> None:
    """The short forms of a withheld recipient's first name (``withholding.short_forms``): each
    given name of ``people.GIVEN_NAMES`` that has short forms, as the first name of someone kept off
    the list, against each record's texts a parent reads and the catalogs' fixed text (every copy
    has it): every hit is a false alarm, as no record names such a recipient."""
    from recordgen.rules.people import GIVEN_NAMES

    texts, _ = texts_and_placements()
    by_source = collections.defaultdict(list)
    for source, language, text in texts:
        by_source[source].append((language, text))
    # A record's own people (and its translations' and XLIFF files'): a form one of them is called is
    # not looked for (recipient_name_parts), so it is no false alarm.
    people = {}
    for path in sorted(ROOT.glob("examples/*.yaml")) + sorted(ROOT.glob("tests/blind_corpus/*.yaml")):
        if not path.name.endswith((".translations.yaml", ".expect.yaml")):
            people[path.stem] = w.people_in(load_record(path).record)
    names = {name: w.short_forms(name) for name in sorted(GIVEN_NAMES) if w.short_forms(name)}
    print(f"{len(names)} first names with short forms ({sum(map(len, names.values()))} forms), "
          f"{len(by_source)} sources ({len(people)} records, their translations, the corpora, the catalogs)")
    pairs, hits = 0, collections.defaultdict(set)
    for source, items in sorted(by_source.items()):
        seen = [(language, text, w._Folded(text)) for language, text in items]
        own = next((folk for stem, folk in people.items() if source.startswith(stem + ".")), frozenset())
        for name, forms in names.items():
            pairs += 1
            for form in forms:
                if w.fold(form) in own:
                    continue
                secret = w.name_secret(form.capitalize(), "short form of the first name of a recipient kept off the list",
                                       ("distribution", 0, "name"), frozenset(), name)
                for language, text, folded in seen:
                    if not w._one_word_in_language(secret, language) and w.shown_as(
                            text, secret, folded, language="" if language == "en" else language) is not None:
                        hits[(source, name)].add((form, text[:90].replace("\n", " ")))
    print(f"nicknames: {len(hits)} of {pairs} (source, first name) pairs with a false alarm")
    for (source, name), found in sorted(hits.items())[:int(__import__("os").environ.get("SHOW", "60"))]:
        form, text = sorted(found)[0]
        print(f"    {source} {name}: {form!r} ({len(found)}) | {text}")
    forms = collections.Counter(form for found in hits.values() for form, _ in found)
    print(f"by form: {dict(forms.most_common())}")


#: Short family names (two or three consonants) for --unlisted: the CARERS' and more.
SHORT_NAMES = """todd dunn okoye tait rudd kerr nash dodd hart peel ince bibi lamb rees boyd mack tod pugh wade
    hall hill ward cook bell rose wood king lee moss hunt fox webb dean kemp lane cole rowe pike gill lord bird nunn
    kidd bond lowe hood judd dale burt nott mott penn tate rigg hogg budd bass dyer page pope salt sims west yates
    dent dyke ford gray ali khan shah amin omar karim patel singh kaur das roy sen bose""".split()


def unlisted() -> None:
    """A name written letter for letter in a language without a word list (Sorani, Pashto,
    Tigrinya: ``name_forms.transliterated``), its catalogs' words being its only list: each catalog
    file (and the examples' translations) held out in turn, its words that the others lack read
    against every short family name and every placement part, as a translation's own words would be."""
    from recordgen.i18n import catalog_words

    yaml = YAML(typ="safe")
    _, placements = texts_and_placements()
    names = sorted(set(SHORT_NAMES) | {w._spelled_otherwise(s) for address, school, carers in placements
                                       for s in w.placement_secrets(Placement(address=address, school=school,
                                                                              carers=carers or "Pat", confidential=True))
                                       if w._spelled_otherwise(s)})
    for language in ("ckb", "ps", "ti"):  # each as if it were in LETTER_FOR_LETTER
        files, total, hits = {}, 0, []
        for po in sorted(ROOT.glob(f"locales/{language}/LC_MESSAGES/*.po")):
            with po.open("rb") as f:
                files[po.name] = {w.fold(word) for message in read_po(f) for text in (
                    message.string if isinstance(message.string, (list, tuple)) else [message.string])
                    for word in w._WORD.findall(text or "")}
        files["examples"] = {w.fold(word) for path in ROOT.glob("examples/*.translations.yaml")
                             for item in yaml.load(path.read_text(encoding="utf-8"))["languages"].get(language, {}).values()
                             for word in w._WORD.findall(item["translation"])}
        for held, words in files.items():
            others = set().union(*(v for k, v in files.items() if k not in (held, "examples")))
            for word in sorted(words - others):
                if name_forms.is_latin(word):
                    continue
                total += 1
                hits += [(held, word, name) for name in names if name_forms.other_script_form(
                    word, name, lambda: name_forms.known_word(word) or word in others, letters=True)
                    and not name_forms.everyday_word(word)]
        counted = "counted" if language in name_forms.LETTER_FOR_LETTER else "after a title only"
        print(f"{language} ({counted}): {len(files)} files held out in turn, {total} of their words not in the "
              f"others ({len(catalog_words(language))} words in all its catalogs), {len(names)} names and parts "
              f"({len(SHORT_NAMES)} short family names, the placements' parts): {len(hits)} false alarms")
        for hit in hits:
            print("   ", *hit)


#: Long British family names for --carers-short-forms, the CARERS' and more, their syllables words or names too.
LONG_NAMES = """Thornbury Thornton Harrison Robinson Thompson Richardson Wilkinson Anderson Campbell Johnson Williams
    Henderson Patterson Chapman Fletcher Hamilton Marshall Crawford Sanderson Kavanagh Blackburn Hartley Tregothnan
    Montgomery Fairbrother Llewellyn Thistlewood Featherstonehaugh Harrington Pennifold Lindqvist Ashworth Summers
    Cartwright Sullivan Gallagher Donaldson Mitchell Peterson Ferguson Cunningham Hutchinson Armstrong Holloway""".split()


def carers_short_forms() -> None:
    texts, _ = texts_and_placements()
    english = sorted({text for _, language, text in texts if language == "en"})
    hits = collections.defaultdict(set)
    for surname in LONG_NAMES:
        placement = Placement(address="1 Elm Road, Lowford, LW4 8QJ", school=None,
                              carers=f"Bev and Carl {surname}", confidential=True)
        for secret in w.placement_secrets(placement):
            if secret.what in (w.CARERS_SHORT_FORM, w.CARERS_INITIAL):
                hits[secret.what, secret.text]  # noqa: B018 (listed, hit or not)
                hits[secret.what, secret.text].update(t for t in english if w.shows(t, secret))
    print(f"{len(english)} English texts, {len(LONG_NAMES)} family names: "
          f"{sum(1 for what, _ in hits if what == w.CARERS_SHORT_FORM)} syllables, "
          f"{sum(1 for what, _ in hits if what == w.CARERS_INITIAL)} initials")
    for (what, form), found in sorted(hits.items()):
        if found:
            print(f"  {what} {form!r}: {len(found)} |", " || ".join(t[:80].replace("\n", " ") for t in sorted(found)[:3]))
    print(f"false alarms: {sum(len(f) for f in hits.values())} (text, form) pairs")


def local_places() -> None:
    """Each named local place the English texts and the records' parent-facing texts name (a warning in a
    confidential placement's record): to read whether each is one."""
    import os

    from recordgen.rules.locators import named_local_places

    texts, _ = texts_and_placements()
    english = sorted({text for _, language, text in texts if language == "en"})
    found = [(text, named_local_places(text)) for text in english]
    folders = [ROOT / "examples", ROOT / "tests" / "blind_corpus"]
    folders += [Path(f) for f in os.environ.get("RECORDS", "").split(":") if f]
    records = 0
    for folder in folders:
        for path in sorted(folder.glob("*.yaml")):
            if path.name.endswith((".translations.yaml", ".expect.yaml")):
                continue
            try:
                record = load_record(path).record
            except Exception:  # noqa: BLE001 (a blind review's record that does not load is not measured)
                continue
            records += 1
            people = w.people_in(record)
            found += [(f"{path.name}: {text}", named_local_places(text, people))
                      for _, text, _ in record.free_texts() if text]
    hits = [(text, places) for text, places in found if places]
    print(f"{len(english)} English texts and {records} records' texts: {len(hits)} name a local place")
    for text, places in hits:
        print("  ", "; ".join(f"{what}: {words}" for what, words in places), "|", text[:120].replace("\n", " "))


def street_names() -> None:
    """A street's one-word name that is an everyday word ("Kestrel" of "4 Kestrel Way":
    ``withholding.street_names``), looked for in another script and, in a translation, in Latin letters
    with its capital: the streets of this tool and of measure_street_forms.py against every text."""
    from measure_street_forms import EVERYDAY

    texts, _ = texts_and_placements()
    found = {}
    for address in STREETS + EVERYDAY + ["4 Kestrel Way, Ilkley, LS29 8PD", "6 Heron Close, Hull, HU1 1AA",
                                         "2 Swan Lane, Hull, HU1 1AA", "9 Falcon Drive, Hull, HU1 1AA"]:
        placement = Placement(address=address, carers="Pat", confidential=True)
        found.update({s.text: s for s in w.placement_secrets(placement) if s.what == w.STREET_NAME})
    print(f"{len(texts)} texts ({len({t for _, _, t in texts})} distinct), {len(found)} streets' names: "
          f"{', '.join(sorted(found))}")
    hits = set()
    for source, language, text in texts:
        seen = w._Folded(text)
        for secret in found.values():
            shown = w.shown_as(text, secret, seen, language="" if language == "en" else language)
            if shown is not None:
                hits.add((source, language, shown.written or shown.text, text))
    print(f"streets' names: {len(hits)} false alarms")
    for hit in sorted(hits)[:int(__import__("os").environ.get("SHOW", "40"))]:
        print("   ", *hit[:3], "|", hit[3][:100].replace("\n", " "))


SAINTS_SCHOOLS = """St Wilfrid's Catholic High School|St Michael's RC Primary School|St Bartholomew's C of E Primary School
|St Edmund's Catholic School|St Margaret's C of E Primary|St Patrick's RC Primary School|St Joseph's Catholic Primary
|St Peter's C of E Academy|St Andrew's Primary School|St Nicholas Primary School|St Edward's School|St Francis Xavier
|St Catherine's Academy|St Elizabeth's Primary|St Benedict's Catholic School|St Gregory's RC High School
|St Oswald's C of E Primary|St Augustine's Academy|St Dominic's Primary|St Christopher's School|St Vincent's RC Primary
|St Anselm's Catholic Primary|St Thomas More High School|St John's C of E Primary|St Mary's Catholic Primary
|St Anne's RC Primary|Brackenfield Primary School|Thistlebank Primary""".replace("\n", "").split("|")


def place_nicknames() -> None:
    """A school's or home's nickname (``withholding.nicknames``: "St Wilf's", "Wilf's", "the Brackies",
    "The Larks staff"): every school of this tool, saints' schools and the homes of --home-names,
    against every text, not counting a text that names the place itself."""
    texts, _ = texts_and_placements()
    found = {}
    for i, school in enumerate(SCHOOLS + SAINTS_SCHOOLS + HOMES):
        home = school if school in HOMES else HOMES[i % len(HOMES)]
        placement = Placement(address="1 Any Road, Hull, HU1 1AA", school=None if school in HOMES else school,
                              carers=home, confidential=True)
        found.update({(s.text, s.part_of): s for s in w.placement_secrets(placement) if s.what == w.NICKNAME})
    print(f"{len(texts)} texts ({len({t for _, _, t in texts})} distinct), {len(found)} nicknames of "
          f"{len({p for _, p in found})} places: {', '.join(sorted({t for t, _ in found}))}")
    hits = set()
    for source, language, text in texts:
        seen = w._Folded(text)
        for secret in found.values():
            shown = w.shown_as(text, secret, seen, language="" if language == "en" else language)
            if shown is not None and secret.part_of.casefold() not in text.casefold():
                hits.add((source, language, shown.text, text))
    print(f"nicknames: {len(hits)} false alarms")
    for hit in sorted(hits)[:int(__import__("os").environ.get("SHOW", "40"))]:
        print("   ", *hit[:3], "|", hit[3][:100].replace("\n", " "))


def main() -> None:
    if "--place-nicknames" in sys.argv:
        return place_nicknames()
    if "--street-names" in sys.argv:
        return street_names()
    if "--local-places" in sys.argv:
        return local_places()
    if "--carers-short-forms" in sys.argv:
        return carers_short_forms()
    if "--unlisted" in sys.argv:
        return unlisted()
    if "--case-endings" in sys.argv:
        return case_endings()
    if "--nicknames" in sys.argv:
        return nicknames()
    if "--home-names" in sys.argv:
        return home_names()
    texts, placements = texts_and_placements()
    secrets = {}
    for address, school, carers in placements:
        placement = Placement(address=address, school=school, carers=carers or "Pat", confidential=True)
        for secret in w.placement_secrets(placement):
            if secret.what == "initials" or w._spelled_otherwise(secret):
                secrets[(secret.what, secret.text)] = secret
    initials = [s for s in secrets.values() if s.what == "initials"]
    spelled = [s for s in secrets.values() if s.what != "initials"]
    print(f"{len(texts)} texts ({len({t for _, _, t in texts})} distinct), {len(placements)} placements: "
          f"{len(initials)} initials, {len(spelled)} one-word parts looked for written otherwise")
    hits = collections.defaultdict(set)
    by_word = collections.defaultdict(list)
    for source, language, text in texts:
        seen = w._Folded(text)
        hits["initials"].update((source, language, text, s.text) for s in initials if w._shows(seen, s))
        for word, _, _ in seen.distinct:
            by_word[word].append((source, language, text))
    everyday = collections.Counter()
    for word, where in by_word.items():
        seen = w._Folded(word)
        languages = {language for _, language, _ in where}  # some forms count in some languages only
        for secret in spelled:
            if w._shows(seen, secret) or not any(next(iter(w._written_otherwise(seen, secret, language)), "")
                                                 for language in languages):
                continue  # the name itself (not counted here), or nothing
            for source, language, text in where:
                found = w.shown_as(text, secret, language=language)
                if found is not None and found.written:
                    kind = "script" if name_forms.romanised_consonants(found.written.casefold()) else "spelling"
                    hits[kind].add((source, language, text, f"{found.written} for {secret.text}"))
                else:
                    everyday[word] += 1
    for kind in ("initials", "spelling", "script"):
        print(f"{kind}: {len(hits[kind])} false alarms")
        for hit in sorted(hits[kind])[:int(__import__("os").environ.get("SHOW", "40"))]:
            print("   ", *hit[:2], hit[3], "|", hit[2][:100].replace("\n", " "))
    print(f"left out as everyday words of their script: {dict(everyday)}")
    if "--rarer" in sys.argv:
        rarer(sorted({w._spelled_otherwise(s) for s in spelled}))


def rarer(parts: list[str]) -> None:
    import wordfreq

    rng = random.Random(0)
    for language in ("uk", "ru", "ar", "bn", "pl", "pt", "de", "fr"):
        words = [word for word, f in wordfreq.get_frequency_dict(language).items()
                 if 1.0 <= math.log10(f) + 9 < 3.0 and w._WORD.fullmatch(word) and not any(c.isdigit() for c in word)]
        sample = rng.sample(words, min(20000, len(words)))
        found = [(word, part) for word in sample for part in parts
                 if (name_forms.near_spelling(w.fold(word), part) and not w.is_ordinary_word(w.fold(word))
                     if name_forms.is_latin(w.fold(word))
                     else name_forms.other_script_form(w.fold(word), part, lambda: name_forms.known_word(word)))]
        print(f"{language}: {len(found)} of {len(sample)} rarer words read as one of {len(parts)} parts "
              f"({100 * len(found) / max(len(sample), 1):.3f}%), e.g. {found[:5]}")


if __name__ == "__main__":
    main()
