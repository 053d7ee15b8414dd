"""Work on a record that the making of its copies repeats, done once while the record cannot change.

A parent's copy of a confidential placement's record worked out the language's items as the
parent reads them once for the copy's translations and again for each row of its actions table
(a third of a right-to-left copy's CPU). ``per_record`` functions keep their answers, by the
record object and their other arguments, only inside ``record_unchanged()``: a copy being made
(``Renderer.render_copy``) or a batch making one record's copies. Outside it, and in other
threads, they work as before. An answer kept must not be changed by its callers.
"""

from __future__ import annotations

import contextlib
import functools
from contextvars import ContextVar
from typing import Callable, Iterator, TypeVar

_kept: ContextVar[dict | None] = ContextVar("recordgen_record_unchanged", default=None)

Function = TypeVar("Function", bound=Callable)


@contextlib.contextmanager
def record_unchanged() -> Iterator[None]:
    """While the records in hand do not change: ``per_record`` answers are kept (nested: the outer's)."""
    if _kept.get() is not None:
        yield
        return
    token = _kept.set({})
    try:
        yield
    finally:
        _kept.reset(token)


def per_record(function: Function) -> Function:
    """``function(record, *args, **kwargs)`` (hashable arguments) kept inside ``record_unchanged``."""
    @functools.wraps(function)
    def kept(record, *args, **kwargs):
        answers = _kept.get()
        if answers is None:
            return function(record, *args, **kwargs)
        key = (function, id(record), args, tuple(sorted(kwargs.items())) if kwargs else ())
        found = answers.get(key)
        if found is None or found[0] is not record:  # the record held, so its id is not another's
            found = answers[key] = (record, function(record, *args, **kwargs))
        return found[1]
    return kept  # type: ignore[return-value]
