"""What one recipient must never see, and whether a text shows any of it.

The one place that decides what is secret in a record. Validation (leaks into
shared text), rendering (what goes into a copy), the batch (file names, what is
kept out of the manifest and messages) all ask here.

What is secret:

* a withheld item's text (``child_views``, ``working_well``, ``worries``,
  ``goals``) and a withheld action's ``what``: from the roles in its
  ``withhold_from``. An action's ``who`` and ``by`` are not secret: a named
  person and a date appear all over a record, and the secret is what that
  person will do. (The whole withheld action still stays out of the copy.)
* with ``placement.confidential``, from parents: the address (whole, its first
  line when that has a house number, its postcode) and the school.

When a text shows a secret:

* an address or school: whenever it appears, ignoring case, spacing and end
  punctuation (strict, as a home must not be findable);
* a withheld item: when the text repeats the whole item, word for word
  (ignoring case and punctuation). Sharing a phrase with it ("family time",
  "your social worker", a name, a date) is not showing it: "Mum missed family
  time" and "Dad missed family time" are different news. A one-word item would
  match everywhere and says nothing about anyone, so it never counts.
  Not caught: a paraphrase, or part of an item quoted; the IRO's own reading is
  the check for those.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from typing import Any, Iterable, Iterator

from ..record.model import Placement, Record, Role
from ..record.naming import filename_slug

#: What replaces a secret in a manifest reason or a message.
WITHHELD_MARK = "[withheld]"
#: A withheld item shorter than this many words cannot be leaked by repeating it.
MIN_SECRET_WORDS = 2

_UK_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")  # letters and digits; "Mum's" is one word


@dataclasses.dataclass(frozen=True)
class Secret:
    """One value a recipient must never see."""

    text: str                       # as written in the record
    what: str                       # "withheld item", "address", "first line of the address", "postcode", "school"
    loc: tuple[str | int, ...]      # where it is written (0-based list indices)
    hidden_from: frozenset[Role]
    strict: bool                    # any appearance shows it (address, school)

    @property
    def item(self) -> tuple[str | int, ...]:
        """The record item it belongs to: ``("actions", 2)``, ``("placement",)``."""
        return self.loc[:2] if self.loc[0] != "placement" else self.loc[:1]


# ---------------------------------------------------------------- what is secret


def visible_items(items: list, section: str, role: Role) -> Iterator[tuple[tuple[str, int], Any]]:
    """``(location, item)`` for each item of a section that ``role`` may see.

    Locations keep the item's place in the record, so translations keyed by
    location still match when earlier items are withheld.
    """
    for index, item in enumerate(items):
        if role not in item.withhold_from:
            yield (section, index), item


def named_recipients(record: Record, recipient) -> list:
    """Who was sent a copy, as ``recipient``'s copy may list them: in the record's order,
    without those the IRO keeps from the recipient's role; their own name always stays."""
    return [other for other in record.distribution
            if other == recipient or recipient.role not in other.withhold_from]


def confidential_from(record: Record, role: Role) -> bool:
    """Address and school are withheld from parents when the placement is confidential."""
    return record.placement.confidential and role is Role.parent


def address_fragments(address: str) -> list[tuple[str, str]]:
    """The parts of an address specific enough to identify a home: whole, first line, postcode."""
    fragments = [("address", address)]
    first_line = address.split(",")[0].strip()
    if first_line and first_line != address and re.search(r"\d", first_line):
        fragments.append(("first line of the address", first_line))
    for postcode in _UK_POSTCODE.findall(address):
        fragments.append(("postcode", postcode))
    return fragments


def _placement_secrets(placement: Placement) -> list[Secret]:
    if not placement.confidential:
        return []
    parents = frozenset({Role.parent})
    found = [Secret(piece, what, ("placement", "address"), parents, strict=True)
             for what, piece in address_fragments(placement.address)]
    if placement.school:
        found.append(Secret(placement.school, "school", ("placement", "school"), parents, strict=True))
    return found


def secrets(record: Record) -> list[Secret]:
    """Everything in this record that is withheld from someone."""
    found = [Secret(item.text, "withheld item", (section, i), frozenset(item.withhold_from), strict=False)
             for section in ("child_views", "working_well", "worries", "goals")
             for i, item in enumerate(getattr(record, section)) if item.withhold_from]
    found += [Secret(action.what, "withheld item", ("actions", i, "what"), frozenset(action.withhold_from),
                     strict=False)
              for i, action in enumerate(record.actions) if action.withhold_from]
    return found + _placement_secrets(record.placement)


