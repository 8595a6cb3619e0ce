"""The NSIS installer script compiles with makensis (Debian's nsis) from a stand-in onedir folder,
and the optional signing hook produces an Authenticode signature osslsigncode accepts."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from mmn_packaging import project, windows

from tests.packaging.conftest import PACKAGING

MAKENSIS = shutil.which("makensis")
needs_makensis = pytest.mark.skipif(
    MAKENSIS is None, reason="makensis not installed (Debian: apt install nsis; scripts/_setup.sh dev installs it)"
)


@pytest.fixture
def standin(tmp_path: Path) -> Path:
    """A folder shaped like the Windows onedir build (the files are not real programs)."""
    d = tmp_path / "onedir"
    (d / "_internal" / "PySide6" / "plugins" / "platforms").mkdir(parents=True)
    (d / "mmn-desktop.exe").write_bytes(b"MZ" + os.urandom(2000))
    (d / "mmn.exe").write_bytes(b"MZ" + os.urandom(500))
    (d / "_internal" / "PySide6" / "plugins" / "platforms" / "qwindows.dll").write_bytes(os.urandom(100))
    (d / "_internal" / "ภาษา.txt").write_text("non-ASCII file name", encoding="utf-8")
    return d


def compile_installer(standin: Path, out: Path, sign_command: str | None = None) -> subprocess.CompletedProcess[str]:
    info = project.read_project()
    cmd = windows.makensis_command(info, standin, out, MAKENSIS or "makensis", sign_command)
    return subprocess.run(cmd, capture_output=True, text=True, check=False)


def utf16(text: str) -> bytes:
    return text.encode("utf-16-le")


@needs_makensis
def test_nsis_script_compiles_to_a_windows_installer(standin: Path, tmp_path: Path) -> None:
    out = tmp_path / windows.installer_name(project.read_project())
    proc = compile_installer(standin, out)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "warning" not in (proc.stdout + proc.stderr).lower()
    data = out.read_bytes()
    assert data[:2] == b"MZ"
    pe = int.from_bytes(data[0x3C:0x40], "little")
    assert data[pe : pe + 4] == b"PE\0\0"
    # The installer's own version resource carries the version from pyproject.toml.
    version = project.read_project().version
    assert utf16(version) in data
    assert utf16("MMN Desktop") in data
    # Per-user: the manifest asks for no elevation.
    assert b'level="asInvoker"' in data
    # The payload (solid LZMA) is smaller than nothing but must hold the stand-in files.
    assert len(data) > 2000


@needs_makensis
def test_nsis_script_requires_its_defines(standin: Path, tmp_path: Path) -> None:
    info = project.read_project()
    cmd = [
        c for c in windows.makensis_command(info, standin, tmp_path / "x.exe", MAKENSIS or "") if "ICON_FILE" not in c
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    assert proc.returncode != 0
    assert "must be defined" in proc.stdout + proc.stderr
    assert not (tmp_path / "x.exe").exists()


def test_nsis_script_installs_per_user_and_keeps_user_data() -> None:
    """What the script promises, read from the script (the compile test proves it is valid)."""
    text = windows.NSIS_SCRIPT.read_text(encoding="utf-8")
    assert "RequestExecutionLevel user" in text
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\${APP_NAME}"' in text
    assert "HKLM" not in text  # nothing machine-wide
    assert 'WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString"' in text
    # The data-removal section is off by default (/o), so a plain or silent uninstall keeps data.
    assert 'Section /o "un.Also remove my notes' in text
    assert "$SMPROGRAMS" in text and "$DESKTOP" in text
    # The data folder the uninstaller offers to remove is where paths.py keeps it on Windows.
    from mmn_desktop.core import paths

    assert f"$LOCALAPPDATA\\{paths.APP_AUTHOR}" in text and f"\\{paths.APP_NAME}" in text


@needs_makensis
@pytest.mark.skipif(
    not shutil.which("osslsigncode") or not shutil.which("openssl"), reason="needs osslsigncode, openssl"
)
def test_signing_hook_signs_the_installer(standin: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    key, cert, pfx = tmp_path / "key.pem", tmp_path / "cert.pem", tmp_path / "sign.pfx"
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
            "-days", "2", "-subj", "/CN=MMN Desktop test signing", "-addext", "extendedKeyUsage=codeSigning",
        ],
        check=True, capture_output=True,
    )  # fmt: skip
    subprocess.run(
        ["openssl", "pkcs12", "-export", "-inkey", str(key), "-in", str(cert), "-out", str(pfx), "-passout", "pass:t"],
        check=True,
        capture_output=True,
    )
    monkeypatch.setenv("SIGN_PFX_PASSWORD", "t")
    monkeypatch.delenv("SIGN_TIMESTAMP_URL", raising=False)
    log = tmp_path / "signed.log"
    # Record each file makensis hands to the signer (the uninstaller, then the installer).
    hook = tmp_path / "hook.sh"
    signer = PACKAGING / "sign_windows.py"
    hook.write_text(f'#!/bin/sh\necho "$1" >> "{log}"\nexec "{sys.executable}" "{signer}" --pfx "{pfx}" "$1"\n')
    hook.chmod(0o755)
    out = tmp_path / "signed-installer.exe"
    proc = compile_installer(standin, out, sign_command=f"{hook} %1")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert len(log.read_text().splitlines()) == 2  # uninstaller and installer
    verify = subprocess.run(
        ["osslsigncode", "verify", "-CAfile", str(cert), "-in", str(out)], capture_output=True, text=True, check=False
    )
    assert verify.returncode == 0, verify.stdout + verify.stderr
    assert "Signature verification: ok" in verify.stdout
    # An unsigned installer does not verify.
    plain = tmp_path / "plain-installer.exe"
    assert compile_installer(standin, plain).returncode == 0
    bad = subprocess.run(["osslsigncode", "verify", "-in", str(plain)], capture_output=True, text=True, check=False)
    assert bad.returncode != 0


def test_version_info_has_no_unfilled_fields() -> None:
    info = project.read_project()
    for exe in (project.GUI_EXE, project.CLI_EXE):
        text = windows.render_version_info(info, exe)
        assert "@" not in text
        assert repr(info.version_tuple) in text
        assert repr(f"{exe}.exe") in text
