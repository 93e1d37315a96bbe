"""The one exception the ingest layer raises for a document it cannot use."""

from __future__ import annotations

from pathlib import Path


class IngestError(Exception):
    """A document that cannot be processed; ``str(e)`` is a reason a person
    understands, ``e.path`` the file it is about."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(reason)
        self.path = path
        self.reason = reason

    def __reduce__(self) -> tuple[type[IngestError], tuple[Path, str]]:
        # Exception pickles as cls(*self.args) = cls(reason), which would fail;
        # worker processes (nlp.pipe n_process > 1) must be able to send it back.
        return (type(self), (self.path, self.reason))
