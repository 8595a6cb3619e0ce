"""`mmn check`: every kind of problem is found, named by file, entry and field, all in one run."""

from __future__ import annotations

from pathlib import Path

import pytest

from mmn_desktop.cli import main as cli
from mmn_desktop.core.content import load_content
from mmn_desktop.core.errors import Problem


def problems_of(root: Path) -> list[Problem]:
    return load_content(root)[1]


def one(problems: list[Problem], **match: str) -> Problem:
    found = [p for p in problems if all(match[k] in getattr(p, k) for k in match)]
    assert found, f"no problem matching {match} in {[str(p) for p in problems]}"
    return found[0]


def test_fixture_content_is_clean(content_copy: Path) -> None:
    assert problems_of(content_copy) == []


def test_duplicate_id(content_copy: Path) -> None:
    src = (content_copy / "vocabulary" / "minimum-wage.yaml").read_text(encoding="utf-8")
    (content_copy / "vocabulary" / "minimum-wage-2.yaml").write_text(src, encoding="utf-8")
    problems = problems_of(content_copy)
    p = one(problems, file="vocabulary/minimum-wage-2.yaml", field="id")
    assert "does not match the file name" in p.message
    assert any("duplicate id 'concept:minimum-wage'" in x.message for x in problems)


def test_unknown_language_and_country(content_copy: Path) -> None:
    path = content_copy / "vocabulary" / "minimum-wage.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("  vi:\n", "  xx:\n"), encoding="utf-8")
    bib = content_copy / "bibliography" / "mmn-2013-no-choice.yaml"
    bib.write_text(
        bib.read_text(encoding="utf-8").replace("countries: [thailand, myanmar]", "countries: [thailand, narnia]"),
        encoding="utf-8",
    )
    problems = problems_of(content_copy)
    p = one(problems, file="vocabulary/minimum-wage.yaml", entry="concept:minimum-wage")
    assert p.field == "sections.xx" and "unknown language code 'xx'" in p.message
    p = one(problems, file="bibliography/mmn-2013-no-choice.yaml", field="countries[1]")
    assert p.entry == "bib:mmn-2013-no-choice" and "narnia" in p.message


def test_dangling_cross_references(content_copy: Path) -> None:
    path = content_copy / "vocabulary" / "migrant-worker.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("related: [minimum-wage]", "related: [minimum-wage, no-such-concept]"),
        encoding="utf-8",
    )
    ch = content_copy / "handbook" / "arrest.md"
    ch.write_text(ch.read_text(encoding="utf-8") + "\nSee [x](mmn:law:laos/working-hours).\n", encoding="utf-8")
    problems = problems_of(content_copy)
    p = one(problems, file="vocabulary/migrant-worker.yaml", field="related[1]")
    assert p.entry == "concept:migrant-worker" and "concept:no-such-concept" in p.message
    p = one(problems, file="handbook/arrest.md", field="body")
    assert "law:laos/working-hours" in p.message


def test_law_cell_needs_citation_and_as_of(content_copy: Path) -> None:
    cell = content_copy / "labour_law" / "cells" / "thailand" / "working-hours.yaml"
    cell.write_text("summary: Something true.\nreview: draft\n", encoding="utf-8")
    problems = problems_of(content_copy)
    entry = "law:thailand/working-hours"
    assert one(problems, file="labour_law/cells/thailand/working-hours.yaml", field="citations").entry == entry
    assert "required" in one(problems, file="labour_law/cells/thailand/working-hours.yaml", field="as_of").message


def test_missing_required_field(content_copy: Path) -> None:
    bib = content_copy / "bibliography" / "mmn-2013-no-choice.yaml"
    bib.write_text(
        "\n".join(line for line in bib.read_text(encoding="utf-8").splitlines() if not line.startswith("publisher:")),
        encoding="utf-8",
    )
    p = one(problems_of(content_copy), file="bibliography/mmn-2013-no-choice.yaml", field="publisher")
    assert p.entry == "bib:mmn-2013-no-choice" and "required" in p.message


def test_malformed_yaml_names_line(content_copy: Path) -> None:
    (content_copy / "terms_to_avoid" / "broken.yaml").write_text("id: broken\nterms: [unclosed\n", encoding="utf-8")
    p = one(problems_of(content_copy), file="terms_to_avoid/broken.yaml")
    assert "malformed YAML" in p.message and "line" in p.message


def test_malformed_markdown_header_and_fence(content_copy: Path) -> None:
    (content_copy / "handbook" / "no-header.md").write_text("# Just a title\n", encoding="utf-8")
    (content_copy / "handbook" / "fence.md").write_text(
        "---\nid: fence\norder: 2\ntitle: Fence\nlanguage: en\n---\n```\nunclosed\n", encoding="utf-8"
    )
    (content_copy / "handbook" / "bad-yaml.md").write_text("---\nid: [\n---\nbody\n", encoding="utf-8")
    problems = problems_of(content_copy)
    assert "missing YAML header" in one(problems, file="handbook/no-header.md").message
    assert "code fence" in one(problems, file="handbook/fence.md", field="body").message
    assert "malformed YAML" in one(problems, file="handbook/bad-yaml.md").message


def test_reviewed_needs_reviewer_and_term_status(content_copy: Path) -> None:
    path = content_copy / "vocabulary" / "minimum-wage.yaml"
    text = path.read_text(encoding="utf-8").replace("  th:\n    review: draft", "  th:\n    review: reviewed", 1)
    text = text.replace("terms: [minimum wage]", "terms: [{text: minimum wage, status: obsolete}]")
    path.write_text(text, encoding="utf-8")
    problems = problems_of(content_copy)
    assert one(problems, field="sections.th.reviewer").entry == "concept:minimum-wage"
    assert "obsolete" in one(problems, field="sections.en.terms[0].status").message


def test_all_errors_in_one_run(content_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (content_copy / "terms_to_avoid" / "broken.yaml").write_text("id: [\n", encoding="utf-8")
    cell = content_copy / "labour_law" / "cells" / "thailand" / "wages.yaml"
    cell.write_text(cell.read_text(encoding="utf-8").replace("as_of: 2024-06-30", "as_of: last year"), encoding="utf-8")
    bib = content_copy / "bibliography" / "mmn-2013-no-choice.yaml"
    bib.write_text(bib.read_text(encoding="utf-8").replace("year: 2013", "year: soon"), encoding="utf-8")
    assert cli(["--content", str(content_copy), "check"]) == 1
    err = capsys.readouterr().err
    assert "terms_to_avoid/broken.yaml" in err
    assert "labour_law/cells/thailand/wages.yaml [law:thailand/wages] as_of" in err
    assert "bibliography/mmn-2013-no-choice.yaml [bib:mmn-2013-no-choice] year" in err
    assert "3 problem(s)" in err


def test_check_ok_exit_zero(content_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(["--content", str(content_copy), "check"]) == 0
    assert capsys.readouterr().out.startswith("ok: 2 concepts")
