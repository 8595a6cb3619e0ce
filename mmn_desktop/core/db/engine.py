"""Opening the content database: read-only for the app, read-write for the builder."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event


def _pragmas(readonly: bool):
    def apply(dbapi_conn, _record) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys = ON")
        if readonly:
            cur.execute("PRAGMA query_only = ON")
        else:
            cur.execute("PRAGMA journal_mode = OFF")
            cur.execute("PRAGMA synchronous = OFF")
        cur.close()

    return apply


def open_engine(path: Path, readonly: bool = True) -> Engine:
    """An engine on ``path``. Read-only opens never create or modify the file."""
    if readonly:
        uri = f"file:{quote(path.resolve().as_posix())}?mode=ro"
        engine = create_engine(
            "sqlite+pysqlite:///" + uri + "&uri=true", connect_args={"check_same_thread": False}
        )
    else:
        engine = create_engine(f"sqlite+pysqlite:///{path.as_posix()}")
    event.listen(engine, "connect", _pragmas(readonly))
    return engine
