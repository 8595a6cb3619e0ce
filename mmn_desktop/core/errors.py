"""Errors the core raises. Each has a stable ``code`` the UI and CLI turn into words."""

from __future__ import annotations

from dataclasses import dataclass


class MmnError(Exception):
    """Base of every error the core raises on purpose."""

    code = "error"

    def __init__(self, message: str, **data: object) -> None:
        super().__init__(message)
        self.message = message
        self.data = data


class NotFoundError(MmnError):
    code = "not_found"


class BadIdError(MmnError):
    code = "bad_id"


class DatabaseMissingError(MmnError):
    code = "db_missing"


class DatabaseVersionError(MmnError):
    code = "db_version"


class IndexError_(MmnError):
    """The search index is missing, stale or corrupt (and could not be rebuilt)."""

    code = "index"


class BuildError(MmnError):
    code = "build_failed"


class UserDataError(MmnError):
    """The user's own data file (bookmarks, notes, history) cannot be used as it is.

    ``data["path"]`` names the file; ``data["reason"]`` says why, one of: ``corrupt`` (not SQLite,
    or damaged), ``foreign`` (an SQLite file that is not MMN user data), ``newer`` (written by a
    newer version of the app; ``data["version"]`` and ``data["supported"]`` give both versions),
    ``locked``, ``io``, ``closed``, ``import_invalid``, ``import_newer``. The file is never
    modified when this is raised while opening it.
    """

    code = "userdata"


@dataclass(frozen=True, slots=True)
class Problem:
    """One validation finding: which file, which entry, which field, what is wrong."""

    file: str
    entry: str
    field: str
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.entry:
            where += f" [{self.entry}]"
        if self.field:
            where += f" {self.field}"
        return f"{where}: {self.message}"


class ValidationError(MmnError):
    """Content sources have problems; ``problems`` lists all of them."""

    code = "invalid_content"

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(f"{len(problems)} problem(s) in the content sources", count=len(problems))
        self.problems = problems
