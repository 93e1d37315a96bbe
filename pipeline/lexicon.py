"""Load the rule data under ``pipeline/patterns/``: one JSONL file per family.

Every line has a ``label``, an ``id`` and an ``example`` (a sentence the line
must match, checked by the tests). Token patterns go to spaCy's SpanRuler;
word lists and the gazetteer become a frozen :class:`Lexicon`.
"""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Literal, TypeVar

import countryinfo
from pydantic import BaseModel, ConfigDict, ValidationError

PATTERNS_DIR = Path(__file__).parent / "patterns"
# Files holding spaCy token patterns, loaded into the SpanRuler.
RULER_FILES = ("programs.jsonl", "people.jsonl", "locations.jsonl", "events.jsonl")


T = TypeVar("T", bound=BaseModel)


class PatternError(Exception):
    """A pattern file line that does not validate; names file and line."""


class _Line(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    label: str
    id: str
    example: str


class RulerLine(_Line):
    pattern: list[dict[str, Any]] | str


class HeadLine(_Line):
    label: Literal["ORG", "PROGRAM", "EVENT"]
    word: str
    event_type: str | None = None
    of_label: Literal["ORG"] | None = None
    initial: bool = False  # head-first names: "Université Paris-Saclay"
    # a company's last word heads no name nested in another ("Laboratory for
    # Electro-Optics Systems" holds no body "Electro-Optics Systems")
    nests: bool = True
    # a programme's word that names one in small letters after its name ("the
    # Swarm mission"); not "the Navigator service platform" (a craft's bus)
    trailing: bool = True


class WordLine(_Line):
    label: Literal[
        "HONORIFIC",
        "TITLE_WORD",
        "NON_NAME",
        "NOT_LOCATION",
        "FACILITY_WORD",
        "SKY_WORD",
        "HEADLINE_VERB",
        "PLACED_HEAD",
        "FIELD_ACRONYM",
        "INSTRUMENT_WORD",
        "DEMONYM",
        "US_STATE_ABBREVIATION",  # "Pasadena, Calif."
        "LAUNCHER",
        "LAUNCH_SITE",
    ]
    word: str


class GazetteerLine(_Line):
    label: Literal["ORG", "PROGRAM"]
    name: str
    acronym: str | None = None
    aliases: list[str] = []


class SeriesLine(_Line):
    """A well-known series of events named without a head word ("UNISPACE+50",
    "Space19+", "COP21"): its event type and a regular expression."""

    label: Literal["conference", "meeting", "workshop", "school"]
    pattern: str


def read_lines(path: Path, model: type[T]) -> list[T]:
    rows = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip():
            continue
        try:
            rows.append(model.model_validate(json.loads(raw)))
        except (json.JSONDecodeError, ValidationError) as e:
            raise PatternError(f"{path.name}:{number}: {e}") from e
    return rows


@dataclass(frozen=True)
class Head:
    label: str
    event_type: str | None
    of_label: str | None
    initial: bool = False
    nests: bool = True
    trailing: bool = True


@dataclass(frozen=True)
class Lexicon:
    heads: dict[str, Head]
    honorifics: frozenset[str]
    title_words: frozenset[str]
    non_name: frozenset[str]
    not_location: frozenset[str]
    facility_words: frozenset[str]
    # Verbs a title-case headline capitalises ("... Visited NSSC"): never in a name.
    headline_verbs: frozenset[str] = frozenset()
    # Heads whose name goes on with "in <place>" ("Polish Embassy in China").
    placed_heads: frozenset[str] = frozenset()
    # Capitals that name a field, not a body: "Ministry of Science and ICT".
    field_acronyms: frozenset[str] = frozenset()
    # Last words of an instrument's name ("Soft X-ray Imager"), in title or
    # lower case: no body, no person.
    instrument_words: frozenset[str] = frozenset()
    # The last word of a thing in the sky or on a world: "Crab Nebula",
    # "South Atlantic Magnetic Anomaly", "Von Karman Crater".
    sky_words: frozenset[str] = frozenset()
    # Words for a people or a region ("Indian", "European", "Sino"): the
    # model's NORP tag is no guide alone, it also gives unknown names that
    # end like one ("Pragyan", "Wentian").
    demonyms: frozenset[str] = frozenset()
    launchers: frozenset[str] = frozenset()  # "Ariane", "PSLV", "Long March"
    # Launch sites named like a body ("Tanegashima Space Center"): places
    launch_sites: frozenset[str] = frozenset()
    us_states: frozenset[str] = frozenset()  # "Calif.", "Md."
    # Names of countries and world regions ("Africa", "Brazil", "Southern
    # Asia"): a place, never a programme's name alone.
    countries: frozenset[str] = frozenset()
    # surface form -> (label, canonical name, acronym)
    gazetteer: dict[str, tuple[str, str, str | None]] = field(default_factory=dict)
    # (event type, pattern) of event series named without a head word
    event_series: tuple[tuple[str, re.Pattern[str]], ...] = ()

    def programme_word(self, word: str) -> bool:
        """ "mission", "satellite": a head word of programmes, as written (the
        head words are lower case, so "Mission" is none)."""
        head = self.heads.get(word)
        return head is not None and head.label == "PROGRAM" and head.trailing


def ruler_patterns(directory: Path = PATTERNS_DIR) -> list[dict[str, Any]]:
    """All patterns in the SpanRuler's format. A pattern that only asks for
    lower-case words becomes phrases (the ruler's PhraseMatcher on LOWER finds
    the same spans at a fraction of the token Matcher's cost); so does one
    word with a part-of-speech condition, whose tags :func:`tag_conditions`
    gives for a check after the match."""
    return list(_compiled(directory)[0])


def tag_conditions(directory: Path = PATTERNS_DIR) -> dict[str, frozenset[str]]:
    """Pattern id -> the tags its one word must have ("sign" as a verb)."""
    return dict(_compiled(directory)[1])


@cache
def _compiled(
    directory: Path,
) -> tuple[tuple[dict[str, Any], ...], dict[str, frozenset[str]]]:
    """The pattern files read once: the ruler's patterns and the tag
    conditions of those that became phrases."""
    rows = [
        line for name in RULER_FILES for line in read_lines(directory / name, RulerLine)
    ]
    patterns: list[dict[str, Any]] = []
    tags: dict[str, frozenset[str]] = {}
    for r in rows:
        pattern = with_word_lists(r.pattern, directory)
        tagged = _tagged_word(pattern)
        if tagged:
            tags[r.id] = tagged[1]
        phrases = _lower_phrases([tagged[0]] if tagged else pattern)
        for p in phrases if phrases is not None else [pattern]:
            patterns.append({"label": r.label, "id": r.id, "pattern": p})
    return tuple(patterns), tags


def _tagged_word(pattern: Any) -> tuple[dict[str, Any], frozenset[str]] | None:
    """[{"LOWER": ..., "TAG": {"IN": [...]}}] -> ({"LOWER": ...}, tags)."""
    if not isinstance(pattern, list) or len(pattern) != 1:
        return None
    token = pattern[0]
    if not isinstance(token, dict) or set(token) != {"LOWER", "TAG"}:
        return None
    tags = token["TAG"]
    if isinstance(tags, dict) and set(tags) == {"IN"}:
        tags = tags["IN"]
    elif isinstance(tags, str):
        tags = [tags]
    else:
        return None
    return {"LOWER": token["LOWER"]}, frozenset(tags)


def with_word_lists(pattern: Any, directory: Path = PATTERNS_DIR) -> Any:
    """A token pattern with each ``{"IN": "@LABEL"}`` (or ``"NOT_IN"``)
    replaced by the words of that label in lexicon.jsonl: ``{"ORTH": {"IN":
    "@HONORIFIC"}}`` follows the honorific list instead of copying it."""
    if isinstance(pattern, dict):
        if len(pattern) == 1:
            ((op, value),) = pattern.items()
            if op in {"IN", "NOT_IN"} and str(value).startswith("@"):
                label = value[1:]
                words = sorted(w.word for w in _words(directory) if w.label == label)
                if not words:
                    raise PatternError(f"no lexicon words labelled {label}")
                return {op: words}
        return {k: with_word_lists(v, directory) for k, v in pattern.items()}
    if isinstance(pattern, list):
        return [with_word_lists(v, directory) for v in pattern]
    return pattern


@cache
def _words(directory: Path) -> tuple[WordLine, ...]:
    return tuple(read_lines(directory / "lexicon.jsonl", WordLine))


def _lower_phrases(pattern: Any) -> list[str] | None:
    """[{"LOWER": "video"}, {"LOWER": {"IN": ["call", "conference"]}}] ->
    ["video call", "video conference"]; None for any other kind of pattern."""
    if not isinstance(pattern, list):
        return None
    options: list[list[str]] = []
    for token in pattern:
        if not isinstance(token, dict) or set(token) != {"LOWER"}:
            return None
        value = token["LOWER"]
        if isinstance(value, str):
            options.append([value])
        elif isinstance(value, dict) and set(value) == {"IN"}:
            options.append(list(value["IN"]))
        else:
            return None
    return [" ".join(words) for words in itertools.product(*options)]


def _gazetteer(rows: list[GazetteerLine]) -> dict[str, tuple[str, str, str | None]]:
    table: dict[str, tuple[str, str, str | None]] = {}
    for row in rows:
        entry = (row.label, row.name, row.acronym)
        for form in (row.name, row.acronym, *row.aliases):
            if form:
                table[form] = entry
    return table


def _country_demonyms(countries: list) -> frozenset[str]:  # countryinfo's
    """The demonyms of every country, each word of a compound one too:
    "Antiguan,Barbudan", "South Korean" -> "Korean"."""
    words = set()
    for country in countries:
        for demonym in re.split(r"[,/]", country.demonym() or ""):
            if demonym.strip():
                words.add(demonym.strip())
                words.update(demonym.split())
    return frozenset(words)


def _country_names(countries: list) -> frozenset[str]:  # countryinfo's
    """Every country's name and other names (not its codes), and the world's
    regions."""
    # (and states that were: "the Soviet Union launched Luna 9")
    names = {"America", "Antarctica", "Soviet Union", "Czechoslovakia", "Yugoslavia"}
    for country in countries:
        for name in (country.name(), *country.alt_spellings()):
            if len(name) > 3 and not name.isupper():
                names.add(name)
        names.update(r for r in (country.region(), country.subregion()) if r)
    return frozenset(names)


@cache
def load_lexicon(directory: Path = PATTERNS_DIR) -> Lexicon:
    heads = {
        h.word: Head(h.label, h.event_type, h.of_label, h.initial, h.nests, h.trailing)
        for h in read_lines(directory / "heads.jsonl", HeadLine)
    }
    words = _words(directory)

    def of(label: str) -> frozenset[str]:
        return frozenset(w.word for w in words if w.label == label)

    countries = countryinfo.all_countries()

    return Lexicon(
        heads=heads,
        honorifics=of("HONORIFIC"),
        title_words=of("TITLE_WORD"),
        non_name=of("NON_NAME"),
        not_location=of("NOT_LOCATION"),
        facility_words=of("FACILITY_WORD"),
        headline_verbs=of("HEADLINE_VERB"),
        placed_heads=of("PLACED_HEAD"),
        field_acronyms=of("FIELD_ACRONYM"),
        instrument_words=of("INSTRUMENT_WORD"),
        sky_words=of("SKY_WORD"),
        demonyms=_country_demonyms(countries) | of("DEMONYM"),
        launchers=of("LAUNCHER"),
        launch_sites=of("LAUNCH_SITE"),
        us_states=of("US_STATE_ABBREVIATION"),
        countries=_country_names(countries),
        gazetteer=_gazetteer(read_lines(directory / "gazetteer.jsonl", GazetteerLine)),
        event_series=tuple(
            (line.label, re.compile(line.pattern, re.S))
            for line in read_lines(directory / "event_series.jsonl", SeriesLine)
        ),
    )
