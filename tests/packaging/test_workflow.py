"""Lint the CI workflows: GitHub's schema (check-jsonschema, offline) plus our own rules."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.packaging.conftest import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
PACKAGES = ROOT / ".github" / "workflows" / "packages.yml"


def load(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    # YAML 1.1 reads the key `on` as the boolean True.
    if True in data:
        data["on"] = data.pop(True)
    return data


def all_steps(wf: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [(name, step) for name, job in wf["jobs"].items() for step in job.get("steps", [])]


def test_there_is_a_packages_workflow() -> None:
    assert PACKAGES in WORKFLOWS


def _check_jsonschema() -> list[str] | None:
    exe = Path(sys.executable).parent / "check-jsonschema"
    if exe.exists():
        return [str(exe)]
    found = shutil.which("check-jsonschema")
    return [found] if found else None


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_workflow_matches_githubs_schema(path: Path) -> None:
    cmd = _check_jsonschema()
    if cmd is None:
        pytest.skip("check-jsonschema is not installed (dependency group `package`)")
    proc = subprocess.run(
        [*cmd, "--builtin-schema", "vendor.github-workflows", str(path)], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_every_action_is_pinned(path: Path) -> None:
    for job, step in all_steps(load(path)):
        uses = step.get("uses")
        if uses is None:
            assert "run" in step, f"{job}: a step with neither uses nor run"
            continue
        assert re.fullmatch(r"[\w.-]+/[\w.-]+(/[\w./-]+)?@(v\d+(\.\d+){0,2}|[0-9a-f]{40})", uses), (
            f"{job}: {uses!r} is not pinned to a version tag or commit"
        )


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_jobs_have_timeouts_and_read_only_token(path: Path) -> None:
    wf = load(path)
    assert wf.get("permissions") == {"contents": "read"}
    for name, job in wf["jobs"].items():
        assert 0 < int(job.get("timeout-minutes", 0)) <= 120, f"{name}: no sensible timeout"


def test_packages_workflow_builds_and_uploads_both_platforms() -> None:
    wf = load(PACKAGES)
    assert "push" in wf["on"]
    jobs = wf["jobs"]
    runners = {name: str(job["runs-on"]) for name, job in jobs.items()}
    linux = [
        n
        for n, r in runners.items()
        if r.startswith("ubuntu") and "build.py" in _runs(jobs[n]) and n != "windows-installer"
    ]
    windows = [n for n, r in runners.items() if r.startswith("windows")]
    assert linux and windows, runners
    for name in linux + windows:
        runs = _runs(jobs[name])
        assert "packaging/build.py" in runs, f"{name} does not run the build"
        # The smoke test runs before anything is uploaded (build.py's default steps include it on
        # Linux; the Windows job names it).
        assert " smoke" in runs or re.search(r"packaging/build\.py\s*$", runs, re.M), f"{name}: no smoke test"
        uploads = [s for s in jobs[name]["steps"] if str(s.get("uses", "")).startswith("actions/upload-artifact@")]
        assert uploads, f"{name} uploads nothing"
        assert all(s["with"].get("if-no-files-found") == "error" for s in uploads)
    # Linux builds inside Debian 12, which fixes the glibc floor of the bundle.
    assert jobs[linux[0]]["container"].startswith("debian:bookworm")
    assert "dpkg" in _runs(jobs[linux[0]]) or "test_packages" in _runs(jobs[linux[0]])
    # The Windows installer is compiled from the Windows job's artifact.
    inst = jobs["windows-installer"]
    assert inst["needs"] == "windows"
    assert "nsis" in _runs(inst)
    # Python as the project requires.
    setup = [s for _j, s in all_steps(wf) if str(s.get("uses", "")).startswith("actions/setup-python@")]
    assert all(str(s["with"]["python-version"]).startswith("3.11") for s in setup)


def _runs(job: dict[str, Any]) -> str:
    return "\n".join(str(s.get("run", "")) for s in job.get("steps", []))
