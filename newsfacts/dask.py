"""Facts of a corpus on a Dask cluster (the ``newsfacts[dask]`` extra).

``extract_bag(bag)`` takes a ``dask.bag.Bag`` of documents — page texts, bytes, ``Article``s, or
``(doc_id, document)`` pairs — and ``extract_frame(ddf, column="text")`` a Dask DataFrame with a text column;
each returns a lazy Dask DataFrame of facts, one row per fact, with the columns and dtypes of
``newsfacts.to_dataframe`` (``newsfacts.frame.SCHEMA``; its ``meta`` is ``newsfacts.frame.empty_frame()``).
Computed, it equals ``to_dataframe(extract_many(...))`` of the same documents in the same order.

Documents that fail (undecodable, too large) give no rows, as in ``to_dataframe``; ``errors="raise"``
makes the computation fail on the first one instead. See docs/scale.md for running it on a cluster.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal

from .batch import DocResult, Task, make_task, run_task
from .frame import _require, empty_frame, frame_from_rows, iter_rows

Errors = Literal["skip", "raise"]


def _check(errors: str) -> None:
    if errors not in ("skip", "raise"):
        raise ValueError(f"errors must be 'skip' or 'raise', got {errors!r}")


def _results(tasks: Iterable[Task], errors: str) -> list[DocResult]:
    out = []
    for task in tasks:
        result = run_task(task)
        if result.error is not None and errors == "raise":
            raise ValueError(f"{result.doc_id}: {result.error}")
        out.append(result)
    return out


def _bag_partition(items: Iterable[Any], offset: int, errors: str) -> Any:
    tasks = [make_task(offset + i, item) for i, item in enumerate(items)]
    return frame_from_rows(iter_rows(_results(tasks, errors)))


def _frame_partition(part: Any, column: str, id_column: str | None, errors: str) -> Any:
    ids = part[id_column] if id_column is not None else part.index
    tasks = []
    for i, (doc_id, text) in enumerate(zip(ids, part[column], strict=True)):
        if isinstance(text, (str, bytes)):
            tasks.append(make_task(i, (doc_id, text)))
        else:  # null or another type: a failed document
            tasks.append(
                Task(doc_id=str(doc_id), path=None, source=None, error=f"{column} is {text!r}", error_type="TypeError")
            )
    return frame_from_rows(iter_rows(_results(tasks, errors)))


def extract_bag(bag: Any, *, errors: Errors = "skip") -> Any:
    """A Dask DataFrame of the facts of a ``dask.bag.Bag`` of documents (texts, bytes, ``Article``s,
    ``pathlib.Path``s readable by the workers, or ``(doc_id, document)`` pairs), one row per fact.

    A document without an id is numbered by its position in the whole bag (``"0"``, ``"1"`` …), as
    ``extract_many`` numbers it: partition lengths are computed in the same pass, from the same partitions.
    """
    _check(errors)
    dd = _require("dask.dataframe", "dask")
    delayed = _require("dask", "dask").delayed
    parts = [delayed(list)(p) for p in bag.to_delayed()]  # a partition may be a lazy iterator
    lengths = [delayed(len)(p) for p in parts]
    frames = []
    for k, part in enumerate(parts):
        offset = delayed(sum)(lengths[:k]) if k else 0
        frames.append(delayed(_bag_partition)(part, offset, errors))
    return dd.from_delayed(frames, meta=empty_frame(), verify_meta=False)


def extract_frame(ddf: Any, column: str = "text", *, id_column: str | None = None, errors: Errors = "skip") -> Any:
    """A Dask DataFrame of the facts of the texts in ``ddf[column]``, one row per fact. A document's id is
    the row's index value, or ``ddf[id_column]``, as a string. A null text is a failed document."""
    _check(errors)
    _require("dask.dataframe", "dask")
    if column not in ddf.columns:
        raise KeyError(f"no column {column!r}: the frame has {list(ddf.columns)}")
    if id_column is not None and id_column not in ddf.columns:
        raise KeyError(f"no column {id_column!r}: the frame has {list(ddf.columns)}")
    return ddf.map_partitions(_frame_partition, column, id_column, errors, meta=empty_frame())
