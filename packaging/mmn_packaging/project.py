"""Project metadata for packaging, read from ``pyproject.toml`` (the one source of the version)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Names used by every package format. The app id follows AppStream's reverse-DNS rule.
GUI_EXE = "mmn-desktop"
CLI_EXE = "mmn"
APP_ID = "org.mekongmigration.MMNDesktop"
DISPLAY_NAME = "MMN Desktop"
PUBLISHER = "Mekong Migration Network"
# Languages the app ships (ISO 639-1); Qt's own translations are kept only for these.
LANGUAGES = ("en", "my", "zh", "km", "lo", "th", "vi")

_VERSION_RE = re.compile(r"^(\d+)\.(\d+)\.(\d+)(.*)$")


@dataclass(frozen=True, slots=True)
class ProjectInfo:
    name: str  # distribution name, e.g. "mmn-desktop"
    version: str  # PEP 440 version string, e.g. "0.1.0"
    description: str

    @property
    def version_tuple(self) -> tuple[int, int, int, int]:
        """Four numbers for a Windows version resource (the fourth is 0)."""
        m = _VERSION_RE.match(self.version)
        if not m:
            raise ValueError(f"version {self.version!r} does not start with MAJOR.MINOR.PATCH")
        return int(m.group(1)), int(m.group(2)), int(m.group(3)), 0

    @property
    def deb_version(self) -> str:
        """The version in Debian's syntax: a pre-release sorts before the release (``1.0~rc1``)."""
        m = _VERSION_RE.match(self.version)
        if not m:
            raise ValueError(f"version {self.version!r} does not start with MAJOR.MINOR.PATCH")
        rest = m.group(4).lstrip(".-_")
        base = ".".join(m.group(i) for i in (1, 2, 3))
        if not rest:
            return base
        if re.match(r"^(a|b|rc|alpha|beta|dev)", rest):
            return f"{base}~{rest}"
        return f"{base}+{rest}"


def read_project(pyproject: Path | None = None) -> ProjectInfo:
    """Name, version and description from ``[project]`` in ``pyproject.toml``."""
    path = pyproject or ROOT / "pyproject.toml"
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    project = data.get("project", {})
    try:
        name = project["name"]
        version = project["version"]
    except KeyError as exc:
        raise ValueError(f"{path}: [project] has no {exc.args[0]!r} (a static value is required)") from exc
    return ProjectInfo(str(name), str(version), str(project.get("description", "")))
