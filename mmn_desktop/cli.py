"""``mmn``: the command line over the same core services as the app. Never imports Qt."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import Any, NoReturn

from mmn_desktop import __version__
from mmn_desktop.core import paths
from mmn_desktop.core.errors import BadIdError, MmnError, NotFoundError, ValidationError
from mmn_desktop.core.models import KINDS, LANGUAGES, SearchFilters

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2
EXPORT_FORMATS = ("ris", "bibtex", "csl-json")


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    """argparse that reports a bad argument in one line and exits 2."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message}")


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="mmn", description="MMN Desktop command line: build, check and search the content.")
    p.add_argument("--version", action="version", version=f"mmn {__version__}")
    p.add_argument("--content", type=Path, help="content sources folder (default: resources/content)")
    p.add_argument("--db", type=Path, help="database and index folder (default: db/)")
    p.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    sub.add_parser("check", help="validate the content sources")
    sub.add_parser("build", help="validate and build the database and the search index")

    s = sub.add_parser("search", help="search every work")
    s.add_argument("query")
    s.add_argument("--kind", action="append", default=[], help=f"one of {', '.join(KINDS)} (repeatable)")
    s.add_argument("--lang", action="append", default=[], help=f"one of {', '.join(LANGUAGES)} (repeatable)")
    s.add_argument("--country", action="append", default=[], help="country slug or ISO code (repeatable)")
    s.add_argument("--limit", type=int, default=20)
    s.add_argument("--json", action="store_true")

    sh = sub.add_parser("show", help="print one entry")
    sh.add_argument("id", help="e.g. concept:migrant-worker, law:thailand/wages, bib:mmn-2013-no-choice")
    sh.add_argument("--lang", help="show only this language (vocabulary)")
    sh.add_argument("--json", action="store_true")

    st = sub.add_parser("stats", help="counts of the content")
    st.add_argument("--json", action="store_true")

    ex = sub.add_parser("export", help="export the bibliography as RIS, BibTeX or CSL-JSON")
    ex.add_argument("--format", choices=EXPORT_FORMATS, required=True)
    ex.add_argument("--country", action="append", default=[], help="only records about this country (repeatable)")
    ex.add_argument("--topic", action="append", default=[], help="only records on this topic (repeatable)")
    ex.add_argument("--since", type=int, help="only records from this year on")
    ex.add_argument("-o", "--output", type=Path, help="write here (default: standard output)")
    return p


