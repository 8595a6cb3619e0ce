"""A minimal search window (placeholder until the full main window of issue #3).

The search service lives on a worker thread (the search lane); the GUI thread only sends
queries and receives frozen results. Results of a superseded query are dropped.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QLineEdit, QMainWindow, QTextBrowser, QVBoxLayout, QWidget

from mmn_desktop.core.models import SearchResult
from mmn_desktop.core.search.service import SearchService

KIND_NAMES = {
    "concept": "Vocabulary",
    "avoid": "Terms to avoid",
    "law": "Labour law",
    "chapter": "ADD handbook",
    "bib": "Bibliography",
    "ratification": "Ratifications",
}


class _SearchWorker(QObject):
    done = Signal(object)
    failed = Signal(str)

    def __init__(self, index_dir: Path, repo: Any, fallback: Path) -> None:
        super().__init__()
        self._args = (index_dir, repo, fallback)
        self._service: SearchService | None = None

    @Slot(str, int)
    def run(self, text: str, generation: int) -> None:
        try:
            if self._service is None:
                self._service = SearchService(*self._args).open()
            self.done.emit(self._service.search(text, generation=generation))
        except Exception as exc:  # shown in the window, never lost
            self.failed.emit(f"{type(exc).__name__}: {exc}")

    @Slot()
    def stop(self) -> None:
        if self._service is not None:
            self._service.close()


class SearchWindow(QMainWindow):
    query = Signal(str, int)
    stop_worker = Signal()

    def __init__(self, repo: Any, index_dir: Path, fallback: Path) -> None:
        super().__init__()
        self.setWindowTitle("MMN Desktop")
        self.resize(900, 640)
        self.box = QLineEdit(placeholderText=self.tr("Search every work, in any of the seven languages…"))
        self.box.setAccessibleName(self.tr("Search"))
        self.status = QLabel()
        self.results = QTextBrowser()
        self.results.setAccessibleName(self.tr("Search results"))
        layout = QVBoxLayout()
        for w in (self.box, self.status, self.results):
            layout.addWidget(w)
        central = QWidget()
        central.setLayout(layout)
        self.setCentralWidget(central)
        self.generation = 0
        self.last_result: SearchResult | None = None
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self._send)
        self.box.textChanged.connect(lambda _: self._timer.start())
        self._thread = QThread(self)
        self._worker = _SearchWorker(index_dir, repo, fallback)
        self._worker.moveToThread(self._thread)
        self.query.connect(self._worker.run)
        self.stop_worker.connect(self._worker.stop)
        self._worker.done.connect(self._show)
        self._worker.failed.connect(self.status.setText)
        self._thread.start()

    def _send(self) -> None:
        self.generation += 1
        self.query.emit(self.box.text(), self.generation)

    @Slot(object)
    def _show(self, result: SearchResult) -> None:
        if result.generation != self.generation:
            return  # a newer query is on its way
        self.last_result = result
        if not result.hits:
            hint = self.tr(' Did you mean "%s"?') % result.suggestion if result.suggestion else ""
            self.status.setText(self.tr("No results.") + hint if result.query.strip() else "")
            self.results.clear()
            return
        self.status.setText(self.tr("%d result(s) in %.1f ms") % (result.total, result.took_ms))
        parts = []
        for kind, hits in result.grouped().items():
            parts.append(f"<h3>{KIND_NAMES.get(kind, kind)}</h3>")
            for h in hits:
                parts.append(f"<p><b>{html.escape(h.title)}</b> <small>{h.id} · {h.lang}</small><br>{h.snippet}</p>")
        self.results.setHtml("".join(parts))

    def shutdown(self) -> None:
        self.stop_worker.emit()
        self._thread.quit()
        self._thread.wait(5000)
