"""Distributing records in bulk: the batch, its manifest, sending, the sent log and the report."""

from .batch import Batch, Summary
from .copies import BatchOptions, RecordResult
from .inputs import InputError, find_record_files
from .manifest import CopyRow, ManifestError, read_manifest, read_sent
from .output_folder import BatchBusy
from .send import Sender, SendOptions, SendProblem, SendSummary

__all__ = [
    "Batch", "BatchBusy", "BatchOptions", "CopyRow", "InputError", "ManifestError", "RecordResult",
    "SendOptions", "SendProblem", "SendSummary", "Sender", "Summary", "find_record_files", "read_manifest",
    "read_sent",
]
