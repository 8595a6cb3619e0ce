"""PyInstaller entry point of the GUI executable (`mmn-desktop`)."""

from __future__ import annotations

import multiprocessing
import sys

from mmn_desktop.app import main

if __name__ == "__main__":
    # A no-op unless a child process is spawned (Windows); without it a spawned child would
    # start a second copy of the app.
    multiprocessing.freeze_support()
    sys.exit(main())
