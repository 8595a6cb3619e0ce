"""Building, stamping, checking and atomically replacing the Whoosh index."""

from __future__ import annotations

import gc
import json
import logging
import os
import shutil
import tempfile
import time
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from mmn_desktop.core.search.analysis import TITLE_SEPARATOR
from mmn_desktop.core.search.documents import IndexDoc
from mmn_desktop.core.search.schema import INDEX_VERSION, make_schema

log = logging.getLogger(__name__)

STAMP = "mmn-index.json"
INDEX_NAME = "MAIN"
Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class IndexStatus:
    ok: bool
    state: str  # ok | missing | stale | corrupt
    reason: str = ""


def parallel_procs() -> int:
    """Processes for a build-time index: 2 where processes fork (Linux) and 2 cores exist, else 1.

    Whoosh's multi-process writer roughly halves the build on two cores. It needs fork: under
    spawn (Windows, and any frozen app) it would re-import the program, so it is never used
    there, nor for the rebuild the app does at start.
    """
    import multiprocessing

    if multiprocessing.get_start_method(allow_none=False) != "fork":
        return 1
    return 2 if (os.cpu_count() or 1) >= 2 else 1


def write_index(
    target: Path, docs: Iterable[IndexDoc], content_hash: str, progress: Progress | None = None, procs: int = 1
) -> int:
    """Write a new index into the empty or absent folder ``target``; return the doc count.

    With ``procs`` > 1 the documents are analysed in that many processes and the index keeps
    one segment per process (merging them would cost more than the parallel part saves).
    """
    from whoosh import index

    target.mkdir(parents=True, exist_ok=True)
    ix = index.create_in(str(target), make_schema(), indexname=INDEX_NAME)
    docs = list(docs)
    if procs > 1 and len(docs) >= 200:
        writer = ix.writer(procs=procs, multisegment=True, limitmb=128, compound=False)
    else:
        writer = ix.writer(limitmb=128, compound=False)
    try:
        for n, d in enumerate(docs):
            both = d.title + TITLE_SEPARATOR + d.body
            names = "\n".join(x for x in (d.title, *d.names) if x)
            writer.add_document(
                key=d.key,
                id=d.id,
                kind=d.kind,
                lang=d.lang,
                countries=",".join(d.countries),
                title=d.title,
                body=d.body,
                text=both,
                prefix=both,
                gram=both,
                exact=names,
                name_prefix=names,
            )
            if progress and n % 50 == 0:
                progress(n, len(docs))
        writer.commit(optimize=procs <= 1)
    except BaseException:
        writer.cancel()
        raise
    finally:
        ix.close()
    stamp = {
        "index_version": INDEX_VERSION,
        "content_hash": content_hash,
        "docs": len(docs),
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    (target / STAMP).write_text(json.dumps(stamp, indent=1), encoding="utf-8")
    if progress:
        progress(len(docs), len(docs))
    return len(docs)


def read_stamp(path: Path) -> dict[str, object] | None:
    try:
        data = json.loads((path / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def check_index(path: Path, content_hash: str | None) -> IndexStatus:
    """Is the index at ``path`` present, of this version, for this content, and readable?"""
    from whoosh import index
    from whoosh.query import Every

    if not path.is_dir() or not any(path.iterdir()):
        return IndexStatus(False, "missing", f"no index at {path}")
    stamp = read_stamp(path)
    if stamp is None:
        return IndexStatus(False, "corrupt", "the index has no readable version stamp")
    if stamp.get("index_version") != INDEX_VERSION:
        return IndexStatus(False, "stale", f"index version {stamp.get('index_version')}, expected {INDEX_VERSION}")
    if content_hash is not None and stamp.get("content_hash") != content_hash:
        return IndexStatus(False, "stale", "the index was built from other content than the database")
    error = None
    count = -1
    # Whoosh leaves segment files open when it fails to read a damaged index; they are freed
    # with the exception, inside this block, where their ResourceWarning is expected.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        try:
            ix = index.open_dir(str(path), indexname=INDEX_NAME, readonly=True)
            try:
                with ix.searcher() as searcher:
                    count = searcher.doc_count()
                    searcher.search(Every(), limit=1)
            finally:
                ix.close()
        except Exception as exc:  # any failure to read is corruption
            error = f"{type(exc).__name__}: {exc}"
        if error is not None:
            gc.collect()
    if error is not None:
        return IndexStatus(False, "corrupt", error)
    if count != stamp.get("docs"):
        return IndexStatus(False, "corrupt", f"{count} documents, the stamp says {stamp.get('docs')}")
    return IndexStatus(True, "ok")


def replace_dir(new: Path, target: Path) -> None:
    """Put ``new`` in place of ``target`` with renames only (no half-written target)."""
    old = None
    if target.exists():
        old = target.with_name(f".{target.name}.old-{os.getpid()}-{time.monotonic_ns()}")
        os.replace(target, old)
    try:
        os.replace(new, target)
    except OSError:
        if old is not None:
            os.replace(old, target)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def build_index_atomically(
    target: Path, docs: Iterable[IndexDoc], content_hash: str, progress: Progress | None = None
) -> int:
    """Build beside ``target``, verify, then swap it in; the old index survives any failure."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.build-", dir=target.parent))
    try:
        count = write_index(tmp, docs, content_hash, progress)
        status = check_index(tmp, content_hash)
        if not status.ok:
            raise RuntimeError(f"new index failed its check: {status.reason}")
        replace_dir(tmp, target)
        return count
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def is_writable_dir(path: Path) -> bool:
    """Can we create files in ``path`` (or, if absent, in its nearest existing parent)?"""
    probe_dir = path
    while not probe_dir.exists():
        if probe_dir.parent == probe_dir:
            return False
        probe_dir = probe_dir.parent
    try:
        fd, name = tempfile.mkstemp(dir=probe_dir, prefix=".mmn-probe-")
    except OSError:
        return False
    os.close(fd)
    os.unlink(name)
    return True
