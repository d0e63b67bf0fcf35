"""Percentages: the written forms (their patterns are assembled in scan.py) and the words around them
that say whether the figure is a change and against what.

A new change word or basis is one row here plus one corpus example.
"""

from __future__ import annotations

from typing import Final, Literal

import regex

from .. import compiled

Change = Literal["increase", "decrease"]
Basis = Literal["year_on_year", "period_on_period"]

# Words before a percentage (in the same clause) that make it a change: 同比增长6.1%, 下降0.5个百分点.
# The nearest one wins. Nouns for the size of a change count too (跌幅4.72%, 涨幅在80%至90%之间).
CHANGE_WORDS: Final[dict[str, Change]] = {
    **dict.fromkeys(
        ("增长", "增加", "上升", "提高", "上涨", "提升", "攀升", "扩大", "增", "涨", "升", "猛增", "大增",
         "激增", "增幅", "涨幅", "增速", "升幅", "高出", "回升", "反弹", "上扬", "走高", "跃升", "多出", "收涨",
         "成长", "收高", "上浮", "上调", "调高", "提速", "延长"),
        "increase",
    ),
    **dict.fromkeys(
        ("下降", "减少", "下跌", "回落", "降低", "下滑", "跌", "降", "减", "缩小", "萎缩", "负增长", "跌幅",
         "降幅", "减幅", "收窄", "走低", "下挫", "缩水", "大跌", "暴跌", "跌去", "少了", "收跌", "收低", "下浮",
         "下调", "调低", "调减", "缩短"),
        "decrease",
    ),
}  # fmt: skip

# The nouns among them name what the figure is (跌幅4.72%): they are its subject, not words to skip.
CHANGE_NOUNS: Final[frozenset[str]] = frozenset({"增幅", "涨幅", "增速", "升幅", "跌幅", "降幅", "减幅"})

# Words that say what a change is measured against.
BASIS_WORDS: Final[dict[str, Basis]] = {
    "同比": "year_on_year", "比上年": "year_on_year", "比去年": "year_on_year", "较上年": "year_on_year",
    "较去年同期": "year_on_year", "比去年同期": "year_on_year", "比上年同期": "year_on_year",
    "环比": "period_on_period", "比上月": "period_on_period", "较上月": "period_on_period",
    "比上季度": "period_on_period", "较上周": "period_on_period", "比上周": "period_on_period",
    "按年": "year_on_year", "按月": "period_on_period", "按季": "period_on_period",
}  # fmt: skip

# Characters that end a clause: a change word beyond one does not govern the figure.
CLAUSE_END: Final[str] = "，。；！？,;!?\n：:（）()"

# How far back (characters) to look for a change word or a basis.
WINDOW: Final[int] = 14

# 翻一番 doubles, 翻两番 quadruples: the value is the new level as a percentage of the base.
DOUBLINGS: Final[dict[str, int]] = {
    "翻番": 1, "翻一番": 1, "翻两番": 2, "翻二番": 2, "翻三番": 3, "翻几番": 0, "翻了一番": 1, "翻了两番": 2,
    "翻了二番": 2, "翻了三番": 3, "翻了几番": 0, "翻了一倍": 1, "翻一倍": 1,
}  # fmt: skip

# Nouns that contain a change word without being a change: 增加值 (value added), 降水 (rainfall).
NOT_CHANGES: Final[tuple[str, ...]] = ("增加值", "增量", "降水", "升学", "升级", "减肥", "减排", "增值税")

# A change word followed by one of these introduces the new level, not the size of the change: 降至5.0%.
NEW_LEVEL_AFTER: Final[str] = "至到为"

# After 成 these make a word, not a share: 成员, 成立, 成为, 成功, 成本, 成果, 成绩, 成就, 成交, 成熟 …
NOT_AFTER_CHENG: Final[str] = "员立为功本果绩就交熟长型年群片堆批套效品都语"

# After 折 these make a word, not a discount: 折腾, 折叠, 折合, 折算, 折旧, 折扣 (the word), 折射 …
NOT_AFTER_ZHE: Final[str] = "腾叠合算旧射磨服返线纸价"


def _longest_first(words: object) -> list[str]:
    return sorted(set(words), key=lambda w: (-len(w), w))  # type: ignore[call-overload]


def _build() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    keep = "|".join(regex.escape(w) for w in _longest_first(NOT_CHANGES))
    change = f"(?P<keep>{keep})|" + "|".join(regex.escape(w) for w in _longest_first(CHANGE_WORDS))
    basis = "|".join(regex.escape(w) for w in _longest_first(BASIS_WORDS))
    return compiled.compile(change), compiled.compile(basis)


_CHANGE, _BASIS = _build()


def change_and_basis(text: str, start: int) -> tuple[Change | None, Basis | None]:
    """Read the clause before a percentage at ``start``: the nearest change word and any basis."""
    lo = max(0, start - WINDOW)
    clause_start = lo
    for i in range(start - 1, lo - 1, -1):
        if text[i] in CLAUSE_END:
            clause_start = i + 1
            break
    change: Change | None = None
    for m in _CHANGE.finditer(text, clause_start, start):
        if m.group("keep") is not None:
            continue
        new_level = m.end() < start and text[m.end()] in NEW_LEVEL_AFTER
        change = None if new_level else CHANGE_WORDS[m.group()]
    basis: Basis | None = None
    for m in _BASIS.finditer(text, clause_start, start):
        basis = BASIS_WORDS[m.group()]
    return change, basis

# A fraction written with a slash (2/3) is a share only where the sentence makes it one: before 的/以上/左右
# (2/3的居民) or after a word of share or size (占2/3, 约1/4). Elsewhere 2/3 is a date, a score or a ratio of
# codes. Numerator and denominator stay small: 11/250 is no share a reader writes this way.
SLASH_SHARE_AFTER: Final[tuple[str, ...]] = ("的", "以上", "以下", "左右", "多", "强", "弱")
SLASH_SHARE_BEFORE: Final[tuple[str, ...]] = ("占", "达", "约", "近", "超过", "逾", "不到", "不足", "至少", "超")

# After 近半, 过半, 超半: what makes the half one of a length of time or of a thing, not a share (近半年, 过半个世纪,
# 近半小时, 超半价).
NOT_AFTER_HALF: Final[str] = "年月天日时小个夜生辈边山岛场价路途截壁身导点径空拍分秒周百"  # 年过半百: an age
