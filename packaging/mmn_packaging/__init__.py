"""Helpers for building MMN Desktop's frozen bundle and its packages.

Used by ``packaging/mmn-desktop.spec`` (inside PyInstaller), by ``packaging/build.py`` and by
``tests/packaging``. Only the standard library is imported at module level, so the spec and the
fast tests can load these modules without PyInstaller or Qt.

The folder holding this package (``packaging/``) deliberately has no ``__init__.py``: a regular
package named ``packaging`` would shadow the PyPI ``packaging`` library that pytest and
PyInstaller import.
"""

from __future__ import annotations
