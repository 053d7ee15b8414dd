"""A name as a greeting addresses its person: Polish letters greet in the vocative ("Droga Zosiu,",
"Drogi Kacprze,"); a nominative after "Droga" is a grammar error a Polish family sees at once.

The vocative is formed only where it is certain: the common Polish names and diminutives below
(each checked against the SGJP dictionary through Morfeusz 2), diminutives in -sia/-zia/-dzia
("Krysia" -> "Krysiu"), and a girl's name not ending in -a, which Polish does not decline ("Droga
Lily,", "Droga Siobhán,"). Any other name (a boy called Riley, Kayden or Ty) gets None: the
greeting then uses the catalog's plain words, which leave the name as written ("Cześć, Riley,").

Not Morfeusz itself: a 9 MB native wheel for one greeting, and it reads "Ty" as the pronoun and
declines foreign names by guess; the few names a greeting needs are a table.
"""

from __future__ import annotations

import re
from typing import Callable

_POLISH_VOCATIVE = {
    # girls' and women's names, and their diminutives
    "Anna": "Anno", "Ania": "Aniu", "Asia": "Asiu", "Ewa": "Ewo", "Ewka": "Ewko", "Maria": "Mario",
    "Marysia": "Marysiu", "Julia": "Julio", "Julka": "Julko", "Zofia": "Zofio", "Zosia": "Zosiu",
    "Zuzanna": "Zuzanno", "Zuzia": "Zuziu", "Hanna": "Hanno", "Hania": "Haniu", "Lena": "Leno",
    "Alicja": "Alicjo", "Ala": "Alu", "Oliwia": "Oliwio", "Amelia": "Amelio", "Natalia": "Natalio",
    "Wiktoria": "Wiktorio", "Aleksandra": "Aleksandro", "Ola": "Olu", "Katarzyna": "Katarzyno",
    "Kasia": "Kasiu", "Małgorzata": "Małgorzato", "Gosia": "Gosiu", "Agnieszka": "Agnieszko",
    "Magdalena": "Magdaleno", "Magda": "Magdo", "Madzia": "Madziu", "Joanna": "Joanno",
    "Barbara": "Barbaro", "Basia": "Basiu", "Monika": "Moniko", "Karolina": "Karolino", "Marta": "Marto",
    "Kinga": "Kingo", "Iga": "Igo", "Nina": "Nino", "Pola": "Polu", "Laura": "Lauro", "Emilia": "Emilio",
    "Gabriela": "Gabrielo", "Helena": "Heleno", "Jagoda": "Jagodo", "Weronika": "Weroniko",
    "Martyna": "Martyno", "Milena": "Mileno", "Paulina": "Paulino", "Patrycja": "Patrycjo",
    "Dominika": "Dominiko", "Antonina": "Antonino", "Tosia": "Tosiu", "Jadwiga": "Jadwigo",
    "Jadzia": "Jadziu", "Krystyna": "Krystyno", "Elżbieta": "Elżbieto", "Ela": "Elu", "Dorota": "Doroto",
    "Beata": "Beato", "Iwona": "Iwono", "Sylwia": "Sylwio", "Justyna": "Justyno", "Agata": "Agato",
    "Klaudia": "Klaudio", "Daria": "Dario", "Michalina": "Michalino", "Blanka": "Blanko",
    "Franciszka": "Franciszko", "Kalina": "Kalino", "Malwina": "Malwino", "Urszula": None, "Ula": "Ulu",
    "Teresa": "Tereso", "Irena": "Ireno", "Izabela": "Izabelo", "Iza": "Izo", "Łucja": "Łucjo",
    "Maja": None, "Kamila": None,  # two vocatives in use (Majo, Maju): neither is certain
    # boys' and men's names, and their diminutives
    "Jan": "Janie", "Jaś": "Jasiu", "Janek": "Janku", "Piotr": "Piotrze", "Piotrek": "Piotrku",
    "Kacper": "Kacprze", "Tomek": "Tomku", "Tomasz": "Tomaszu", "Adam": "Adamie", "Paweł": "Pawle",
    "Marek": "Marku", "Michał": "Michale", "Jakub": "Jakubie", "Kuba": "Kubo", "Szymon": "Szymonie",
    "Szymek": "Szymku", "Filip": "Filipie", "Antoni": "Antoni", "Antek": "Antku", "Franek": "Franku",
    "Franciszek": "Franciszku", "Wojtek": "Wojtku", "Wojciech": "Wojciechu", "Krzyś": "Krzysiu",
    "Krzysztof": "Krzysztofie", "Mateusz": "Mateuszu", "Bartek": "Bartku", "Bartosz": "Bartoszu",
    "Łukasz": "Łukaszu", "Maciek": "Maćku", "Maciej": "Macieju", "Igor": "Igorze", "Oskar": "Oskarze",
    "Aleksander": "Aleksandrze", "Olek": "Olku", "Adrian": "Adrianie", "Dawid": "Dawidzie",
    "Kamil": "Kamilu", "Mikołaj": "Mikołaju", "Stanisław": "Stanisławie", "Staś": "Stasiu",
    "Tymon": "Tymonie", "Wiktor": "Wiktorze", "Nikodem": "Nikodemie", "Hubert": "Hubercie",
    "Leon": "Leonie", "Julian": "Julianie", "Józef": "Józefie", "Marcin": "Marcinie", "Patryk": "Patryku",
    "Dominik": "Dominiku", "Oliwer": "Oliwerze", "Ignacy": "Ignacy", "Tadeusz": "Tadeuszu", "Tadek": "Tadku",
    "Grzegorz": "Grzegorzu", "Andrzej": "Andrzeju", "Jacek": "Jacku", "Rafał": "Rafale",
    "Damian": "Damianie", "Daniel": "Danielu", "Sebastian": "Sebastianie", "Przemek": "Przemku",
    "Karol": "Karolu", "Konrad": "Konradzie", "Borys": "Borysie", "Maks": "Maksie",
    "Maksymilian": "Maksymilianie", "Miłosz": "Miłoszu", "Natan": "Natanie", "Stefan": "Stefanie",
    "Tymoteusz": "Tymoteuszu", "Witold": "Witoldzie", "Jarek": "Jarku", "Mirek": "Mirku",
    "Leszek": "Leszku", "Eryk": "Eryku", "Artur": "Arturze", "Emil": "Emilu", "Fabian": "Fabianie",
    "Gabriel": "Gabrielu", "Jerzy": "Jerzy", "Jurek": "Jurku", "Bruno": None,
}

