"""The built packages, end to end (slow: run with MMN_PACKAGING_TESTS=1).

Uses the outputs of `python packaging/build.py` in dist/ (building them first if they are
missing). The .deb tests need root and dpkg; the minimal-Debian test also needs debootstrap and
network access to a Debian mirror, and runs only with MMN_CHROOT_TEST=1.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from mmn_packaging import linux, project, smoke

from tests.packaging.conftest import ROOT, needs_packaging_tests

pytestmark = [pytest.mark.slow, needs_packaging_tests]

DIST = ROOT / "dist"
ONEDIR = DIST / project.GUI_EXE
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
needs_root_dpkg = pytest.mark.skipif(
    not (IS_ROOT and shutil.which("dpkg")), reason="installing a .deb needs root and dpkg"
)


@pytest.fixture
def public_tmp() -> Iterator[Path]:
    """A temporary folder another user (nobody) can reach (pytest's own is private to root)."""
    import tempfile

    d = Path(tempfile.mkdtemp(prefix="mmn-pkgtest-", dir="/tmp"))
    d.chmod(0o755)
    try:
        yield d
    finally:
        shutil.rmtree(d, ignore_errors=True)


@pytest.fixture(scope="module")
def info() -> project.ProjectInfo:
    return project.read_project()


@pytest.fixture(scope="module")
def built(info: project.ProjectInfo) -> Path:
    """dist/ with the onedir, the tar.gz and the .deb (built here if any is missing)."""
    wanted = [ONEDIR / project.GUI_EXE, DIST / linux.tarball_name(info), DIST / linux.deb_name(info)]
    if not all(p.exists() for p in wanted):
        subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py")], check=True, cwd=ROOT)
    return DIST


def test_frozen_onedir_smoke(built: Path) -> None:
    rep = smoke.run_smoke(ONEDIR)
    assert rep.ok, rep.summary()
    assert rep.self_test is not None and rep.self_test["ok"] is True


def test_frozen_mmn_reports_build_commands_as_unavailable(built: Path, tmp_path: Path) -> None:
    env = dict(os.environ, MMN_USER_DIR=str(tmp_path))
    proc = subprocess.run([str(ONEDIR / "mmn"), "build"], capture_output=True, text=True, env=env, check=False)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and "source checkout" in proc.stderr


def _copy_without_index(tmp_path: Path) -> Path:
    app = tmp_path / "app"
    shutil.copytree(ONEDIR, app, symlinks=True)
    shutil.rmtree(app / "_internal" / "db" / "index")
    return app


def _search(app: Path, user: Path, as_user: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, MMN_USER_DIR=str(user), QT_QPA_PLATFORM="offscreen")
    cmd = [str(app / "mmn"), "search", "worker", "--json", "--limit", "3"]
    if as_user:
        cmd = ["runuser", "-u", as_user, "--", "env", f"MMN_USER_DIR={user}", *cmd]
    return subprocess.run(cmd, capture_output=True, text=True, env=env, check=False, timeout=300)


@pytest.mark.skipif(not IS_ROOT, reason="runs the app as user nobody")
def test_missing_index_is_rebuilt_into_the_user_cache_read_only_install(built: Path, public_tmp: Path) -> None:
    """A root-owned install (like /opt) that nobody else may write: the rebuild goes to the cache."""
    app = _copy_without_index(public_tmp)
    user = public_tmp / "user"
    user.mkdir()
    shutil.chown(user, "nobody")
    before = smoke.snapshot(app)
    proc = _search(app, user, as_user="nobody")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["total"] > 0
    assert "rebuilding it from the database" in proc.stderr
    assert (user / "cache" / "index").is_dir()
    assert smoke.diff_snapshots(before, smoke.snapshot(app)) == []


def test_missing_index_is_rebuilt_into_the_user_cache_writable_install(built: Path, tmp_path: Path) -> None:
    """An install folder the user could write (a per-user install, an unpacked tarball) is still
    never written: the frozen app rebuilds into the user cache."""
    app = _copy_without_index(tmp_path)
    user = tmp_path / "user"
    before = smoke.snapshot(app)
    proc = _search(app, user)
    assert proc.returncode == 0, proc.stderr
    assert (user / "cache" / "index").is_dir()
    assert smoke.diff_snapshots(before, smoke.snapshot(app)) == []


def test_tarball_unpacks_to_a_working_app(built: Path, info: project.ProjectInfo, tmp_path: Path) -> None:
    tgz = DIST / linux.tarball_name(info)
    with tarfile.open(tgz) as tar:
        names = tar.getnames()
        top = f"{project.GUI_EXE}-{info.version}"
        assert all(n == top or n.startswith(top + "/") for n in names)
        assert f"{top}/INSTALL.txt" in names
        members = {m.name: m for m in tar.getmembers()}
        assert members[f"{top}/{project.GUI_EXE}"].mode & 0o111
        assert all(m.uid == 0 and m.gid == 0 for m in members.values())
        tar.extractall(tmp_path, filter="tar")
    app = tmp_path / top
    note = (app / "INSTALL.txt").read_text(encoding="utf-8")
    assert "portable.txt" in note and info.version in note
    rep = smoke.run_smoke(app)
    assert rep.ok, rep.summary()


# -- .deb -------------------------------------------------------------------------------------


def _dpkg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["dpkg", *args], capture_output=True, text=True, check=False)


