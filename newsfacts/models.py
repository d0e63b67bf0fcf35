"""The typed results: one frozen pydantic model per kind of fact, their union, and ``Facts``.

Every fact satisfies ``source[fact.start:fact.end] == fact.text`` for the string it was extracted from.
Amounts are ``Decimal`` (never float) so that 1227.7万元 is exactly 12277000.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Annotated, Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from .numerals import tidy

Approx = Literal["exact", "over", "under", "about"]
"""How sure the text is: exact; over (多, 余, 以上, 逾, 超过, 至少, 上万); under (近, 不到, 不足, 以下);
about (约, 左右, 上下, 二三十)."""

Counts = Literal["people", "households", "person_times"]


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


class Headcount(_Figure):
    """People or households: 110万名党员 → 1100000 people, unit 名, subject 党员."""

    kind: Literal["headcount"] = "headcount"
    unit: str | None = Field(description="the classifier as written (名, 人, 位, 户, 人次); None when implied")
    counts: Counts


class Quantity(_Figure):
    """Any other counted or measured amount: 20万幅慰问画 → 200000, unit 幅, subject 慰问画."""

    kind: Literal["quantity"] = "quantity"
    unit: str | None = Field(description="the unit or classifier, normalised to its simplified form")


Fact = Annotated[Money | Headcount | Quantity, Field(discriminator="kind")]


class Facts(BaseModel):
    """All facts of one text in text order. Iterate it, or use the typed views ``money``, ``headcounts``,
    ``quantities``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    facts: tuple[Fact, ...] = ()

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

    def records(self) -> list[dict[str, Any]]:
        """One flat dict per fact, every kind's fields present (None where a kind lacks one), ready for
        ``pandas.DataFrame(facts.records())``. Decimals stay Decimal."""
        columns = _record_columns()
        return [{c: getattr(f, c, None) for c in columns} for f in self.facts]


def _record_columns() -> list[str]:
    columns: list[str] = ["kind"]
    for model in (Money, Headcount, Quantity):
        for name in model.model_fields:
            if name not in columns:
                columns.append(name)
    return columns
