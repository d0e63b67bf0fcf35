"""Figures in a list share what they are about: 6只和18只基金, 贿赂人民币822.98万元、港币3万元.

A figure joined to the one before it by a list mark alone (、, 和, 与, 及, 或) is the same kind of thing: when
one of the two has no subject of its own, it takes the other's. The figures must be of one kind (and, for
quantities, one unit), with nothing but the list mark between them.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Final

import regex

from . import compiled
from .models import Fact, Headcount, Money, Percentage, Quantity

LIST_MARKS: Final[tuple[str, ...]] = ("、", "和", "与", "及", "以及", "或", "或者", "、和")
_LIST_GAP = compiled.compile("|".join(regex.escape(m) for m in sorted(LIST_MARKS, key=len, reverse=True)))
Figure = Money | Headcount | Quantity | Percentage


def _joined(a: Figure, b: Figure, text: str, any_unit: bool = False) -> bool:
    if a.kind != b.kind:
        return False
    if isinstance(a, Quantity) and isinstance(b, Quantity) and a.unit != b.unit and not any_unit:
        return False
    return _LIST_GAP.fullmatch(text, a.end, b.start) is not None


def _counts_what_follows(a: Figure, b: Figure, text: str) -> bool:
    """Two counts in other units joined before the noun they both count: 60多种、10万余只|候鸟 (kinds and
    heads of one thing). Only a noun right after the second figure is shared so."""
    return (
        b.subject is not None
        and text.startswith(b.subject, b.end + text.startswith("的", b.end))
        and _joined(a, b, text, any_unit=True)
    )


# A sum restated in another currency right after it: 损失21.21亿美元，约合133.6亿元人民币; 567.7亿元人民币（折
# 88.9亿美元）. The restatement is the same sum, so it is about the same thing.
RESTATING_WORDS: Final[tuple[str, ...]] = ("约合", "折合", "相当于", "折", "合", "即")
_RESTATED = compiled.compile(
    r"[，,]?[（(]?(?:" + "|".join(regex.escape(w) for w in sorted(RESTATING_WORDS, key=len, reverse=True)) + ")?约?"
)


def _restated(a: Figure, b: Figure, text: str) -> bool:
    if not isinstance(a, Money) or not isinstance(b, Money) or a.currency == b.currency:
        return False
    after = a.end + len(a.subject) if a.subject and text.startswith(a.subject, a.end) else a.end
    gap = _RESTATED.fullmatch(text, after, b.start)  # (支付2050亿英镑|赔偿|，约合…: past the sum's own noun)
    if gap is None:
        return False
    return gap.group() not in ("", "，", ",") or b.text.startswith(("约合", "折合"))  # a bracket or a word says so


def share_subjects(facts: Sequence[Fact], text: str) -> list[Fact]:
    """``facts`` (in text order) with each listed figure that has no subject given its neighbour's, and a sum
    restated in another currency given the subject of the sum it restates."""
    out = list(facts)
    figures = [i for i, f in enumerate(out) if isinstance(f, Figure)]
    for i, j in itertools.pairwise(figures):
        a, b = out[i], out[j]
        assert isinstance(a, Figure) and isinstance(b, Figure)
        if a.subject is not None and b.subject is None and _restated(a, b, text):
            out[j] = b.model_copy(update={"subject": a.subject})
            continue
        if not _joined(a, b, text) or (a.subject is None) == (b.subject is None):
            continue
        if b.subject is None:
            out[j] = b.model_copy(update={"subject": a.subject})
    for i, j in reversed(list(itertools.pairwise(figures))):
        a, b = out[i], out[j]
        assert isinstance(a, Figure) and isinstance(b, Figure)
        if a.subject is None and b.subject is not None and (_joined(a, b, text) or _counts_what_follows(a, b, text)):
            out[i] = a.model_copy(update={"subject": b.subject})
    return out


def places_name_no_subject(facts: Sequence[Fact]) -> list[Fact]:
    """``facts`` with a figure's subject dropped where it is only a place's name (主要城市包括：…北京16.0%、银川|
    15.3%): a place is where the figure is, never what it measures (广东省GDP, a place and a measure, stays)."""
    names = {f.text for f in facts if f.kind == "place"}
    if not names:
        return list(facts)
    return [
        f.model_copy(update={"subject": None}) if isinstance(f, Figure) and f.subject in names else f for f in facts
    ]

