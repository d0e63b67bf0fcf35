"""to_dataframe, the declared column schema, and the text forms (JSON Lines, CSV) read back by read_facts."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from newsfacts import extract_facts, read_article
from newsfacts.batch import extract_many
from newsfacts.cli import seed_path
from newsfacts.frame import (
    COLUMNS,
    FACT_COLUMNS,
    SCHEMA,
    arrow_schema,
    csv_cells,
    document_rows,
    dtypes,
    empty_frame,
    json_line,
    read_facts,
    to_dataframe,
)

pd = pytest.importorskip("pandas")
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

MIXED = "2024年上半年，青岛市发放临时救助金860万元，救助困难群众1.2万人，新建社区食堂35个，比去年增长40%。"


def _seed_facts():  # type: ignore[no-untyped-def]
    return extract_facts(read_article(seed_path()))


def test_schema_covers_every_field_of_every_kind() -> None:
    records = _seed_facts().records() + extract_facts(MIXED).records()
    assert {c.name for c in FACT_COLUMNS} == set().union(*(r.keys() for r in records))
    assert len(set(COLUMNS)) == len(COLUMNS) == len(SCHEMA)
    assert [f.name for f in arrow_schema()] == list(COLUMNS)


def test_dataframe_of_one_facts_has_the_declared_dtypes_and_exact_values() -> None:
    facts = _seed_facts()
    df = to_dataframe(facts)
    assert list(df.columns) == list(COLUMNS)
    assert dict(df.dtypes) == dtypes()
    assert len(df) == len(facts)
    assert set(df["doc_id"]) == {"0"} and set(df["path"]) == {str(seed_path())}
    money = df[df["kind"] == "money"]
    assert "35500000" in set(money["value"]) and money["currency"].eq("CNY").all()
    assert df["title"].iloc[0] == "山东百万党员结穷亲解民忧 深入基层送温暖"
    assert df["published"].iloc[0] == pd.Timestamp("2005-02-01 10:24")
    assert df["reporters"].iloc[0] == ["桂园", "柴安东"]
    dates = df[df["kind"] == "date"]
    assert isinstance(dates["date"].iloc[0], dt.date)
    assert str(dates["date"].dtype) == "date32[day][pyarrow]"
    assert df["value"].dtype == pd.ArrowDtype(pa.string())  # decimals: exact strings, never float


def test_per_column_holds_the_unit_of_a_price() -> None:
    df = to_dataframe(extract_facts("新房均价12000元/平方米，补贴每人每月500元，共发放300万元。"))
    assert list(df["text"]) == ["12000元/平方米", "500元", "300万元"]
    assert list(df["per"].fillna("-")) == ["平方米", "人/月", "-"]
    assert str(df["per"].dtype) == "string[pyarrow]"
    row = document_rows(extract_facts("80美元/桶"))[0]
    assert row["per"] == "桶" and dict(zip(COLUMNS, csv_cells(row), strict=True))["per"] == "桶"


def test_decimals_keep_their_plain_form() -> None:
    df = to_dataframe(extract_facts("两毛五，1.59万亿元，3万至5万元，翻两番"))  # money, money, money, percentage
    assert list(df["value"]) == ["0.25", "1590000000000", "30000", "400"]
    assert list(df["high"].fillna("-")) == ["-", "-", "50000", "-"]
    facts = extract_facts("两毛五，1.59万亿元，3万至5万元，翻两番")
    assert [Decimal(v) for v in df["value"]] == [getattr(f, "value", None) for f in facts]


def test_many_documents_ids_failures_and_kinds() -> None:
    results = list(extract_many([MIXED, ("x", "临沭县共捐款15.09万元。"), b"\x89PNG\r\n\x1a\n\x00"]))
    df = to_dataframe(results)
    assert list(df["doc_id"].unique()) == ["0", "x"]  # the failed document gives no rows
    only = to_dataframe(results, kinds=["money"])
    assert set(only["kind"]) == {"money"} and len(only) == 2
    pairs = to_dataframe([("a", extract_facts(MIXED)), ("b", extract_facts("共捐款15.09万元"))])
    assert list(pairs["doc_id"].unique()) == ["a", "b"]
    plain = to_dataframe([extract_facts(MIXED), extract_facts("共捐款15.09万元")])
    assert list(plain["doc_id"].unique()) == ["0", "1"]
    with pytest.raises(ValueError, match="unknown kind mony"):
        to_dataframe(results, kinds=["mony"])
    with pytest.raises(TypeError, match="to_dataframe expects"):
        to_dataframe("some text")


def test_empty_frame_is_the_meta() -> None:
    empty = empty_frame()
    assert len(empty) == 0 and dict(empty.dtypes) == dtypes()
    assert dict(to_dataframe([]).dtypes) == dtypes()


def _write(path: Path, rows: list[dict], fmt: str) -> None:  # type: ignore[type-arg]
    import csv

    if fmt == "jsonl":
        path.write_text("".join(json_line(r) + "\n" for r in rows), encoding="utf-8")
    elif fmt == "csv":
        with path.open("w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(COLUMNS)
            w.writerows(csv_cells(r) for r in rows)
    else:
        from newsfacts.frame import arrow_table

        pq.write_table(arrow_table(rows), path)


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_text_forms_read_back_equal(tmp_path: Path, fmt: str) -> None:
    rows = document_rows(_seed_facts(), "seed", "seeds/x.txt") + document_rows(extract_facts(MIXED), "m")
    path = tmp_path / f"facts.{fmt}"
    _write(path, rows, fmt)
    got = read_facts(path)
    want = to_dataframe([("seed", _seed_facts()), ("m", extract_facts(MIXED))])
    want.loc[want["doc_id"] == "seed", "path"] = "seeds/x.txt"
    pd.testing.assert_frame_equal(got, want)


def test_json_line_values() -> None:
    import json

    (row,) = [r for r in document_rows(extract_facts(MIXED), "m") if r["kind"] == "money"]
    data = json.loads(json_line(row))
    assert list(data) == list(COLUMNS)
    assert data["value"] == "8600000" and data["date"] == "2024-01-01" and data["date_until"] == "2024-06-30"
    cells = dict(zip(COLUMNS, csv_cells(row), strict=True))
    assert cells["value"] == "8600000" and cells["high"] == "" and cells["relative"] == ""


def test_read_facts_refuses_unknown_suffix_and_header(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="format"):
        read_facts(tmp_path / "x.dat")
    bad = tmp_path / "x.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(ValueError, match="header"):
        read_facts(bad)


def test_missing_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"newsfacts\[pandas\]"):
        to_dataframe(extract_facts(MIXED))


def test_import_newsfacts_stays_light() -> None:
    code = (
        "import sys, newsfacts, newsfacts.batch, newsfacts.frame, newsfacts.evaluate, newsfacts.dask, newsfacts.cli;"
        "print(sorted(m for m in ('pandas', 'pyarrow', 'dask', 'numpy', 'distributed') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