#: A Polish diminutive in -sia, -zia or -dzia on a short stem ending in a vowel ("Krysia", "Józia",
#: "Kazia"): its vocative is always -siu, -ziu, -dziu. Letters Polish does not use (q, v, x) and a
#: longer stem ("Anastasia") mark a name from another language.
_DIMINUTIVE = re.compile(r"[A-ZŁŚŻŹĆ][a-pr-uwyząęóśźżćńł]{0,3}[aeiouyóąę](?:s|z|dz)ia")


#: Names that are Polish pronouns ("Ty" is "you"): "Droga Ty," reads "Dear You,", so never declined.
_POLISH_PRONOUNS = frozenset({"ja", "ty", "on", "ona", "ono", "my", "wy", "oni", "one"})


def polish_vocative(name: str, gender: str | None = None) -> str | None:
    """``name`` in the vocative where that is certain ("Zosia" -> "Zosiu"), else None; ``gender``
    is the person's grammatical gender ("female"), where known."""
    name = name.strip()
    if name.casefold() in _POLISH_PRONOUNS:
        return None
    if name in _POLISH_VOCATIVE:
        return _POLISH_VOCATIVE[name]
    if _DIMINUTIVE.fullmatch(name):
        return name[:-1] + "u"
    if gender == "female" and re.fullmatch(r"[^\W\d_]+", name) and not name.endswith("a"):
        return name
    return None


def address_form(code: str, name: str, gender: str | None = None) -> str | None:
    """``name`` as a greeting in the language addresses its person; None where the language
    would decline it and the tool cannot do so safely."""
    if code.split("_")[0] == "pl":
        return polish_vocative(name, gender)
    return name


def greets_adult_by_name(code: str, name: str, gender: str | None = None) -> bool:
    """An adult is greeted by name ("Dear Amina Khan,") where the language can write it so; not in
    Polish, where a first name, even in the vocative ("Ewo"), is how a child or a friend is greeted:
    an adult with no title is "Szanowna Pani," or "Dzień dobry,", as the letter's body is formal."""
    return code.split("_")[0] != "pl" and address_form(code, name, gender) is not None


