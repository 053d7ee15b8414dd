"""System words and what to say instead (TACT's "Language that Cares", 2019,
and councils' own lists), with the context rules that keep ordinary uses
unflagged: "you can contact me" is fine, "contact with your mum" is not.

Councils add or override entries in the settings file
(``[language.glossary]``); an empty suggestion switches an entry off.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from typing import Callable, Iterable, Mapping

from .edits import Edit, TextFix
from .grammar import at_sentence_start, capitalised, word_before
from ..support import regexes

#: Given the text and a match, False when this use is an ordinary one.
Context = Callable[[str, "re.Match[str]"], bool]


@dataclasses.dataclass(frozen=True)
class Entry:
    term: str          # how the entry is named (and overridden in settings)
    pattern: str       # regular expression for the word and its inflections
    instead: str       # what to say instead
    case_sensitive: bool = False   # acronyms: LA is a system word, "la" is not
    applies: Context | None = None
    # A court's or the law's term: it names an order or a right, so it is kept and explained
    # (``instead`` says what it means), never swapped for a plain word that means something else.
    legal: bool = False


# "contact" is fine as a verb (contact me, contact the school) and in ordinary
# phrases (contact details, in contact with); as a noun for family time it is not.
_CONTACT_OBJECTS = {
    "me", "you", "him", "her", "them", "us", "your", "the", "a", "an", "my", "his",
    "their", "our", "someone", "anyone", "somebody", "anybody", "each", "both", "this",
    "that", "school", "college", "police", "childline", "jo", "any",
}
_CONTACT_ORDINARY_AFTER = {"details", "detail", "number", "numbers", "information", "info", "email",
                           "address", "card", "form", "lens", "lenses", "sport", "sports"}
_CONTACT_ORDINARY_BEFORE = {"in", "eye", "first", "point"}


def _next_word(text: str, end: int) -> str:
    match = re.match(r"\s*([A-Za-z'’]+)", text[end:])
    return match.group(1) if match else ""


def _previous_word(text: str, start: int) -> str:
    match = re.search(r"([A-Za-z'’]+)[\s-]*$", text[:start])
    return match.group(1).lower() if match else ""


def _contact_is_family_time(text: str, match: re.Match[str]) -> bool:
    after = _next_word(text, match.end())
    before = _previous_word(text, match.start())
    if before in _CONTACT_ORDINARY_BEFORE or after.lower() in _CONTACT_ORDINARY_AFTER:
        return False
    if match.group().lower() in {"contacted", "contacting"}:
        return False
    # A verb takes an object: contact me, contact Jo, contact the school.
    if after.lower() in _CONTACT_OBJECTS or (after[:1].isupper() and after.lower() != "with"):
        return False
    return True


#: After 'naughty', the words that make it said of the child or of what they did ('a naughty boy', 'naughty
#: behaviour', 'the naughty step'); any other noun after it is what the word describes ('a naughty dog called Max').
_NAUGHTY_OF_THE_CHILD = frozenset({"boy", "boys", "girl", "girls", "child", "children", "kid", "kids", "behaviour",
                                   "behaviours", "behavior", "step", "corner", "chair", "spot", "list", "thing",
                                   "things", "person", "one", "ones", "day", "days", "time", "times"})


def _naughty_said_of_the_child(text: str, match: re.Match[str]) -> bool:
    """'You were a bit naughty at school', 'naughty behaviour': a label put on the child. Not 'a naughty dog', 'the
    naughty elf': a noun after the word, other than a child or what they did, is what it describes."""
    from ..support import lexicon  # a word's parts of speech, asked only when the word is met
    after = _next_word(text, match.end())
    plain = after.lower()
    if not after or plain in _NAUGHTY_OF_THE_CHILD or match.group().lower() != "naughty":
        return True
    return not (after[:1].isupper() or lexicon.lemmas(plain, upos="NOUN"))


_BEING = frozenset({"was", "were", "been", "being", "be", "is", "are", "am", "get", "gets", "got", "getting"})


