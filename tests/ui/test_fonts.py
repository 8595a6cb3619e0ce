"""Bundled fonts: present and licensed, registered cheaply, and every script renders as glyphs.

The rendering proof runs in a subprocess because fontconfig reads its configuration once, when
Qt starts: the child gets a fonts.conf that knows only /usr/share/fonts/truetype/dejavu, which
is what a bare Debian has. There, text is laid out with QTextLayout and each glyph run is
inspected. Text shows as boxes in two ways:

- a real font draws glyph 0 (.notdef, the box) for characters it lacks: on DejaVu alone this is
  what happens to Burmese, Thai and Chinese;
- no font is accepted at all and Qt uses its box engine, which has no font file behind it (and
  glyph ids that are not 0). Qt only accepts a font for Khmer (and the Indic scripts, Syriac,
  Thaana, Sinhala, N'Ko) if its OpenType tables name that script, so on DejaVu alone Khmer goes
  to the box engine. Such a run is recognised by its QRawFont having no sfnt tables.
  ``QRawFont.familyName()`` must not be called on it: Qt 6.11 reads the first entry of the
  engine's (empty) family list and the process dies with SIGSEGV.

The control run (the same samples without the bundled fonts) must show boxes for Burmese,
Khmer, Thai and Chinese, so the checks with the bundled fonts can fail.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml
from PySide6.QtGui import QFont, QGuiApplication, QTextDocument
from PySide6.QtWidgets import QTextBrowser

from mmn_desktop.ui import assets
from mmn_desktop.ui import html as h
from mmn_desktop.ui.views.handbook import HandbookView
from mmn_desktop.ui.views.vocabulary import VocabularyView

REPO = Path(__file__).resolve().parents[2]
FONTS = REPO / "resources" / "fonts"
CONTENT = REPO / "resources" / "content"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")

BRAHMIC = ("Myanmar", "Khmer", "Lao", "Thai")
EXPECTED_FILES = {
    *(f"NotoSans{script}-{weight}.ttf" for script in BRAHMIC for weight in ("Regular", "Bold")),
    "NotoSansCJKsc-Regular-subset.otf",
    "NotoSansCJKsc-Bold-subset.otf",
}
# Languages of the content and the bundled family that must draw each one's own script.
OWN_FAMILY = {
    "my": "Noto Sans Myanmar",
    "km": "Noto Sans Khmer",
    "lo": "Noto Sans Lao",
    "th": "Noto Sans Thai",
    "zh": "Noto Sans CJK SC",
}
LANGUAGES = ("en", "vi", "my", "km", "lo", "th", "zh")
BARE_UI_FAMILY = "DejaVu Sans"
FONT_BUDGET_BYTES = 6_000_000


# --- the files ---------------------------------------------------------------------------------


def test_bundled_fonts_are_the_expected_files_within_budget() -> None:
    files = {p.name for p in FONTS.iterdir() if p.suffix in (".ttf", ".otf")}
    assert files == EXPECTED_FILES
    total = sum((FONTS / name).stat().st_size for name in files)
    assert total <= FONT_BUDGET_BYTES, f"fonts take {total} bytes; the budget is {FONT_BUDGET_BYTES}"


def test_licence_has_the_ofl_and_every_family_notice() -> None:
    text = (FONTS / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in text
    assert "PERMISSION & CONDITIONS" in text and "DISCLAIMER" in text
    for family in OWN_FAMILY.values():
        assert any(
            line.startswith(f"{family}: ") and ("Copyright" in line or "©" in line) for line in text.splitlines()
        )
    readme = (FONTS / "README.md").read_text(encoding="utf-8")
    assert "scripts/make_fonts.py" in readme


# --- registration in this process -----------------------------------------------------------------


def test_register_skips_a_bad_file_and_keeps_the_good_ones(qapp, tmp_path: Path, caplog) -> None:
    (tmp_path / "broken.ttf").write_bytes(b"this is not a font" * 100)
    (tmp_path / "notes.txt").write_text("not a font either, and not tried")
    shutil.copyfile(FONTS / "NotoSansLao-Regular.ttf", tmp_path / "NotoSansLao-Regular.ttf")
    with caplog.at_level(logging.WARNING, logger="mmn_desktop.ui.assets"):
        families = assets.register_fonts(tmp_path)
    assert families == ["Noto Sans Lao"]
    assert any("broken.ttf" in r.getMessage() for r in caplog.records)
    assert not any("notes.txt" in r.getMessage() for r in caplog.records)


def test_register_a_missing_folder_returns_nothing(qapp, tmp_path: Path, caplog) -> None:
    with caplog.at_level(logging.WARNING, logger="mmn_desktop.ui.assets"):
        assert assets.register_fonts(tmp_path / "nowhere") == []
    assert any("nowhere" in r.getMessage() for r in caplog.records)


# --- rendering on a bare system (subprocess) -----------------------------------------------------

PROBE = textwrap.dedent(
    """
    import faulthandler, json, sys, time
    from PySide6.QtGui import QFont, QFontInfo, QTextLayout
    from PySide6.QtWidgets import QApplication

    faulthandler.enable()  # a crash in Qt shows where it happened, in the test's failure
    job = json.load(sys.stdin)
    app = QApplication([])
    out = {"registered": [], "register_ms": None}
    if job["register"]:
        from mmn_desktop.ui import assets
        started = time.perf_counter()
        out["registered"] = assets.register_fonts()
        out["register_ms"] = (time.perf_counter() - started) * 1000
        assets.apply_font_fallbacks(app)
    out["app_family"] = QFontInfo(app.font()).family()
    out["app_families"] = app.font().families()

    def runs(text, font):
        layout = QTextLayout(text, font)
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()
        result = []
        for run in layout.glyphRuns():
            raw = run.rawFont()
            glyphs = list(run.glyphIndexes())
            # Qt's box engine has no font file, hence no sfnt tables; familyName() would crash on it.
            box = not raw.isValid() or raw.fontTable("head").isEmpty()
            dotted = [] if box else [g for g in raw.glyphIndexesForString("\\u25cc") if g]
            result.append({
                "box": box,
                "family": "" if box else raw.familyName(),
                "style": "" if box else raw.styleName(),
                "weight": raw.weight(),
                "glyphs": glyphs,
                "dotted": bool(dotted) and dotted[0] in glyphs,
            })
        return result

    def font_for(sample, reading):
        if reading:
            font = assets.reading_font(13, sample["lang"])
        else:
            font = QFont(app.font())
            font.setPointSize(13)
        font.setBold(sample["bold"])
        return font

    out["samples"] = [
        {**s, "app": runs(s["text"], font_for(s, False)),
         "reading": runs(s["text"], font_for(s, True)) if job["register"] else None}
        for s in job["samples"]
    ]
    problems = []
    for where, line in job["lines"]:
        for run in runs(line, app.font()):
            if run["box"] or 0 in run["glyphs"]:
                problems.append({"where": where, "line": line, "family": run["family"]})
                break
    out["line_problems"] = problems[:30]
    out["line_problem_count"] = len(problems)
    json.dump(out, sys.stdout)
    """
)

FONTS_CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <dir>{dejavu}</dir>
  <cachedir>{cache}</cachedir>
  <!-- Debian's own rules resolve the generic names to DejaVu when it is the only font. -->
  <alias><family>Sans Serif</family><prefer><family>DejaVu Sans</family></prefer></alias>
  <alias><family>sans-serif</family><prefer><family>DejaVu Sans</family></prefer></alias>
  <alias><family>serif</family><prefer><family>DejaVu Serif</family></prefer></alias>
  <alias><family>monospace</family><prefer><family>DejaVu Sans Mono</family></prefer></alias>
</fontconfig>
"""