def secrets_for(record: Record, role: Role) -> list[Secret]:
    """What a recipient with ``role`` must never see."""
    return [s for s in secrets(record) if role in s.hidden_from]


def withheld_texts(record: Record, role: Role) -> list[str]:
    """The text of every secret ``role`` must not see."""
    return [s.text for s in secrets_for(record, role)]


# ---------------------------------------------------------------- does a text show it


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text.casefold()).strip(" .,;:!?\"'")


def _words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text).replace("\u2019", "'").casefold())


def _repeats(words: list[str], secret_words: list[str]) -> bool:
    """Does ``words`` hold all of ``secret_words``, in order and together?"""
    size = len(secret_words)
    if size < MIN_SECRET_WORDS:
        return False
    first = secret_words[0]
    return any(words[i:i + size] == secret_words for i, word in enumerate(words) if word == first)


def shows(text: str, secret: Secret) -> bool:
    """Does ``text`` show ``secret``? (The rules are in this module's docstring.)"""
    if secret.strict:
        value = _normal(secret.text)
        return bool(value) and value in _normal(text)
    return _repeats(_words(text), _words(secret.text))


def names(text: str, name: str) -> bool:
    """Does ``text`` name ``name`` (whole words, any case)? For recipients kept from others' copy lists."""
    wanted, words = _words(name), _words(text)
    return bool(wanted) and any(words[i:i + len(wanted)] == wanted for i in range(len(words)))


def leaks(record: Record) -> Iterator[tuple[tuple[str | int, ...], Secret, list[Role]]]:
    """``(where, secret, who would see it)`` for each text that shows a secret to someone it is withheld from.

    A text never leaks its own item (an action's ``who`` beside its ``what``).
    """
    found = secrets(record)
    for loc, text, withheld in record.free_texts():
        for secret in found:
            exposed = sorted(secret.hidden_from - withheld, key=lambda r: r.value)
            if not exposed or loc[:2] == secret.item[:2]:
                continue
            if shows(text, secret):
                yield loc, secret, exposed
                if secret.strict:
                    break  # one placement message per text is enough


def file_name_shows(path: str, record: Record, role: Role) -> bool:
    """True when a copy's path would show something ``role`` must not see, or its file-name slug."""
    slugged = filename_slug(path)
    for secret in secrets_for(record, role):
        if not secret.strict:
            if _repeats(_words(slugged.replace("-", " ")), _words(filename_slug(secret.text).replace("-", " "))):
                return True
            continue
        for piece in _address_pieces(secret.text):
            piece_slug = filename_slug(piece)
            if piece.casefold() in path.casefold() or (len(piece_slug) >= 4 and piece_slug in slugged):
                return True
    return False


# ---------------------------------------------------------------- keeping secrets out of messages


def _address_pieces(text: str | None) -> list[str]:
    """A value and each comma-separated part of it of four characters or more ("Scunthorpe")."""
    if not text:
        return []
    return [text] + [piece.strip() for piece in text.split(",") if len(piece.strip()) >= 4]


def redaction_terms(record: Record) -> list[str]:
    """What to hide in anything written about this record (manifest, messages, logs).

    Wider than what a recipient must not see: every withheld item, and with a
    confidential placement each part of the address and school, town included.
    """
    terms = [s.text for s in secrets(record) if not s.strict]
    if record.placement.confidential:
        terms += _address_pieces(record.placement.address) + _address_pieces(record.placement.school)
    return terms


def raw_redaction_terms(data: Any) -> list[str]:
    """The same for a record read as plain data that does not fit the model (so cannot be trusted).

    Every ``text`` or ``what`` next to a ``withhold_from``, and the placement's
    address and school whether or not it says it is confidential.
    """
    terms: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("withhold_from"):
                terms.extend(v for k, v in node.items() if k in ("text", "what") and isinstance(v, str))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(data)
    placement = data.get("placement") if isinstance(data, dict) else None
    if isinstance(placement, dict):
        for key in ("address", "school"):
            if isinstance(placement.get(key), str):
                terms += _address_pieces(placement[key])
    return terms


def redact(text: str, terms: Iterable[str]) -> str:
    """``text`` with every term (ignoring case) replaced by WITHHELD_MARK, longest first."""
    for term in sorted({t for t in terms if t and t.strip()}, key=len, reverse=True):
        text = re.sub(re.escape(term), WITHHELD_MARK, text, flags=re.IGNORECASE)
    return text
