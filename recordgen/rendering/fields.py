"""The names a template may use: every field of the context ``build_context`` returns, documented.

This is the one description of what a council's template can show. ``recordgen
templates check`` tests a template's names against it, and a test checks that
``build_context`` returns exactly these fields, so the two cannot drift apart.
A new template field is added in both places.
"""

from __future__ import annotations

import dataclasses
from typing import Iterator, Mapping


@dataclasses.dataclass(frozen=True)
class Field:
    """One name in the context. ``fields``: what a mapping holds; ``each``: what each item of a list holds."""

    doc: str
    fields: Mapping[str, Field] | None = None
    each: Mapping[str, Field] | None = None
    is_list: bool = False


def _line(doc: str) -> Field:
    return Field(doc + " (in the reader's language; `.english` alongside in a bilingual copy)", LINE)


def _lines(doc: str) -> Field:
    return Field(doc + "; each item in the reader's language, with `.english` in a bilingual copy",
                 each=LINE, is_list=True)


#: The IRO's own words as one copy shows them: prints as its text.
LINE: Mapping[str, Field] = {
    "text": Field("the text in the reader's language; still the English, marked in the reader's "
                  "words ('[po angielsku: ...]'), when its translation is awaited"),
    "english": Field("the English, in a bilingual copy; empty otherwise"),
    "untranslated": Field("true when the text is the English, its translation awaited (--allow-untranslated)"),
    "written_in": Field("the language the record writes it in: 'en', or an item's own `language` "
                        "(a child's words in Welsh: 'cy')"),
    "as_said": Field("true for the child's own words: kept as the child said them, their digits never "
                     "changed to the copy's"),
    "tool_note": Field("true for the tool's own note in a list ('Nothing is written here in this copy.'), "
                       "set in the Copy Note style, not as one of the IRO's points"),
}

