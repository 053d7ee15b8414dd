"""The page's words for a person: each field's plain name, and validation messages said to the IRO
(the rules are `validate`'s; only the wording differs: a form, not a file)."""

from __future__ import annotations

import re

#: What each field is called on the page (its label), by record path; {n} is a row's number.
LABELS = {
    "child.name": "The child's full name",
    "child.known_as": "Known as",
    "child.id": "Case number",
    "child.date_of_birth": "Date of birth",
    "child.entered_care": "Date they came into care",
    "child.pronouns": "The child's pronouns",
    "child.language": "Language of the child's copy",
    "child.reading_level": "Reading level",
    "review.date": "Review date",
    "review.sequence": "Review number",
    "review.venue": "Where the review was held",
    "review.chair.name": "Chaired by (IRO)",
    "review.chair.phone": "IRO's phone",
    "review.chair.email": "IRO's email",
    "review.chair.pronouns": "IRO's pronouns",
    "review.participation": "How the child took part",
    "review.written": "Date the record was written",
    "review.adjourned_from": "Date the review started, if it was adjourned and finished later",
    "review.attendees": "Who came",
    "review.attendees.{n}": "Person {n} in who came",
    "review.attendees.{n}.name": "Name, person {n}",
    "review.attendees.{n}.role": "Role, person {n}",
    "review.attendees.{n}.attended": "Came to the meeting, person {n}",
    "review.attendees.{n}.contributed": "How they shared their views, person {n}",
    "child_views": "The child's words",
    "child_views.{n}": "The child's words {n}",
    "working_well": "What's working well",
    "working_well.{n}": "What's working well {n}",
    "worries": "What are we worried about",
    "worries.{n}": "What are we worried about {n}",
    "goals": "What will it look like when things are better",
    "goals.{n}": "What will it look like when things are better {n}",
    "scale": "The scale",
    "scale.score": "Score (0 to 10)",
    "scale.by": "Who gave the score",
    "scale.meaning": "What 0 and 10 mean",
    "actions": "Who does what, by when",
    "actions.{n}": "Action {n}",
    "actions.{n}.who": "Who, action {n}",
    "actions.{n}.what": "What, action {n}",
    "actions.{n}.by": "By, action {n}",
    "care_plan.plan": "The plan",
    "care_plan.still_right": "Is the plan still right for the child?",
    "rights.advocate": "Advocate",
    "rights.independent_visitor": "Independent visitor",
    "rights.complaints_explained": "Was how to complain explained?",
    "placement.carers": "Carers",
    "placement.address": "Address",
    "placement.school": "School",
    "placement.confidential": "Keep the address and school from parents",
    "placement.carers_named_to_parents": "Parents' copies may name the carers in full",
    "next_review.date": "Next review date",
    "distribution": "Who gets a copy",
    "distribution.{n}": "Copy {n}",
    "distribution.{n}.role": "Who they are, copy {n}",
    "distribution.{n}.name": "Name, copy {n}",
    "distribution.{n}.language": "Language, copy {n}",
    "distribution.{n}.format": "Format, copy {n}",
    "distribution.{n}.bilingual": "In their language and English, copy {n}",
    "distribution.{n}.email": "Email, copy {n}",
    "distribution.{n}.address": "Postal address, copy {n}",
}

#: The question a field asks when it has no answer yet (instead of "'x' is missing").
_ASK = {
    "care_plan.still_right": "Say whether the plan is still right for the child",
    "rights.advocate": "Say where the child is with an advocate",
    "rights.independent_visitor": "Say where the child is with an independent visitor",
    "rights.complaints_explained": "Say whether how to complain was explained",
    "review.participation": "Choose how the child took part",
    "distribution.{n}.role": "Choose who copy {n} is for",
}


#: What an empty required field asks for.
_ENTER = {
    "child.name": "Enter the child's full name",
    "child.id": "Enter the case number",
    "child.date_of_birth": "Enter the date of birth",
    "child.entered_care": "Enter the date they came into care",
    "review.date": "Enter the review date",
    "review.sequence": "Enter the review number",
    "review.venue": "Enter where the review was held",
    "review.chair.name": "Enter the name of the IRO who chaired the review",
    "review.attendees.{n}.name": "Enter the name of person {n} in who came",
    "review.attendees.{n}.role": "Enter the role of person {n}, or tick 'This is the child'",
    "child_views.{n}": "Write the child's words {n}, or remove it",
    "working_well.{n}": "Write what's working well {n}, or remove it",
    "worries.{n}": "Write the worry {n}, or remove it",
    "goals.{n}": "Write the goal {n}, or remove it",
    "scale.score": "Enter the score, 0 to 10",
    "scale.by": "Enter who gave the score, or tick 'The child gave the score'",
    "scale.meaning": "Enter what 0 and 10 mean",
    "actions.{n}.who": "Enter who will do action {n}",
    "actions.{n}.what": "Enter what will be done in action {n}",
    "actions.{n}.by": "Enter the date action {n} will be done by",
    "care_plan.plan": "Enter the plan",
    "placement.carers": "Enter the carers' names",
    "placement.address": "Enter the address",
    "distribution.{n}.name": "Enter the name of the reader of copy {n}",
}


