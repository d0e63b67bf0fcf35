"""Facts as a table: the declared column schema shared by ``to_dataframe``, the CLI's JSON Lines, CSV and
Parquet output and ``newsfacts.dask``; ``to_dataframe`` and ``read_facts`` (pandas, pyarrow: the
``newsfacts[pandas]`` extra, imported only when called).

One row per fact: the document's columns (``doc_id``, ``path`` and the article metadata), then every field
of every kind of fact (null where a kind lacks it), the figure's place as ``place_name``/``place_code``.
Decimals are strings in their plainest form (``"3000000"``, ``"0.25"``: exact, never float), dates are
dates, ``published`` a timestamp, ``reporters``/``candidates`` lists of strings (null when empty).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from . import units
from .models import ArticleMeta, Facts, PlaceRef, Quantity

ColumnType = Literal["string", "int64", "bool", "date", "timestamp", "decimal", "list"]
"""Logical column types. ``decimal`` is stored as a string everywhere (never float); ``list`` is a list of
strings."""


@dataclass(frozen=True)
class Column:
    """One column of the fact table: its name, logical type and what it holds."""

    name: str
    type: ColumnType
    doc: str = ""


DOCUMENT_COLUMNS: tuple[Column, ...] = (
    Column("doc_id", "string", "the document's id: its path, its JSON Lines id, or its position in the input"),
    Column("path", "string", "the file the document was read from (the .jsonl file for its records)"),
    Column("title", "string", "article headline"),
    Column("published", "timestamp", "publication time, naive, as written on the page"),
    Column("source", "string", "the outlet: 中国广播网, 新华社 …"),
    Column("dateline", "string", "the dateline as written"),
    Column("dateline_place", "string", "the dateline's place as written"),
    Column("dateline_date", "date", "the dateline's day"),
    Column("reporters", "list", "credited reporters"),
    Column("editor", "string", "责任编辑"),
    Column("encoding", "string", "the codec the page was decoded with"),
)

FACT_COLUMNS: tuple[Column, ...] = (
    Column("kind", "string", "money, headcount, quantity, percentage, date, place"),
    Column("text", "string", "the exact span"),
    Column("start", "int64", "offset of the span in the article text"),
    Column("end", "int64", "offset one past the span"),
    Column("value", "decimal", "figures: the value, scale words applied"),
    Column("high", "decimal", "figures: upper end of a range"),
    Column("approx", "string", "figures: exact, over, under, about"),
    Column("subject", "string", "figures: what is counted or paid"),
    Column("rule", "string", "the rule that produced the fact"),
    Column("date", "date", "figures: first day of the time the figure refers to"),
    Column("date_until", "date", "figures: last day of that time"),
    Column("place_name", "string", "figures: the place the figure is about"),
    Column("place_code", "string", "figures: its GB/T 2260 or ISO 3166-1 code"),
    Column("currency", "string", "money: ISO 4217 code"),
    Column("per", "string", "money: the unit a price or rate is for (平方米, 人/月), null for a plain amount"),
    Column("unit", "string", "headcount, quantity: the classifier; percentage: % or pp"),
    Column("counts", "string", "headcount: people, households"),
    Column("standard_value", "decimal", "quantity: the value in the standard unit of its dimension (3斤 → 1.5)"),
    Column("standard_high", "decimal", "quantity: the upper end of a range in that unit"),
    Column("standard_unit", "string", "quantity: kg, m, m², m³, s, km/h, kW, kWh, °C, B … (docs/facts.md)"),
    Column("change", "string", "percentage: increase, decrease"),
    Column("basis", "string", "percentage: year_on_year, period_on_period"),
    Column("multiple", "decimal", "percentage: 翻番 multiple"),
    Column("until", "date", "date: last day of a period"),
    Column("time", "string", "date: clock time HH:MM"),
    Column("relative", "bool", "date: resolved against the reference date"),
    Column("name", "string", "place: canonical name"),
    Column("code", "string", "place: GB/T 2260 or ISO 3166-1 code"),
    Column("level", "string", "place: country, province, prefecture, county"),
    Column("province", "string", "place: its province"),
    Column("province_code", "string", "place: the province's code"),
    Column("prefecture", "string", "place: its prefecture"),
    Column("prefecture_code", "string", "place: the prefecture's code"),
    Column("former_name", "string", "place: the name of that time (襄樊市)"),
    Column("candidates", "list", "place: codes an ambiguous name may stand for"),
)

SCHEMA: tuple[Column, ...] = DOCUMENT_COLUMNS + FACT_COLUMNS
"""Every column, in order."""

COLUMNS: tuple[str, ...] = tuple(c.name for c in SCHEMA)
"""The column names, in order."""

KINDS: tuple[str, ...] = ("money", "headcount", "quantity", "percentage", "date", "place")

LIST_SEPARATOR = "|"
"""How a list cell is written in CSV: ``a|b``."""

_META_FIELDS = ("title", "published", "source", "dateline", "dateline_place", "dateline_date", "reporters",
                "editor", "encoding")  # fmt: skip

_STANDARD_COLUMNS = ("standard_value", "standard_high", "standard_unit")  # a quantity's, computed: units.py
_FACT_FIELDS = tuple(c.name for c in FACT_COLUMNS if c.name not in ("place_name", "place_code", *_STANDARD_COLUMNS))


# ---------------------------------------------------------------------------------------------------------
# Rows: plain Python values (str, int, bool, Decimal, date, datetime, list[str], None)
# ---------------------------------------------------------------------------------------------------------


def document_rows(
    facts: Facts, doc_id: str | None = None, path: str | None = None, kinds: Iterable[str] | None = None
) -> list[dict[str, Any]]:
    """The rows of one document's facts, every column of ``SCHEMA`` in order (Python values)."""
    meta = facts.article or ArticleMeta()
    doc: dict[str, Any] = {"doc_id": doc_id, "path": path if path is not None else meta.path}
    for name in _META_FIELDS:
        doc[name] = getattr(meta, name)
    doc["reporters"] = list(meta.reporters) or None
    doc = {k: None if v == "" else v for k, v in doc.items()}  # "" and null read back alike
    wanted = None if kinds is None else frozenset(kinds)
    rows = []
    for fact in facts:
        if wanted is not None and fact.kind not in wanted:
            continue
        values = fact.__dict__  # the model's fields (getattr on a missing field is slow in pydantic)
        row = dict(doc)
        for name in _FACT_FIELDS:
            v = values.get(name)
            row[name] = None if v == "" else v
        row["standard_value"] = row["standard_high"] = row["standard_unit"] = None
        if isinstance(fact, Quantity):  # the standard reading is computed, not a field (units.py)
            reading = units.standard(fact.value, fact.unit)
            if reading is not None:
                row["standard_value"], row["standard_unit"] = reading
                if fact.high is not None:
                    row["standard_high"] = units.standard(fact.high, fact.unit)[0]  # type: ignore[index]
        place = values.get("place")
        row["place_name"] = place.name if isinstance(place, PlaceRef) else None
        row["place_code"] = place.code if isinstance(place, PlaceRef) else None
        row["candidates"] = list(row["candidates"]) if row["candidates"] else None
        rows.append(row)
    return rows


