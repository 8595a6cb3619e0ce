"""The app icon: PNG sizes and a Windows .ico rendered from ``packaging/icons/mmn-desktop.svg``.

Rendering uses Qt's SVG renderer (PySide6 is already a dependency). The .ico writer is our own:
classic 32-bit DIB images for the small sizes (every Windows version and NSIS read them) and a
PNG-compressed 256 px image, the usual layout of a Windows application icon.
"""

from __future__ import annotations

import struct
from pathlib import Path

ICON_DIR = Path(__file__).resolve().parents[1] / "icons"
SVG = ICON_DIR / "mmn-desktop.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 256)
ICO = ICON_DIR / "mmn-desktop.ico"


def png_path(size: int) -> Path:
    return ICON_DIR / f"mmn-desktop-{size}.png"


def render_png(svg: Path, size: int) -> bytes:
    """``svg`` rendered to a ``size`` x ``size`` RGBA PNG."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _ = QGuiApplication.instance() or QGuiApplication(["render-icons", "-platform", "offscreen"])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    buf.close()
    return bytes(data.data())


def _dib(png: bytes) -> bytes:
    """A PNG image as an ICO DIB entry: BITMAPINFOHEADER, bottom-up BGRA rows, AND mask."""
    from PySide6.QtGui import QImage

    image = QImage.fromData(png, "PNG").convertToFormat(QImage.Format.Format_ARGB32)
    w, h = image.width(), image.height()
    header = struct.pack("<IiiHHIIiiII", 40, w, h * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    rows = []
    mask_rows = []
    mask_stride = ((w + 31) // 32) * 4
    for y in range(h - 1, -1, -1):
        row = bytearray()
        mask = bytearray(mask_stride)
        for x in range(w):
            argb = image.pixel(x, y)
            a, r, g, b = (argb >> 24) & 255, (argb >> 16) & 255, (argb >> 8) & 255, argb & 255
            row += bytes((b, g, r, a))
            if a == 0:
                mask[x // 8] |= 0x80 >> (x % 8)
        rows.append(bytes(row))
        mask_rows.append(bytes(mask))
    return header + b"".join(rows) + b"".join(mask_rows)


def build_ico(pngs: dict[int, bytes]) -> bytes:
    """An .ico file holding one image per size (PNG-compressed at 256 px, DIB below)."""
    sizes = sorted(pngs)
    blobs = [pngs[s] if s >= 256 else _dib(pngs[s]) for s in sizes]
    out = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    for size, blob in zip(sizes, blobs, strict=True):
        dim = 0 if size >= 256 else size  # 0 means 256
        out += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
    return out + b"".join(blobs)


def read_ico_sizes(data: bytes) -> list[int]:
    """The image sizes listed in an .ico file's directory (for tests and checks)."""
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    if reserved != 0 or kind != 1:
        raise ValueError("not an .ico file")
    sizes = []
    for i in range(count):
        w, _h, _c, _r, _planes, _bpp, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        if offset + length > len(data):
            raise ValueError("truncated .ico file")
        sizes.append(w or 256)
    return sizes


def render_all(svg: Path = SVG) -> list[Path]:
    """Write every PNG size and the .ico next to the SVG; return the files written."""
    pngs = {size: render_png(svg, size) for size in PNG_SIZES}
    written = []
    for size, data in pngs.items():
        png_path(size).write_bytes(data)
        written.append(png_path(size))
    ICO.write_bytes(build_ico({s: pngs[s] for s in ICO_SIZES}))
    written.append(ICO)
    return written
