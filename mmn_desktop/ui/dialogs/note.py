"""Edit the personal note on one entry."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget


class NoteDialog(QDialog):
    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Note: {0}").format(title))
        label = QLabel(
            self.tr("Your note on “{0}”. It stays on this computer. Leave it empty to delete the note.").format(title),
            self,
        )
        label.setWordWrap(True)
        self.editor = QPlainTextEdit(self)
        self.editor.setPlainText(text)
        self.editor.setAccessibleName(self.tr("Note text"))
        label.setBuddy(self.editor)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(label)
        box.addWidget(self.editor, 1)
        box.addWidget(buttons)
        self.resize(520, 360)
        self.editor.setFocus()

    def text(self) -> str:
        return self.editor.toPlainText()