def iter_rows(facts_or_many: Any, kinds: Iterable[str] | None = None) -> Iterator[dict[str, Any]]:
    """Rows for a ``Facts``, or an iterable of ``DocResult`` (from ``extract_many``), ``Facts`` or
    ``(doc_id, Facts)`` pairs. Failed documents give no rows; documents without an id are numbered by their
    position (``"0"``, ``"1"`` …)."""
    from .batch import DocResult

    wanted = None if kinds is None else check_kinds(kinds)
    if isinstance(facts_or_many, (Facts, DocResult)):
        facts_or_many = [facts_or_many]
    elif isinstance(facts_or_many, (str, bytes, Mapping)) or not isinstance(facts_or_many, Iterable):
        raise TypeError(
            "to_dataframe expects Facts or an iterable of DocResult, Facts or (doc_id, Facts), "
            f"got {type(facts_or_many).__name__}"
        )
    for i, item in enumerate(facts_or_many):
        if isinstance(item, DocResult):
            if item.facts is not None:
                yield from document_rows(item.facts, item.doc_id, item.path, wanted)
        elif isinstance(item, Facts):
            yield from document_rows(item, str(i), None, wanted)
        elif isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], Facts):
            yield from document_rows(item[1], str(item[0]), None, wanted)
        else:
            raise TypeError(f"item {i}: expected DocResult, Facts or (doc_id, Facts), got {type(item).__name__}")