#: An item's text is the item itself on the form: "worries.4.text" is "What are we worried about 4".
_ITEM_TEXT = re.compile(r"^(child_views|working_well|worries|goals)\.(\d+)\.text$")


def _pattern(path: str) -> tuple[str, str]:
    """'actions.2.by' -> ('actions.{n}.by', '2')."""
    found = re.findall(r"\.(\d+)(?=\.|$)", path)
    return re.sub(r"\.\d+(?=\.|$)", ".{n}", path), (found[0] if found else "")


def label(path: str) -> str:
    pattern, n = _pattern(_ITEM_TEXT.sub(r"\1.\2", path))
    text = LABELS.get(path) or LABELS.get(pattern)
    if text:
        return text.replace("{n}", n)
    return path.replace("_", " ").replace(".", ", ")


def plain(path: str, message: str) -> str:
    """`validate`'s message for a field, said to a person filling in a form."""
    path = _ITEM_TEXT.sub(r"\1.\2", path)
    pattern, n = _pattern(path)
    name = label(path)
    blank = (re.search(r"is missing and is needed|should have at least 1 character|'None' |"
                       r"^'' |must not be empty|^this is empty|^this should be text$", message) is not None)
    if blank:
        ask = _ASK.get(path) or _ASK.get(pattern)
        if ask:
            return ask.replace("{n}", n)
        enter = _ENTER.get(path) or _ENTER.get(pattern)
        if enter:
            return enter.replace("{n}", n)
        return f"Fill in: {name}"
    typed = re.match(r"'([^']*)' is not a date", message)
    if typed:
        return date_problem(name, typed.group(1))
    if re.match(r"'[^']*' should be a whole number$", message):
        return f"{name} must be a number, for example 3"
    limit = re.match(r"'[^']*' is out of range \(limit (-?\d+)\)$", message)
    if limit:
        return f"{name} must be {limit.group(1)} or more" if pattern == "review.sequence" \
            else f"{name} is out of range: the limit is {limit.group(1)}"
    message = message.replace("so the code should be PN0", "so choose the first answer: too little to come (PN0)")
    message = re.sub(r"^PN0 is only for a child under 4 on the review date, and (.+) was (\d+)$",
                     r"The first answer (too little to come, PN0) is only for a child under 4; \1 was \2 on the review date",
                     message)
    message = re.sub(r"^(PN\d) says (.+) shared their views, but none are written in child_views(, so .*)?$",
                     r"The answer you chose (\1) says \2 shared their views, but nothing is written under The child's "
                     r"words\3", message)
    message = re.sub(r"is already listed as recipient (\d+)$", r"already has copy \1", message)
    message = re.sub(r"; write dates as YYYY-MM-DD, for example \d{4}-\d{2}-\d{2}", "", message)
    message = re.sub(r"\b(\d{4})-(\d{2})-(\d{2})\b", lambda m: f"{int(m[3])} {_MONTHS[int(m[2]) - 1]} {m[1]}"
                     if 1 <= int(m[2]) <= 12 else m[0], message)
    message = message.replace("; write something or leave the line out", "")
    return message[:1].upper() + message[1:]


_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]


def shown(value) -> str:
    """A field's value as the IRO would read it in a list of differences."""
    if value is None:
        return "(empty)"
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, list):
        return "\n".join(f"• {shown(v)}" for v in value) or "(none)"
    if isinstance(value, dict):
        parts = []
        for k, v in value.items():
            parts.append(shown(v) if k in ("text", "name") else f"{k.replace('_', ' ')}: {shown(v)}")
        return "; ".join(parts)
    return str(value)


def date_problem(name: str, typed: str) -> str:
    """Why what was typed in a date's three boxes is not a date, as the GOV.UK date input says it."""
    parts = typed.split("/") if typed.count("/") == 2 else ["", "", typed]
    day, month, year = (p.strip() for p in parts)
    missing = [w for w, v in (("day", day), ("month", month), ("year", year)) if not v]
    if missing:
        return f"{name} must include a {' and a '.join(missing)}"
    if not (day.isdigit() and month.isdigit() and year.isdigit()):
        return f"{name} must be a real date, in numbers, for example 3 3 2026"
    if len(year) == 2:
        return f"The year must have 4 numbers: write 20{year} or 19{year}, not {year} ({name})"
    if len(year) != 4:
        return f"The year must have 4 numbers, for example 2026 ({name})"
    if not 1 <= int(month) <= 12:
        return f"{name} must be a real date: the month is 1 to 12"
    return f"{name} must be a real date: {_MONTHS[int(month) - 1]} {year} has no day {int(day)}"
