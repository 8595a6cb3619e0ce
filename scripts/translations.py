"""Interface translations: refresh the .ts sources, compile the .qm files, check they match the code.

    python scripts/translations.py update    # pyside6-lupdate over the UI code -> resources/translations/mmn_<lang>.ts
    python scripts/translations.py compile   # pyside6-lrelease -> mmn_<lang>.qm (or --out DIR), plus status.json
    python scripts/translations.py check     # per-language counts; exit 1 if the .ts files are stale
    python scripts/translations.py check --strict   # also exit 1 on tr() calls lupdate cannot see

``update`` keeps obsolete entries out (-no-obsolete) and fills English (translation = source, with
singular and plural forms for %n strings). lupdate's same-text heuristic gives a string that moved
to another context its old translation, marked unfinished.
``compile`` includes unfinished translations (lrelease does by default): the drafts are compiled on
purpose. A language with no translation at all gets no .qm, so Preferences does not offer it.
It also writes status.json next to the .qm files: for each compiled language, how many of its
messages are finished (reviewed) and unfinished (drafts), so the app can say which are drafts.
See resources/translations/README.md.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
# The interface languages (mmn_desktop.ui.i18n.UI_LANGUAGES); kept here so the script needs no Qt import.
LANGUAGES: tuple[str, ...] = ("en", "my", "zh", "km", "lo", "th", "vi")
SOURCE_LANGUAGE = "en"
# Written by compile next to the .qm files; read by mmn_desktop.ui.i18n.draft_ui_languages().
STATUS_FILE = "status.json"

Key = tuple[str, str, str, bool]  # context, source, disambiguation comment, numerus


def source_files(root: Path = ROOT) -> list[Path]:
    """Every .py under mmn_desktop/ui, plus mmn_desktop/app.py."""
    files = sorted(p for p in (root / "mmn_desktop" / "ui").rglob("*.py") if "__pycache__" not in p.parts)
    return [*files, root / "mmn_desktop" / "app.py"]


def ts_path(lang: str, ts_dir: Path = TS_DIR) -> Path:
    return ts_dir / f"mmn_{lang}.ts"


def tool(name: str) -> str:
    """A Qt tool from the Python environment running this script (the venv), else from PATH."""
    # bin/ of a venv (Linux), the Python folder and its Scripts\ (Windows), then PATH.
    here = Path(sys.executable).parent
    search = os.pathsep.join(str(p) for p in (here, here / "Scripts"))
    found = shutil.which(name, path=search) or shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install the project (PySide6) into this environment first")
    return found


# -- reading .ts files ------------------------------------------------------------------------


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    state: str  # "finished", "unfinished", "obsolete" or "vanished"
    forms: tuple[str, ...]  # the translation (one entry, or one per numerus form)

    @property
    def key(self) -> Key:
        return (self.context, self.source, self.comment, self.numerus)

    @property
    def live(self) -> bool:
        return self.state in ("finished", "unfinished")

    @property
    def translated(self) -> bool:
        return bool(self.forms) and all(f.strip() for f in self.forms)


def _forms(translation: ET.Element | None, numerus: bool) -> tuple[str, ...]:
    if translation is None:
        return ()
    if numerus:
        return tuple(f.text or "" for f in translation.iter("numerusform"))
    return (translation.text or "",)


def read_ts(path: Path) -> list[Message]:
    """The messages of a .ts file (raises ET.ParseError if it is not well-formed XML)."""
    out: list[Message] = []
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            numerus = m.get("numerus") == "yes"
            tr = m.find("translation")
            state = (tr.get("type") if tr is not None else None) or "finished"
            out.append(
                Message(
                    name, m.findtext("source") or "", m.findtext("comment") or "", numerus, state, _forms(tr, numerus)
                )
            )
    return out


def ts_language(path: Path) -> str:
    return ET.parse(path).getroot().get("language") or ""


# -- lupdate and lrelease ---------------------------------------------------------------------


def run_lupdate(ts_files: Sequence[Path], sources: Sequence[Path] | None = None, root: Path = ROOT) -> None:
    """Create or refresh ``ts_files`` from the sources with the real pyside6-lupdate."""
    srcs = [str(p.relative_to(root)) if p.is_relative_to(root) else str(p) for p in (sources or source_files(root))]
    for ts in ts_files:
        ts.parent.mkdir(parents=True, exist_ok=True)
    cmd = [tool("pyside6-lupdate"), *srcs, "-no-obsolete", "-locations", "relative", "-silent"]
    cmd += ["-source-language", SOURCE_LANGUAGE, "-ts", *map(str, ts_files)]
    subprocess.run(cmd, cwd=root, check=True, capture_output=True, text=True)


def code_messages(sources: Sequence[Path] | None = None, root: Path = ROOT) -> set[Key]:
    """What lupdate extracts from the code now (into a throwaway .ts)."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "mmn_en.ts"
        run_lupdate([fresh], sources, root)
        return {m.key for m in read_ts(fresh) if m.live}


