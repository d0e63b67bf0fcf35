"""newsfacts.dask: extract_bag and extract_frame equal the single-process run, on a local cluster of two
worker processes and with the synchronous scheduler."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

dask = pytest.importorskip("dask")
db = pytest.importorskip("dask.bag")
dd = pytest.importorskip("dask.dataframe")
pd = pytest.importorskip("pandas")

from newsfacts.batch import extract_many  # noqa: E402
from newsfacts.dask import extract_bag, extract_frame  # noqa: E402
from newsfacts.frame import dtypes, to_dataframe  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_batch import make_article  # noqa: E402

BROKEN = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
TEXTS: list[str | bytes] = [make_article(i, seed=5) for i in range(24)]
TEXTS[7] = BROKEN
TEXTS[12] = TEXTS[12].encode("gb18030")  # type: ignore[union-attr]


def _same(got: object, want: object) -> None:
    pd.testing.assert_frame_equal(got.reset_index(drop=True), want)  # type: ignore[attr-defined]


def test_on_a_local_cluster_of_two_processes() -> None:
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None, silence_logs=40
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        bag = db.from_sequence(TEXTS, npartitions=5)
        got = extract_bag(bag).compute()
        _same(got, to_dataframe(extract_many(TEXTS)))
        assert len(client.scheduler_info()["workers"]) == 2
        strings = [t for t in TEXTS if isinstance(t, str)]
        pdf = pd.DataFrame({"text": strings, "n": range(len(strings))}, index=pd.RangeIndex(100, 100 + len(strings)))
        got = extract_frame(dd.from_pandas(pdf, npartitions=3)).compute()
        _same(got, to_dataframe(extract_many(zip(pdf.index, pdf["text"], strict=True))))


def test_meta_and_dtypes_are_declared() -> None:
    ddf = extract_bag(db.from_sequence(TEXTS[:4], npartitions=2))
    assert list(ddf.columns) == list(dtypes())
    assert dict(ddf.dtypes) == dtypes()
    with dask.config.set(scheduler="synchronous"):
        assert dict(ddf.compute().dtypes) == dtypes()


def test_pairs_articles_and_id_column() -> None:
    from newsfacts import read_article

    items = [("a", TEXTS[0]), ("b", read_article(TEXTS[1])), ("c", TEXTS[7])]
    with dask.config.set(scheduler="synchronous"):
        got = extract_bag(db.from_sequence(items, npartitions=2)).compute()
        _same(got, to_dataframe(extract_many(items)))
        assert list(got["doc_id"].unique()) == ["a", "b"]
        pdf = pd.DataFrame({"key": ["x", "y", "z"], "body": [TEXTS[0], None, TEXTS[2]]})
        got = extract_frame(dd.from_pandas(pdf, npartitions=2), "body", id_column="key").compute()
        assert list(got["doc_id"].unique()) == ["x", "z"]  # a null text is a failed document: no rows


def test_errors_raise() -> None:
    with dask.config.set(scheduler="synchronous"):
        with pytest.raises(ValueError, match="PNG"):
            extract_bag(db.from_sequence([TEXTS[0], BROKEN]), errors="raise").compute()
        pdf = pd.DataFrame({"text": [TEXTS[0]]})
        with pytest.raises(KeyError, match="body"):
            extract_frame(dd.from_pandas(pdf, npartitions=1), "body")
        with pytest.raises(ValueError, match="errors"):
            extract_bag(db.from_sequence([TEXTS[0]]), errors="ignore")  # type: ignore[arg-type]
