"""Read ``review/corrections.yaml``: every error names the file and the line."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from models.corrections import ACTIONS, Correction

_ADAPTER: TypeAdapter = TypeAdapter(Correction)


class _Constructor(RoundTripConstructor):
    """Dates stay text ("2024-13-01" is then the model's error, with its line)."""


_Constructor.add_constructor(
    "tag:yaml.org,2002:timestamp", RoundTripConstructor.construct_yaml_str
)


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.Constructor = _Constructor
    return yaml


class CorrectionsError(Exception):
    """The corrections file cannot be used; nothing is applied or written."""


@dataclass(frozen=True)
class Loaded:
    corrections: list = field(default_factory=list)  # of models.corrections types
    lines: list[int] = field(default_factory=list)  # line of each, 1-based
    sha256: str = ""


def load(path: Path) -> Loaded:
    """No file means no corrections; a broken file raises CorrectionsError."""
    if not path.exists():
        return Loaded()
    try:
        raw = path.read_bytes()
        data = _yaml().load(raw.decode("utf-8"))
    except UnicodeDecodeError as e:
        raise CorrectionsError(f"{path}: not UTF-8 text ({e.reason})") from e
    except MarkedYAMLError as e:
        line = e.problem_mark.line + 1 if e.problem_mark else 1
        raise CorrectionsError(f"{path}:{line}: not valid YAML: {e.problem}") from e
    except YAMLError as e:
        raise CorrectionsError(f"{path}: not valid YAML: {e}") from e
    items = _items(path, data)
    corrections, lines, errors = [], [], []
    for i, item in enumerate(items):
        line = items.lc.item(i)[0] + 1
        try:
            corrections.append(_ADAPTER.validate_python(_plain(item)))
            lines.append(line)
        except ValidationError as e:
            errors.extend(_messages(path, item, line, e))
    if errors:
        raise CorrectionsError("\n".join(errors))
    return Loaded(corrections, lines, hashlib.sha256(raw).hexdigest())


def _items(path: Path, data: Any) -> Any:
    if data is None:
        return []
    if not isinstance(data, dict) or set(data) - {"corrections"}:
        raise CorrectionsError(
            f"{path}:1: expected one key, 'corrections:', holding a list"
        )
    items = data.get("corrections")
    if items is None:
        return []
    if not isinstance(items, list):
        line = data.lc.key("corrections")[0] + 1
        raise CorrectionsError(f"{path}:{line}: 'corrections:' must hold a list")
    return items


def _plain(value: Any) -> Any:
    """YAML scalars as the models expect them: years and numbers as text
    (dates already are, see _Constructor)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return value


def _messages(path: Path, item: Any, line: int, error: ValidationError) -> list[str]:
    action = next((a for a in ACTIONS if isinstance(item, dict) and a in item), "")
    head = f"{action} {item.get(action)}" if action else "correction"
    out = []
    for err in error.errors():
        keys = [k for k in err["loc"] if isinstance(k, str) and k in item]
        at = item.lc.key(keys[0])[0] + 1 if keys and hasattr(item, "lc") else line
        where = ".".join(str(k) for k in err["loc"][1:]) or "entry"
        out.append(f"{path}:{at}: {head}: {where}: {err['msg']}")
    return out
