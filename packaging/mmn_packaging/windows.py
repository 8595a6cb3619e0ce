"""Windows pieces that can be prepared on any platform: version resources and the makensis call."""

from __future__ import annotations

from pathlib import Path

from mmn_packaging import project

HERE = Path(__file__).resolve().parents[1] / "windows"
VERSION_TEMPLATE = HERE / "version_info.txt.in"
NSIS_SCRIPT = HERE / "installer.nsi"

EXE_DESCRIPTIONS = {
    project.GUI_EXE: "MMN Desktop: offline reference for migrant-rights advocates",
    project.CLI_EXE: "MMN Desktop command line",
}


def render_version_info(info: project.ProjectInfo, exe: str) -> str:
    """The version-resource text for ``exe`` (``mmn-desktop`` or ``mmn``)."""
    text = VERSION_TEMPLATE.read_text(encoding="utf-8")
    values = {
        "@VERSION_TUPLE@": repr(info.version_tuple),
        "@VERSION@": repr(info.version),
        "@COMPANY@": repr(project.PUBLISHER),
        "@FILE_DESCRIPTION@": repr(EXE_DESCRIPTIONS[exe]),
        "@INTERNAL_NAME@": repr(exe),
        "@ORIGINAL_FILENAME@": repr(f"{exe}.exe"),
        "@PRODUCT@": repr(project.DISPLAY_NAME),
        "@COPYRIGHT@": repr(f"{project.PUBLISHER} and contributors"),
    }
    for key, value in values.items():
        text = text.replace(key, value)
    if "@" in "".join(line for line in text.splitlines() if not line.startswith("#")):
        raise ValueError(f"{VERSION_TEMPLATE}: a placeholder was left unfilled")
    return "\n".join(line for line in text.splitlines() if not line.startswith("#")) + "\n"


def write_version_files(info: project.ProjectInfo, out_dir: Path) -> dict[str, Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = {}
    for exe in (project.GUI_EXE, project.CLI_EXE):
        path = out_dir / f"version_info_{exe}.txt"
        path.write_text(render_version_info(info, exe), encoding="utf-8")
        written[exe] = path
    return written


def installer_name(info: project.ProjectInfo) -> str:
    return f"{project.GUI_EXE}-{info.version}-windows-x64-setup.exe"


def makensis_command(
    info: project.ProjectInfo,
    onedir: Path,
    out_file: Path,
    makensis: str = "makensis",
    sign_command: str | None = None,
) -> list[str]:
    """The makensis call that packs the Windows onedir folder ``onedir`` into ``out_file``.

    ``sign_command``, if given, is run by makensis on the uninstaller and on the finished
    installer with ``%1`` replaced by the file to sign (see docs/PACKAGING.md).
    """
    v = ".".join(str(n) for n in info.version_tuple)
    cmd = [
        makensis,
        "-V2",
        "-INPUTCHARSET",
        "UTF8",
        f"-DAPP_VERSION={info.version}",
        f"-DAPP_VERSION4={v}",
        f"-DSOURCE_DIR={onedir.resolve()}",
        f"-DOUT_FILE={out_file.resolve()}",
        f"-DICON_FILE={(project.ROOT / 'packaging' / 'icons' / 'mmn-desktop.ico').resolve()}",
    ]
    if sign_command:
        cmd.append(f"-DSIGN_COMMAND={sign_command}")
    cmd.append(str(NSIS_SCRIPT))
    return cmd
