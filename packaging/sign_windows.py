"""Authenticode-sign Windows executables in place with osslsigncode (runs on Linux).

    python packaging/sign_windows.py --pfx cert.pfx FILE.exe [FILE.exe ...]

The certificate password comes from the environment variable SIGN_PFX_PASSWORD (never the
command line, where other users could read it); an RFC 3161 time-stamp server from
SIGN_TIMESTAMP_URL if set. makensis calls this for the uninstaller and the installer
(``MMN_SIGN_COMMAND``, see docs/PACKAGING.md).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

DESCRIPTION = "MMN Desktop"


def sign(path: Path, pfx: Path, password: str, timestamp_url: str = "") -> None:
    tool = shutil.which("osslsigncode")
    if not tool:
        raise SystemExit("osslsigncode not found (Debian: apt install osslsigncode)")
    signed = path.with_name(path.name + ".signed")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [tool, "sign", "-pkcs12", str(pfx), "-n", DESCRIPTION, "-h", "sha256"]
        if password:
            pass_file = Path(tmp) / "pass"
            pass_file.touch(mode=0o600)
            pass_file.write_text(password, encoding="utf-8")
            cmd += ["-readpass", str(pass_file)]
        if timestamp_url:
            cmd += ["-ts", timestamp_url]
        cmd += ["-in", str(path), "-out", str(signed)]
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        signed.unlink(missing_ok=True)
        raise SystemExit(f"signing {path} failed:\n{proc.stdout}{proc.stderr}")
    os.replace(signed, path)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pfx", type=Path, required=True, help="PKCS#12 file with the code-signing key and chain")
    ap.add_argument("files", type=Path, nargs="+")
    args = ap.parse_args(argv)
    password = os.environ.get("SIGN_PFX_PASSWORD", "")
    for f in args.files:
        sign(f, args.pfx, password, os.environ.get("SIGN_TIMESTAMP_URL", ""))
        print(f"signed {f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