def translation_status(messages: Iterable[Message]) -> dict[str, int]:
    """Counts of the live messages: finished (reviewed), unfinished (drafts and empty entries), total."""
    live = [m for m in messages if m.live]
    finished = sum(1 for m in live if m.state == "finished")
    return {"finished": finished, "unfinished": len(live) - finished, "total": len(live)}


def compile_qm(ts_dir: Path = TS_DIR, out_dir: Path | None = None, languages: Iterable[str] = LANGUAGES) -> list[Path]:
    """lrelease each language that has at least one translation; unfinished (draft) ones are included.

    A language without any translation gets no .qm (and a stale one is removed), so the app does
    not offer an interface language that would show English anyway. ``status.json`` in ``out_dir``
    maps each compiled language to its counts (:func:`translation_status`) and is always rewritten.
    """
    out_dir = out_dir or ts_dir
    out_dir.mkdir(parents=True, exist_ok=True)
    made: list[Path] = []
    status: dict[str, dict[str, int]] = {}
    for lang in languages:
        ts, qm = ts_path(lang, ts_dir), out_dir / f"mmn_{lang}.qm"
        messages = read_ts(ts) if ts.is_file() else []
        if not any(m.live and m.translated for m in messages):
            qm.unlink(missing_ok=True)
            continue
        # No -nounfinished: drafts awaiting review are compiled on purpose.
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True)
        made.append(qm)
        status[lang] = translation_status(messages)
    text = json.dumps(status, indent=2, sort_keys=True) + "\n"
    (out_dir / STATUS_FILE).write_text(text, encoding="utf-8")
    return made


# -- update -----------------------------------------------------------------------------------


def english_forms(source: str) -> tuple[str, str]:
    """Singular and plural of an English %n source: "%n match(es)" -> ("%n match", "%n matches")."""
    pattern = re.compile(r"(\w+)\((\w+)\)")
    return pattern.sub(r"\1", source), pattern.sub(r"\1\2", source)


def _fill(translation: ET.Element, numerus: bool, forms: Sequence[str]) -> None:
    if numerus:
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = forms[0] if forms else ""


def _rewrite(path: Path, change: Callable[[str, ET.Element], bool]) -> int:
    """Apply ``change(context_name, message_element) -> bool`` to every message; save if any changed."""
    tree = ET.parse(path)
    changed = 0
    for ctx in tree.getroot().iter("context"):
        for m in ctx.iter("message"):
            if change(ctx.findtext("name") or "", m):
                changed += 1
    if changed:
        tree.write(path, encoding="utf-8", xml_declaration=True)
    return changed


def fill_english(path: Path) -> int:
    """English is the source language: every unfinished message becomes finished with its source text."""

    def change(_ctx: str, m: ET.Element) -> bool:
        tr = m.find("translation")
        if tr is None or tr.get("type") != "unfinished":
            return False
        source = m.findtext("source") or ""
        numerus = m.get("numerus") == "yes"
        _fill(tr, numerus, english_forms(source) if numerus else (source,))
        del tr.attrib["type"]
        return True

    return _rewrite(path, change)


