"""Ingest: bytes on disk -> clean text + metadata (no spaCy).

``discover`` sorts an input folder into documents and rejects, ``read_document``
turns one file into an :class:`IngestedDocument`, ``read_sidecar`` validates an
``<id>.meta.json``. Every failure is an :class:`IngestError` with a reason a
person understands.
"""

from pipeline.ingest.discover import discover
from pipeline.ingest.document import IngestedDocument, Limits, read_document
from pipeline.ingest.errors import IngestError
from pipeline.ingest.meta import SidecarMeta, read_sidecar

__all__ = [
    "IngestError",
    "IngestedDocument",
    "Limits",
    "SidecarMeta",
    "discover",
    "read_document",
    "read_sidecar",
]
