"""Interface translations: the .ts sources match the code, compile with the real lrelease, and load in Qt."""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from mmn_desktop.core.library import Library
from mmn_desktop.ui import i18n
from mmn_desktop.ui.i18n import UI_LANGUAGES

from .conftest import default_settings, search_factory

ROOT = Path(__file__).resolve().parents[2]


def _load_script() -> ModuleType:
    name = "mmn_translations_script"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


T = _load_script()
PLACEHOLDER = re.compile(r"\{[^}]*\}|%n|<[^>]+>")
NOT_WORDS = re.compile(r"\{[^}]*\}|\([^)]*\)|RIS|BibTeX|CSL-JSON|JSON|Markdown|Ctrl")
ACCELERATOR = re.compile(r"&(\w)")
THAI = re.compile(r"[\u0e00-\u0e7f]")
# The complete drafts: every message has a translation awaiting a native speaker's review.
DRAFTS = ("vi", "th")


def live(lang: str) -> list[Any]:
    return [m for m in T.read_ts(T.ts_path(lang)) if m.live]


@pytest.fixture(scope="module")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .qm files compiled by the script into a fresh folder (pre-existing .qm files play no part)."""
    out = tmp_path_factory.mktemp("qm")
    T.compile_qm(out_dir=out)
    return out


@contextmanager
def installed(qm: Path) -> Iterator[QTranslator]:
    translator = QTranslator()
    assert translator.load(str(qm)), qm
    QCoreApplication.installTranslator(translator)
    try:
        yield translator
    finally:
        QCoreApplication.removeTranslator(translator)


@pytest.fixture
def vietnamese(qapp: Any, qm_dir: Path) -> Iterator[QTranslator]:
    with installed(qm_dir / "mmn_vi.qm") as translator:
        yield translator


@pytest.fixture
def thai(qapp: Any, qm_dir: Path) -> Iterator[QTranslator]:
    with installed(qm_dir / "mmn_th.qm") as translator:
        yield translator


def expected_status(lang: str, ts_dir: Path = T.TS_DIR) -> dict[str, int]:
    """The counts status.json should give, read from the .ts XML here (not with the script's reader)."""
    states = [
        (m.find("translation").get("type") or "finished")  # type: ignore[union-attr]
        for m in ET.parse(T.ts_path(lang, ts_dir)).getroot().iter("message")
    ]
    live = [s for s in states if s not in ("obsolete", "vanished")]
    finished = live.count("finished")
    return {"finished": finished, "unfinished": len(live) - finished, "total": len(live)}


# -- the .ts sources ---------------------------------------------------------------------------


def test_the_script_knows_the_seven_interface_languages() -> None:
    assert set(T.LANGUAGES) == set(UI_LANGUAGES)


@pytest.mark.parametrize("lang", sorted(UI_LANGUAGES))
def test_ts_file_is_valid_xml_for_its_language(lang: str) -> None:
    root = ET.parse(T.ts_path(lang)).getroot()
    assert root.tag == "TS"
    assert root.get("sourcelanguage") == "en"
    assert (root.get("language") or "").split("_")[0] == lang
    assert len(live(lang)) > 100


def test_ts_files_are_not_stale() -> None:
    """Every string lupdate finds in the code is in every .ts file, and nothing more."""
    problems = [
        f"{s.lang}: {s.error or ''} missing={[k[:2] for k in s.missing][:5]} extra={[k[:2] for k in s.extra][:5]}"
        for s in T.check()
        if s.stale
    ]
    assert not problems, "run `python scripts/translations.py update`:\n" + "\n".join(problems)


def test_check_notices_a_string_missing_from_a_ts_file(tmp_path: Path) -> None:
    ts_dir = tmp_path / "translations"
    shutil.copytree(T.TS_DIR, ts_dir)
    path = T.ts_path("vi", ts_dir)
    tree = ET.parse(path)
    context = next(c for c in tree.getroot().iter("context") if c.findtext("name") == "MainWindow")
    message = next(m for m in context.iter("message") if m.findtext("source") == "Search is ready.")
    context.remove(message)
    tree.write(path, encoding="utf-8", xml_declaration=True)

    states = {s.lang: s for s in T.check(ts_dir=ts_dir)}
    assert states["vi"].stale
    assert [k[:2] for k in states["vi"].missing] == [("MainWindow", "Search is ready.")]
    assert not states["en"].stale


def test_english_is_complete() -> None:
    messages = live("en")
    assert messages
    assert [m.source for m in messages if m.state != "finished"] == []
    for m in messages:
        if m.numerus:
            singular, plural = m.forms
            assert "%n" in singular and "%n" in plural and singular != plural, m.source
        else:
            assert m.forms == (m.source,)


@pytest.mark.parametrize("lang", DRAFTS)
def test_draft_translates_every_message(lang: str) -> None:
    messages = live(lang)
    assert [m.source for m in messages if not m.translated] == []
    # Drafts until a native speaker has reviewed them (see the README).
    assert [m.source for m in messages if m.state != "unfinished"] == []
    for m in messages:
        for form in m.forms:
            assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(m.source)), (m.source, form)
            assert ("&" in m.source) == ("&" in form), (m.source, form)  # keyboard accelerators kept
    # Only format names and bare placeholders may stay as they are.
    same = [m.source for m in messages if m.forms[0] == m.source]
    assert all(not re.search(r"[a-z]{3}", NOT_WORDS.sub("", s)) for s in same), same


