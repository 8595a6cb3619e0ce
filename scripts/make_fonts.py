"""Make resources/fonts/: the bundled Noto fonts and their licence (dev-time only).

Sources are the Debian packages (bookworm): ``fonts-noto-core`` for Myanmar, Khmer, Lao and Thai
(copied whole, byte for byte: their shaping tables must stay intact) and ``fonts-noto-cjk`` for
Chinese (Noto Sans CJK SC, subset with fontTools to GB 2312 plus every character of the content
and the UI translations, plus CJK punctuation and full-width forms).

    apt-get install fonts-noto-core fonts-noto-cjk
    .venv/bin/pip install fonttools
    .venv/bin/python scripts/make_fonts.py            # writes resources/fonts/
    .venv/bin/python scripts/make_fonts.py --check    # only reports what would be missing

The output is reproducible: same inputs, same bytes (no timestamps are rewritten).
"""

from __future__ import annotations

import argparse
import hashlib
import logging
import shutil
import sys
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

log = logging.getLogger("make_fonts")

REPO = Path(__file__).resolve().parents[1]
NOTO_CORE_DIR = Path("/usr/share/fonts/truetype/noto")
NOTO_CJK_DIR = Path("/usr/share/fonts/opentype/noto")
# The OFL text as Debian ships it (fonts-noto-cjk lays it out like the upstream OFL.txt).
LICENCE_SOURCE = Path("/usr/share/doc/fonts-noto-cjk/copyright")
LICENCE_STANZA = "License: SIL-1.1"

BRAHMIC = ("Myanmar", "Khmer", "Lao", "Thai")
WEIGHTS = ("Regular", "Bold")
CJK_FAMILY = "Noto Sans CJK SC"
SUBSET_NOTE = "subset for MMN Desktop (GB 2312 + content)"
SUBSET_NOTE_BIG5 = "subset for MMN Desktop (GB 2312 + Big5 common + content)"

# Always in the Chinese subset, whatever the content says.
CJK_EXTRA_RANGES = (
    (0x3000, 0x303F),  # CJK Symbols and Punctuation
    (0xFF00, 0xFFEF),  # Halfwidth and Fullwidth Forms
    (0x2E80, 0x2EFF),  # CJK Radicals Supplement (rare, cheap)
)
# A content character goes into the Chinese subset when it is at or above this code point
# (CJK blocks, kana, full-width forms...) and the source font has it.
CJK_CONTENT_FLOOR = 0x2E80


def gb2312_characters() -> set[str]:
    """Every character of GB 2312 (6763 hanzi plus its symbols, kana, Greek, Cyrillic, pinyin)."""
    chars: set[str] = set()
    for lead in range(0xA1, 0xF8):
        for trail in range(0xA1, 0xFF):
            try:
                chars.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return chars


def big5_common_hanzi() -> set[str]:
    """The 5401 frequently used hanzi of Big5 (level 1): traditional coverage, off by default."""
    chars: set[str] = set()
    for lead in range(0xA4, 0xC7):
        for trail in (*range(0x40, 0x7F), *range(0xA1, 0xFF)):
            try:
                char = bytes((lead, trail)).decode("big5")
            except UnicodeDecodeError:
                continue
            if unicodedata.category(char) == "Lo":
                chars.add(char)
    return chars


def text_characters(roots: Iterable[Path], suffixes: tuple[str, ...] = (".yaml", ".yml", ".md", ".ts")) -> set[str]:
    chars: set[str] = set()
    for root in roots:
        if not root.is_dir():
            continue
        for path in sorted(root.rglob("*")):
            if path.is_file() and path.suffix in suffixes:
                chars.update(unicodedata.normalize("NFC", path.read_text(encoding="utf-8")))
    return chars


def cjk_wanted(content_chars: set[str], traditional: bool = False) -> set[int]:
    wanted = {ord(c) for c in gb2312_characters()}
    if traditional:
        wanted.update(ord(c) for c in big5_common_hanzi())
    for lo, hi in CJK_EXTRA_RANGES:
        wanted.update(range(lo, hi + 1))
    wanted.update(ord(c) for c in content_chars if ord(c) >= CJK_CONTENT_FLOOR)
    return wanted


def find_face(collection: Path, family: str) -> int:
    ttc = TTCollection(str(collection), lazy=True)
    for index, face in enumerate(ttc.fonts):
        if face["name"].getDebugName(1) == family:
            return index
    raise SystemExit(f"{family!r} not found in {collection}")


def subset_cjk(source: Path, dest: Path, wanted: set[int], note: str = SUBSET_NOTE) -> set[int]:
    """Write the subset; return the wanted code points the source does not have."""
    index = find_face(source, CJK_FAMILY)
    font = TTFont(str(source), fontNumber=index, recalcTimestamp=False, lazy=False)
    have = set(font.getBestCmap())
    options = subset.Options()
    options.name_IDs = ["*"]  # keep copyright, trademark, licence and URLs (OFL condition 2)
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.recalc_timestamp = False
    # Horizontal text only: the vertical-writing features and tables are dead weight in Qt widgets.
    options.layout_features = ["ccmp", "kern", "liga", "mark", "mkmk", "palt", "halt"]
    options.drop_tables += ["VORG", "vhea", "vmtx"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(wanted & have))
    subsetter.subset(font)
    name = font["name"]
    version = name.getDebugName(5) or ""
    for record in name.names:
        if record.nameID == 5:
            record.string = f"{version}; {note}"
    dest.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(dest))
    return wanted - have