def _kept_in_hospital(text: str, match: re.Match[str]) -> bool:
    """'You were sectioned', 'sectioned under the Mental Health Act': what was done to the child by law. Not 'the
    hall was sectioned off', nor 'you sectioned the orange'."""
    if " " in match.group().strip():
        return True  # '... under the Mental Health Act'
    return (_previous_word(text, match.start()) in _BEING
            and _next_word(text, match.end()).lower() not in {"off", "into"})


def _not_after(*words: str) -> Context:
    def applies(text: str, match: re.Match[str]) -> bool:
        return _previous_word(text, match.start()) not in words
    return applies


#: What a scheme's name ends in: the plan, order, money or request it is. Not 'Club', 'Team', 'Service', 'Award':
#: places and prizes a child knows by name.
_SCHEME_HEADS = ("Plan", "Order", "Allowance", "Fund", "Grant", "Request", "Payment", "Agreement", "Assessment",
                 "Benefit", "Credit", "Commitment", "Premium", "Loan", "Notice", "Act", "Scheme")
_SCHEME_NAME = (r"(?:(?!(?:The|A|An|Your|My|His|Her|Their|Our|This|That|These|Those|Its)\b)"
                r"(?:\d+[-–]\d+|[A-Z][a-z]+)[\s-]+){1,4}(?:" + "|".join(_SCHEME_HEADS) + r")s?")


def _names_a_scheme(text: str, match: re.Match[str]) -> bool:
    """Whether capitalised words before a scheme's last word are everyday words (or an age range, '16-19'), none a
    given name: 'Local Housing Allowance', not 'Sophie Grant'."""
    from ..rules.people import GIVEN_NAMES  # the record's people words: not needed until a capital is met
    from ..support import lexicon
    from .familiar import CARE_WORDS
    words = re.findall(r"\d+[-–]\d+|[A-Za-z]+", match.group())[:-1]
    return all(re.fullmatch(r"\d+[-–]\d+", w) or (w.lower() not in GIVEN_NAMES and
                                                  (lexicon.lemmas(w.lower()) or w.lower() in CARE_WORDS))
               for w in words)


