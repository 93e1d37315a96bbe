"""The project's contract: Pydantic models of every output record, and nothing else."""

from models.corpus import (
    Corpus,
    CorpusEntity,
    CorpusEvent,
    DocumentRef,
    DocumentSummary,
    Rejected,
    RejectedInput,
)
from models.document import (
    DateRecord,
    DocumentInfo,
    Event,
    ExtractedDocument,
    Location,
    Mention,
    Organisation,
    Person,
    Program,
)
from models.gold import GoldDate, GoldDocument, GoldEntity, GoldEvent, GoldPerson
from models.types import SCHEMA_VERSION, EventType, Precision, precision_of

__all__ = [
    "SCHEMA_VERSION",
    "Corpus",
    "CorpusEntity",
    "CorpusEvent",
    "DateRecord",
    "DocumentInfo",
    "DocumentRef",
    "DocumentSummary",
    "Event",
    "EventType",
    "ExtractedDocument",
    "GoldDate",
    "GoldDocument",
    "GoldEntity",
    "GoldEvent",
    "GoldPerson",
    "Location",
    "Mention",
    "Organisation",
    "Person",
    "Precision",
    "Program",
    "Rejected",
    "RejectedInput",
    "precision_of",
]
