"""False alarms of a confidential placement's parts found run into an address or handle
("instagram.com/bevhargreaves", "@bev_hargreaves", "oakfieldps.org.uk") and of a school's
short name by its initials ("SBCP" of "St Bede's Catholic Primary") or a saint's school by
the saint's initial ("St B's").

Reads every text measure_name_forms.py reads (catalogs, examples, translations, the tests'
corpora) against the parts of its placements and a few more saints' schools, and counts the
texts these forms find that the parts as written do not.

With --surnames, instead: common Polish family names, feminine forms included, against every
text in a language other than English, as ``surname_in`` (a name that is a word of the text's
language) and ``inflected_in`` read them; and the forms a feminine -ska, -cka or -dzka name now
takes against wordfreq's Polish words.

With --venues, instead: the venues the records and tests give and 60 more that reviews are held at,
read as a confidential home (``withholding.confidential_venue``'s words for one without a name).

    PYTHONPATH=$PWD python tools/measure_address_forms.py [--surnames | --venues]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from measure_name_forms import texts_and_placements  # noqa: E402

from recordgen.record.model import Placement  # noqa: E402
from recordgen.rules import withholding as w  # noqa: E402

#: Sentences with the addresses and handles records give: services', councils', schools', people's.
ADDRESSES = """You can talk to Childline at www.childline.org.uk or on 0800 1111.
|Coram Voice is at coramvoice.org.uk and @CoramVoice.|Email me at helen.price@example.gov.uk if you want to talk.
|Your social worker's email is jo.smith@example.gov.uk.|Look at www.nspcc.org.uk/keeping-children-safe for ideas.
|The Children's Commissioner's help line is at www.childrenscommissioner.gov.uk/help-at-hand.
|Follow @YoungMindsUK for tips on feeling calm.|You found out about the youth club on facebook.com/fairfieldyouthclub.
|Your advocate is at advocacy@nyas.net.|Kooth (www.kooth.com) is where you can chat online.
|Mum sent a message from her email, amina.khan77@gmail.com.|You play Minecraft with your cousin on the server at mc.hypixel.net.
|You watch @MrBeast videos with your friends.|Your council's page is www.northlincs.gov.uk/children-in-care.
|You like the football club's page, instagram.com/scunthorpeunited.|Dad wrote on www.gofundme.com/f/help-dad.
|Contact Ofsted at enquiries@ofsted.gov.uk.|The Who Cares? Trust is at www.whocarestrust.org.uk.
|You can see the college course at www.northlindsey.ac.uk/courses.|Tell the IRO service at iro.service@example.gov.uk.
|Your PEP is on the Virtual School's site, virtualschool@example.gov.uk.|You post drawings as @lily_draws_cats.
|Send your views to voices@becomecharity.org.uk.|You follow @BBCSport and @premierleague.
|Your brother's school is at www.brigg-primary.co.uk.|You and Zain play Roblox as @zain_2016 and @sam_k_2016.
""".replace("\n", "").split("|")
SAINTS = ["St Bede's Catholic Primary School", "St Joseph's RC Primary School", "St Anne's C of E Primary",
          "St Thomas More Catholic High School", "St Wilfrid's Catholic Primary", "St John's Church School"]


def main() -> None:
    texts, placements = texts_and_placements()
    texts += [("ADDRESSES", "en", text) for text in ADDRESSES]
    placements += [(a, s, c) for (a, _, c), s in zip(placements, SAINTS)]
    folded = [(source, text, w._Folded(text)) for source, _, text in texts]
    with_addresses = [entry for entry in folded if entry[2].address_parts]
    print(f"{len(texts)} texts, {len(with_addresses)} with an address or handle; {len(placements)} placements")
    secrets = {s for address, school, carers in placements
               for s in w.placement_secrets(Placement(address=address, school=school, carers=carers,
                                                      confidential=True))}
    old_initials = {(s.part_of, part) for s in secrets if s.what == "initials"
                    for letters in w.initials(w._name_words(s.part_of), w.GENERIC_WORDS)
                    for part in (letters, ".".join(letters) + ".")}
    new_forms = [s for s in secrets if s.what == "initials" and (s.part_of, s.text) not in old_initials]
    print(f"{len(secrets)} parts; {len(new_forms)} new initials: {sorted({s.text for s in new_forms})}")
    found = {(source, s.text, text) for s in new_forms for source, text, seen in folded if w._shows(seen, s)}
    print(f"new initials: {len(found)} texts shown them")
    for hit in sorted(found):
        print("  ", hit)
    runs = set()
    for source, text, seen in with_addresses:
        for s in secrets:
            if w._shows(seen, s):
                runs.add((source, s.text, text))
    saved, w._in_address_part = w._in_address_part, lambda *_: False
    try:
        before = {(source, s.text, text) for source, text, seen in with_addresses for s in secrets
                  if w._shows(w._Folded(text), s)}
    finally:
        w._in_address_part = saved
    print(f"run into an address: {len(runs - before)} texts more than the parts as written ({len(before)})")
    for hit in sorted(runs - before):
        print("  ", hit)


#: The 100 commonest Polish family names (GUS, PESEL register), as a carer's would be written.
POLISH = """Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak
Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Wojciechowski Krawczyk Kaczmarek Piotrowski Grabowski
Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowakowski Majewski Olszewski Stępień Malinowski
Jaworski Adamczyk Dudek Nowicki Pawlak Górski Witkowski Walczak Sikora Baran Rutkowski Michalak Szewczyk
Ostrowski Tomaszewski Pietrzak Duda Zalewski Wróblewski Jasiński Marciniak Bąk Zawadzki Sadowski Jakubowski
Wilk Włodarczyk Chmielewski Borkowski Sokołowski Szczepański Sawicki Lis Kucharski Mazurek Kubiak Kalinowski
Wysocki Maciejewski Czarnecki Kołodziej Urbański Kaźmierczak Sobczak Konieczny Głowacki Zakrzewski Krajewski
Krupa Laskowski Ziółkowski Gajewski Mróz Brzeziński Szulc Makowski Przybylski Czerwiński Kot Sowa Kozak""".split()


def feminine(name: str) -> str:
    return name[:-1] + "a" if name.endswith(("ski", "cki", "dzki")) else name


def cyrillic_w(names: list[str], foreign: list[tuple[str, str, str]]) -> None:
    """The names with a Polish "w", as the leak check reads a Cyrillic text for them, with the "w" read
    as a "v" ("Ковальських" for "Kowalski") and without."""
    import re

    from recordgen.record.model import Role
    from recordgen.rules import name_forms

    cyrillic = [(source, language, text) for source, language, text in foreign if re.search("[\u0400-\u04ff]", text)]
    with_w = [n for n in names if "w" in n[1:]]
    secrets = [w.name_secret(n, "family name", ("placement", "carers"), frozenset({Role.parent}), f"Anna {n}",
                             family=True) for n in with_w]

    def hits() -> set:
        w._folded.cache_clear()
        name_forms._script_verdict.cache_clear()
        return {(source, s.text, text) for s in secrets for source, language, text in cyrillic
                if w.shown_as(text, s, language=language) is not None}

    now = hits()
    saved, name_forms._POLISH_W = name_forms._POLISH_W, re.compile("(?!)")
    try:
        before = hits()
    finally:
        name_forms._POLISH_W = saved
    print(f"{len(with_w)} names with a Polish 'w' against {len(cyrillic)} Cyrillic texts: {len(before)} hits before "
          f"the 'w' read as 'v', {len(now)} now")
    for hit in sorted(now - before):
        print("  ", hit)


def surnames() -> None:
    from recordgen.support import lexicon

    texts, _ = texts_and_placements()
    foreign = [(source, language, text) for source, language, text in texts if language != "en"]
    names = sorted(set(POLISH + [feminine(n) for n in POLISH]))
    words = [n for n in names if lexicon.zipf(n.casefold(), "pl") >= 3.0]
    print(f"{len(foreign)} texts not in English; {len(names)} names, {len(words)} of them everyday Polish words")
    found = set()
    for name in names:
        for source, language, text in foreign:
            if name in words and language.startswith("pl"):
                if w.surname_in(text, name, language):
                    found.add((source, language, name, text))
            elif w.inflected_in(text, name, language, True):
                found.add((source, language, name, text))
    print(f"hits: {len(found)}")
    for hit in sorted(found):
        print("  ", hit)
    cyrillic_w(names, foreign)
    femin = [n for n in names if n.endswith(("ska", "cka", "dzka"))]
    import wordfreq

    polish = list(wordfreq.get_frequency_dict("pl"))
    stems = {w.fold(n).casefold()[:-3]: w.fold(n).casefold() for n in femin}
    read = {(word, stems[word[:len(stem)]]) for word in map(w.fold, polish) for stem in [word[:-2], word[:-3], word[:-4],
            word[:-5]] if stem in stems and w._with_ending(word, stems[stem], "pl")}
    read = {(word, n) for word, n in read if word not in (n, n[:-1] + "a")}  # not the name as written
    print(f"of {len(polish)} Polish words, {len(read)} read as one of the {len(femin)} feminine names' "
          f"other forms: {sorted(read)}")


#: Where reviews are held: offices, centres, schools, calls, other people's homes, and the home in words.
VENUES = """the family centre|the council offices|the contact centre|the social work office|a video call on Teams
|Zoom|the phone|the library|the youth club|the children's centre|the town hall|Room 2 at the civic centre
|the meeting room at the council offices|the Larkwood family centre|the visits hall|HMP Leeds visits hall
|the hospital ward|the CAMHS clinic|the health centre|the leisure centre cafe|the park|a cafe in town
|the YOT office|the virtual school office|Brigg Primary School hall|your old school|mum's house|dad's flat
|your nan's house|your brother's foster home|the supported lodgings office|the leaving care team's flat
|the training flat at the college|the house of commons visit room|the community house|the church hall
|the kitchen at the family centre|the garden room at the contact centre|the flat above the shop
|the Old School House community centre|the Housing Office|the housing office in town|the home office
|the home of your advocate|the foster carers' support group room|the placement team's office
|the council's placement team office|the lounge at the contact centre|the meeting room at your college
|the flat where your mum lives|the house where your dad lives|the family room at the police station
|the staff room at the children's home office|the care home where your nan lives|the nursing home
|the house group room at church|the home and school liaison office|a flat in the hostel|the hostel
|the foster placement team office""".replace(
    "\n", "").split("|")
HOMES = """the flat you share with Bev|the lounge at home|Kacey's placement|the house|the flat|the foster placement
|at your carers'|the kitchen at home|the house you live in|the placement|your placement|the foster home
|the living room in the flat|at home|the dining room at the house|the place you stay""".replace("\n", "").split("|")


def venues() -> None:
    """Each venue, read as the child's home before (without ``_VENUE_A_HOME``) and now."""
    import re

    records = sorted(Path(__file__).resolve().parent.parent.glob("tests/blind_corpus/*.yaml"))
    written = set()
    for path in records + sorted(Path(__file__).resolve().parent.parent.glob("examples/*.yaml")):
        written |= set(re.findall(r"^\s+venue: (.*)$", path.read_text(encoding="utf-8"), re.M))
    test_venues = set()
    for path in Path(__file__).resolve().parent.parent.glob("tests/*.py"):
        if path.name == "test_leaks_blind21_text.py":
            continue  # its venues are the home in words (HOMES)
        test_venues |= set(re.findall(r'venue[^,)]{0,3}[=:] ?"([^"]*)"', path.read_text(encoding="utf-8")))

    def home(venue: str) -> bool:
        return bool(w._VENUE_HOME.search(venue) or w._VENUE_THE_HOME.search(venue) or w._VENUE_CARERS_PLACE.search(venue))

    others = sorted(written | test_venues | set(VENUES))
    new = [v for v in others if w._VENUE_A_HOME.search(v) and not home(v)]
    print(f"{len(others)} venues (the records' and tests', and {len(VENUES)} more), {sum(map(home, others))} read as "
          f"the home before: {len(new)} more read as it now: {new}")
    missed = [v for v in HOMES if not (home(v) or w._VENUE_A_HOME.search(v) or "Kacey" in v)]
    print(f"{len(HOMES)} venues that are the home in words: {len(missed)} not read as it: {missed}")


if __name__ == "__main__":
    surnames() if "--surnames" in sys.argv else venues() if "--venues" in sys.argv else main()
