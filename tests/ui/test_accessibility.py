"""Accessibility: every control has a name a screen reader can say, and every view opens from the keyboard."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from mmn_desktop.core.library import Library
from mmn_desktop.core.userdata import UserData
from mmn_desktop.ui.main_window import VIEW_CLASSES, MainWindow
from mmn_desktop.ui.tasks import SyncRunner

from .conftest import default_settings, search_factory

CONTROLS = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit)


def spoken_name(widget: QWidget, buddies: dict[int, str]) -> str:
    """What a screen reader announces: the accessible name, a button's text, or its label's text."""
    if widget.accessibleName().strip():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return widget.text()
    return buddies.get(id(widget), "")


def unnamed_controls(root: QWidget) -> list[str]:
    buddies = {id(lab.buddy()): lab.text() for lab in root.findChildren(QLabel) if lab.buddy() is not None}
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or isinstance(widget, QTabBar):
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(root):
            continue
        parent = widget.parentWidget()
        if isinstance(parent, (QComboBox, QAbstractSpinBox)):  # the line edit inside a combo or spin box
            continue
        if type(widget).__name__ in ("QScrollBar",) or widget.objectName().startswith("qt_"):
            continue
        if not spoken_name(widget, buddies).strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} in {type(root).__name__}")
    return missing


@pytest.fixture
def window(qtbot: Any, real_library: Library, tmp_path: Path, built_db: Path) -> Any:
    userdata = UserData(tmp_path / "u.sqlite")
    win = MainWindow(SyncRunner(), default_settings(), lambda: None, search_factory(built_db), userdata=userdata)
    qtbot.addWidget(win)
    win.set_library(real_library)
    win.show()
    yield win
    win.shutdown()
    userdata.close()


def test_every_view_opens_from_the_keyboard_and_every_control_is_named(window: Any, qtbot: Any) -> None:
    problems: list[str] = []
    opened = set()
    for key in ["search", *VIEW_CLASSES]:
        action = window.findChild(type(window.back_action), f"go-{key}")
        assert action is not None and not action.shortcut().isEmpty(), f"no keyboard shortcut for {key}"
        action.trigger()
        view = window.current_view()
        assert view is not None and view.key == key
        opened.add(key)
        problems += unnamed_controls(view)
    problems += unnamed_controls(window)
    assert opened == {"search", *VIEW_CLASSES}
    assert not problems, "\n".join(problems)


def test_text_checker_tab_controls_are_named(window: Any) -> None:
    window.navigate("view:avoid/checker")
    assert not unnamed_controls(window.current_view())


def test_keyboard_only_search_and_open(window: Any, qtbot: Any) -> None:
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.hasFocus()
    qtbot.keyClicks(window.search_box, "migrant worker")
    qtbot.waitUntil(lambda: window.search_view.model.hit_count() > 0, timeout=3000)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)  # Enter in the box opens the first result
    assert window.current_entry()


def test_tab_moves_focus_through_the_search_view(window: Any, qtbot: Any) -> None:
    window.navigate("view:search")
    window.search_box.setFocus()
    seen = []
    widget = window.search_box
    for _ in range(12):
        widget = widget.nextInFocusChain()
        while widget is not None and (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) == 0:
            widget = widget.nextInFocusChain()
        if widget is None or widget is window.search_box:
            break
        seen.append(widget)
    kinds = [type(w).__name__ for w in seen]
    assert "QComboBox" in kinds  # the filters are reachable by Tab
    assert any(w is window.search_view.list for w in seen)


def test_the_checker_catches_an_unnamed_control(qtbot: Any) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    named = QLineEdit(root)
    named.setAccessibleName("Search")
    QLineEdit(root).setObjectName("nameless")
    label = QLabel("Year:", root)
    label.setBuddy(QComboBox(root))
    root.show()
    assert unnamed_controls(root) == ["QLineEdit 'nameless' in QWidget"]