def test_thai_is_written_in_thai_with_latin_accelerators() -> None:
    """Thai text everywhere but the bare format names; accelerators as "ไฟล์ (&F)", same letter as English."""
    for m in live("th"):
        form = m.forms[0]
        if m.forms[0] != m.source:
            assert THAI.search(form), (m.source, form)
        if "&" in m.source:
            letter = ACCELERATOR.search(m.source).group(1).upper()  # type: ignore[union-attr]
            assert re.search(rf" \(&{letter}\)(…|:)?$", form), (m.source, form)
            assert form.count("&") == 1, form


@pytest.mark.parametrize("lang", sorted(UI_LANGUAGES))
def test_numerus_entries_are_well_formed(lang: str) -> None:
    """As many forms as Qt's plural rules give the language (English 2, Vietnamese and Thai 1), each with %n."""
    numerus = [m for m in live(lang) if m.numerus]
    assert numerus
    counts = {len(m.forms) for m in numerus}
    assert len(counts) == 1 and counts.pop() >= 1, (lang, counts)
    if lang in ("en", "vi", "th"):  # Vietnamese and Thai have a single form
        assert all(len(m.forms) == (2 if lang == "en" else 1) for m in numerus)
    for m in numerus:
        assert "%n" in m.source
        if m.translated:
            assert all("%n" in form for form in m.forms), (lang, m.source, m.forms)


def test_english_plural_forms() -> None:
    assert T.english_forms("%n match(es)") == ("%n match", "%n matches")
    assert T.english_forms("%n term(s) to avoid found") == ("%n term to avoid found", "%n terms to avoid found")


# -- compiled .qm files ------------------------------------------------------------------------


def test_compile_makes_qm_files_only_for_languages_with_translations(qm_dir: Path) -> None:
    assert sorted(p.name for p in qm_dir.glob("*.qm")) == ["mmn_en.qm", "mmn_th.qm", "mmn_vi.qm"]
    assert all(p.stat().st_size > 0 for p in qm_dir.glob("*.qm"))


def test_compile_writes_status_json(qm_dir: Path) -> None:
    """status.json next to the .qm files: the counts of each compiled language, and only those."""
    status = json.loads((qm_dir / "status.json").read_text(encoding="utf-8"))
    assert set(status) == {"en", "th", "vi"}
    for lang, counts in status.items():
        assert counts == expected_status(lang), lang
        assert counts["total"] > 100
    assert status["en"]["unfinished"] == 0
    assert status["th"]["unfinished"] == status["th"]["total"]
    assert status["vi"]["unfinished"] > 0