_E = Entry
BUILT_IN: tuple[Entry, ...] = (
    # The DOMAIN table
    _E("contact", r"contacts?|contacted|contacting", "family time, or seeing Mum, Dad or your brother", applies=_contact_is_family_time),
    _E("contact centre", r"contact cent(?:re|er)s?", "the family centre"),
    _E("supervised contact", r"(?:supervised|unsupervised|direct|indirect|sibling) contacts?", "family time (say who is there and how it happens)"),
    _E("letterbox contact", r"letterbox contacts?", "letters, cards or photos sent through the council instead of meeting", legal=True),
    _E("contact order", r"(?:no[\s-]+)?contact orders?", "a court order that says who you can see or hear from, and how", legal=True),
    _E("placement order", r"placement orders?", "a court order that lets the council find you a family who can adopt you", legal=True),
    # The other orders a court makes about a child, named by what they are about (the Children Act's, adoption's and
    # youth justice's): 'care order', 'supervision order', 'referral order' (issue 17, item 14, session 17).
    _E("court order", r"(?:interim |final |full )?(?:care|supervision|emergency protection|child arrangements?|residence"
       r"|adoption|secure accommodation|prohibited steps|specific issues?|non[\s-]molestation|deprivation of liberty"
       r"|referral|youth rehabilitation|criminal behaviour|detention and training|recovery|interim) orders?",
       "a court order that says what must happen (say what it decides: where you live, who you see)", legal=True),
    _E("placement plan", r"placement plans?", "the plan for your home: what your carers need to know and do", legal=True),
    _E("contact arrangements", r"contact (?:arrangements?|sessions?|visits?|plans?)", "family time (say when and where)"),
    _E("placement", r"placements?", "home, or where you live", applies=_not_after("work", "experience")),
    _E("placed", r"(?:placed with|(?:was|were|been|be|being|is|are|get|got) placed)", "went to live with, or came to live with"),
    _E("placement breakdown", r"placement (?:breakdowns?|broke down|break(?:s|ing)? down)", "had to move (and say why, kindly)"),
    _E("LAC", r"LAC", "child in care, or just your name", case_sensitive=True),
    _E("CLA", r"CLA|CiC|CIC", "child in care, or just your name", case_sensitive=True),
    _E("looked after child", r"looked[\s-]+after (?:child(?:ren)?|young (?:people|person))", "child in care, or just your name"),
    _E("LAC review", r"(?:LAC|CLA|CiC) reviews?", "your review, or your meeting", case_sensitive=True),
    _E("respite", r"respite", "a short break, or a sleepover"),
    _E("siblings", r"siblings?|sibling group", "brothers and sisters (use their names)"),
    _E("peers", r"peers|peer group|peer relationships?", "friends, or other children in your class"),
    _E("care plan", r"care plans?|care planning", "your plan"),
    _E("permanence", r"permanence|permanency", "a home where you can stay while you grow up"),
    _E("abscond", r"abscond(?:s|ed|ing)?", "ran away, or went missing"),
    _E("challenging behaviour", r"challenging behaviou?rs?", "finding things hard, or big feelings (say what happened)"),
    _E("leaving care", r"leaving care", "moving on (the team that helps you when you move on)"),
    _E("care leaver", r"care leavers?", "young person moving on from care"),
    # Acronyms: the words in full, explained
    _E("PEP", r"PEPs?", "your school plan (Personal Education Plan)", case_sensitive=True),
    _E("IRO", r"IROs?", "your Independent Reviewing Officer (the person who chairs your reviews and checks your plan)", case_sensitive=True),
    _E("SDQ", r"SDQs?", "the questionnaire about your feelings (the Strengths and Difficulties Questionnaire)", case_sensitive=True),
    _E("CAMHS", r"CAMHS", "the children's mental health team (CAMHS), who help with worries and feelings", case_sensitive=True),
    _E("YP", r"YP", "you, or your name", case_sensitive=True),
    _E("CYP", r"CYP", "children and young people", case_sensitive=True),
    _E("SW", r"SWs?", "your social worker (and their name)", case_sensitive=True),
    _E("LA", r"LA", "the council", case_sensitive=True),
    _E("local authority", r"local authority(?:'s|’s)?|local authorities", "the council"),
    _E("EHCP", r"EHCPs?|EHC plans?", "your plan for extra help at school (Education, Health and Care Plan)", case_sensitive=True),
    _E("SEN", r"SENDCOs?|SENCOs?|SENCos?|SEND|SEN", "extra help with learning (and the teacher who arranges it)", case_sensitive=True),
    _E("UASC", r"UASCs?", "a young person who came to the UK on your own", case_sensitive=True),
    _E("unaccompanied asylum seeking child", r"unaccompanied asylum[\s-]seeking (?:child(?:ren)?|young (?:people|person))", "a young person who came to the UK on your own"),
    _E("RHI", r"RHIs?", "a talk about what happened after you came back (a return home interview)", case_sensitive=True),
    _E("PA", r"PAs?", "your personal adviser (and their name)", case_sensitive=True),
    _E("FC", r"FCs?", "foster carer (use their names)", case_sensitive=True),
    _E("SGO", r"SGOs?", "a court order so that someone in your family can bring you up (special guardianship order)", case_sensitive=True),
    _E("CP", r"CP|CIN|CPP", "a plan to keep you safe (say what it is)", case_sensitive=True),
    _E("NEET", r"NEET", "not in school, college or work", case_sensitive=True),
    _E("YOT", r"YOT|YJS", "the youth justice team", case_sensitive=True),
    _E("ICO", r"ICOs?|ICPCs?|PLO|LADO|MASH|TAF|TAC", "the words in full, explained", case_sensitive=True),
    # What the acronyms above stand for, written out: as much the system's own words as the letters are (issue 17,
    # item 14, session 17). Not those a child is told by name (social worker, foster carer, personal adviser), nor
    # 'Children in Need', a charity's day every child knows.
    _E("youth offending team", r"youth offending (?:teams?|services?)", "the youth justice team (say what they do)"),
    _E("child protection plan", r"(?:initial |review )?child protection (?:plans?|conferences?|registers?|enquir(?:y|ies)"
       r"|investigations?|meetings?)|child in need (?:plans?|meetings?)", "a plan to keep you safe (say what it is)"),
    _E("strengths and difficulties questionnaire", r"strengths and difficulties questionnaires?",
       "the questionnaire about your feelings"),
    _E("child and adolescent mental health services", r"child and adolescent mental health services?",
       "the children's mental health team, who help with worries and feelings"),
    _E("return home interview", r"return home interviews?", "a talk about what happened after you came back"),
    _E("multi-agency safeguarding hub", r"multi[\s-]agency safeguarding hubs?|team around the (?:family|child)"
       r"|public law outline|designated officer", "the words in full, explained"),
    _E("not in education, employment or training", r"not in education,? employment,? or training",
       "not in school, college or work"),
    _E("section 20", r"(?:section|(?<!['’])s\.?)\s?20\b", "you came into care with your parents' agreement", legal=True),
    # The care system's and the benefits system's own names for its money, orders and risks: a child
    # meets them in letters about them, not in talk (issue 17, item 14, session 15).
    _E("pupil premium", r"pupil premium(?: plus)?", "extra money your school gets to help you learn (say what it pays for)"),
    _E("special guardianship", r"special guardian(?:ship)?s?(?: orders?)?",
       "a court order so that someone in your family can bring you up (special guardianship)", legal=True),
    _E("staying put", r"staying put (?:arrangements?|agreements?|carers?)|(?-i:Staying Put)",  # the scheme's name
       "staying on with your foster carers after you turn 18 (staying put)", legal=True),
    _E("Universal Credit", r"universal credit|personal independence payments?|disability living allowance"
       r"|jobseeker['’]?s allowance|employment and support allowance|housing benefit",
       "the name of a benefit: money from the government, and what it is for", legal=True),
    _E("UC", r"UC|PIP|DLA|JSA|ESA", "the benefit's name in full, and what the money is for", case_sensitive=True),
    _E("CSE", r"CSE|CCE", "say plainly and kindly what the risk is: people who use children for sex or crime",
       case_sensitive=True),
    # The law's and the health services' own names for what a young person can decide and do: met in letters and
    # assessments, not in talk (issue 17, item 14, session 16). 'Capacity' bare after have or lack is the Mental
    # Capacity Act's (not 'the capacity to', an ability, nor a hall's 'capacity of 200').
    # The Mental Health Act's own words for being kept in hospital (blind review 32): a young person may have heard
    # 'sectioned', but it names an order of the law, kept and explained; not 'sectioned off', a part of a room.
    _E("sectioned", r"section(?:ed|ing)(?:\s+under\s+(?:section\s+\d+\s+of\s+)?the\s+mental\s+health\s+act)?",
       "kept in hospital by law because doctors thought you were not safe (say where, and for how long)", legal=True,
       applies=_kept_in_hospital),
    _E("Mental Health Act", r"Mental Health Act(?: 1983)?", "the law that says when someone can be kept in hospital "
       "to get help with their mental health, and what their rights are then", case_sensitive=True, legal=True),
    _E("mental capacity", r"mental capacity|capacity assessments?|(?:have|has|had|having|lacks?|lacked|lacking|(?:the )?lack of)"
       r" capacity\b", "being able to understand a choice and make it yourself (say which choice)", legal=True),
    _E("sleep hygiene", r"sleep hygiene", "good sleep habits (say which: a bedtime, no screens late)"),
    # The school, SEND and health systems' own names for what they arrange around a child, and the leaving-care
    # system's for its money and schemes: met in letters and meetings about them, not in talk (issue 17, item 14,
    # session 16). A name written as one ('Local Offer', 'Staying Put') is the scheme's; the same words in small
    # letters may be plain English ('this is called staying put', 'a setting-up-home grant').
    _E("managed move", r"managed moves?", "moving to a new school that both schools agreed (say which school and why)"),
    _E("phased return", r"phased returns?|(?:reduced|part[\s-]time) timetables?",
       "going back to school a bit at a time (say which days or hours)"),
    _E("alternative provision", r"alternative provisions?|pupil referral units?",
       "a different place to learn, away from your school (say where)"),
    _E("PRU", r"PRUs?", "a different place to learn, away from your school (say where)", case_sensitive=True),
    _E("virtual school", r"virtual schools?(?: heads?)?",
       "the council's team who help children in care with school (say who helps you)"),
    _E("Local Offer", r"Local Offer", "the council's list of help for children who need extra help (say what help)",
       case_sensitive=True),
    _E("referral", r"referrals?", "asked them to see you (say who, and why)"),
    _E("SALT", r"SALTs?|SLTs?|OTs?", "say who they are and what they do: someone who helps you with talking, or "
       "with moving and doing things", case_sensitive=True),
    _E("section 17", r"(?:section|(?<!['’])s\.?)\s?(?:17|31|38|47)\b",
       "the part of the law it is under, said plainly (section 17: help or money the council gives)", legal=True),
    _E("Setting Up Home Allowance", r"Setting[\s-]Up[\s-]Home (?:Allowance|Grant)s?",
       "the money's name, and what it is for: things for your first home", case_sensitive=True),
    # A scheme's, an order's or a payment's own name, written as one: capitalised words ending in what it is
    # ('Personal Education Plan', 'Child Arrangements Order', 'Local Housing Allowance', '16-19 Bursary Fund',
    # 'Subject Access Request'): its name says what it is only to those who run it (issue 17, item 14, session
    # 17). Not a person ('Sophie Grant'), nor a club, team or service a child goes to ('Breakfast Club').
    _E("scheme name", _SCHEME_NAME, "what it is, in plain words (money for..., a court order that says..., "
       "a plan for...)", case_sensitive=True, legal=True, applies=_names_a_scheme),
    # Deficit and blaming words
    _E("refused to engage", r"(?:refus\w*|fail\w*|unwilling|reluctant) to engage|(?:did not|didn't|does not|doesn't|won't|will not) engage", "did not want to talk, or did not want to take part (and say why, if you know)"),
    _E("engage with", r"engag(?:e|es|ed|ing) (?:well )?(?:with|in)|engagement", "took part in, talked with, or joined in"),
    _E("disengaged", r"disengag(?:ed|ing|ement)|non-?engag\w*", "stopped going, or did not want to take part (and say why)"),
    _E("attention seeking", r"attention[\s-]+seeking", "wanting someone to notice you, or needing comfort"),
    _E("manipulative", r"manipulat(?:ive|ing|ion)", "what happened, and what you might have needed (drop the label)"),
    _E("presented as", r"(?:presented|presents|presenting|present) as", "seemed, or you told me you felt"),
    _E("non-compliant", r"non[\s-]?complian(?:t|ce)", "did not follow, or found it hard to follow (and say why)"),
    _E("kicked off", r"(?:kick|kicks|kicked|kicking) off", "got really upset, or had big feelings"),
    _E("outbursts", r"(?:aggressive |angry )?outbursts?", "big feelings (say what happened)"),
    _E("behaviours", r"behaviou?rs|risk[\s-]taking behaviou?r", "what you did, or how you were feeling"),
    _E("disclosed", r"disclos(?:e|ed|es|ing|ure|ures)", "told"),
    # A telling-off's word ('You were a bit naughty at school'): blames a child, and talks down to an older one
    # (blind review 32). Said of a dog in a book it is the book's.
    _E("naughty", r"naught(?:y|ier|iest|iness)", "say what happened and what was hard for you, kindly (drop the label)",
       applies=_naughty_said_of_the_child),
    _E("difficult to place", r"difficult to place|hard to place", "needed a home that was right for you"),
    # Office words for ordinary things
    _E("statutory visit", r"statutory (?:visits?|reviews?)", "visits from your social worker"),
    _E("delegated authority", r"delegated authority", "things your carers can say yes to without asking"),
    _E("corporate parent", r"corporate parents?|corporate parenting", "the council, who look after you"),
    _E("parental responsibility", r"parental responsibility", "who can make decisions about you"),
    _E("care proceedings", r"care proceedings|proceedings", "the court case about where you will live"),
    # The court's word for a hearing put off: children in care proceedings meet it in letters, never in talk.
    _E("adjourned", r"adjourn(?:s|ed|ing|ments?)?", "put off until another day (and say when)"),
    _E("reunification", r"reunification|rehabilitation home", "going back to live with your family"),
    _E("missing episode", r"missing episodes?", "times you went missing"),
    _E("residential placement", r"residential (?:units?|settings?|provisions?)", "your children's home"),
    _E("significant harm", r"significant harm", "being hurt, or not being safe"),
    _E("case", r"(?:your|his|her|their) case\b|case (?:files?|notes|closure|worker)", "your life, or your plan"),
    _E("interventions", r"interventions?", "help (say what kind)"),
    _E("accommodated", r"accommodated", "came into care, or came to live here"),
)


