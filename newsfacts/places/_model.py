"""The value types of the place gazetteer."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Level = Literal["country", "province", "prefecture", "county"]


@dataclass(frozen=True, slots=True)
class Division:
    """A Chinese administrative division (GB/T 2260 six-digit code) or a country (ISO 3166-1 alpha-2 code).

    ``province``/``prefecture`` (with their codes) are the chain above the division: a county has both (or only
    the province when it is governed directly by a province or a municipality such as 北京市), a prefecture
    has the province, a province and a country have neither.
    """

    code: str
    name: str
    level: Level
    province: str | None = None
    province_code: str | None = None
    prefecture: str | None = None
    prefecture_code: str | None = None


@dataclass(frozen=True, slots=True)
class PlaceHit:
    """A place name found in a text.

    Invariant: ``text == source[start:end]``. ``division`` is None only when the name is ambiguous and the text
    does not decide; ``candidates`` then lists the divisions it can be (two or more). ``former_name`` is the
    official name of that time when the text uses a name that has since changed (襄樊 -> 襄樊市; the division
    is then the successor, 襄阳市 420600, or the division as it was when it has no single successor, 巢湖市
    341400). ``rule`` says which kind of name matched (full_name, short_name, former_name, traditional,
    country, country_alias, country_traditional), with ``+context`` when other places in the text chose
    between candidates.
    """

    start: int
    end: int
    text: str
    division: Division | None
    candidates: tuple[Division, ...] = ()
    former_name: str | None = None
    rule: str = ""