def test_status_json_follows_review_and_is_rewritten(tmp_path: Path) -> None:
    """A reviewed (finished) entry counts as finished; a stale status.json is replaced, not merged."""
    ts_dir, out = tmp_path / "translations", tmp_path / "qm"
    shutil.copytree(T.TS_DIR, ts_dir)
    path = T.ts_path("vi", ts_dir)
    tree = ET.parse(path)
    reviewed = next(m for m in tree.getroot().iter("message") if m.findtext("source") == "Search is ready.")
    del reviewed.find("translation").attrib["type"]  # type: ignore[union-attr]
    tree.write(path, encoding="utf-8", xml_declaration=True)
    out.mkdir()
    (out / "status.json").write_text('{"km": {"finished": 0, "unfinished": 3, "total": 3}}', encoding="utf-8")

    made = T.compile_qm(ts_dir=ts_dir, out_dir=out, languages=("en", "vi", "km"))
    assert [p.name for p in made] == ["mmn_en.qm", "mmn_vi.qm"]
    status = json.loads((out / "status.json").read_text(encoding="utf-8"))
    assert set(status) == {"en", "vi"}
    total = expected_status("vi")["total"]
    assert status["vi"] == {"finished": 1, "unfinished": total - 1, "total": total}
    assert status["vi"] == expected_status("vi", ts_dir)


def test_draft_ui_languages_from_compiled_status(qm_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "translations_dir", lambda: qm_dir)
    assert i18n.draft_ui_languages() == {"vi", "th"}
    assert "en" in i18n.available_ui_languages()


