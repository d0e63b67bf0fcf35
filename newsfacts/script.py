"""Traditional → simplified Chinese, character for character, so that every offset stays valid.

The table (data/t2s.tsv) is generated from OpenCC by scripts/build_script_table.py. Patterns are written in
simplified script and run over the folded text; facts are cut from the caller's original string.
"""

from __future__ import annotations

import re
from importlib import resources


def _load() -> dict[int, str]:
    table: dict[int, str] = {}
    data = resources.files("newsfacts").joinpath("data/t2s.tsv").read_text(encoding="utf-8")
    for line in data.splitlines():
        if line and not line.startswith("#"):
            traditional, simplified = line.split("\t")
            table[ord(traditional)] = simplified
    return table


_T2S = _load()
# Private-use glyphs and zero-width marks that scraped pages leave where a space or an indent stood
# (捐赠标准\ue40c２０００元): read as a space, which keeps every offset. Few texts hold any, so they are looked
# for first rather than added to the table every character is looked up in.
_INVISIBLE = re.compile("[\ue000-\uf8ff\u200b-\u200d\u2060\ufeff]")


def fold(text: str) -> str:
    """The text in simplified script, of exactly the same length: 三百萬名市民 → 三百万名市民 (and private-use
    glyphs and zero-width marks as spaces)."""
    folded = text.translate(_T2S)
    return _INVISIBLE.sub(" ", folded) if _INVISIBLE.search(folded) else folded
