"""Qt-free core: content model, database, search. Never imports PySide6 or mmn_desktop.ui."""
