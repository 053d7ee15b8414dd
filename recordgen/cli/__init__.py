"""The `recordgen` command: a thin layer over the Python API in `recordgen.api`.

Each command lives in its own module here and is registered below.
"""

from __future__ import annotations

from ._common import main_group

# Importing a command module registers its commands on `main_group`.
from . import records  # noqa: F401,E402  validate, schema, dates, render
from . import check  # noqa: F401,E402  check (language that cares)
from . import translate  # noqa: F401,E402  translate export / import / status
from . import batch  # noqa: F401,E402  batch, report, mark-sent
from . import templates  # noqa: F401,E402  templates check
from . import send  # noqa: F401,E402  send (email and the post pack)
from . import serve  # noqa: F401,E402  serve (the authoring page)
from . import actions  # noqa: F401,E402  actions (between reviews)
from . import consult  # noqa: F401,E402  consult (before the review: invitations and booklets)
from . import feedback  # noqa: F401,E402  feedback add / import (answers on the copies)

main = main_group.main_entry

__all__ = ["main"]
