"""``mmn build``: validate the sources, write the database and the index, then swap them in.

Atomic: everything is written into a temporary folder beside the target and checked; only
then are the new index and database renamed into place. A failure at any step leaves the
previous good database and index untouched.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from mmn_desktop.core.content import content_hash, load_content
from mmn_desktop.core.db.repository import ContentRepository, write_content
from mmn_desktop.core.errors import BuildError, ValidationError
from mmn_desktop.core.models import ContentSet
from mmn_desktop.core.paths import database_path, index_path
from mmn_desktop.core.search import index as ix_mod
from mmn_desktop.core.search.documents import documents

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class BuildReport:
    database: Path
    index: Path
    content_hash: str
    documents: int
    seconds: float
    stats: dict[str, object]


def build(content_dir: Path, out_dir: Path, progress: ix_mod.Progress | None = None) -> BuildReport:
    started = time.perf_counter()
    content, problems = load_content(content_dir)
    if problems:
        raise ValidationError(problems)
    digest = content_hash(content_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".build-", dir=out_dir))
    try:
        db_tmp = database_path(tmp)
        write_content(db_tmp, content, digest)
        repo = ContentRepository(db_tmp)
        try:
            stats = repo.stats()
            _verify(stats, content)
            count = ix_mod.write_index(
                index_path(tmp), documents(repo.load_all()), digest, progress, procs=ix_mod.parallel_procs()
            )
        finally:
            repo.close()
        status = ix_mod.check_index(index_path(tmp), digest)
        if not status.ok:
            raise BuildError(f"the new index failed its check: {status.reason}")
        # Index first, then the database: if the second rename fails, the old database and
        # the new index disagree on the content hash, and the index is rebuilt at start.
        ix_mod.replace_dir(index_path(tmp), index_path(out_dir))
        os.replace(db_tmp, database_path(out_dir))
    except (ValidationError, BuildError):
        raise
    except Exception as exc:
        log.exception("build failed")
        raise BuildError(f"build failed, the previous database and index are unchanged: {exc}") from exc
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return BuildReport(database_path(out_dir), index_path(out_dir), digest, count, time.perf_counter() - started, stats)


def _verify(stats: dict[str, object], content: ContentSet) -> None:
    """The database must hold what was loaded."""
    expected = {
        "concepts": len(content.concepts),
        "terms_to_avoid": len(content.avoid),
        "law_cells": len(content.cells),
        "chapters": sum(1 for c in content.chapters if c.kind == "chapter"),
        "bibliography": len(content.bibliography),
        "ratification_cells": len(content.ratifications),
    }
    for key, value in expected.items():
        if stats.get(key) != value:
            raise BuildError(f"database check failed: {key} is {stats.get(key)}, expected {value}")