@pytest.mark.parametrize(
    "content",
    [
        None,  # no status.json (a source checkout before `compile`)
        "{not json",
        b"\xff\xfe not utf-8",
        "[1, 2]",
        '{"vi": 3, "th": {"unfinished": "many"}, "xx": {"unfinished": 2}, "lo": {"unfinished": true}}',
    ],
)
def test_draft_ui_languages_never_raises(
    content: str | bytes | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    if isinstance(content, bytes):
        (tmp_path / "status.json").write_bytes(content)
    elif content is not None:
        (tmp_path / "status.json").write_text(content, encoding="utf-8")
    assert i18n.draft_ui_languages() == set()


def test_draft_ui_languages_reads_only_unfinished_counts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    status = {
        "en": {"finished": 5, "unfinished": 0, "total": 5},
        "th": {"finished": 4, "unfinished": 1, "total": 5},
        "vi": {"finished": 5, "unfinished": 0, "total": 5},
    }
    (tmp_path / "status.json").write_text(json.dumps(status), encoding="utf-8")
    assert i18n.draft_ui_languages() == {"th"}


def test_vietnamese_drafts_are_compiled(vietnamese: QTranslator) -> None:
    """The drafts are unfinished in the .ts, and lrelease still puts them into the .qm."""
    assert vietnamese.language() == "vi_VN"
    cases = [
        ("MainWindow", "Search everything, in any language (Ctrl+K)"),
        ("Kinds", "Vocabulary"),
        ("VocabularyView", "Vocabulary"),
        ("PreferencesDialog", "A new interface language is used after a restart."),
    ]
    for context, source in cases:
        text = QCoreApplication.translate(context, source)
        assert text and text != source, (context, source)
    assert QCoreApplication.translate("Kinds", "Vocabulary") == "Từ vựng"
    assert QCoreApplication.translate("SearchView", "%n result(s)", "", 3) == "3 kết quả"


def test_thai_drafts_are_compiled(thai: QTranslator) -> None:
    assert thai.language() == "th_TH"
    assert QCoreApplication.translate("Kinds", "Vocabulary") == "คำศัพท์"
    assert QCoreApplication.translate("NavModel", "Vocabulary") == "คำศัพท์"
    assert QCoreApplication.translate("MainWindow", "&File") == "ไฟล์ (&F)"
    assert QCoreApplication.translate("SearchView", "%n result(s)", "", 3) == "3 ผลลัพธ์"
    assert QCoreApplication.translate("Html", "ratified") == "ให้สัตยาบันแล้ว"
    assert QCoreApplication.translate("BibliographyView", "Arrest, detention and deportation") == (
        "การจับกุม การกักตัว และการส่งกลับ"
    )
    assert QCoreApplication.translate("BibliographyView", "Exported {0} records to {1}").format(3, "a.ris") == (
        "ส่งออก 3 รายการไปยัง a.ris แล้ว"
    )


def test_english_qm_gives_singular_and_plural(qapp: Any, qm_dir: Path) -> None:
    translator = QTranslator()
    assert translator.load(str(qm_dir / "mmn_en.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("SearchView", "%n result(s)", "", 1) == "1 result"
        assert QCoreApplication.translate("SearchView", "%n result(s)", "", 4) == "4 results"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_navigation_labels_are_translated(vietnamese: QTranslator) -> None:
    assert QCoreApplication.translate("NavModel", "Vocabulary") == "Từ vựng"
    from mmn_desktop.ui.navigation import NavModel

    labels = dict(NavModel().entries())
    assert labels["vocabulary"] == "Từ vựng"
    assert labels["notes"] == "Ghi chú của tôi"


def test_navigation_labels_in_thai(thai: QTranslator) -> None:
    from mmn_desktop.ui.navigation import NavModel

    labels = dict(NavModel().entries())
    assert labels["vocabulary"] == "คำศัพท์"
    assert labels["notes"] == "โน้ตของฉัน"
    assert all(THAI.search(label) for label in labels.values()), labels


def test_html_helpers_are_translated(vietnamese: QTranslator) -> None:
    """html.py's words are extracted under the context they are looked up with ("Html")."""
    from mmn_desktop.ui.html import disclaimer_block, draft_note, status_label

    assert status_label("ratified") == "đã phê chuẩn"
    assert draft_note() == "Bản nháp: chưa được người bản ngữ rà soát."
    assert "Không phải tư vấn pháp lý." in disclaimer_block()


def test_standard_buttons_are_translated(vietnamese: QTranslator, qtbot: Any) -> None:
    """Qt ships no qtbase_vi.qm: our .qm translates the standard buttons we use."""
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    buttons = QDialogButtonBox.StandardButton
    box = QDialogButtonBox(buttons.Ok | buttons.Cancel | buttons.Save | buttons.Close)
    qtbot.addWidget(box)
    # Without the "&" of a keyboard accelerator, which some platform themes add to these buttons.
    shown = {
        b: box.button(b).text().replace("&", "") for b in (buttons.Ok, buttons.Cancel, buttons.Save, buttons.Close)
    }
    assert shown == {buttons.Ok: "Đồng ý", buttons.Cancel: "Hủy", buttons.Save: "Lưu", buttons.Close: "Đóng"}
    question = QMessageBox(
        QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    )
    qtbot.addWidget(question)
    answers = {question.button(b).text() for b in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No)}
    assert answers == {"&Có", "&Không"}


def test_standard_buttons_in_thai(thai: QTranslator, qtbot: Any) -> None:
    """Qt ships no qtbase_th.qm either: our .qm translates the standard buttons."""
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    buttons = QDialogButtonBox.StandardButton
    box = QDialogButtonBox(buttons.Ok | buttons.Cancel | buttons.Save | buttons.Close)
    qtbot.addWidget(box)
    # Without an accelerator: a theme may give "ตกลง (&O)" where another gives "ตกลง".
    shown = {
        b: re.sub(r" \(&\w\)|&", "", box.button(b).text())
        for b in (buttons.Ok, buttons.Cancel, buttons.Save, buttons.Close)
    }
    assert shown == {buttons.Ok: "ตกลง", buttons.Cancel: "ยกเลิก", buttons.Save: "บันทึก", buttons.Close: "ปิด"}
    question = QMessageBox(
        QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    )
    qtbot.addWidget(question)
    answers = {question.button(b).text() for b in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No)}
    assert answers == {"ใช่ (&Y)", "ไม่ใช่ (&N)"}


def test_english_interface_loads_our_qm(qapp: Any, qm_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """English installs mmn_en.qm too, for the singular and plural forms of %n strings."""
    from mmn_desktop.ui import i18n

    monkeypatch.setattr(i18n, "translations_dir", lambda: qm_dir)
    installed = i18n.install_translators(qapp, "en")
    try:
        assert len(installed) == 1
        assert QCoreApplication.translate("SearchView", "%n result(s)", "", 1) == "1 result"
        assert QCoreApplication.translate("SearchView", "%n result(s)", "", 3) == "3 results"
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)


def test_main_window_in_vietnamese(vietnamese: QTranslator, qtbot: Any, built_db: Path, library: Library) -> None:
    from mmn_desktop.ui.main_window import MainWindow
    from mmn_desktop.ui.tasks import SyncRunner

    window = MainWindow(SyncRunner(), default_settings(), lambda: None, search_factory(built_db))
    qtbot.addWidget(window)
    try:
        assert window.search_box.placeholderText() == "Tìm trong mọi nội dung, bằng bất kỳ ngôn ngữ nào (Ctrl+K)"
        assert window.loading.text() == "Đang mở thư viện…"
        window.set_library(library)
        assert window.search_view.title() == "Tìm kiếm"
        assert "bảy ngôn ngữ" in window.search_view.status_label.text()
    finally:
        window.shutdown()


def test_main_window_in_thai(thai: QTranslator, qtbot: Any, built_db: Path, library: Library) -> None:
    from mmn_desktop.ui.main_window import MainWindow
    from mmn_desktop.ui.tasks import SyncRunner

    window = MainWindow(SyncRunner(), default_settings(), lambda: None, search_factory(built_db))
    qtbot.addWidget(window)
    try:
        assert window.search_box.placeholderText() == "ค้นหาทุกเนื้อหา ในภาษาใดก็ได้ (Ctrl+K)"
        assert window.loading.text() == "กำลังเปิดคลังเนื้อหา…"
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus == ["ไฟล์ (&F)", "แก้ไข (&E)", "มุมมอง (&V)", "ไปที่ (&G)", "ช่วยเหลือ (&H)"]
        window.set_library(library)
        assert window.search_view.title() == "ค้นหา"
        assert "เจ็ดภาษา" in window.search_view.status_label.text()
    finally:
        window.shutdown()


# -- lupdate blind spots -----------------------------------------------------------------------


def test_lint_finds_tr_calls_lupdate_cannot_see(tmp_path: Path) -> None:
    src = tmp_path / "mmn_desktop" / "ui" / "sample.py"
    src.parent.mkdir(parents=True)
    src.write_text(
        "from PySide6.QtCore import QCoreApplication, QObject\n"
        "\n"
        "\n"
        "def tr(text):\n"
        '    return QCoreApplication.translate("Helper", text)\n'
        "\n"
        "\n"
        "class Sample(QObject):\n"
        "    def words(self, other):\n"
        '        fine = self.tr("Seen")\n'
        '        also = QCoreApplication.translate("Sample", "Also seen")\n'
        "        inside = f\"<b>{self.tr('Hidden')}</b>\"\n"
        "        again = f\"<i>{self.tr('Seen')}</i>\"\n"
        "        t = self.tr\n"
        '        aliased = t("Aliased")\n'
        '        helper = tr("Helped")\n'
        '        elsewhere = other.tr("Elsewhere")\n'
        "        return fine, also, inside, again, aliased, helper, elsewhere\n",
        encoding="utf-8",
    )
    findings = "\n".join(T.lint([src], root=tmp_path))
    assert "sample.py:5: translate() text is not a literal" in findings
    assert "sample.py:12: 'Hidden' (Sample) is not extracted" in findings
    # The same text is extracted from line 10, but this call is inside an f-string all the same.
    assert "sample.py:13: 'Seen' (Sample) is not extracted by lupdate: the tr() is inside an f-string" in findings
    assert "sample.py:14: t = self.tr" in findings
    assert "sample.py:15: t(...) is an alias" in findings
    assert "sample.py:16: tr(...) is an alias or helper" in findings
    assert "sample.py:17: other.tr(...)" in findings
    assert ":10:" not in findings and ":11:" not in findings


def test_every_tr_call_is_visible_to_lupdate() -> None:
    assert T.lint() == []


def test_check_strict_passes(capsys: pytest.CaptureFixture[str]) -> None:
    """`check --strict`: the .ts files are up to date and no tr() call is hidden from lupdate."""
    assert T.main(["check", "--strict"]) == 0, capsys.readouterr().out
