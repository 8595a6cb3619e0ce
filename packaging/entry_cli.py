"""PyInstaller entry point of the console executable (`mmn`).

The installed app carries the built database and index but not the content sources nor the
builder (and yaml), so `mmn check` and `mmn build` cannot work there. They fail on a
missing module; this turns that into one line and exit status 2 instead of a traceback.
"""

from __future__ import annotations

import multiprocessing
import sys

from mmn_desktop.cli import main

BUILD_ONLY = ("mmn_desktop.core.builder", "mmn_desktop.core.content", "yaml")


def run() -> int:
    try:
        return main()
    except ModuleNotFoundError as exc:
        name = exc.name or ""
        if not any(name == m or name.startswith(m + ".") for m in BUILD_ONLY):
            raise
        print(
            "mmn: `check` and `build` need the content sources and the builder, which the installed app "
            "does not include; run them from a source checkout.",
            file=sys.stderr,
        )
        return 2


if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(run())
