"""Composition root of the desktop app: builds the core services and hands them to the UI.

Until the full window (issue #3) lands, this is a small search window: a search box, results
grouped by work with snippets, the search running on its own thread.
"""

from __future__ import annotations

import logging
import sys

from mmn_desktop import __version__
from mmn_desktop.core import paths

log = logging.getLogger(__name__)


def main(argv: list[str] | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from mmn_desktop.core.db.repository import ContentRepository
    from mmn_desktop.core.errors import MmnError
    from mmn_desktop.ui.search_window import SearchWindow

    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    app = QApplication(sys.argv if argv is None else argv)
    app.setApplicationName(paths.APP_NAME)
    app.setApplicationVersion(__version__)
    try:
        repo = ContentRepository(paths.database_path())
    except MmnError as exc:
        QMessageBox.critical(None, paths.APP_NAME, f"{exc.message}\n\nRun `mmn build` to create the database.")
        return 1
    window = SearchWindow(repo, paths.index_path(), paths.fallback_index_path())
    window.show()
    try:
        return int(app.exec())
    finally:
        window.shutdown()
        repo.close()


if __name__ == "__main__":
    sys.exit(main())