def check_kinds(kinds: Iterable[str]) -> frozenset[str]:
    """The kinds as a set; ``ValueError`` naming an unknown one."""
    wanted = frozenset(kinds)
    unknown = sorted(wanted - set(KINDS))
    if unknown:
        raise ValueError(f"unknown kind {', '.join(unknown)}: choose from {', '.join(KINDS)}")
    return wanted


# ---------------------------------------------------------------------------------------------------------
# Text forms: JSON Lines and CSV cells
# ---------------------------------------------------------------------------------------------------------


def _plain(d: Decimal) -> str:
    return format(d, "f")


def json_value(value: Any) -> Any:
    """A row value as JSON: decimals as strings, dates and timestamps in ISO 8601."""
    if isinstance(value, Decimal):
        return _plain(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def json_line(row: Mapping[str, Any]) -> str:
    """One row as a line of JSON (no newline), keys in column order."""
    return json.dumps({name: json_value(row[name]) for name in COLUMNS}, ensure_ascii=False)


def csv_cells(row: Mapping[str, Any]) -> list[str]:
    """One row as CSV cells: empty for null, ``true``/``false``, lists joined with ``|``."""
    cells = []
    for name in COLUMNS:
        v = row[name]
        if v is None:
            cells.append("")
        elif isinstance(v, bool):
            cells.append("true" if v else "false")
        elif isinstance(v, (list, tuple)):
            cells.append(LIST_SEPARATOR.join(v))
        else:
            cells.append(str(json_value(v)))
    return cells


def parse_value(column: Column, raw: Any) -> Any:
    """The Python value of a JSON or CSV cell (``""`` in CSV is null)."""
    if raw is None or raw == "":
        return None
    t = column.type
    if t == "int64":
        return int(raw)
    if t == "bool":
        if isinstance(raw, bool):
            return raw
        if raw in ("true", "false"):
            return raw == "true"
        raise ValueError(f"{column.name}: not a boolean: {raw!r}")
    if t == "date":
        return dt.date.fromisoformat(raw)
    if t == "timestamp":
        return dt.datetime.fromisoformat(raw)
    if t == "decimal":
        return Decimal(raw)
    if t == "list":
        items = raw if isinstance(raw, list) else str(raw).split(LIST_SEPARATOR)
        return [str(x) for x in items] or None
    return str(raw)


# ---------------------------------------------------------------------------------------------------------
# Arrow and pandas
# ---------------------------------------------------------------------------------------------------------


def _require(module: str, extra: str = "pandas") -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise ImportError(
            f"{module} is needed for this: install the extra with pip install 'newsfacts[{extra}]'"
        ) from exc


def arrow_schema() -> Any:
    """The schema as a ``pyarrow.Schema`` (decimals as ``string`` with field metadata
    ``newsfacts.type: decimal``; dates ``date32``; ``published`` ``timestamp[us]``; lists
    ``list<string>``)."""
    pa = _require("pyarrow")
    types = {
        "string": pa.string(),
        "int64": pa.int64(),
        "bool": pa.bool_(),
        "date": pa.date32(),
        "timestamp": pa.timestamp("us"),
        "decimal": pa.string(),
        "list": pa.list_(pa.string()),
    }
    return pa.schema(
        [pa.field(c.name, types[c.type], metadata={"newsfacts.type": c.type}) for c in SCHEMA],
        metadata={"newsfacts.schema": "facts/1"},
    )


_DECIMALS = tuple(c.name for c in SCHEMA if c.type == "decimal")


def arrow_row(row: Mapping[str, Any]) -> dict[str, Any]:
    """A row with decimals turned to their strings, ready for ``pyarrow.Table.from_pylist``."""
    out = dict(row)
    for name in _DECIMALS:
        v = out[name]
        if v is not None:
            out[name] = _plain(v)
    return out


def arrow_table(rows: Iterable[Mapping[str, Any]]) -> Any:
    """Rows as a ``pyarrow.Table`` of the declared schema."""
    pa = _require("pyarrow")
    return pa.Table.from_pylist([arrow_row(r) for r in rows], schema=arrow_schema())


def dtypes() -> dict[str, Any]:
    """Column name → pandas dtype (``pandas.ArrowDtype`` of the Arrow type)."""
    pd = _require("pandas")
    return {field.name: pd.ArrowDtype(field.type) for field in arrow_schema()}


def _to_pandas(table: Any) -> Any:
    pd = _require("pandas")
    return table.to_pandas(types_mapper=pd.ArrowDtype)


def empty_frame() -> Any:
    """An empty DataFrame of the declared schema (the ``meta`` of ``newsfacts.dask``)."""
    return _to_pandas(arrow_schema().empty_table())


def frame_from_rows(rows: Iterable[Mapping[str, Any]]) -> Any:
    """Rows (``document_rows``) as a DataFrame of the declared schema."""
    return _to_pandas(arrow_table(rows))


def to_dataframe(facts_or_many: Any, *, kinds: Iterable[str] | None = None) -> Any:
    """A pandas DataFrame of facts, one row per fact, the columns of ``SCHEMA`` with pyarrow-backed dtypes.

    ``facts_or_many`` is a ``Facts``, or an iterable of ``DocResult`` (``extract_many``), ``Facts`` or
    ``(doc_id, Facts)`` pairs. ``kinds`` keeps only those kinds. Needs pandas and pyarrow (the
    ``newsfacts[pandas]`` extra): ``ImportError`` naming it otherwise.
    """
    _require("pandas")
    _require("pyarrow")
    return frame_from_rows(iter_rows(facts_or_many, kinds))


def read_facts(path: str | Path, format: Literal["jsonl", "csv", "parquet"] | None = None) -> Any:
    """Load a file written by ``newsfacts extract`` (JSON Lines, CSV or Parquet, by its suffix unless
    ``format`` says) into a DataFrame of the declared schema, equal to ``to_dataframe`` of the same facts."""
    path = Path(path)
    fmt = format or format_of(path)
    if fmt is None:
        raise ValueError(f"{path}: can't tell the format from the suffix; pass format='jsonl', 'csv' or 'parquet'")
    if fmt == "parquet":
        pq = _require("pyarrow.parquet")
        return _to_pandas(pq.read_table(path).cast(arrow_schema()))
    return frame_from_rows(_read_text_rows(path, fmt))


def _read_text_rows(path: Path, fmt: str) -> Iterator[dict[str, Any]]:
    import csv

    by_name = {c.name: c for c in SCHEMA}
    with path.open(encoding="utf-8", newline="") as f:
        if fmt == "jsonl":
            for line in f:
                if line.strip():
                    record = json.loads(line)
                    yield {name: parse_value(by_name[name], record.get(name)) for name in COLUMNS}
        elif fmt == "csv":
            reader = csv.reader(f)
            header = next(reader, None)
            if header is None:
                return
            if tuple(header) != COLUMNS:
                raise ValueError(f"{path}: the header is not newsfacts' fact columns")
            for cells in reader:
                yield {c.name: parse_value(c, v) for c, v in zip(SCHEMA, cells, strict=True)}
        else:
            raise ValueError(f"unknown format {fmt!r}: jsonl, csv or parquet")


def format_of(path: Path) -> Literal["jsonl", "csv", "parquet"] | None:
    """The output format a file name asks for: .jsonl/.ndjson, .csv, .parquet/.pq."""
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    if suffix == ".csv":
        return "csv"
    if suffix in (".parquet", ".pq"):
        return "parquet"
    return None


def column_docs() -> Sequence[tuple[str, str, str]]:
    """(name, type, what) of every column, for documentation."""
    return [(c.name, c.type, c.doc) for c in SCHEMA]