def greeting(code: str, name: str, gender: str | None, message: str, agreeing: Callable[..., str],
             plain: Callable[..., str]) -> str:
    """``message`` ("Dear %(name)s,") to ``name``: in words that agree with the person
    (``agreeing``: Polish "Droga Zosiu,") where the name can take its form of address; else in
    the catalog's plain words (``plain``: "Cześć, Riley,"), which need no case and no gender."""
    form = address_form(code, name, gender)
    return agreeing(message, name=form) if form is not None else plain(message, name=name)


#: Boys' and men's names of the table above in the genitive (SGJP): the stem changes ("Kacper" ->
#: "Kacpra", "Tomek" -> "Tomka", "Paweł" -> "Pawła"), so each is written out.
_POLISH_GENITIVE_MALE = {
    "Jan": "Jana", "Jaś": "Jasia", "Janek": "Janka", "Piotr": "Piotra", "Piotrek": "Piotrka",
    "Kacper": "Kacpra", "Tomek": "Tomka", "Tomasz": "Tomasza", "Adam": "Adama", "Paweł": "Pawła",
    "Marek": "Marka", "Michał": "Michała", "Jakub": "Jakuba", "Kuba": "Kuby", "Szymon": "Szymona",
    "Szymek": "Szymka", "Filip": "Filipa", "Antoni": "Antoniego", "Antek": "Antka", "Franek": "Franka",
    "Franciszek": "Franciszka", "Wojtek": "Wojtka", "Wojciech": "Wojciecha", "Krzyś": "Krzysia",
    "Krzysztof": "Krzysztofa", "Mateusz": "Mateusza", "Bartek": "Bartka", "Bartosz": "Bartosza",
    "Łukasz": "Łukasza", "Maciek": "Maćka", "Maciej": "Macieja", "Igor": "Igora", "Oskar": "Oskara",
    "Aleksander": "Aleksandra", "Olek": "Olka", "Adrian": "Adriana", "Dawid": "Dawida", "Kamil": "Kamila",
    "Mikołaj": "Mikołaja", "Stanisław": "Stanisława", "Staś": "Stasia", "Tymon": "Tymona",
    "Wiktor": "Wiktora", "Nikodem": "Nikodema", "Hubert": "Huberta", "Leon": "Leona", "Julian": "Juliana",
    "Józef": "Józefa", "Marcin": "Marcina", "Patryk": "Patryka", "Dominik": "Dominika", "Oliwer": "Oliwera",
    "Ignacy": "Ignacego", "Tadeusz": "Tadeusza", "Tadek": "Tadka", "Grzegorz": "Grzegorza",
    "Andrzej": "Andrzeja", "Jacek": "Jacka", "Rafał": "Rafała", "Damian": "Damiana", "Daniel": "Daniela",
    "Sebastian": "Sebastiana", "Przemek": "Przemka", "Karol": "Karola", "Konrad": "Konrada",
    "Borys": "Borysa", "Maks": "Maksa", "Maksymilian": "Maksymiliana", "Miłosz": "Miłosza",
    "Natan": "Natana", "Stefan": "Stefana", "Tymoteusz": "Tymoteusza", "Witold": "Witolda",
    "Jarek": "Jarka", "Mirek": "Mirka", "Leszek": "Leszka", "Eryk": "Eryka", "Artur": "Artura",
    "Emil": "Emila", "Fabian": "Fabiana", "Gabriel": "Gabriela", "Jerzy": "Jerzego", "Jurek": "Jurka",
}


def polish_genitive(name: str) -> str | None:
    """``name`` in the genitive ("dziecka Zosi", "dziecka Kacpra") where that is certain: a name
    of the vocative table (checked against SGJP), a girl's by the regular endings of Polish
    feminine -a nouns, a boy's written out; else None (the sentence is then worded to need no case)."""
    name = name.strip()
    if name in _POLISH_GENITIVE_MALE:
        return _POLISH_GENITIVE_MALE[name]
    if name not in _POLISH_VOCATIVE and not _DIMINUTIVE.fullmatch(name) or not name.endswith("a"):
        return None
    stem = name[:-1]
    if stem.endswith(("si", "zi", "ci", "ni")):
        return stem  # a soft consonant: Zosia -> Zosi, Ania -> Ani, Jadzia -> Jadzi
    if re.search(r"[aeiouy]j$", stem):
        return stem[:-1] + "i"  # Maja -> Mai
    if stem.endswith(("i", "j", "k", "g", "l")):
        return stem + "i"  # Maria -> Marii, Alicja -> Alicji, Kinga -> Kingi, Ola -> Oli
    return stem + "y"  # Anna -> Anny, Małgorzata -> Małgorzaty
