"""Preferences: reading language, interface language (after restart), theme, text size."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from mmn_desktop.ui.i18n import available_ui_languages, draft_ui_languages


class PreferencesDialog(QDialog):
    def __init__(self, settings: Any, languages: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        names = {lang.code: f"{lang.native} ({lang.name})" for lang in languages}
        self.content_box = QComboBox(self)
        self.content_box.setAccessibleName(self.tr("Reading language"))
        for code, name in names.items():
            self.content_box.addItem(name, code)
        self._select(self.content_box, settings.content_language)
        self.ui_box = QComboBox(self)
        self.ui_box.setAccessibleName(self.tr("Interface language"))
        self.ui_box.addItem(self.tr("Follow the system"), "")
        drafts = draft_ui_languages()
        for code, name in available_ui_languages().items():
            label = names.get(code, name)
            if code in drafts:  # no native speaker has reviewed it: say so
                label = self.tr("{0} (draft translation)").format(label)
            self.ui_box.addItem(label, code)
        self._select(self.ui_box, settings.ui_language)
        self.theme_box = QComboBox(self)
        self.theme_box.setAccessibleName(self.tr("Theme"))
        for value, label in (
            ("system", self.tr("Follow the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.theme_box.addItem(label, value)
        self._select(self.theme_box, settings.theme)
        self.zoom_box = QSpinBox(self)
        self.zoom_box.setAccessibleName(self.tr("Text size"))
        self.zoom_box.setRange(50, 300)
        self.zoom_box.setSingleStep(10)
        self.zoom_box.setSuffix(" %")
        self.zoom_box.setValue(int(settings.zoom))
        form = QFormLayout()
        form.addRow(self.tr("Read content in:"), self.content_box)
        form.addRow(self.tr("Interface language:"), self.ui_box)
        note = QLabel(self.tr("A new interface language is used after a restart."), self)
        note.setWordWrap(True)
        form.addRow("", note)
        form.addRow(self.tr("Theme:"), self.theme_box)
        form.addRow(self.tr("Text size:"), self.zoom_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(buttons)

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def apply(self) -> set[str]:
        """Write the choices into the settings; return the names of the fields that changed."""
        changed: set[str] = set()
        for name, value in (
            ("content_language", self.content_box.currentData()),
            ("ui_language", self.ui_box.currentData()),
            ("theme", self.theme_box.currentData()),
            ("zoom", self.zoom_box.value()),
        ):
            if getattr(self.settings, name) != value:
                setattr(self.settings, name, value)
                changed.add(name)
        return changed
