"""The `mmn` command line: output shapes, exit statuses, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from mmn_desktop.cli import main as cli

STATS_KEYS = {
    "concepts",
    "concept_languages",
    "terms_to_avoid",
    "law_elements",
    "law_cells",
    "law_cells_cited",
    "international_rows",
    "chapters",
    "bibliography",
    "instruments",
    "ratification_cells",
    "draft_sections",
    "reviewed_sections",
}


def run(built_db: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli(["--db", str(built_db), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_search_json_shape(built_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(built_db, capsys, "search", "ค่าจ", "--json")
    assert code == 0 and err == ""
    data = json.loads(out)
    assert set(data) == {"query", "total", "took_ms", "hits"}
    assert data["query"] == "ค่าจ" and data["total"] >= 1 and isinstance(data["took_ms"], float)
    hit = data["hits"][0]
    assert set(hit) == {"kind", "id", "title", "lang", "snippet", "score"}
    assert hit["id"].startswith(hit["kind"] + ":")
    assert "<b>" in hit["snippet"]


def test_search_filters_and_limit(built_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(built_db, capsys, "search", "wage", "--kind", "law", "--country", "TH", "--json")
    assert [h["id"] for h in json.loads(out)["hits"]] == ["law:thailand/wages"]
    _, out, _ = run(built_db, capsys, "search", "wage", "--limit", "1", "--json")
    data = json.loads(out)
    assert len(data["hits"]) == 1 and data["total"] > 1
    _, out, _ = run(built_db, capsys, "search", "lao dong", "--lang", "vi", "--json")
    assert {h["lang"] for h in json.loads(out)["hits"]} == {"vi"}


def test_search_text_output_groups(built_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(built_db, capsys, "search", "wage")
    assert code == 0 and "[concept]" in out and "[law]" in out and "concept:minimum-wage" in out


def test_show(built_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(built_db, capsys, "show", "concept:migrant-worker", "--lang", "th")
    assert code == 0 and "แรงงานข้ามชาติ" in out and "(draft)" in out and "lao động" not in out
    code, out, _ = run(built_db, capsys, "show", "law:thailand/wages")
    assert "Thailand: Wages and minimum wage" in out and "Section 90" in out and "not legal advice" in out
    code, out, _ = run(built_db, capsys, "show", "bib:mmn-2013-no-choice", "--json")
    data = json.loads(out)
    assert data["id"] == "bib:mmn-2013-no-choice" and data["year"] == 2013
    code, out, _ = run(built_db, capsys, "show", "ratification:ilo-c029")
    assert "ratified (1969)" in out


def test_stats_json_has_exactly_the_keys(built_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(built_db, capsys, "stats", "--json")
    data = json.loads(out)
    assert code == 0 and set(data) == STATS_KEYS
    assert data["concepts"] == 2 and data["concept_languages"]["th"] == 2 and data["concept_languages"]["km"] == 1
    assert data["law_cells"] == data["law_cells_cited"] == 2
    assert data["international_rows"] == 2 and data["ratification_cells"] == 1
    assert data["draft_sections"] == 10 and data["reviewed_sections"] == 0


@pytest.mark.parametrize(
    "args",
    [
        ["show", "concept:nope"],
        ["show", "nonsense"],
        ["show", "planet:earth"],
        ["search", "x", "--kind", "planet"],
        ["search", "x", "--lang", "fr"],
        ["search", "x", "--country", "france"],
        ["search", "x", "--limit", "0"],
        ["search", "x", "--limit", "many"],
        ["search"],
        ["frobnicate"],
        [],
    ],
)
def test_bad_arguments_exit_2_with_one_line(
    built_db: Path, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    code, _out, err = run(built_db, capsys, *args)
    assert code == 2
    assert len(err.strip().splitlines()) == 1, err
    assert "Traceback" not in err


def test_missing_database_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(tmp_path, capsys, "stats")
    assert code == 1 and "mmn build" in err and len(err.strip().splitlines()) == 1


def test_console_script_in_a_real_process(built_db: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "mmn_desktop", "cli", "--db", str(built_db), "search", "民工", "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["hits"][0]["id"] == "concept:migrant-worker"


def test_edition_pages_are_shown_and_searchable(built_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(built_db, capsys, "show", "page:about")
    assert code == 0 and "About this edition" in out and "report an error" in out
    _, out, _ = run(built_db, capsys, "search", "report an error", "--kind", "page", "--json")
    assert [h["id"] for h in json.loads(out)["hits"]] == ["page:about"]
    _, out, _ = run(built_db, capsys, "stats", "--json")
    assert json.loads(out)["chapters"] == 1  # pages are not handbook chapters


def test_closed_pipe_is_not_a_traceback(built_db: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "mmn_desktop", "cli", "--db", str(built_db), "search", "wage"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None
    proc.stdout.close()  # the reader is gone before the first line is written, like `| head -0`
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0 and b"Traceback" not in err


def test_output_to_a_pipe_is_utf8_whatever_the_locale(built_db: Path) -> None:
    """On Windows a redirected stdout is cp1252; Thai results must still come out (as UTF-8)."""
    import os

    env = {**os.environ, "PYTHONIOENCODING": "cp1252"}
    proc = subprocess.run(
        [sys.executable, "-m", "mmn_desktop", "cli", "--db", str(built_db), "search", "ค่าจ", "--json"],
        capture_output=True,
        env=env,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    data = json.loads(proc.stdout.decode("utf-8"))
    assert any("ค่าจ้าง" in h["title"] or "ค่าจ้าง" in h["snippet"] for h in data["hits"])


def test_export_bibliography_in_each_format(built_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import bibtexparser
    import rispy

    code, out, _ = run(built_db, capsys, "export", "--format", "ris")
    assert code == 0
    entries = rispy.loads(out)
    assert len(entries) == 1
    assert entries[0]["title"].startswith("No Choice in the Matter") and entries[0]["year"] == "2013"
    target = tmp_path / "bib.bib"
    code, _, err = run(built_db, capsys, "export", "--format", "bibtex", "--output", str(target))
    assert code == 0 and "1 record(s)" in err
    assert len(bibtexparser.loads(target.read_text(encoding="utf-8")).entries) == 1
    code, out, _ = run(built_db, capsys, "export", "--format", "csl-json", "--since", "2100")
    assert code == 0 and json.loads(out) == []
    code, _, err = run(built_db, capsys, "export", "--format", "ris", "--country", "atlantis")
    assert code == 2 and "unknown country" in err
