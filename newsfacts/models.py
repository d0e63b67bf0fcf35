"""The typed results: one frozen pydantic model per kind of fact, their union, and ``Facts``.

Every fact satisfies ``source[fact.start:fact.end] == fact.text`` for the string it was extracted from.
Amounts are ``Decimal`` (never float) so that 1227.7万元 is exactly 12277000.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator
from decimal import Decimal
from typing import Annotated, Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, computed_field, field_validator, model_validator

from . import units
from .numerals import tidy

Approx = Literal["exact", "over", "under", "about"]
"""How sure the text is: exact; over (多, 余, 以上, 逾, 超过, 至少, 上万); under (近, 不到, 不足, 以下);
about (约, 左右, 上下, 二三十)."""

Counts = Literal["people", "households"]
Level = Literal["country", "province", "prefecture", "county"]


class PlaceRef(BaseModel):
    """The place a figure is about: a Chinese division by its GB/T 2260 code, or a country by ISO 3166-1."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    code: str
    level: Level


class _Figure(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str = Field(description="exactly source[start:end]")
    start: int = Field(ge=0, description="offset of the first character in the caller's string")
    end: int = Field(ge=0, description="offset one past the last character")
    value: Decimal = Field(description="the figure, scale words applied (300万 → 3000000)")
    high: Decimal | None = Field(default=None, description="upper end of a range (3万至5万元), else None")
    approx: Approx = "exact"
    subject: str | None = Field(default=None, description="what the figure counts or pays, when the text says")
    rule: str = Field(description="name of the rule that produced the fact, for debugging")
    date: dt.date | None = Field(default=None, description="first day of the time the figure refers to")
    date_until: dt.date | None = Field(default=None, description="last day of that time, when a period")
    place: PlaceRef | None = Field(default=None, description="the place the figure is about, when the text says")

    @field_validator("value", "high")
    @classmethod
    def _plain(cls, v: Decimal | None) -> Decimal | None:
        return tidy(v) if v is not None and v.is_finite() else v

    @model_validator(mode="after")
    def _check(self) -> Self:
        if self.end - self.start != len(self.text):
            raise ValueError("end - start must equal len(text)")
        if not self.value.is_finite() or (self.high is not None and not self.high.is_finite()):
            raise ValueError("value and high must be finite")
        if self.high is not None and self.high < self.value:
            raise ValueError("high must not be below value")
        return self


class Money(_Figure):
    """A sum of money in whole units of ``currency`` (ISO 4217): 3550多万元 → 35500000 CNY, over."""

    kind: Literal["money"] = "money"
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    per: str | None = Field(
        default=None,
        description="the unit a price or rate is for, normalised (每平方米, 元/平米 → 平方米; 每人每月 → 人/月); "
        "None for an ordinary amount",
    )


class Headcount(_Figure):
    """People or households: 110万名党员 → 1100000 people, unit 名, subject 党员."""

    kind: Literal["headcount"] = "headcount"
    unit: str | None = Field(description="the classifier as written (名, 人, 位, 户, 人次); None when implied")
    counts: Counts


class Quantity(_Figure):
    """Any other counted or measured amount: 20万幅慰问画 → 200000, unit 幅, subject 慰问画."""

    kind: Literal["quantity"] = "quantity"
    unit: str | None = Field(
        description="the unit or classifier, normalised: simplified script, the mainland name (公尺 → 米), "
        "one spelling of a Latin symbol (KG → kg, ㎡ → m²)"
    )

    # The standard reading, derived from value, high and unit (newsfacts/units.py): computed when read or
    # dumped, never stored, and dropped from input so that a dump validates back.
    @model_validator(mode="before")
    @classmethod
    def _derived(cls, data: Any) -> Any:
        if isinstance(data, dict) and not _STANDARD_FIELDS.isdisjoint(data):
            data = {k: v for k, v in data.items() if k not in _STANDARD_FIELDS}
        return data

    @computed_field(  # type: ignore[prop-decorator]
        description="value in the standard unit of its dimension (3斤 → 1.5 kg, 2小时 → 7200 s); None for counts"
    )
    @property
    def standard_value(self) -> Decimal | None:
        reading = units.standard(self.value, self.unit)
        return None if reading is None else reading[0]

    @computed_field(description="high in the standard unit, for a range")  # type: ignore[prop-decorator]
    @property
    def standard_high(self) -> Decimal | None:
        reading = None if self.high is None else units.standard(self.high, self.unit)
        return None if reading is None else reading[0]

    @computed_field(  # type: ignore[prop-decorator]
        description="kg, m, m², m³, s, km/h, kW, kWh, V, Pa, °C, B, μg/m³, kg/ha, t·km; None when the unit has none"
    )
    @property
    def standard_unit(self) -> str | None:
        reading = units.standard(self.value, self.unit)
        return None if reading is None else reading[1]


_STANDARD_FIELDS = frozenset({"standard_value", "standard_high", "standard_unit"})


class Percentage(_Figure):
    """A percentage or percentage points: 同比增长6.1% → 6.1 "%", change increase, basis year_on_year;
    提高2个百分点 → 2 "pp"; 三成 → 30; 5‰ → 0.5; 八五折 → 85; 三分之一 → 33.33; 翻一番 → 200 (multiple 2)."""

    kind: Literal["percentage"] = "percentage"
    unit: Literal["%", "pp"] = Field(description='"%" for a percentage, "pp" for percentage points')
    change: Literal["increase", "decrease"] | None = Field(
        default=None, description="set when the sentence makes the figure a change (增长, 下降, 跌幅 …)"
    )
    basis: Literal["year_on_year", "period_on_period"] | None = Field(
        default=None, description="what a change is measured against: 同比 year on year, 环比 period on period"
    )
    multiple: Decimal | None = Field(
        default=None, description="for 翻番 forms: the new level as a multiple of the base (翻两番 → 4)"
    )


class Date(BaseModel):
    """A date or period: 2005年02月01日10:24 → 2005-02-01, time 10:24; 2008年 → 2008-01-01 until 2008-12-31;
    1月26日至27日 → two days; 上半年, 一季度 of a known year; 今年, 昨天 (relative) against the reference date."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: Literal["date"] = "date"
    text: str = Field(description="exactly source[start:end]")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    date: dt.date = Field(description="the first day")
    until: dt.date | None = Field(default=None, description="the last day, inclusive, for a period or range")
    time: str | None = Field(default=None, pattern=r"^\d{2}:\d{2}$", description="clock time HH:MM")
    relative: bool = Field(default=False, description="resolved against the reference date (今年, 昨天, 2月1日)")
    rule: str

    @model_validator(mode="after")
    def _check(self) -> Self:
        if self.end - self.start != len(self.text):
            raise ValueError("end - start must equal len(text)")
        if self.until is not None and self.until < self.date:
            raise ValueError("until must not be before date")
        return self


class Place(BaseModel):
    """A place named in the text: 山东 → 山东省 370000 (province); 临沭县 → 371329 with its province 山东省 and
    prefecture 临沂市; 美国 → US (country). An ambiguous name the text does not settle (鼓楼区) has no code and
    lists its ``candidates``; a name since changed (襄樊) gives its successor and ``former_name``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: Literal["place"] = "place"
    text: str = Field(description="exactly source[start:end]")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    name: str | None = Field(description="canonical full name (山东省, 临沂市, 美国); None when ambiguous")
    code: str | None = Field(description="GB/T 2260 six-digit code or ISO 3166-1 alpha-2; None when ambiguous")
    level: Level | None = None
    province: str | None = None
    province_code: str | None = None
    prefecture: str | None = None
    prefecture_code: str | None = None
    former_name: str | None = Field(default=None, description="the official name of that time (襄樊市)")
    candidates: tuple[str, ...] = Field(default=(), description="codes an ambiguous name may stand for")
    rule: str

    @model_validator(mode="after")
    def _check(self) -> Self:
        if self.end - self.start != len(self.text):
            raise ValueError("end - start must equal len(text)")
        return self

    @property
    def ref(self) -> PlaceRef | None:
        if self.name is None or self.code is None or self.level is None:
            return None
        return _place_ref(self.name, self.code, self.level)


@functools.lru_cache(maxsize=4096)
def _place_ref(name: str, code: str, level: Level) -> PlaceRef:
    # read for every figure near a place (attribute.py); a PlaceRef is frozen, so one per division will do
    return PlaceRef(name=name, code=code, level=level)


Fact = Annotated[Money | Headcount | Quantity | Percentage | Date | Place, Field(discriminator="kind")]


class ArticleMeta(BaseModel):
    """What ``read_article`` found about a page, carried with its facts (the page text itself is not)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    title: str | None = None
    published: dt.datetime | None = None
    source: str | None = Field(default=None, description="the outlet: 中国广播网, 新华社 …")
    dateline: str | None = Field(default=None, description="as written: 中广网济南2月1日消息")
    dateline_place: str | None = None
    dateline_date: dt.date | None = None
    reporters: tuple[str, ...] = ()
    editor: str | None = None
    encoding: str | None = Field(default=None, description="the codec the page was decoded with")
    path: str | None = None

    @classmethod
    def from_article(cls, article: Any) -> ArticleMeta:
        return cls(**{name: getattr(article, name) for name in cls.model_fields})


class Facts(BaseModel):
    """All facts of one text in text order. Iterate it, or use the typed views ``money``, ``headcounts``,
    ``quantities``, ``percentages``, ``dates``, ``places``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    facts: tuple[Fact, ...] = ()
    article: ArticleMeta | None = Field(default=None, description="the page's metadata, for an Article input")

    def __iter__(self) -> Iterator[Fact]:  # type: ignore[override]
        return iter(self.facts)

    def __len__(self) -> int:
        return len(self.facts)

    def __getitem__(self, index: int) -> Fact:
        return self.facts[index]

    @property
    def money(self) -> list[Money]:
        return [f for f in self.facts if isinstance(f, Money)]

    @property
    def headcounts(self) -> list[Headcount]:
        return [f for f in self.facts if isinstance(f, Headcount)]

    @property
    def quantities(self) -> list[Quantity]:
        return [f for f in self.facts if isinstance(f, Quantity)]

    @property
    def percentages(self) -> list[Percentage]:
        return [f for f in self.facts if isinstance(f, Percentage)]

    @property
    def dates(self) -> list[Date]:
        return [f for f in self.facts if isinstance(f, Date)]

    @property
    def places(self) -> list[Place]:
        return [f for f in self.facts if isinstance(f, Place)]

    def records(self) -> list[dict[str, Any]]:
        """One flat dict per fact, every kind's fields present (None where a kind lacks one), ready for
        ``pandas.DataFrame(facts.records())``. Decimals stay Decimal."""
        columns = _record_columns()
        rows = []
        for f in self.facts:
            row = {c: getattr(f, c, None) for c in columns}
            place = row.pop("place", None)
            row["place_name"] = place.name if isinstance(place, PlaceRef) else None
            row["place_code"] = place.code if isinstance(place, PlaceRef) else None
            rows.append(row)
        return rows


def _record_columns() -> list[str]:
    columns: list[str] = ["kind"]
    for model in (Money, Headcount, Quantity, Percentage, Date, Place):
        for name in [*model.model_fields, *model.model_computed_fields]:
            if name not in columns:
                columns.append(name)
    return columns