def _utf8_streams() -> None:
    """Write UTF-8 to pipes and files whatever the locale says (on Windows a redirected stdout is
    cp1252, which cannot hold Thai or Burmese). A real console already takes any text."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", "") or "").replace("-", "").lower()
        if stream is not None and encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


def main(argv: list[str] | None = None) -> int:
    _utf8_streams()
    try:
        args = _parser().parse_args(argv)
    except UsageError as exc:
        print(str(exc).splitlines()[0], file=sys.stderr)
        return EXIT_USAGE
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        stream=sys.stderr,
        format="%(levelname)s %(name)s: %(message)s",
    )
    content_dir = args.content or paths.content_dir()
    db_dir = args.db or paths.db_dir()
    try:
        if args.command == "check":
            return _check(content_dir)
        if args.command == "build":
            return _build(content_dir, db_dir)
        if args.command == "search":
            return _search(args, db_dir)
        if args.command == "show":
            return _show(args, db_dir)
        if args.command == "export":
            return _export(args, db_dir)
        return _stats(args, db_dir)
    except UsageError as exc:
        print(f"mmn {args.command}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (BadIdError, NotFoundError) as exc:
        print(f"mmn {args.command}: {exc.message}", file=sys.stderr)
        return EXIT_USAGE
    except MmnError as exc:
        print(f"mmn {args.command}: {exc.message}", file=sys.stderr)
        return EXIT_FAIL
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`mmn search x | head`): stop quietly, as Unix tools do.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def _check(content_dir: Path) -> int:
    from mmn_desktop.core.content import load_content

    content, problems = load_content(content_dir)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem(s) found in {content_dir}", file=sys.stderr)
        return EXIT_FAIL
    chapters = sum(c.kind == "chapter" for c in content.chapters)
    pages = len(content.chapters) - chapters
    print(
        f"ok: {len(content.concepts)} concepts, {len(content.avoid)} terms to avoid, "
        f"{len(content.elements)} law elements, {len(content.cells)} law cells, {chapters} chapters, "
        f"{pages} edition pages, {len(content.bibliography)} bibliography records, "
        f"{len(content.ratifications)} ratification cells"
    )
    return EXIT_OK


def _build(content_dir: Path, db_dir: Path) -> int:
    from mmn_desktop.core.builder.build import build

    try:
        report = build(content_dir, db_dir)
    except ValidationError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"build stopped: {len(exc.problems)} problem(s); the previous database is unchanged", file=sys.stderr)
        return EXIT_FAIL
    print(
        f"built {report.database} and {report.index} ({report.documents} index documents) "
        f"in {report.seconds:.2f} s; content {report.content_hash[:12]}"
    )
    return EXIT_OK


def _open_repo(db_dir: Path) -> Any:
    from mmn_desktop.core.db.repository import ContentRepository
    from mmn_desktop.core.errors import DatabaseMissingError

    try:
        return ContentRepository(paths.database_path(db_dir))
    except DatabaseMissingError as exc:
        raise DatabaseMissingError(f"{exc.message}; run `mmn build` first") from exc


def _search(args: argparse.Namespace, db_dir: Path) -> int:
    from mmn_desktop.core.search.service import SearchService

    for kind in args.kind:
        if kind not in KINDS:
            raise UsageError(f"unknown kind {kind!r} (one of {', '.join(KINDS)})")
    for lang in args.lang:
        if lang not in LANGUAGES:
            raise UsageError(f"unknown language {lang!r} (one of {', '.join(LANGUAGES)})")
    if not 1 <= args.limit <= 500:
        raise UsageError("--limit must be between 1 and 500")
    repo = _open_repo(db_dir)
    try:
        countries = {c.slug: c.slug for c in repo.countries()} | {c.iso: c.slug for c in repo.countries()}
        chosen = []
        for c in args.country:
            if c.lower() not in countries:
                raise UsageError(f"unknown country {c!r} (one of {', '.join(sorted(countries))})")
            chosen.append(countries[c.lower()])
        service = SearchService(
            paths.index_path(db_dir), repo, paths.fallback_index_path(), notify=lambda m: print(m, file=sys.stderr)
        )
        with service:
            result = service.search(
                args.query, SearchFilters(tuple(args.kind), tuple(args.lang), tuple(chosen)), limit=args.limit
            )
    finally:
        repo.close()
    for notice in result.notices:
        print(notice, file=sys.stderr)
    if args.json:
        print(
            json.dumps(
                {
                    "query": result.query,
                    "total": result.total,
                    "took_ms": result.took_ms,
                    "hits": [h.to_json() for h in result.hits],
                },
                ensure_ascii=False,
            )
        )
        return EXIT_OK
    if not result.hits:
        hint = f' Did you mean "{result.suggestion}"?' if result.suggestion else ""
        print(f"No results for {args.query!r}.{hint}")
        return EXIT_OK
    note = ""
    if result.mode == "fuzzy" and result.suggestion:
        note = f' (no exact match; showing results for "{result.suggestion}")'
    elif result.mode != "exact":
        note = f" ({result.mode} match)"
    print(f"{result.total} result(s) in {result.took_ms:.1f} ms{note}")
    for kind, hits in result.grouped().items():
        print(f"\n[{kind}]")
        for h in hits:
            print(f"  {h.id}  {h.title}  ({h.lang})")
            print(f"      {_terminal(h.snippet)}")
    return EXIT_OK


def _terminal(snippet: str) -> str:
    import html

    bold = sys.stdout.isatty()
    text = snippet.replace("<b>", "\x1b[1m" if bold else "«").replace("</b>", "\x1b[0m" if bold else "»")
    return html.unescape(text)


def _show(args: argparse.Namespace, db_dir: Path) -> int:
    from mmn_desktop.core.render_text import entry_json, entry_text

    if args.lang and args.lang not in LANGUAGES:
        raise UsageError(f"unknown language {args.lang!r} (one of {', '.join(LANGUAGES)})")
    repo = _open_repo(db_dir)
    try:
        entry = repo.get(args.id)
        if args.json:
            print(json.dumps(entry_json(entry, args.lang), ensure_ascii=False, indent=1))
        else:
            print(entry_text(entry, repo, args.lang))
    finally:
        repo.close()
    return EXIT_OK


def _stats(args: argparse.Namespace, db_dir: Path) -> int:
    repo = _open_repo(db_dir)
    try:
        stats = repo.stats()
    finally:
        repo.close()
    if args.json:
        print(json.dumps(stats, ensure_ascii=False))
    else:
        for key, value in stats.items():
            print(f"{key}: {value}")
    return EXIT_OK


def _export(args: argparse.Namespace, db_dir: Path) -> int:
    from mmn_desktop.core import export

    repo = _open_repo(db_dir)
    try:
        records = repo.bibliography()
        known = {c.slug for c in repo.countries()}
    finally:
        repo.close()
    unknown = [c for c in args.country if c not in known]
    if unknown:
        raise UsageError(f"unknown country {unknown[0]!r} (one of {', '.join(sorted(known))})")
    chosen = [
        r
        for r in records
        if (not args.country or set(args.country) & set(r.countries))
        and (not args.topic or set(args.topic) & set(r.topics))
        and (args.since is None or r.year >= args.since)
    ]
    writer = {"ris": export.to_ris, "bibtex": export.to_bibtex, "csl-json": export.to_csl_json}[args.format]
    text = writer(chosen)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
        print(f"{len(chosen)} record(s) written to {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