# The one plain replacement for a system word, by the form written, and whether
# `check --fix` may apply it unseen (safe) or only with --unsafe-fixes. Words
# left out have no single replacement: "contact" may be Mum, Dad or a brother.
_R = {
    # Unsafe: two brothers are not "brothers and sisters", and peers who bully are not "friends".
    "siblings": ({"siblings": "brothers and sisters", "sibling": "brother or sister",
                  "sibling group": "brothers and sisters"}, False),
    "peers": ({"peers": "friends", "peer group": "friends", "peer relationships": "friendships",
               "peer relationship": "friendships"}, False),
    "LAC review": ({"*s": "your reviews", "*": "your review"}, True),
    "care plan": ({"care plans": "plans", "care plan": "your plan", "care planning": "planning"}, True),
    "local authority": ({"local authority": "the council", "local authority's": "the council's",
                         "local authority’s": "the council’s", "local authorities": "councils"}, True),
    "LA": ({"*": "the council"}, True),
    "contact centre": ({"*s": "family centres", "*": "the family centre"}, True),
    "looked after child": ({"looked after child": "child in care", "looked after children": "children in care",
                            "looked-after child": "child in care", "looked-after children": "children in care",
                            "looked after young person": "young person in care",
                            "looked after young people": "young people in care"}, True),
    "SW": ({"SWs": "social workers", "SW": "your social worker"}, True),
    "IRO": ({"IROs": "Independent Reviewing Officers", "IRO": "Independent Reviewing Officer"}, True),
    "YP": ({"*": "you"}, False),
    "statutory visit": ({"statutory visits": "visits from your social worker",
                         "statutory visit": "visit from your social worker"}, False),
    "disclosed": ({"disclosed": "told", "disclose": "tell", "discloses": "tells", "disclosing": "telling"}, False),
    "contact": ({"contact": "family time"}, False),
    # Said with what the phrase says of family time: a plan for it is not the time itself.
    "contact arrangements": ({"contact arrangements": "plans for family time", "contact arrangement":
                              "plan for family time", "contact plans": "plans for family time",
                              "contact plan": "plan for family time",
                              # Counted ('4 of the last 6 contact sessions'): family time is not, its visits are.
                              "contact sessions": "family time sessions", "contact session": "family time session",
                              "contact visits": "family time visits", "contact visit": "family time visit"}, False),
    # Not "supervised contact" (who is there, or that it is by letter, is what the words say) nor a
    # legal term (placement order, letterbox contact, contact order: an entry of its own, explained).
    "placement": ({"placement": "home", "placements": "homes"}, False),
    "respite": ({"respite": "short breaks"}, False),
    "abscond": ({"absconded": "ran away", "absconding": "running away", "abscond": "run away",
                 "absconds": "runs away"}, False),
    "kicked off": ({"kicked off": "got really upset", "kicks off": "gets really upset",
                    "kicking off": "getting really upset", "kick off": "get really upset"}, False),
    "outbursts": ({"outbursts": "big feelings"}, False),  # "an outburst" is one time: no single word
    "reunification": ({"reunification": "going back to live with your family"}, False),
    # A residential setting or provision may be a school or a secure unit: only a unit is a home.
    "residential placement": ({"residential unit": "children's home", "residential units": "children's homes"},
                              False),
    "engage with": ({"engage with": "take part in", "engaged with": "took part in",
                     "engages with": "takes part in", "engaging with": "taking part in",
                     "engage well with": "take part well in", "engaged well with": "took part well in"}, False),
    "interventions": ({"intervention": "help", "interventions": "help"}, False),
}
_BUILT_IN_BY_TERM = {entry.term: entry for entry in BUILT_IN}


