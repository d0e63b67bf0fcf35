"""Spaces inside a figure, as scraped and OCR'd pages have them: 百 分 之 2.4, 七成 六, 一 百 五 十 个 百 分 点.

Such a space is closed up before the scan and every offset is mapped back afterwards, so the facts' spans
are still slices of the caller's text (with its spaces). A space is inside a figure when it stands between
two numeral characters of which at least one is Chinese: ``3 5`` (two Arabic numbers of a table) stays two
numbers. Texts without such a space (nearly all) pay one search and nothing else.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from . import compiled
from .models import Fact
from .numerals import ARABIC_DIGITS, CHINESE_DIGITS, SCALES

# Chinese characters of numerals and the words built on them (百分之, 个百分点, 七成六, 三点五)
_CHINESE = CHINESE_DIGITS + SCALES + "点點分之成个"
_ANY = _CHINESE + ARABIC_DIGITS + ".．%％"
_SPACES = " \u3000\u00a0"
_INSIDE_FIGURE = compiled.compile(
    rf"(?<=[{_CHINESE}])[{_SPACES}](?=[{_ANY}])|(?<=[{_ANY}])[{_SPACES}](?=[{_CHINESE}])"
)


@dataclass(frozen=True, slots=True)
class ClosedUp:
    """A text with the spaces inside its figures removed, and where each of its characters came from."""

    text: str
    origin: Sequence[int]  # origin[i]: offset in the original text of text[i]; origin[len(text)] = its length

    def to_closed(self, offset: int) -> int:
        """The offset in ``text`` of the original offset (a removed space maps to what follows it)."""
        return bisect.bisect_left(self.origin, offset)

    def restore(self, facts: Iterable[Fact], original: str) -> list[Fact]:
        """The facts with their spans moved back onto ``original``."""
        out = []
        for fact in facts:
            start, end = self.origin[fact.start], self.origin[fact.end - 1] + 1
            if (start, end) != (fact.start, fact.end):
                fact = fact.model_copy(update={"start": start, "end": end, "text": original[start:end]})
            out.append(fact)
        return out


def close_up(text: str) -> ClosedUp | None:
    """The text without its spaces inside figures, or None when it has none."""
    first = _INSIDE_FIGURE.search(text)
    if first is None:
        return None
    keep: list[str] = []
    origin: list[int] = []
    last = 0
    for m in _INSIDE_FIGURE.finditer(text, first.start()):
        keep.append(text[last : m.start()])
        origin.extend(range(last, m.start()))
        last = m.end()
    keep.append(text[last:])
    origin.extend(range(last, len(text) + 1))
    return ClosedUp("".join(keep), origin)
