"""Trimming the ICU data libraries: the item rules, and a real trim that changes nothing the app sees."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from mmn_packaging import icu_trim


@pytest.mark.parametrize(
    ("item", "kept"),
    [
        ("brkitr/thaidict.dict", True),
        ("brkitr/cjdict.dict", True),
        ("brkitr/ja.res", True),  # the Chinese dictionary engine reads it
        ("brkitr/de.res", True),
        ("coll/th.res", True),
        ("coll/zh_Hant.res", True),
        ("coll/de.res", False),
        ("coll/ucadata.icu", True),
        ("coll/root.res", True),
        ("zone/res_index.res", True),  # not a locale, although it looks like "res_*"
        ("curr/pool.res", True),
        ("lang/fr.res", False),
        ("lang/my.res", True),
        ("km_KH.res", True),
        ("ja_JP_TRADITIONAL.res", False),
        ("en_001.res", True),
        ("vi.res", True),
        ("yue.res", False),
        ("supplementalData.res", True),
        ("zoneinfo64.res", True),
        ("nfkc.nrm", True),
        ("ibm-437_P100-1995.cnv", False),
        ("cnvalias.icu", True),
        ("translit/root.res", False),
    ],
)
def test_keep_item(item: str, kept: bool) -> None:
    assert icu_trim.keep_item(item) is kept


def test_data_library_names() -> None:
    assert icu_trim.is_icu_data_lib("libicudata.so.73")
    assert icu_trim.is_icu_data_lib("libicudata-59b7cd96.so.78.3")
    assert not icu_trim.is_icu_data_lib("libicuuc.so.73")


@pytest.mark.skipif(
    not all(shutil.which(t) for t in ("icupkg", "as", "ld", "nm", "readelf")),
    reason="needs icupkg (icu-devtools) and binutils",
)
def test_trimmed_icu4py_data_segments_like_the_original(tmp_path: Path) -> None:
    import icu4py

    libs = sorted((Path(icu4py.__file__).parent.parent / "icu4py.libs").glob("libicudata*.so*"))
    if not libs:
        pytest.skip("this icu4py wheel has no separate ICU data library")
    res = icu_trim.trim_library(libs[0], tmp_path)
    assert res.output.name == libs[0].name
    assert res.after < res.before / 2
    assert res.items_removed > 1000 and res.items_kept > 100
    # Word segmentation of every shipped language and collation through Qt are unchanged.
    assert icu_trim.verify([res.output]) == []