def replacement(entry: Entry, word: str) -> tuple[str, bool] | None:
    """(replacement, safe) for a system word as written, or None when it has no single one.

    Only built-in entries have one: a council that rewords a suggestion decides its own.
    """
    if _BUILT_IN_BY_TERM.get(entry.term) is not entry or entry.term not in _R or entry.legal:
        return None
    forms, safe = _R[entry.term]
    written = re.sub(r"[\s-]+", " ", word) if not entry.case_sensitive else word
    key = written if entry.case_sensitive else written.lower()
    if key in forms:
        return forms[key], safe
    plural = key.endswith("s") and not key.endswith("ss")
    if plural and "*s" in forms:
        return forms["*s"], safe
    if "*" in forms:
        return forms["*"], safe
    return None


@dataclasses.dataclass(frozen=True)
class Hit:
    entry: Entry
    start: int
    end: int
    word: str


class Glossary:
    """The compiled entries; `find` returns non-overlapping system words in a text."""

    def __init__(self, entries: Iterable[Entry]):
        # Longest terms first, so "contact centre" wins over "contact" at the same place.
        self.entries = sorted(entries, key=lambda e: -len(e.term))
        self._by_group: dict[str, Entry] = {}
        patterns = {False: [], True: []}
        for number, entry in enumerate(self.entries):
            group = f"e{number}"
            self._by_group[group] = entry
            patterns[entry.case_sensitive].append(f"(?P<{group}>{entry.pattern})")
        boundary = r"(?<![\w-])(?:{})(?![\w-]|['’]\w\w)"
        # Built-in terms and a council's own (settings, never a record's): kept compiled (6 ms).
        self._regexes = [
            regexes.compile(boundary.format("|".join(p)), 0 if sensitive else re.I)
            for sensitive, p in patterns.items() if p
        ]

    def find(self, text: str) -> list[Hit]:
        hits: list[Hit] = []
        for regex in self._regexes:
            for match in regex.finditer(text):
                entry = self._by_group[match.lastgroup]
                if entry.applies and not entry.applies(text, match):
                    continue
                hits.append(Hit(entry, match.start(), match.end(), match.group()))
        hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
        kept: list[Hit] = []
        for hit in hits:
            if not kept or hit.start >= kept[-1].end:
                kept.append(hit)
        return kept

    def __len__(self) -> int:
        return len(self.entries)