def _term_text(term: Any) -> str:
    return term if isinstance(term, str) else str(term["text"])


def content_samples() -> list[dict[str, Any]]:
    """Real headwords and definitions: the first concept that has a section in every language."""
    for path in sorted((CONTENT / "vocabulary").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        sections = data.get("sections", {})
        if not all(lang in sections and sections[lang].get("definition") for lang in LANGUAGES):
            continue
        samples = []
        for lang in LANGUAGES:
            headword = _term_text(sections[lang]["terms"][0])
            definition = " ".join(str(sections[lang]["definition"]).split())
            for bold in (False, True):
                samples.append({"id": f"{path.stem}/{lang}/headword", "lang": lang, "text": headword, "bold": bold})
            samples.append({"id": f"{path.stem}/{lang}/definition", "lang": lang, "text": definition, "bold": False})
        return samples
    raise AssertionError("no concept has a section with a definition in every language")


def content_lines() -> list[tuple[str, str]]:
    lines = []
    for path in sorted(CONTENT.rglob("*")):
        if path.suffix in (".yaml", ".md"):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if line.strip() and not line.isascii():
                    lines.append((f"{path.relative_to(CONTENT)}:{number}", line.strip()))
    return lines


def run_bare(tmp_path: Path, register: bool, lines: list[tuple[str, str]]) -> dict[str, Any]:
    if not (DEJAVU / "DejaVuSans.ttf").is_file():
        pytest.skip(f"DejaVu Sans is not installed in {DEJAVU}")
    conf = tmp_path / "fonts.conf"
    conf.write_text(FONTS_CONF.format(dejavu=DEJAVU, cache=tmp_path / "fc-cache"), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FONTCONFIG", "QT_"))}
    env.update(FONTCONFIG_FILE=str(conf), QT_QPA_PLATFORM="offscreen")
    job = {"register": register, "samples": content_samples(), "lines": lines}
    proc = subprocess.run(
        [sys.executable, "-c", PROBE],
        input=json.dumps(job),
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-4000:]
    return json.loads(proc.stdout)


@pytest.fixture(scope="module")
def bare(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_bare(tmp_path_factory.mktemp("bare"), register=True, lines=content_lines())


@pytest.fixture(scope="module")
def bare_control(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_bare(tmp_path_factory.mktemp("bare-control"), register=False, lines=[])


def boxed(runs: list[dict[str, Any]]) -> bool:
    """Some of the text shows as boxes: the box engine drew it, or a font drew .notdef."""
    return any(run["box"] or 0 in run["glyphs"] for run in runs)


def test_registration_is_cheap_and_adds_every_family(bare: dict[str, Any]) -> None:
    assert sorted(bare["registered"]) == sorted(OWN_FAMILY.values())
    # Measured at ~5 ms; a generous bound that still catches shipping a whole CJK collection.
    assert bare["register_ms"] < 500


def test_ui_family_stays_first_and_the_bundled_ones_follow(bare: dict[str, Any]) -> None:
    # Qt's default family here is the alias "Sans Serif": it must be resolved, or Qt would skip
    # it in a list and draw Latin text with the first bundled font.
    assert bare["app_family"] == BARE_UI_FAMILY
    assert bare["app_families"] == [BARE_UI_FAMILY, *assets.BUNDLED_FAMILIES]


def test_every_script_renders_as_glyphs_with_the_application_font(bare: dict[str, Any]) -> None:
    assert {s["lang"] for s in bare["samples"]} == set(LANGUAGES)
    for sample in bare["samples"]:
        runs = sample["app"]
        assert runs, sample["id"]
        assert not boxed(runs), (sample["id"], sample["text"], runs)
        families = {run["family"] for run in runs}
        own = OWN_FAMILY.get(sample["lang"])
        if own is None:  # English, Vietnamese: the UI font, never a bundled one
            assert families == {BARE_UI_FAMILY}, (sample["id"], families)
        elif sample["lang"] == "lo":  # DejaVu Sans has Lao letters of its own, so it may draw them here
            assert families <= {own, BARE_UI_FAMILY}, (sample["id"], families)
        else:
            assert own in families and families <= {own, BARE_UI_FAMILY}, (sample["id"], families)
        if sample["bold"]:
            assert all(run["weight"] >= 600 for run in runs), (sample["id"], runs)
        assert not any(run["dotted"] for run in runs), f"broken cluster (dotted circle) in {sample['id']}"


def test_reading_font_puts_the_language_font_first(bare: dict[str, Any]) -> None:
    for sample in bare["samples"]:
        runs = sample["reading"]
        assert not boxed(runs), (sample["id"], runs)
        assert not any(run["dotted"] for run in runs), sample["id"]
        own = OWN_FAMILY.get(sample["lang"])
        if own is not None and sample["id"].endswith("headword"):
            # A headword is all in its own script: every glyph comes from the language's font.
            assert {run["family"] for run in runs} == {own}, (sample["id"], runs)


def test_every_line_of_the_content_renders(bare: dict[str, Any]) -> None:
    assert bare["line_problem_count"] == 0, bare["line_problems"]


def test_control_without_the_bundled_fonts_shows_boxes(bare_control: dict[str, Any]) -> None:
    """Proves the checks above can fail: the same samples on DejaVu alone show boxes."""
    assert bare_control["registered"] == []
    assert bare_control["app_family"] == BARE_UI_FAMILY
    by_lang: dict[str, bool] = {}
    for sample in bare_control["samples"]:
        by_lang[sample["lang"]] = by_lang.get(sample["lang"], False) or boxed(sample["app"])
    for lang in ("my", "km", "th", "zh"):
        assert by_lang[lang], f"{lang} rendered without the bundled fonts; the test proves nothing for it"
    assert not by_lang["en"] and not by_lang["vi"]
    # Lao is not in this list: DejaVu Sans covers the Lao block, so Lao never shows boxes here
    # (but its tone marks collide with upper vowels; see reading_font and the README).

    # Both ways of drawing boxes occur, so both are really detected: DejaVu draws .notdef for
    # Burmese, Thai and Chinese, and Khmer, which Qt only gives a font whose OpenType tables
    # name it, goes to the box engine (checked, not assumed, so "box" cannot be always false).
    runs_of = {
        lang: [run for s in bare_control["samples"] if s["lang"] == lang for run in s["app"]] for lang in LANGUAGES
    }
    for lang in ("my", "th", "zh"):
        assert any(run["family"] == BARE_UI_FAMILY and 0 in run["glyphs"] for run in runs_of[lang]), lang
    assert any(run["box"] and 0 not in run["glyphs"] for run in runs_of["km"]), runs_of["km"]
    assert not any(run["box"] for lang in ("en", "vi", "my", "th", "zh") for run in runs_of[lang])


def test_language_families_put_the_language_first_and_keep_the_ui_family(qapp) -> None:
    assets.register_fonts()
    ui = assets.fallback_families()
    assert ui[0] not in assets.BUNDLED_FAMILIES
    assert ui[1:] == list(assets.BUNDLED_FAMILIES)
    assert assets.families_for_language("lo-LA") == [
        "Noto Sans Lao",
        ui[0],
        *(f for f in ui[1:] if f != "Noto Sans Lao"),
    ]
    assert assets.families_for_language("en") == ui
    assert assets.families_for_language(None) == ui
    chinese = assets.reading_font(15, "zh")
    assert chinese.families()[:2] == ["Noto Sans CJK SC", ui[0]]
    assert chinese.pointSizeF() == 15
    # A reading font can itself be the base: its UI family survives, the language font moves.
    assert assets.families_for_language("km", base=chinese)[:2] == ["Noto Sans Khmer", ui[0]]


# --- headings with a scroll anchor (in this process) ----------------------------------------------
#
# Qt's HTML importer gives a named anchor inside text (<a name> or an id) to the one character after
# it, as a format of its own, and Qt shapes differently formatted text separately. A heading that
# starts with a Burmese or Khmer cluster is then cut after its base: the rest is drawn on a dotted
# circle. html.named_anchor, written before the heading, keeps the anchor off the text.

ANCHORED_HEADINGS = {"my": "မြန်မာ — Burmese", "km": "ខ្មែរ — Khmer"}  # the vocabulary view's, bold (h2)
FILLER = "<p>" + "Some words to read before the heading. " * 150 + "</p>"


def app_fonts() -> QFont:
    """The application font as apply_font_fallbacks makes it, without changing this process's app font."""
    assets.register_fonts()
    font = QFont(QGuiApplication.font())
    font.setFamilies(assets.fallback_families(font))
    return font


def glyph_runs(document: QTextDocument) -> list[tuple[str, Any]]:
    """(block text, glyph run) for every line of every block, laid out."""
    layout = document.documentLayout()
    found = []
    block = document.begin()
    while block.isValid():
        layout.blockBoundingRect(block)  # lays the block out if it is not yet
        lines = block.layout()
        for i in range(lines.lineCount()):
            found += [(block.text(), run) for run in lines.lineAt(i).glyphRuns()]
        block = block.next()
    return found


def from_a_font_file(run: Any) -> bool:
    """False for Qt's box engine (no font file, so no dotted circle either; see the module docstring)."""
    raw = run.rawFont()
    return bool(raw.isValid()) and not raw.fontTable("head").isEmpty()


def draws_dotted_circle(run: Any) -> bool:
    if not from_a_font_file(run):
        return False
    raw = run.rawFont()
    dotted = [g for g in raw.glyphIndexesForString("\u25cc") if g]
    return bool(dotted) and dotted[0] in run.glyphIndexes()


def broken_blocks(document: QTextDocument) -> list[str]:
    return sorted({text for text, run in glyph_runs(document) if draws_dotted_circle(run)})


def heading_faces(document: QTextDocument, text: str) -> set[tuple[str, int]]:
    """(family, weight) of the runs that draw the script part of the heading ``text``."""
    return {
        (run.rawFont().familyName(), run.rawFont().weight())
        for block_text, run in glyph_runs(document)
        if block_text == text and from_a_font_file(run) and run.rawFont().familyName() in assets.BUNDLED_FAMILIES
    }


def browser(qtbot: Any, html_text: str) -> QTextBrowser:
    widget = QTextBrowser()
    qtbot.addWidget(widget)
    widget.setFont(app_fonts())
    widget.resize(700, 400)
    widget.setHtml(html_text)
    widget.show()  # a hidden text browser gives its document no width, so nothing is laid out
    qtbot.waitExposed(widget)
    return widget


@pytest.mark.parametrize("lang", sorted(ANCHORED_HEADINGS))
def test_an_anchor_inside_a_heading_cuts_its_first_cluster(qtbot: Any, lang: str) -> None:
    """The failure, as Qt makes it: proves broken_blocks sees a dotted circle when there is one."""
    text = ANCHORED_HEADINGS[lang]
    for inside in (f'<h2><a name="x"></a>{text}</h2>', f'<h2 id="x">{text}</h2>'):
        reader = browser(qtbot, FILLER + inside)
        document = reader.document()
        assert heading_faces(document, text) == {(OWN_FAMILY[lang], 700)}, inside
        assert broken_blocks(document) == [text], (
            f"{inside}: no dotted circle. If Qt's HTML importer no longer puts a named anchor on one "
            "character, html.named_anchor is no longer needed and this control should go."
        )


@pytest.mark.parametrize("lang", sorted(ANCHORED_HEADINGS))
def test_named_anchor_before_a_heading_keeps_it_whole_and_scrolls_to_it(qtbot: Any, lang: str) -> None:
    text = ANCHORED_HEADINGS[lang]
    reader = browser(qtbot, f"<h1>Title</h1>{FILLER}{h.named_anchor('lang-x')}<h2>{h.esc(text)}</h2>{FILLER}")
    document = reader.document()
    assert heading_faces(document, text) == {(OWN_FAMILY[lang], 700)}  # the bundled Bold face
    assert broken_blocks(document) == []
    assert document.toPlainText().count(text) == 1  # the anchor adds no character to the heading
    assert reader.verticalScrollBar().value() == 0
    reader.scrollToAnchor("lang-x")
    top = reader.cursorForPosition(reader.viewport().rect().topLeft())
    assert top.block().text() == text


@pytest.mark.parametrize(
    ("view_class", "target", "headings"),
    [
        (VocabularyView, "concept:migrant-worker", list(ANCHORED_HEADINGS.values())),
        (HandbookView, "chapter:when-you-get-a-call-km", ["ក្នុងប៉ុន្មាននាទីដំបូង", "ការតាមដានបន្ត"]),
        (HandbookView, "chapter:when-you-get-a-call-my", ["နောက်ဆက်တွဲ ဆောင်ရွက်ရန်"]),
    ],
)
def test_anchored_headings_in_the_reading_views_draw_no_dotted_circle(
    qtbot: Any, real_ctx: Any, view_class: type[VocabularyView | HandbookView], target: str, headings: list[str]
) -> None:
    """The vocabulary's language headings and the handbook's section headings carry scroll anchors."""
    view = view_class(real_ctx)
    qtbot.addWidget(view)
    view.reader.setFont(app_fonts())
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    view.open(target)
    document = view.reader.document()
    for text in headings:
        faces = heading_faces(document, text)
        assert faces and all(weight >= 600 for _, weight in faces), (text, faces)
    assert broken_blocks(document) == []