CONTEXT: Mapping[str, Field] = {
    "_": Field('translate fixed text: _("English sentence with %(name)s", name=child.name)'),
    "ngettext": Field('singular or plural: ngettext("%(n)s week", "%(n)s weeks", n, n=n)'),
    "language": Field("the copy's language code (en, ur, pl...)"),
    "band": Field("the age band: early, young, middle, teen or young_adult"),
    "told_as_past": Field("true when the copy is made once the reader is 18 or over: what the grown-ups were doing, and every "
                          "heading that says what was so then ('What we were working on', 'What was working well', "
                          "'Who was going to help, and when', 'What they were going to do', 'How things were "
                          "going'), as past; `views_heading` and `actions_intro` follow it too ('What you liked, "
                          "and what we knew about you', 'What you thought', 'These grown-ups promised to do these "
                          "things:')"),
    "copy_label": Field("whose copy this is, in one sentence (for the header)"),
    "greeting": Field("'Dear Sam,' in the copy's language, the name in the form that addresses the child"),
    "hello": Field("'Hello Sam,' (the young band's greeting), likewise"),
    "recipient": Field("who this copy is for", {
        "name": Field("their name"),
        "role": Field("child, parent, carer, social_worker or other"),
        "is_child": Field("true in the child's own copy"),
    }),
    "child": Field("the child", {
        "name": Field("the name they are known by"),
        "full_name": Field("their full name"),
        "address": Field("the name as the copy speaks to them ('Your review, Zosia': Polish 'Zosiu')"),
        "filed_as": Field("the name on every page's footer: the full name, or in the child's own copy "
                          "the name they are known by (`child.known_as`), when the record gives one"),
    }),
    "iro": Field("the independent reviewing officer who chaired the review", {
        "name": Field("full name"),
        "first_name": Field("first name"),
        "phone": Field("phone number, or empty"),
        "email": Field("email address, or empty"),
        "signed_as": Field("how they sign: \"Your Independent Reviewing Officer\", or, covering for the "
                           "child's own, \"Independent Reviewing Officer who chaired your review\""),
    }),
    "review": Field("the review meeting", {
        "date": Field("its date, written out in the reader's language"),
        "venue": _line("where it was held"),
        "number": Field("1 for the first review after entering care, then 2, 3..."),
        "is_first": Field("true for the first review"),
    }),
    "about_me": Field("who the IRO is and what their job is, then when and where the review was, "
                      "in the reading band's words"),
    "participation": Field("how the child took part, from the PN code (and whether anyone else took part)"),
    "views_heading": Field("the heading over the child's own words: 'What you told me' only when they "
                           "spoke for themselves (PN1), 'What you showed us' under PN3 in every band; 'What you think' "
                           "over the line an adult's copy gives when it shows none of them"),
    "views": _lines("the child's own words this reader may see"),
    "working_well": _lines("what is working well"),
    "worries": _lines("what we are worried about"),
    "goals": _lines("what it will look like when things are better"),
    "scale": Field("the 0 to 10 scale, or empty when there is none", {
        "score": Field("the number"),
        "said": Field("who gave it which number, in one sentence"),
        "meaning": _line("what the number means"),
        "fills": Field("eleven hex colours, one per number 0 to 10, the chosen one stronger; the "
                       "renderer fills the chosen number's cell in a table row reading 0 to 10 with it, "
                       "so a template need not use it", is_list=True),
    }),
    "actions": Field("what will happen next, that this reader may see", each={
        "who": _line("the person who will do it, and their role"),
        "what": _line("what they will do"),
        "by": Field("by when, written out in the reader's language"),
    }, is_list=True),
    "actions_intro": Field("the line before the actions, in the band's words, singular for one action "
                           "(and for one person doing them all, 'This grown-up has promised to do this:')"),
    "for_adults": Field("items withheld from the child, in every other copy, or empty: shown apart from "
                        "the letter, never among the lines written to the child", {
        "heading": Field("'For the adults: not to be read to Poppy' (or '... not to be shared with' for 12 and over)"),
        "intro": Field("one sentence saying these things are kept from the child for now"),
        "lines": _lines("each item (an action as 'who, by when: what')"),
    }),
    "plan": _line("the care plan, written to the child"),
    "plan_then": Field("in a copy made years on, the line before the plan that says it was the plan at the "
                       "time of the review; empty otherwise"),
    "plan_verdict": Field("whether the IRO thinks the plan is still right, in one sentence"),
    "rights": Field("the child's rights, each in a sentence or two", {
        "advocate": Field("about an advocate"),
        "independent_visitor": Field("about an independent visitor"),
        "complaints": Field("how to complain"),
        "all": Field("every right the child is told of, one paragraph each, in order: the three above, "
                     "then for 12 and over (by age or reading level) how to challenge the plan and see "
                     "their records, then that they can talk to the IRO", is_list=True),
    }),
    "came": Field("who came to the meeting, one label each ('You', 'Jo Smith (social worker)', "
                  "'Your mum, Amina'), with how they took part when the record says "
                  "('Your mum, Amina: came with an interpreter'); in a bilingual copy, `.english` has "
                  "how they took part in English", each=LINE, is_list=True),
    "came_intro": Field("the line above came, singular or plural"),
    "shared_views": Field("people who did not come but shared their views, and how", each={
        "who": Field("the person, as in came"),
        "how": _line("how they shared them"),
        "said": Field("the line as the stock templates give it: 'Your mum, Amina: told me on the phone', or "
                      "for the child alone under 'How you shared your views:' only how ('Sent me a voice note')"),
    }, is_list=True),
    "shared_intro": Field("the line above shared_views, singular or plural"),
    "invited": Field("people invited who neither came nor shared views, labelled as in came", is_list=True),
    "invited_intro": Field("the line above invited, singular or plural"),
    "home": Field("where the child lives", {
        "carers": Field("the carers' names (first names only in a confidential placement's parent copy, "
                        "unless placement.carers_named_to_parents)"),
        "lives": Field("'You live with ...' (or 'at' a place), in one sentence"),
        "address": Field("the address; empty in a copy it is kept from (a confidential placement's parent)"),
        "school": Field("the school; empty where it is kept from this reader"),
        "school_line": Field("'Your school: ...' ('Your nursery', 'Your college' as its name says); empty with no school"),
        "past": Field("true when the home is told as then, under 'Your home at the time of your review' ('You lived "
                      "with ...'): the copy made years on, or a later record given with it shows another home"),
    }),
    "read_with_you": Field("true when the child is under 5 by age (not by reading level): the letter is for "
                           "grown-ups to read with them now, and for them to keep"),
    "read_by_the_carer": Field("true when the child is under 8 by age (the early and young bands): the carer reads "
                               "the child's own copy aloud, so it leaves out what is withheld from carer"),
    "next_review": Field("the date of the next review, written out in the reader's language"),
    "next_review_text": Field("the next review's date in a sentence, and what the child may do about it for their age; "
                              "for a child who turns 18 first, that they turn 18 then and who helps them after"),
    "turns_18": Field("true when the child turns 18 on or before the next review (which then does not happen): "
                      "the heading over next_review_text is then not 'Your next review'"),
    "turned_18": Field("true when turns_18 and the child is 18 by the day the copy is made: next_review_text "
                       "is told as past, under a heading such as 'Now you are 18'"),
    "long_after": Field("true when the copy is made once the reader is 18 or over and no care leaver still "
                        "helped (25 or over, or never in care at 16): years on, 'When you turned 18', and no "
                        "IRO to contact (the council's access to records team instead)"),
    "pathway": Field("for 16 and over (by age): the pathway plan and personal adviser, from the record's "
                     "facts, one paragraph each; for one who turns 16 before the next review, that the pathway "
                     "plan is theirs from then; empty otherwise", is_list=True),
    "someone_else": Field("how to reach someone other than the IRO (the children's rights service), in a sentence or two"),
    "sent_to": Field("who was sent a copy, as this reader may see them, one a line (someone kept from the child "
                     "is in for_adults instead, in every other copy); empty when there is no one to list"),
    "case_number": Field("the child's case number, in a short phrase ('Case number NL-20451')"),
    "dated": Field("when the record was written ('Record written on ...'), or when this copy was made"),
    "page_of": Field("'Page N of M' as pieces, in the translation's order", each={
        "field": Field("PAGE or NUMPAGES for a page-number field; empty for words"),
        "text": Field("the words between the page numbers"),
    }, is_list=True),
    "untranslated_notice": Field("in a copy with English passages: how they are marked, that their "
                                 "translation will follow, and the IRO to contact (years on: the council's access to "
                                 "records team can have them translated); empty otherwise"),
    "feedback": Field("the feedback part at the end of the child's copy (and parents', as a setting), or empty", {
        "heading": Field("'Tell me what you think of this letter' (years on: 'Tell the council ...')"),
        "sense": Field("'Did this letter make sense to you?'"),
        "faces": Field("true for the early and young bands' own copy: three faces to circle, not boxes"),
        "faces_alt": Field("each face picture's alt text (happy, in between, sad), in order"),
        "how": Field("'Draw a circle round one face.' or 'Tick one box.'; for a child who shows their views "
                     "without words (PN3) 'Point to or look at one face (answer). A grown-up can mark it for you.'"),
        "choices": Field("yes, a bit, no, in the reader's words", is_list=True),
        "wrong": Field("'Is anything in it wrong?'"),
        "change": Field("'What would you change?'"),
        "draw": Field("'You can write or draw your answers.' with the faces ('A grown-up can write what you "
                      "show.' for PN3); empty otherwise"),
        "send": Field("how to send it back (the IRO's email when the record gives one)"),
        "reference": Field("the letter's code, e.g. 7KQ2-M9XD: a keyed hash, never a name or case number"),
        "code": Field("the code in a sentence asking to put it on the answers"),
    }),
}


def field_names(fields: Mapping[str, Field] = CONTEXT, prefix: str = "") -> Iterator[tuple[str, Field]]:
    """``("review.venue", Field)`` for every documented name, depth first; list items as ``actions[].who``."""
    for name, field in fields.items():
        path = f"{prefix}{name}"
        yield path, field
        if field.fields:
            yield from field_names(field.fields, path + ".")
        if field.each:
            yield from field_names(field.each, path + "[].")
