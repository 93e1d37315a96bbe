"""The per-document work: (text, metadata, pipeline) -> validated record.

A pure function of its inputs, so it can be mapped over documents in any
order, in any process, by any engine.
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import ValidationError
from spacy.language import Language

from models import DocumentInfo, ExtractedDocument
from pipeline.components.events import unwrapped
from pipeline.components.guard import failure
from pipeline.components.text import keep_text, release
from pipeline.convert import to_document
from pipeline.ingest import IngestedDocument
from pipeline.metadata import document_info

BUG = "this is a pipeline bug, please report it with the file"


class DocumentFailed(Exception):
    """Extraction of one document failed; the message says why."""


def doc_for(nlp: Language, info: DocumentInfo):  # noqa: ANN202 - spacy Doc
    """The Doc the pipeline reads for a document, not yet processed."""
    # the model and the rules read hard-wrapped prose as prose; a record
    # quotes the text as written (every offset is the same in both)
    doc = nlp.make_doc(unwrapped(info.text))
    keep_text(doc, info.text)
    doc.user_data["published"] = info.published.isoformat() if info.published else None
    return doc


def extract_batch(
    nlp: Language, batch: list[IngestedDocument]
) -> Iterator[tuple[str, ExtractedDocument | DocumentFailed]]:
    """(id, record or the reason it failed) for each document, in order."""
    infos = [document_info(ing) for ing in batch]
    docs = nlp.pipe((doc_for(nlp, info) for info in infos), batch_size=len(batch))
    for info, doc in zip(infos, docs, strict=True):
        release(doc)  # a component that failed may have left it
        failed = failure(doc)
        if failed is not None:
            yield info.id, DocumentFailed(f"extraction failed ({failed}); {BUG}")
            continue
        try:
            yield info.id, to_document(doc, info)
        except ValidationError as e:
            first = e.errors()[0]
            yield (
                info.id,
                DocumentFailed(
                    f"extraction produced an invalid record ({first['msg']}); {BUG}"
                ),
            )
        except Exception as e:  # noqa: BLE001 - one document's bug must not stop the rest
            yield (
                info.id,
                DocumentFailed(f"extraction failed ({type(e).__name__}: {e}); {BUG}"),
            )