def update(languages: Iterable[str] = LANGUAGES, ts_dir: Path = TS_DIR, root: Path = ROOT) -> int:
    """Refresh every .ts from the code; returns how many English messages were filled from the source.

    lupdate's own merge does the rest: a string that moved to another context gets the old
    translation through its same-text heuristic (marked unfinished), and an obsolete entry whose
    string is back in the code is revived.
    """
    files = [ts_path(lang, ts_dir) for lang in languages]
    run_lupdate(files, root=root)
    filled = sum(fill_english(ts) for ts in files if ts.name == f"mmn_{SOURCE_LANGUAGE}.ts")
    if filled:
        run_lupdate(files, root=root)  # back to lupdate's own layout
    return filled


# -- check ------------------------------------------------------------------------------------


@dataclass
class LanguageState:
    lang: str
    finished: int = 0
    unfinished: int = 0  # unfinished entries that have a (draft) translation
    empty: int = 0  # unfinished entries with no translation yet
    total: int = 0
    missing: list[Key] = field(default_factory=list)  # in the code, not in the .ts
    extra: list[Key] = field(default_factory=list)  # in the .ts, no longer in the code
    error: str = ""

    @property
    def stale(self) -> bool:
        return bool(self.missing or self.extra or self.error)


def check(ts_dir: Path = TS_DIR, root: Path = ROOT, languages: Iterable[str] = LANGUAGES) -> list[LanguageState]:
    code = code_messages(root=root)
    states: list[LanguageState] = []
    for lang in languages:
        state = LanguageState(lang)
        path = ts_path(lang, ts_dir)
        try:
            messages = [m for m in read_ts(path) if m.live]
        except (OSError, ET.ParseError) as exc:
            state.error = f"{path.name}: {exc}"
            states.append(state)
            continue
        state.total = len(messages)
        for m in messages:
            if m.state == "finished":
                state.finished += 1
            elif m.translated:
                state.unfinished += 1
            else:
                state.empty += 1
        keys = {m.key for m in messages}
        state.missing = sorted(code - keys)
        state.extra = sorted(keys - code)
        states.append(state)
    return states


def lint(sources: Sequence[Path] | None = None, root: Path = ROOT) -> list[str]:
    """tr() calls that lupdate cannot see (or files under another context than the one used at run time).

    ``self.tr("...")`` and ``QCoreApplication.translate("Context", "...")`` with literal text work.
    Not: text that is not a literal, a call inside an f-string (even when the same text is also
    extracted from another call), ``t = self.tr; t("...")``, a module-level ``tr()`` helper, or
    ``other.tr("...")`` (lupdate files it under "other").
    """
    files = list(sources or source_files(root))
    extracted = {(k[0], k[1]) for k in code_messages(files, root)}
    findings: list[str] = []
    for path in files:
        rel = path.relative_to(root) if path.is_relative_to(root) else path
        findings += [f"{rel}:{line}: {text}" for line, text in _lint_file(path, extracted)]
    return findings


