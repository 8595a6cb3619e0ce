"""Trim the two ICU data libraries of the Linux bundle to what the app uses.

The bundle carries two ICUs that cannot be merged: ICU 73 inside the PySide6 wheel (QtCore: the
QCollator sort order of word lists) and ICU 78 shipped by icu4py (word segmentation of Thai, Lao,
Khmer, Burmese and Chinese for the search index and queries). Each data library is about 31 MiB,
almost half of the bundle, mostly locale data for ~800 locales and legacy code-page converters.

Kept: all break-iterator rules and dictionaries (for any locale), collation and locale data for the seven shipped
languages (plus root and the shared pools), and every item that is not locale-specific
(normalisation, properties, supplemental data, time zones). Removed: locale items for other
languages, code-page converters (*.cnv; Qt and Python convert UTF-8/16 themselves) and the
transliterator rules. The data stay in the same shared library, under the same soname and entry
point, so nothing else changes.

Tools: ``icupkg`` (Debian icu-devtools) to rewrite the data package, and ``as``/``ld``
(binutils, which PyInstaller needs anyway) to wrap it in a shared library.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from mmn_packaging import project

log = logging.getLogger(__name__)

_LOCALE_ITEM = re.compile(r"^([a-z]{2,3})(_[A-Za-z0-9]*)*\.res$")
_MISSING_DEP = re.compile(r"depends on missing item (\S+)")
_SYMBOL = re.compile(r"\b(icudt(\d+)_dat)\b")
_DATA_LIB = re.compile(r"^libicudata(-[0-9a-f]+)?\.so\.\d+(\.\d+)*$")


def is_icu_data_lib(name: str) -> bool:
    return bool(_DATA_LIB.match(name))


def keep_item(item: str, languages: tuple[str, ...] = project.LANGUAGES) -> bool:
    """Should the data item ``item`` (e.g. ``coll/th.res``, without package prefix) stay?"""
    parts = item.split("/")
    name = parts[-1]
    if name.endswith(".cnv") or parts[0] == "translit":
        return False
    # All break-iterator data stays: the Chinese dictionary engine reads brkitr/ja.res, for one.
    if parts[0] == "brkitr" or name in ("res_index.res", "pool.res", "root.res"):
        return True
    m = _LOCALE_ITEM.match(name)
    return not (m and m.group(1) not in languages)


@dataclass(frozen=True, slots=True)
class TrimResult:
    source: Path
    output: Path
    before: int
    after: int
    items_kept: int
    items_removed: int


def _entry_point(lib: Path) -> tuple[str, int, int]:
    """(symbol, file offset, size) of the data blob exported by an ICU data library."""
    syms = subprocess.run(["nm", "-D", "--defined-only", "-S", str(lib)], capture_output=True, text=True, check=True)
    for line in syms.stdout.splitlines():
        fields = line.split()
        if len(fields) == 4 and _SYMBOL.fullmatch(fields[3]):
            addr, size, name = int(fields[0], 16), int(fields[1], 16), fields[3]
            break
    else:
        raise RuntimeError(f"{lib}: no icudtNN_dat symbol")
    sections = subprocess.run(["readelf", "-S", "-W", str(lib)], capture_output=True, text=True, check=True).stdout
    for m in re.finditer(r"\]\s+(\S+)\s+PROGBITS\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)", sections):
        s_addr, s_off, s_size = (int(x, 16) for x in m.groups()[1:])
        if s_addr <= addr < s_addr + s_size:
            return name, addr - s_addr + s_off, size
    raise RuntimeError(f"{lib}: {name} is in no PROGBITS section")


def _soname(lib: Path) -> str:
    out = subprocess.run(["readelf", "-d", str(lib)], capture_output=True, text=True, check=True).stdout
    m = re.search(r"\(SONAME\)\s+Library soname: \[([^\]]+)\]", out)
    return m.group(1) if m else lib.name


def trim_library(lib: Path, out_dir: Path, languages: tuple[str, ...] = project.LANGUAGES) -> TrimResult:
    """Write a trimmed copy of the ICU data library ``lib`` into ``out_dir`` (same file name)."""
    for tool in ("icupkg", "as", "ld", "nm", "readelf"):
        if not shutil.which(tool):
            raise RuntimeError(f"{tool} not found (Debian: apt install icu-devtools binutils)")
    symbol, offset, size = _entry_point(lib)
    version = _SYMBOL.fullmatch(symbol).group(2)  # type: ignore[union-attr]
    package = f"icudt{version}l"
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="icutrim-") as tmp:
        t = Path(tmp)
        (t / "in").mkdir()
        (t / "out").mkdir()
        with lib.open("rb") as fh:
            fh.seek(offset)
            (t / "in" / f"{package}.dat").write_bytes(fh.read(size))
        listing = subprocess.run(
            ["icupkg", "-l", str(t / "in" / f"{package}.dat")], capture_output=True, text=True, check=True
        ).stdout.split()
        remove = [i for i in listing if not keep_item(i, languages)]
        new_dat = t / "out" / f"{package}.dat"
        for _attempt in range(10):
            (t / "remove.txt").write_text("\n".join(remove) + "\n", encoding="utf-8")
            proc = subprocess.run(
                ["icupkg", "-tl", "-r", str(t / "remove.txt"), str(t / "in" / f"{package}.dat"), str(new_dat)],
                capture_output=True,
                text=True,
                check=False,
            )
            # A kept item may alias a removed one (zh_Hant_HK's number spell-out uses yue's):
            # keep what icupkg names and try again.
            needed = set(_MISSING_DEP.findall(proc.stdout + proc.stderr))
            if proc.returncode == 0 or not needed:
                break
            remove = [i for i in remove if i not in needed]
        if proc.returncode != 0 or not new_dat.is_file():
            raise RuntimeError(f"icupkg failed on {lib}:\n{proc.stdout}{proc.stderr}")
        asm = t / "data.S"
        asm.write_text(
            "\n".join(
                [
                    '\t.section .rodata, "a"',
                    f"\t.globl {symbol}",
                    f"\t.type {symbol}, @object",
                    "\t.balign 16",
                    f"{symbol}:",
                    f'\t.incbin "{new_dat}"',
                    f"\t.size {symbol}, . - {symbol}",
                    '\t.section .note.GNU-stack, "", @progbits',
                    "",
                ]
            ),
            encoding="utf-8",
        )
        out = out_dir / lib.name
        subprocess.run(["as", "--64", "-o", str(t / "data.o"), str(asm)], check=True, capture_output=True)
        subprocess.run(
            ["ld", "-shared", "-soname", _soname(lib), "-z", "noexecstack", "-o", str(out), str(t / "data.o")],
            check=True,
            capture_output=True,
        )
        subprocess.run(["strip", "--strip-unneeded", str(out)], check=False, capture_output=True)
        return TrimResult(lib, out, lib.stat().st_size, out.stat().st_size, len(listing) - len(remove), len(remove))


def trim_toc(
    binaries: list[tuple[str, str, str]], out_dir: Path
) -> tuple[list[tuple[str, str, str]], list[TrimResult]]:
    """Swap every ICU data library in a PyInstaller binaries list for a trimmed copy, then prove
    with :func:`verify` that segmentation and collation are unchanged (raises otherwise)."""
    done: dict[str, TrimResult] = {}
    out = []
    for dest, src, tc in binaries:
        if tc == "BINARY" and is_icu_data_lib(dest.replace("\\", "/").rsplit("/", 1)[-1]):
            if src not in done:  # the GUI and CLI analyses both list icu4py's copy
                done[src] = trim_library(Path(src), out_dir / str(len(done)))
            out.append((dest, str(done[src].output), tc))
        else:
            out.append((dest, src, tc))
    results = list(done.values())
    if results:
        diffs = verify([r.output for r in results])
        if diffs:
            raise RuntimeError("trimmed ICU data changes the app's results:\n" + "\n".join(diffs))
    return out, results


# -- proving that the app sees no difference ----------------------------------------------------

SAMPLES = {
    "th": "ภาษาไทยเป็นภาษาราชการของประเทศไทย แรงงานข้ามชาติ",
    "lo": "ແຮງງານເຄື່ອນຍ້າຍຢູ່ປະເທດລາວ",
    "km": "ពលករចំណាកស្រុកនៅកម្ពុជា",
    "my": "ရွှေ့ပြောင်းအလုပ်သမားများ၏အခွင့်အရေး",
    "zh": "移民工人的权利和劳动法",
    "vi": "quyền của người lao động di cư",
    "en": "migrant workers' rights",
}
COLLATION_WORDS = [
    "ผู้ย้ายถิ่น", "แรงงาน", "กฎหมาย", "ແຮງງານ", "ກົດໝາຍ", "ពលករ", "ច្បាប់", "အလုပ်သမား", "ဥပဒေ",
    "工人", "移民", "法律", "劳动", "lao động", "luật", "người", "Ðức", "worker", "Law", "ängel", "zebra",
]  # fmt: skip

PROBE = r"""
import json, sys
from icu4py.breakers import CharacterBreaker, WordBreaker
from icu4py.locale import Locale
from PySide6.QtCore import QCollator, QLocale
samples = json.loads(sys.argv[1]); words = json.loads(sys.argv[2])
out = {"words": {}, "chars": {}, "sort": {}}
for lang, text in samples.items():
    out["words"][lang] = list(WordBreaker(text, Locale(lang)))
    out["chars"][lang] = len(list(CharacterBreaker(text, Locale(lang))))
for lang in samples:
    c = QCollator(QLocale(lang))
    out["sort"][lang] = sorted(words, key=c.sortKey)
print(json.dumps(out, ensure_ascii=False))
"""


def probe(preload: list[Path]) -> dict:
    """Segmentation and collation results in a fresh interpreter, optionally with ``preload``
    libraries (the trimmed ones) loaded in place of the wheel's."""
    env = dict(os.environ)
    env.pop("LD_PRELOAD", None)
    if preload:
        env["LD_PRELOAD"] = ":".join(str(p) for p in preload)
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(SAMPLES), json.dumps(COLLATION_WORDS)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"ICU probe failed:\n{proc.stderr}")
    return json.loads(proc.stdout)


def verify(trimmed: list[Path]) -> list[str]:
    """Differences between the wheel's ICU data and ``trimmed`` as seen by the app's calls."""
    before, after = probe([]), probe(trimmed)
    diffs = []
    for part in ("words", "chars", "sort"):
        for lang in SAMPLES:
            if before[part][lang] != after[part][lang]:
                diffs.append(f"{part}[{lang}]: {before[part][lang]!r} -> {after[part][lang]!r}")
    return diffs