def _entry_from_setting(term: str, instead: str) -> Entry:
    words = term.split()
    pattern = r"[\s-]+".join(re.escape(w) for w in words) + r"(?:s|es)?"
    acronym = term.isupper() and len(term) > 1
    return Entry(term, pattern, instead, case_sensitive=acronym)


def build(overrides: Mapping[str, str] | None = None) -> Glossary:
    """The built-in glossary with a council's additions and overrides applied."""
    return _build(tuple(sorted((overrides or {}).items())))


@lru_cache(maxsize=32)
def _build(overrides: tuple[tuple[str, str], ...]) -> Glossary:
    entries = {e.term.lower(): e for e in BUILT_IN}
    for term, instead in overrides:
        key = term.strip().lower()
        if not instead.strip():
            entries.pop(key, None)
        elif key in entries:
            entries[key] = dataclasses.replace(entries[key], instead=instead.strip())
        else:
            entries[key] = _entry_from_setting(term.strip(), instead.strip())
    return Glossary(entries.values())


# ------------------------------------------------------------------ the fix: a system word swapped

_DETERMINERS = {"the", "a", "an", "your", "his", "her", "their", "this", "that", "my", "our", "its"}
_MODIFIERS = {"next", "last", "first", "second", "third", "new", "current", "recent", "latest",
              "previous", "upcoming", "own", "early", "late", "annual", "every", "each"}