@pytest.fixture
def installed(built: Path, info: project.ProjectInfo) -> Iterator[list[str]]:
    """Install the .deb with dpkg -i; remove it afterwards in any case."""
    if _dpkg("-s", project.GUI_EXE).returncode == 0:
        pytest.fail(f"{project.GUI_EXE} is already installed on this machine; remove it first")
    t0 = time.perf_counter()
    proc = _dpkg("-i", str(DIST / linux.deb_name(info)))
    assert proc.returncode == 0, f"dpkg -i failed (missing Depends on this machine?):\n{proc.stdout}{proc.stderr}"
    print(f"dpkg -i took {time.perf_counter() - t0:.1f} s")
    files = [f for f in _dpkg("-L", project.GUI_EXE).stdout.splitlines() if f.strip()]
    try:
        yield files
    finally:
        if _dpkg("-s", project.GUI_EXE).returncode == 0:
            _dpkg("-P", project.GUI_EXE)


@needs_root_dpkg
def test_deb_install_run_remove(installed: list[str], public_tmp: Path) -> None:
    files = set(installed)
    app_id = project.APP_ID
    for path in (
        f"/opt/{project.GUI_EXE}/{project.GUI_EXE}",
        f"/opt/{project.GUI_EXE}/_internal/db/content.sqlite",
        f"/usr/bin/{project.GUI_EXE}",
        f"/usr/bin/{project.CLI_EXE}",
        f"/usr/share/applications/{app_id}.desktop",
        f"/usr/share/metainfo/{app_id}.metainfo.xml",
        f"/usr/share/icons/hicolor/256x256/apps/{app_id}.png",
        f"/usr/share/icons/hicolor/scalable/apps/{app_id}.svg",
        f"/usr/share/doc/{project.GUI_EXE}/copyright",
    ):
        assert path in files, path
        assert Path(path).exists(), path
    # Root-owned and not writable by others.
    st = Path(f"/opt/{project.GUI_EXE}/_internal/db").stat()
    assert st.st_uid == 0 and not st.st_mode & 0o022

    # The self-test and searches through the /usr/bin launchers, as root ...
    rep = smoke.run_smoke(
        Path(f"/opt/{project.GUI_EXE}"),
        gui=Path(f"/usr/bin/{project.GUI_EXE}"),
        cli=Path(f"/usr/bin/{project.CLI_EXE}"),
    )
    assert rep.ok, rep.summary()

    # ... and as an ordinary user, whose data goes to their home folder.
    home = public_tmp / "home"
    home.mkdir()
    shutil.chown(home, "nobody")
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen", "LC_ALL": "C.UTF-8"}
    out = home / "self-test.json"
    proc = subprocess.run(
        ["runuser", "-u", "nobody", "--", "env", "-i", *(f"{k}={v}" for k, v in env.items()),
         f"/usr/bin/{project.GUI_EXE}", "--self-test", "--output", str(out)],
        capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["ok"] is True
    user_files = [p for p in home.rglob("*") if p.is_file() and p != out]
    assert user_files, "the app wrote no user data (log, settings) under HOME"

    # dpkg -r removes every file it installed; the user's data stays.
    proc = _dpkg("-r", project.GUI_EXE)
    assert proc.returncode == 0, proc.stderr
    left = [f for f in files if Path(f).is_file() or Path(f).is_symlink()]
    assert left == [], f"dpkg -r left files behind: {left[:10]}"
    assert not Path(f"/opt/{project.GUI_EXE}").exists()
    assert all(p.exists() for p in user_files)


@needs_root_dpkg
@pytest.mark.skipif(os.environ.get("MMN_CHROOT_TEST") != "1", reason="set MMN_CHROOT_TEST=1 (needs a Debian mirror)")
def test_deb_on_minimal_debian(built: Path, info: project.ProjectInfo, tmp_path: Path) -> None:
    """debootstrap minbase + apt-get install ./the.deb: the Depends line alone makes it run."""
    from mmn_packaging import chroot

    result = chroot.check_deb_in_minbase(DIST / linux.deb_name(info), tmp_path / "chroot")
    assert result.ok, result.log
