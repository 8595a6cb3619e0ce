"""Packaging tests. Fast ones run by default; the ones that build or install packages are marked
``slow`` and run only with ``MMN_PACKAGING_TESTS=1`` (they take minutes and need root for dpkg)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
# packaging/ has no __init__.py on purpose (it would shadow the PyPI `packaging` library);
# its helpers are the `mmn_packaging` package inside it.
if str(PACKAGING) not in sys.path:
    sys.path.insert(0, str(PACKAGING))

PACKAGING_TESTS = os.environ.get("MMN_PACKAGING_TESTS") == "1"
needs_packaging_tests = pytest.mark.skipif(
    not PACKAGING_TESTS, reason="builds/installs packages; set MMN_PACKAGING_TESTS=1 to run"
)
