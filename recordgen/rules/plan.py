"""The IRO's answer about the care plan (``care_plan.still_right``) against what the plan itself says.

A plan changed at this review and agreed is neither "still right" (it is new) nor "not right" (the
IRO agreed it): ``still_right: changed`` says so (blind review 32, finding 5). A plan whose text
says it has changed ("The plan has changed.", "Your new plan is ...") with true or false written
gets a warning naming that answer: the copies would say "still right" of it, or that it needs to
change, under the plan the IRO agreed.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..i18n.languages import is_english
from ..record.diagnostics import Diagnostic
from ..record.loading import LoadedRecord
from ..record.model import PLAN_CHANGED
from ..support import regexes

#: What says, in English, that the plan has changed: "the plan has changed", "the plan was changed",
#: "we changed your plan", "your new plan", "a new plan was agreed", "we agreed a new plan". Not "the
#: plan has not changed", nor a new plan still to be made ("a new plan is needed", "will make a new plan").
_SAYS_CHANGED = regexes.compile(
    r"\bplan (?:has|had|have)(?: now| just)? (?:been )?changed\b"
    r"|\bplan (?:was|got|is) changed\b"
    r"|\bchanged (?:your|the|their|her|his) plan\b"
    r"|\b(?:your|the) new plan\b(?! (?:is|will be) (?:needed|made|written))"
    r"|\bnew plan (?:was |has been |is )?agreed\b"
    r"|\bagreed (?:a|your|the) new plan\b",
    re.IGNORECASE)


def says_changed(plan: str) -> str | None:
    """The words in ``plan`` saying it has changed, or None."""
    found = _SAYS_CHANGED.search(" ".join(plan.split()))
    return found.group(0) if found else None


def plan_tells_change(plan) -> bool:
    """Whether a plan changed at this review (``still_right: changed``) says so in its own words, so the
    copies do not tell it again ("At your review, we agreed a new plan for you.") straight after it: only
    that the IRO thinks it is right (blind review 33, finding 6). English text only: another language's
    plan is not read."""
    return (plan is not None and plan.still_right == PLAN_CHANGED and is_english(plan.language or "en")
            and says_changed(plan.plan) is not None)


def plan_said_changed(loaded: LoadedRecord) -> Iterator[Diagnostic]:
    """A warning at ``still_right`` when it is true or false of a plan written as changed."""
    plan = loaded.record.care_plan
    if plan is None or plan.still_right == PLAN_CHANGED or not is_english(plan.language or "en"):
        return
    words = says_changed(plan.plan)
    if words is None:
        return
    said = ("'I think your plan is still right for you.', though it is new" if plan.still_right
            else "'I do not think your plan is right for you. It needs to change.' under it")
    yield loaded.diagnostic(
        ("care_plan", "still_right"),
        f"the plan says '{words}', and still_right: {str(plan.still_right).lower()} makes the copies say {said}; if the "
        f"plan changed at this review and you think the new plan is right, write still_right: {PLAN_CHANGED} "
        "(the copies then say 'I think it is the right plan for you.')", "warning")
