"""Words that say how sure a figure is, by where they stand, and the range separators.

One row per word; the scanner builds its patterns from these tables (longest word first), so a new
qualifier is one line here plus one corpus example.
"""

from __future__ import annotations

from typing import Final

from .models import Approx

# Before the number (and inside the fact's span): 约2.4万亿元, 近1.6万亿元, 突破26万亿元.
BEFORE: Final[dict[str, Approx]] = {
    "约": "about", "大约": "about", "约为": "about", "大概": "about", "大致": "about", "约合": "about",
    "近": "under", "将近": "under", "接近": "under", "不到": "under", "不足": "under", "不超过": "under",
    "不满": "under", "少于": "under", "低于": "under", "最多": "under", "至多": "under", "未超过": "under",
    "超过": "over", "超": "over", "逾": "over", "突破": "over", "至少": "over", "最少": "over",
    "不少于": "over", "不低于": "over", "多于": "over", "高于": "over", "超出": "over",
}  # fmt: skip

# Between the number and its scale or unit: 3550多万元, 116万余元, 十来个, 二十几个.
INSIDE: Final[dict[str, Approx]] = {"多": "over", "余": "over", "几": "over", "来": "about"}

# After the unit: 30人左右, 5只以上, 100元以下.
AFTER: Final[dict[str, Approx]] = {
    "左右": "about", "上下": "about", "前后": "about",
    "以上": "over", "之多": "over", "有余": "over", "开外": "over", "出头": "over", "多": "over",
    "以下": "under", "以内": "under", "之内": "under", "不到": "under",
}  # fmt: skip

# 上万人, 上千名: a bare scale word after 上 means "reaching" it, i.e. at least that many.
REACHING: Final[str] = "上"

# Range separators between two numbers: 3万至5万元, 3-5万元, 3～5个.
RANGE_SEPARATORS: Final[tuple[str, ...]] = ("至", "到", "-", "－", "—", "–", "~", "～", "〜", "——")


def combine(*readings: Approx | None) -> Approx:
    """The first reading that is not exact wins: 近100元左右 is 'under'."""
    for r in readings:
        if r and r != "exact":
            return r
    return "exact"
