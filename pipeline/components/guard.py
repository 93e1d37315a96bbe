"""One text's failure stays that text's.

A project component that raises marks the Doc instead of stopping the batch:
later components pass the Doc by, and the extraction lists the text in
rejected.json with the reason, while every other text goes on. (spaCy's own
error handler drops a failing Doc from the stream, which would lose the text
without a word.)
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

from spacy.tokens import Doc

FAILED = "failed"

Component = TypeVar("Component", bound=Callable[..., Doc])


def guarded(component: Component) -> Component:
    """Wrap a component function or ``__call__`` (the Doc is the last argument)."""

    @functools.wraps(component)
    def run(*args: object) -> Doc:
        doc = args[-1]
        assert isinstance(doc, Doc)
        if doc.user_data.get(FAILED):
            return doc
        try:
            return component(*args)
        except Exception as e:  # noqa: BLE001 - any bug on one text, reported
            where = component.__qualname__.removesuffix(".__call__")
            doc.user_data[FAILED] = f"{where}: {type(e).__name__}: {e}"
            return doc

    return run  # type: ignore[return-value]


def failure(doc: Doc) -> str | None:
    return doc.user_data.get(FAILED)
