"""Distributing records in bulk: the batch, its manifest, sending, the sent log and the report."""

from .batch import Batch, Summary
from .copies import BatchOptions, RecordResult
from .inputs import InputError, find_record_files
from .manifest import CopyRow, ManifestError, read_manifest, read_sent
from .output_folder import BatchBusy

#: Sending's names, imported when first asked for: email, ssl and smtplib cost a batch, a render or the
#: page about 40 ms of start-up they never use.
_SENDING = frozenset({"Sender", "SendOptions", "SendProblem", "SendSummary"})


def __getattr__(name: str):
    if name in _SENDING:
        from . import send

        return getattr(send, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "Batch", "BatchBusy", "BatchOptions", "CopyRow", "InputError", "ManifestError", "RecordResult",
    "SendOptions", "SendProblem", "SendSummary", "Sender", "Summary", "find_record_files", "read_manifest",
    "read_sent",
]
