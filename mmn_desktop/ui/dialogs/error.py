"""One place where unexpected errors are logged and shown, with "Copy details"; the app keeps running."""

from __future__ import annotations

import logging
import queue
import sys
import threading
import traceback
from types import TracebackType
from typing import Any

from PySide6.QtCore import QMetaObject, QObject, Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mmn_desktop import __version__

log = logging.getLogger(__name__)


class ErrorDialog(QDialog):
    def __init__(self, message: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setAccessibleName(self.tr("Error"))
        label = QLabel(message, self)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        hint = QLabel(
            self.tr(
                "MMN Desktop keeps running. If this happens again, copy the details and send them "
                "to whoever supports your installation."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setPlainText(details)
        self.details.setAccessibleName(self.tr("Error details"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("Copy details"), self)
        self.copy_button.setAccessibleName(self.tr("Copy details to the clipboard"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(label)
        box.addWidget(hint)
        box.addWidget(self.details, 1)
        box.addWidget(buttons)
        self.resize(620, 380)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())

    def append(self, details: str) -> None:
        self.details.appendPlainText("\n" + "-" * 40 + "\n" + details)


def format_details(exc: BaseException, where: str = "") -> str:
    tb = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    head = f"MMN Desktop {__version__}, Python {sys.version.split()[0]}, {sys.platform}"
    return f"{head}\n{where}\n{tb}".strip()


class ErrorReporter(QObject):
    """Collects unexpected exceptions from any thread and shows them in one dialog.

    Reports cross to the GUI thread through a Python queue and an argument-less queued call
    (see ui/tasks.py for why no Python object goes through Qt between threads).
    """

    def __init__(self, parent_widget: QWidget | None = None, show_dialogs: bool = True) -> None:
        super().__init__()
        self.parent_widget = parent_widget
        self.show_dialogs = show_dialogs
        self.dialog: ErrorDialog | None = None
        self.reports: list[str] = []
        self._queue: queue.SimpleQueue[tuple[str, str]] = queue.SimpleQueue()

    def report(self, exc: BaseException, where: str = "") -> None:
        log.error("unexpected error %s", where, exc_info=exc)
        message = self.tr("An unexpected error happened: {0}").format(f"{type(exc).__name__}: {exc}")
        self._queue.put((message, format_details(exc, where)))
        QMetaObject.invokeMethod(self, "_drain", Qt.ConnectionType.QueuedConnection)

    @Slot()
    def _drain(self) -> None:
        while True:
            try:
                message, details = self._queue.get_nowait()
            except queue.Empty:
                return
            self._show(message, details)

    def _show(self, message: str, details: str) -> None:
        self.reports.append(details)
        if not self.show_dialogs:
            return
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.append(details)
            return
        self.dialog = ErrorDialog(message, details, self.parent_widget)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(self._forget)
        self.dialog.show()

    def _forget(self, *_: Any) -> None:
        self.dialog = None

    def install(self) -> None:
        """Route uncaught exceptions (GUI thread, slots, other threads) here instead of aborting."""

        def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
            if issubclass(kind, KeyboardInterrupt):
                sys.__excepthook__(kind, exc, tb)
                return
            self.report(exc.with_traceback(tb), "uncaught")

        def thread_hook(args: threading.ExceptHookArgs) -> None:
            if args.exc_value is not None:
                self.report(args.exc_value, f"thread {args.thread.name if args.thread else '?'}")

        sys.excepthook = hook
        threading.excepthook = thread_hook
