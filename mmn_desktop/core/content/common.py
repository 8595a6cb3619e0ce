"""Shared helpers for the content loaders: YAML reading and field checks that collect problems.

Every check records a :class:`Problem` naming file, entry and field and carries on, so one
run reports every error, not only the first.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from mmn_desktop.core.errors import Problem

# libyaml's loader when PyYAML was built with it (5-10x faster), else the pure-Python one.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$")
ID_RE = re.compile(r"^(concept|avoid|law|chapter|bib|ratification|page):[a-z0-9/-]+$")
MMN_LINK_RE = re.compile(r"\]\(mmn:([^)\s]+)\)")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@dataclass
class Ref:
    file: str
    entry: str
    field: str
    target: str


@dataclass
class Collector:
    """Problems and cross-references gathered while loading."""

    root: Path
    problems: list[Problem] = field(default_factory=list)
    refs: list[Ref] = field(default_factory=list)
    ids: dict[str, str] = field(default_factory=dict)  # id -> file that defined it

    def rel(self, path: Path) -> str:
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return path.as_posix()

    def add(self, file: str, entry: str, fld: str, message: str) -> None:
        self.problems.append(Problem(file, entry, fld, message))

    def define(self, ident: str, file: str, entry: str) -> bool:
        """Register an id; a second definition is a duplicate-id problem."""
        if ident in self.ids:
            self.add(file, entry, "id", f"duplicate id {ident!r} (also defined in {self.ids[ident]})")
            return False
        self.ids[ident] = file
        return True

    def ref(self, file: str, entry: str, fld: str, target: str) -> None:
        self.refs.append(Ref(file, entry, fld, target))

    def links(self, file: str, entry: str, fld: str, text: str) -> None:
        """Record every ``[text](mmn:kind:slug)`` link of a Markdown text as a reference."""
        for m in MMN_LINK_RE.finditer(text):
            self.ref(file, entry, fld, m.group(1))

    def load_yaml(self, path: Path) -> Any:
        rel = self.rel(path)
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            self.add(rel, "", "", f"not valid UTF-8 ({exc.reason} at byte {exc.start})")
            return None
        except OSError as exc:
            self.add(rel, "", "", f"cannot read file: {exc.strerror}")
            return None
        return self.parse_yaml(text, rel)

    def parse_yaml(self, text: str, rel: str, line_offset: int = 0) -> Any:
        try:
            return yaml.load(text, Loader=_LOADER)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" (line {mark.line + 1 + line_offset}, column {mark.column + 1})" if mark else ""
            problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
            self.add(rel, "", "", f"malformed YAML{where}: {problem}")
            return None


class Fields:
    """Reads fields of one mapping (one entry) and records what is wrong with them."""

    def __init__(self, col: Collector, file: str, entry: str, data: Any, prefix: str = "") -> None:
        self.col = col
        self.file = file
        self.entry = entry
        self.prefix = prefix
        self.ok = isinstance(data, dict)
        self.data: dict[str, Any] = data if isinstance(data, dict) else {}
        if not self.ok:
            col.add(file, entry, prefix.rstrip("."), f"expected a mapping, got {_kind(data)}")

    def name(self, fld: str) -> str:
        return f"{self.prefix}{fld}"

    def problem(self, fld: str, message: str) -> None:
        self.col.add(self.file, self.entry, self.name(fld), message)

    def sub(self, fld: str, required: bool = True) -> Fields | None:
        value = self.data.get(fld)
        if value is None:
            if required:
                self.problem(fld, "required field is missing")
            return None
        return Fields(self.col, self.file, self.entry, value, prefix=f"{self.name(fld)}.")

    def known(self, allowed: Iterable[str]) -> None:
        allowed = set(allowed)
        for key in self.data:
            if key not in allowed:
                self.problem(str(key), f"unknown field (allowed: {', '.join(sorted(allowed))})")

    def text(self, fld: str, required: bool = True, default: str = "") -> str:
        value = self.data.get(fld)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.problem(fld, "required field is missing" if value is None else "is empty")
            return default
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            self.problem(fld, f"expected text, got {_kind(value)}")
            return default
        return nfc(value.strip())

    def integer(self, fld: str, required: bool = True, lo: int | None = None, hi: int | None = None) -> int | None:
        value = self.data.get(fld)
        if value is None:
            if required:
                self.problem(fld, "required field is missing")
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.problem(fld, f"expected a whole number, got {_kind(value)}")
            return None
        if (lo is not None and value < lo) or (hi is not None and value > hi):
            self.problem(fld, f"{value} is out of range ({lo}..{hi})")
            return None
        return value

    def boolean(self, fld: str, default: bool = False) -> bool:
        value = self.data.get(fld, default)
        if not isinstance(value, bool):
            self.problem(fld, f"expected true or false, got {_kind(value)}")
            return default
        return value

    def choice(self, fld: str, allowed: Iterable[str], required: bool = True, default: str = "") -> str:
        allowed = tuple(allowed)
        value = self.text(fld, required=required, default=default)
        if value and value not in allowed:
            self.problem(fld, f"{value!r} is not one of: {', '.join(allowed)}")
            return default
        return value

    def texts(self, fld: str, required: bool = False) -> tuple[str, ...]:
        value = self.data.get(fld)
        if value is None:
            if required:
                self.problem(fld, "required field is missing")
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            self.problem(fld, f"expected a list, got {_kind(value)}")
            return ()
        out = []
        for i, item in enumerate(value):
            if isinstance(item, (int, float)) and not isinstance(item, bool):
                item = str(item)
            if not isinstance(item, str) or not item.strip():
                self.problem(f"{fld}[{i}]", "expected non-empty text")
                continue
            out.append(nfc(item.strip()))
        if required and not out:
            self.problem(fld, "must not be empty")
        return tuple(out)

    def codes(self, fld: str, allowed: Iterable[str], what: str, required: bool = False) -> tuple[str, ...]:
        allowed = set(allowed)
        out = []
        for i, code in enumerate(self.texts(fld, required=required)):
            if code not in allowed:
                self.problem(f"{fld}[{i}]", f"unknown {what} {code!r}")
            else:
                out.append(code)
        return tuple(out)

    def date(self, fld: str, required: bool = True) -> str:
        value = self.data.get(fld)
        if isinstance(value, _dt.date):
            return value.isoformat()
        if value is None:
            if required:
                self.problem(fld, "required field is missing")
            return ""
        text = str(value).strip()
        if not DATE_RE.match(text):
            self.problem(fld, f"{text!r} is not a date (YYYY-MM-DD or YYYY-MM)")
            return ""
        return text

    def slug(self, fld: str = "id", expected: str | None = None) -> str:
        value = self.text(fld)
        if value and not SLUG_RE.match(value):
            self.problem(fld, f"{value!r} is not a slug (lower-case letters, digits, hyphens)")
        if value and expected is not None and value != expected:
            self.problem(fld, f"id {value!r} does not match the file name {expected!r}")
        return value


def concept_ref(value: str) -> str:
    """Fields that only hold concepts accept a bare slug."""
    return value if ":" in value else f"concept:{value}"


def _kind(value: Any) -> str:
    if value is None:
        return "nothing"
    return {dict: "a mapping", list: "a list", str: "text", bool: "true/false", int: "a number", float: "a number"}.get(
        type(value), type(value).__name__
    )