#: Replacements that are not counted ('family time', 'help'), and those only plural ('short breaks').
_UNCOUNTED = frozenset({"family time", "help", "planning", "going back to live with your family"})
_PLURAL_ONLY = frozenset({"short breaks", "big feelings", "brothers and sisters", "friends", "friendships"})
#: A word that counts what follows: '6 contact', 'every contact', 'an intervention'.
_COUNTED = regexes.compile(r"(?:(?<![\w.,])\d+|\b(?:a|an|one|each|every|another|two|three|four|five|six|seven|"
                           r"eight|nine|ten|several|many|few|both|these|those))\s+$", re.IGNORECASE)
_ONE = frozenset({"a", "an", "one", "each", "every", "another", "1"})


def _counted_wrongly(text: str, start: int, replacement: str) -> bool:
    """Whether the replacement would be counted where it cannot be: '4 of the last 6 family time',
    'an help', 'a short breaks'."""
    counted = _COUNTED.search(text[:start])
    if counted is None:
        return False
    plain = replacement.lower()
    return plain in _UNCOUNTED or (plain in _PLURAL_ONLY and counted.group().strip().lower() in _ONE)


def system_word_fix(text: str, start: int, end: int, replacement: str, safe: bool,
                    case_sensitive: bool, mid_sentence: bool = False) -> TextFix | None:
    """Swap a system word for its plain replacement, keeping the sentence's capitals.

    A replacement that brings its own determiner ('your review') takes the place
    of the one before it: 'the LAC review' -> 'your review', not 'the your review';
    after 'next' or 'last' it drops its own: 'next LAC review' -> 'next review'. None where
    the replacement cannot be counted as the word was ('6 contact': not '6 family time').
    """
    if _counted_wrongly(text, start, replacement):
        return None
    word = text[start:end]
    first, _, rest = replacement.partition(" ")
    before = word_before(text, start)
    if rest and first.lower() in {"your", "the", "a"}:
        if before and before[0].lower() in _DETERMINERS and (first.lower() == "your" or before[0].lower() in {"the", "a", "an"}):
            start = before[1]
            word = text[start:end]
        elif before and before[0].lower() in _MODIFIERS:
            replacement = rest
    # A capital the IRO gave the word mid-sentence ('the Contact Centre') is kept, but never on a
    # 'the' or 'your' brought in: 'at the family centre', not 'at The family centre'.
    capital = at_sentence_start(text, start, mid_sentence) or (
        word[:1].isupper() and not case_sensitive and first.lower() not in {"your", "the", "a", "an"})
    if before and before[0].lower() in {"a", "an"} and start != before[1]:
        # 'a sibling' -> 'a brother or sister'; 'an' before a consonant would be wrong
        article = "an" if replacement[:1].lower() in "aeiou" else "a"
        if before[0].lower() != article:
            return TextFix((Edit(before[1], before[2], capitalised(article, before[0][:1].isupper())),
                            Edit(start, end, replacement)), safe,
                           f"write '{replacement}' for '{word}'")
    new = capitalised(replacement, capital)
    return TextFix((Edit(start, end, new),), safe, f"write '{new}' for '{word}'")
