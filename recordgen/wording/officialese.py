"""The compound prepositions of official letters, each with the everyday word it stands for.

Plain-English guides (the Plain English Campaign's A to Z of alternative words, GOV.UK's style
guide) list these phrases as the ones to write plainly: "prior to" is "before", "in relation to"
is "about", "on a weekly basis" is "weekly". Each of their words may be an everyday one ("prior"
aside), so a word-by-word check lets them through, though a child meets them only in letters about
them (issue 17, item 14, session 15). Left out: phrases with an everyday sense too ("in line with"
a queue, "on the grounds of" a school, "with respect to" a teacher, "take place", "in order to").
"""

from __future__ import annotations

import re
from ..support import regexes

#: Phrase (a regular expression, lower case) -> what to say instead.
PHRASES: dict[str, str] = {
    r"prior to": "before",
    r"subsequent to": "after",
    r"in relation to": "about",
    r"with regards? to|in regard to|as regards": "about",
    r"in respect of": "about, or for",
    r"in accordance with": "as, or following",
    r"in conjunction with": "with",
    r"in terms of": "about, or for",
    r"on an? \w+ basis": "say how often: every week, each day",
    r"at a frequency of": "say how often: once a month",
    r"in attendance": "there",
    r"into consideration": "thought about",
    r"in the event (?:of|that)": "if",
    r"for the purposes? of": "for",
    r"with reference to": "about",
    r"in excess of": "more than",
    r"in receipt of": "getting",
    r"by virtue of": "because of",
    r"with effect from": "from",
    r"in the absence of": "without",
    r"as a consequence of": "because of",
    r"in (?:the )?light of": "because of",
    r"at (?:this|that) (?:point|moment) in time|at the present time": "now, or then",
    r"in the vicinity of|in close proximity to": "near",
    r"on the grounds that|due to the fact that": "because",
    r"in advance of": "before",
    r"in view of|owing to": "because of",
    r"in lieu of": "instead of",
    r"with a view to": "to",
    r"in the interim": "meanwhile, or for now",
    r"until such time as": "until",
    r"in the first instance": "first",
    r"with the exception of": "except",
    r"in the course of": "during",
    r"in the context of": "in, or about",
    r"in a timely (?:manner|fashion)": "soon, or on time",
    r"at your earliest convenience": "as soon as you can",
    # The formal verbs of letters in their set phrases: duties, rights and notices put in the passive.
    r"(?:may|might) wish to": "might want to",
    r"(?:am|is|are|was|were|be|been|being) (?:required|obliged) to": "must, or have to",
    r"(?:am|is|are|was|were|be|been|being) (?:notified|informed|advised) (?:of|that|about)": "told",
    r"entitled to": "have a right to",
    r"seek(?:s|ing)? (?:advice|help|support|legal)|sought (?:advice|help|support|legal)": "ask for",
    r"in due course": "later, or say when",
    r"in a position to": "able to",
    r"with immediate effect": "from now on",
    r"on receipt of": "when you get",
    r"in the interests? of": "for, or to keep",
    r"as and when": "when",
    r"at this juncture": "now",
    r"at the earliest opportunity": "as soon as we can",
    r"(?:put|puts|putting) in place|(?:been|be|was|were|is|are) put in place": "set up",
    # A service's metaphor for help made to fit: 'tailored to your needs', 'tailored support'.
    r"tailored (?:to|support|help|plans?|packages?)": "made to fit you, or just for you",
}

_PATTERN = regexes.compile("|".join(f"(?P<p{i}>{p})" for i, p in enumerate(PHRASES)), re.IGNORECASE)
_INSTEAD = list(PHRASES.values())
_BOUNDED = regexes.compile(rf"(?<![\w'’-])(?:{_PATTERN.pattern})(?![\w'’-])", re.IGNORECASE)


def find(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, phrase as written, what to say instead) of each officialese phrase in the text."""
    found = []
    for match in _BOUNDED.finditer(text):
        index = next(i for i, group in enumerate(match.groups()) if group is not None)
        found.append((match.start(), match.end(), match.group(), _INSTEAD[index]))
    return found