def _literal(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _lint_file(path: Path, extracted: set[tuple[str, str]]) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []

    def visit(node: ast.AST, cls: str | None, aliases: set[str], in_fstring: bool) -> None:
        for child in ast.iter_child_nodes(node):
            inner_cls, inner_aliases = cls, aliases
            inner_fstring = in_fstring or isinstance(child, ast.JoinedStr)
            if isinstance(child, ast.ClassDef):
                inner_cls, inner_aliases = child.name, set()
            elif isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                inner_aliases = set(aliases)
            elif (
                isinstance(child, ast.Assign)
                and isinstance(child.value, ast.Attribute)
                and child.value.attr in ("tr", "translate")
            ):
                names = [t.id for t in child.targets if isinstance(t, ast.Name)]
                aliases.update(names)
                out.append(
                    (child.lineno, f"{', '.join(names)} = {ast.unparse(child.value)}: calls through it are not seen")
                )
            if isinstance(child, ast.Call):
                finding = _lint_call(child, cls, aliases, extracted, in_fstring)
                if finding:
                    out.append((child.lineno, finding))
            visit(child, inner_cls, inner_aliases, inner_fstring)

    visit(ast.parse(path.read_text(encoding="utf-8")), None, set(), False)
    return sorted(set(out))


def _lint_call(
    call: ast.Call, cls: str | None, aliases: set[str], extracted: set[tuple[str, str]], in_fstring: bool = False
) -> str:
    func, args = call.func, call.args
    if isinstance(func, ast.Name) and (func.id in aliases or func.id == "tr"):
        return f"{func.id}(...) is an alias or helper: lupdate does not file it under the context used at run time"
    if not isinstance(func, ast.Attribute) or func.attr not in ("tr", "translate"):
        return ""
    owner = ast.unparse(func.value)
    if func.attr == "tr":
        if owner != "self":
            return f"{owner}.tr(...): lupdate files it under {owner!r}, not under the class of {owner}"
        context, text = cls, (args[0] if args else None)
    elif owner in ("QCoreApplication", "QApplication", "QGuiApplication") and len(args) >= 2:
        context, text = _literal(args[0]), args[1]
    else:
        return ""
    source = _literal(text)
    if source is None:
        return f"{func.attr}() text is not a literal: lupdate cannot extract it"
    if in_fstring:
        return f"{source!r} ({context}) is not extracted by lupdate: the {func.attr}() is inside an f-string"
    if context is not None and (context, source) not in extracted:
        return f"{source!r} ({context}) is not extracted by lupdate (a tr() inside an f-string?)"
    return ""


# -- command line -----------------------------------------------------------------------------


def _describe(key: Key) -> str:
    context, source, comment, _numerus = key
    return f"{context or '(no context)'}: {source!r}" + (f" [{comment}]" if comment else "")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="translations.py", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    up = sub.add_parser("update", help="refresh the .ts files from the code (pyside6-lupdate)")
    up.add_argument("--lang", action="append", choices=LANGUAGES, help="only this language (repeatable)")
    comp = sub.add_parser("compile", help="compile the .ts files to .qm (pyside6-lrelease) and write status.json")
    comp.add_argument(
        "--out", type=Path, help="write the .qm files and status.json here (default: next to the .ts files)"
    )
    comp.add_argument("-q", "--quiet", action="store_true")
    chk = sub.add_parser("check", help="counts per language; exit 1 if the .ts files are stale")
    chk.add_argument("--strict", action="store_true", help="also exit 1 on tr() calls lupdate cannot see")
    args = parser.parse_args(argv)

    if args.command == "compile":
        made = compile_qm(out_dir=args.out)
        if not args.quiet:
            skipped = sorted(set(LANGUAGES) - {p.stem.removeprefix("mmn_") for p in made})
            print(f"compiled {', '.join(p.name for p in made) or 'nothing'}; no translation yet: {', '.join(skipped)}")
            status = json.loads(((args.out or TS_DIR) / STATUS_FILE).read_text(encoding="utf-8"))
            drafts = [f"{lang} ({s['unfinished']}/{s['total']})" for lang, s in status.items() if s["unfinished"]]
            print(f"{STATUS_FILE}: drafts (unfinished/total): {', '.join(drafts) or 'none'}")
        return 0
    if args.command == "update":
        filled = update(args.lang or LANGUAGES)
        if filled:
            print(f"en: {filled} new message(s) filled from the source")
    strict = bool(getattr(args, "strict", False))
    return _report(check(), lint(), strict=strict, list_findings=args.command == "check")


def _report(states: list[LanguageState], findings: list[str], strict: bool, list_findings: bool) -> int:
    print(f"{'lang':<6}{'finished':>10}{'unfinished':>12}{'(empty)':>9}{'total':>7}")
    for s in states:
        if s.error:
            print(f"{s.lang:<6} ERROR {s.error}")
        else:
            print(f"{s.lang:<6}{s.finished:>10}{s.unfinished + s.empty:>12}{s.empty:>9}{s.total:>7}")
    stale = [s for s in states if s.stale]
    for s in stale:
        for key in s.missing:
            print(f"{s.lang}: missing from mmn_{s.lang}.ts: {_describe(key)}")
        for key in s.extra:
            print(f"{s.lang}: no longer in the code: {_describe(key)}")
    if stale:
        print("The .ts files are stale: run `python scripts/translations.py update`.")
    if list_findings:
        for finding in findings:
            print(f"warning: {finding}")
    elif findings:
        print(f"warning: {len(findings)} tr() call(s) lupdate cannot see; `check` lists them")
    return 1 if stale or (strict and findings) else 0


if __name__ == "__main__":
    sys.exit(main())