def licence_text(source: Path = LICENCE_SOURCE) -> str:
    """The OFL 1.1 stanza of a Debian copyright file, un-indented as the DEP-5 format says."""
    lines = source.read_text(encoding="utf-8").splitlines()
    # The stand-alone licence paragraph starts with the field; "Files:" paragraphs only name it.
    starts = [i + 1 for i, line in enumerate(lines) if line == LICENCE_STANZA and (i == 0 or not lines[i - 1].strip())]
    if not starts:
        raise SystemExit(f"no stand-alone {LICENCE_STANZA!r} paragraph in {source}")
    start = starts[0]
    body: list[str] = []
    for line in lines[start:]:
        if not line.startswith(" "):
            break
        body.append("" if line == " ." else line[1:])
    if not any("SIL OPEN FONT LICENSE" in line for line in body):
        raise SystemExit(f"the {LICENCE_STANZA!r} paragraph of {source} is not the OFL text")
    return "\n".join(body).strip("\n") + "\n"


def copyright_lines(fonts: Iterable[Path]) -> list[str]:
    """One copyright line per family, then each distinct trademark line, as the fonts state them."""
    copyrights: list[str] = []
    trademarks: list[str] = []
    for path in fonts:
        name = TTFont(str(path), lazy=True)["name"]
        notice, trademark = name.getDebugName(0), name.getDebugName(7)
        if notice:
            line = f"{name.getDebugName(1)}: {notice.strip()}"
            if line not in copyrights:
                copyrights.append(line)
        if trademark and trademark.strip() not in trademarks:
            trademarks.append(trademark.strip())
    return copyrights + trademarks


def write_licence(out: Path, fonts: list[Path]) -> None:
    header = [
        "The fonts in this folder are licensed under the SIL Open Font License, Version 1.1,",
        "reproduced below. Copyright and trademark notices, as each font's name table states them:",
        "",
        *copyright_lines(fonts),
        "",
        "",
    ]
    (out / "OFL.txt").write_text("\n".join(header) + licence_text(), encoding="utf-8")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=REPO / "resources" / "fonts")
    parser.add_argument("--noto-core-dir", type=Path, default=NOTO_CORE_DIR)
    parser.add_argument("--noto-cjk-dir", type=Path, default=NOTO_CJK_DIR)
    parser.add_argument("--no-cjk-bold", action="store_true", help="ship Chinese Regular only (smaller)")
    parser.add_argument(
        "--with-big5-common", action="store_true", help="add Big5's 5401 common hanzi (traditional; ~+1 MB)"
    )
    parser.add_argument("--check", action="store_true", help="report missing characters, write nothing")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    logging.getLogger("fontTools").setLevel(logging.WARNING)

    content_chars = text_characters([REPO / "resources" / "content", REPO / "resources" / "translations"])
    wanted = cjk_wanted(content_chars, traditional=args.with_big5_common)
    log.info("content: %d distinct characters; Chinese subset asks for %d code points", len(content_chars), len(wanted))

    brahmic = [args.noto_core_dir / f"NotoSans{script}-{weight}.ttf" for script in BRAHMIC for weight in WEIGHTS]
    cjk_weights = ("Regular",) if args.no_cjk_bold else WEIGHTS
    cjk_sources = [args.noto_cjk_dir / f"NotoSansCJK-{weight}.ttc" for weight in cjk_weights]
    missing_sources = [p for p in [*brahmic, *cjk_sources, LICENCE_SOURCE] if not p.is_file()]
    if missing_sources:
        log.error("missing: %s (apt-get install fonts-noto-core fonts-noto-cjk)", ", ".join(map(str, missing_sources)))
        return 2
    for path in brahmic:
        tables = set(TTFont(str(path), lazy=True).keys())
        if not {"GSUB", "GPOS"} <= tables:
            log.error("%s lacks GSUB/GPOS; refusing to bundle it", path.name)
            return 2

    if args.check:
        have = set(TTFont(str(cjk_sources[0]), fontNumber=find_face(cjk_sources[0], CJK_FAMILY)).getBestCmap())
        absent = sorted(c for c in content_chars if ord(c) >= CJK_CONTENT_FLOOR and ord(c) not in have)
        log.info("content characters the Chinese font lacks: %s", "".join(absent) or "none")
        return 0

    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    for stale in [*out.glob("*.ttf"), *out.glob("*.otf")]:
        stale.unlink()
    made: list[Path] = []
    for path in brahmic:
        shutil.copyfile(path, out / path.name)
        made.append(out / path.name)
    for weight, source in zip(cjk_weights, cjk_sources, strict=True):
        dest = out / f"NotoSansCJKsc-{weight}-subset.otf"
        note = SUBSET_NOTE_BIG5 if args.with_big5_common else SUBSET_NOTE
        lacking = subset_cjk(source, dest, wanted, note)
        # Only report characters that matter: the content's, not the padded ranges' unassigned ones.
        lacking_content = sorted(c for c in lacking if chr(c) in content_chars)
        if lacking_content:
            log.warning("%s lacks content characters: %s", source.name, "".join(map(chr, lacking_content)))
        made.append(dest)
    write_licence(out, made)

    total = 0
    for path in made:
        size = path.stat().st_size
        total += size
        log.info("%-40s %9d bytes  sha256 %s", path.name, size, sha256(path))
    log.info("total fonts: %d bytes (%.2f MB)", total, total / 1_000_000)
    return 0


if __name__ == "__main__":
    sys.exit(main())
