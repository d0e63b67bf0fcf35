"""Many documents: ``extract_many`` (in input order, on one or N processes) and the discovery of input
documents for ``newsfacts extract`` (files, directories, JSON Lines, standard input).

>>> from newsfacts.batch import extract_many
>>> [r.doc_id for r in extract_many(["临沭县共捐款15.09万元。", ("b", "救助困难家庭31668户。")])]
['0', 'b']
"""

from __future__ import annotations

import fnmatch
import functools
import gzip
import json
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, TypeVar, cast

from pydantic import BaseModel, ConfigDict, Field

from .api import extract_facts
from .document import Article, read_article
from .document._article import read_page
from .models import Facts

DEFAULT_GLOBS: tuple[str, ...] = ("*.txt", "*.htm", "*.html")
"""Files a directory contributes unless ``--glob`` says otherwise (matched case-insensitively)."""

JSONL_SUFFIXES: tuple[str, ...] = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")

DEFAULT_CHUNKSIZE = 8
"""Documents sent to a worker process at a time."""

T = TypeVar("T")
R = TypeVar("R")

Document = str | bytes | bytearray | memoryview | os.PathLike[str] | Article
"""One input document: the page text (``str``), its bytes, a file (``pathlib.Path``), or an ``Article``."""


class DocResult(BaseModel):
    """The outcome for one document of ``extract_many``: its facts, or why it failed."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    doc_id: str = Field(description="the id given with the document, its path, or its position in the input")
    path: str | None = Field(default=None, description="the file the document came from, if any")
    facts: Facts | None = Field(default=None, description="the document's facts; None when it failed")
    error: str | None = Field(default=None, description="why the document failed: undecodable, too large …")
    error_type: str | None = Field(default=None, description="the exception's class name, when it failed")

    @property
    def ok(self) -> bool:
        """True when the document was read and its facts extracted."""
        return self.error is None


@dataclass(frozen=True)
class Task:
    """One document to read: where it comes from, and its id. ``error`` is set when reading the input
    already failed (a JSON Lines record that is not JSON, a path that does not exist)."""

    doc_id: str
    path: str | None
    source: str | bytes | Path | Article | None
    error: str | None = None
    error_type: str | None = None


@dataclass(frozen=True)
class ReadOptions:
    """How files and bytes are read: a forced ``encoding`` and the ``max_size`` limit of ``read_article``."""

    encoding: str | None = None
    max_size: int | None = None


# ---------------------------------------------------------------------------------------------------------
# One document
# ---------------------------------------------------------------------------------------------------------


def _message(exc: BaseException, name: str | None) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    msg = str(exc) or type(exc).__name__
    for prefix in (name, getattr(exc, "name", None)):
        if isinstance(prefix, str) and msg.startswith(prefix + ": "):
            msg = msg[len(prefix) + 2 :]
    if not isinstance(exc, (OSError, ValueError)):
        msg = f"{type(exc).__name__}: {msg}"  # an unexpected error: say what it was
    return msg


def run_task(task: Task, options: ReadOptions = ReadOptions()) -> DocResult:
    """Read one document and extract its facts; any error is caught and returned in the result."""
    if task.error is not None or task.source is None:
        return DocResult(
            doc_id=task.doc_id, path=task.path, error=task.error or "no document", error_type=task.error_type
        )
    try:
        source = task.source
        if isinstance(source, Article):
            article = source
        elif isinstance(source, str):
            article = read_page(source, max_size=options.max_size)  # a text, never a file name
        else:
            article = read_article(source, encoding=options.encoding, max_size=options.max_size)
        facts = extract_facts(article)
    except Exception as exc:  # one bad document must not stop a corpus run
        return DocResult(
            doc_id=task.doc_id, path=task.path, error=_message(exc, task.path), error_type=type(exc).__name__
        )
    return DocResult(doc_id=task.doc_id, path=task.path, facts=facts)


def _init_worker() -> None:
    # Ctrl-C goes to the whole process group: the parent decides what to do; workers finish their chunk.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


# ---------------------------------------------------------------------------------------------------------
# Many documents
# ---------------------------------------------------------------------------------------------------------


def make_task(position: int, item: Any) -> Task:
    """The task for one item of ``extract_many``: a document or an ``(id, document)`` pair."""
    doc_id: str | None = None
    if isinstance(item, tuple):
        if len(item) != 2:
            raise TypeError(f"item {position}: a tuple must be (doc_id, document), got {len(item)} elements")
        doc_id, item = str(item[0]), item[1]
    path: str | None = None
    source: str | bytes | Path | Article
    if isinstance(item, Article):
        source, path = item, item.path
    elif isinstance(item, os.PathLike):
        path = os.fsdecode(os.fspath(item))
        source = Path(path)
    elif isinstance(item, str):
        source = item
    elif isinstance(item, (bytes, bytearray, memoryview)):
        source = bytes(item)
    else:
        raise TypeError(
            f"item {position}: expected the page text (str), bytes, a pathlib.Path, an Article or an "
            f"(id, document) pair, got {type(item).__name__}"
        )
    if doc_id is None:
        doc_id = path if path is not None else str(position)
    return Task(doc_id=doc_id, path=path, source=source)


def resolve_jobs(jobs: int | None) -> int:
    """``jobs`` as a number of processes: None or 0 → every CPU; negative → ValueError."""
    if jobs is None or jobs == 0:
        return os.cpu_count() or 1
    if not isinstance(jobs, int) or isinstance(jobs, bool) or jobs < 0:
        raise ValueError(f"jobs must be a positive number of processes (0 or None: one per CPU), got {jobs!r}")
    return jobs


def extract_many(
    items: Iterable[Any],
    *,
    jobs: int | None = 1,
    chunksize: int = DEFAULT_CHUNKSIZE,
    encoding: str | None = None,
    max_size: int | None = None,
) -> Iterator[DocResult]:
    """The facts of many documents, as an iterator of ``DocResult`` in input order.

    Each item is a document — the page text (``str``, always the text, never a file name, read like a page: offsets into
    ``article.text``, which is the text itself for plain text), its ``bytes``, a file (``pathlib.Path``), an
    ``Article`` — or an ``(id, document)`` pair. A document's id is the one given, else its path, else its
    position (``"0"``, ``"1"`` …). A document that fails (undecodable, too large, unreadable) gives a result
    with ``error`` set and ``facts`` None; the others go on.

    ``jobs`` > 1 runs on that many worker processes (0 or None: one per CPU), ``chunksize`` documents at a
    time, with at most ``4 × jobs`` chunks in flight (so a generator of items is read as it goes); the results
    are the same, in the same order, as with one process. ``encoding`` and ``max_size`` go to
    ``read_article``. Input is consumed lazily.
    """
    n = resolve_jobs(jobs)
    if chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, got {chunksize}")
    tasks = (make_task(i, item) for i, item in enumerate(items))
    return run_tasks(tasks, jobs=n, chunksize=chunksize, options=ReadOptions(encoding, max_size))


def run_tasks(
    tasks: Iterable[Task], *, jobs: int = 1, chunksize: int = DEFAULT_CHUNKSIZE, options: ReadOptions = ReadOptions()
) -> Iterator[DocResult]:
    """Run tasks in order, in this process (``jobs`` 1) or on a pool of ``jobs`` processes."""
    return ordered_map(functools.partial(run_task, options=options), tasks, jobs=jobs, chunksize=chunksize)


def ordered_map(
    fn: Callable[[T], R], items: Iterable[T], *, jobs: int = 1, chunksize: int = DEFAULT_CHUNKSIZE
) -> Iterator[R]:
    """``map(fn, items)`` on ``jobs`` processes, results in input order: an ordered imap that sends
    ``chunksize`` items at a time and keeps at most ``4 × jobs`` chunks in flight, so ``items`` is read as it
    goes and memory stays bounded. ``fn`` must be picklable (a module-level function or a
    ``functools.partial`` of one). With ``jobs`` 1 it is a plain lazy ``map`` in this process.

    Worker processes are started with ``spawn`` and ignore SIGINT: on Ctrl-C the caller decides, and closing
    the iterator (or leaving it by an exception) cancels what has not started and waits for the rest."""
    if jobs <= 1:
        return map(fn, items)
    return _pool(fn, items, jobs, chunksize)


def _run_chunk(fn: Callable[[T], R], chunk: list[T]) -> list[R]:
    return [fn(item) for item in chunk]


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _pool(fn: Callable[[T], R], items: Iterable[T], jobs: int, chunksize: int) -> Iterator[R]:
    import concurrent.futures as cf
    import multiprocessing as mp

    # spawn: the same on every platform, and safe in a process that has threads (fork is not).
    executor = cf.ProcessPoolExecutor(jobs, mp_context=mp.get_context("spawn"), initializer=_init_worker)
    window = 4 * jobs
    pending: deque[cf.Future[list[R]]] = deque()
    try:
        for chunk in _chunks(items, max(chunksize, 1)):
            pending.append(executor.submit(_run_chunk, fn, chunk))
            while len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


# ---------------------------------------------------------------------------------------------------------
# Input discovery for the command line
# ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Inputs:
    """The documents named on a command line: ``tasks`` in order, and how many when that is known in
    advance (``total`` is None when a JSON Lines input or standard input is read as it goes)."""

    tasks: Iterator[Task]
    total: int | None


def is_jsonl(path: str) -> bool:
    """A JSON Lines file by its name: .jsonl, .ndjson, optionally .gz."""
    return path.lower().endswith(JSONL_SUFFIXES)


def _matches(name: str, globs: Sequence[str]) -> bool:
    low = name.lower()
    return any(fnmatch.fnmatchcase(low, g.lower()) for g in globs)


def walk(directory: str, globs: Sequence[str] = DEFAULT_GLOBS) -> list[str]:
    """Files under ``directory`` (recursively) whose name matches one of ``globs`` (case-insensitive),
    sorted by their path; hidden files and directories (``.git``) are skipped; symbolic links to
    directories are not followed."""
    found: list[tuple[tuple[str, ...], str]] = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        rel = os.path.relpath(root, directory)
        parts = () if rel == os.curdir else tuple(Path(rel).parts)
        for name in files:
            if not name.startswith(".") and _matches(name, globs):
                found.append(((*parts, name), os.path.join(root, name)))
    found.sort()
    return [path for _, path in found]


def discover(
    paths: Sequence[str],
    *,
    globs: Sequence[str] = DEFAULT_GLOBS,
    jsonl: bool = False,
    text_field: str = "text",
    id_field: str = "id",
    stdin: IO[bytes] | None = None,
) -> Inputs:
    """The documents of ``newsfacts extract PATH...``: each file; each matching file under a directory
    (``walk``); ``-``, standard input (one page, or JSON Lines with ``jsonl``); and each record of a JSON Lines
    file (by its suffix, or every file with ``jsonl``), its text in ``text_field`` and its id in ``id_field``
    (else ``FILE:LINE``). A path that does not exist is a failed document."""
    plan: list[tuple[str, str]] = []  # (how, path): file, jsonl, stdin, missing
    for p in paths:
        if p == "-":
            plan.append(("stdin-jsonl" if jsonl else "stdin", p))
        elif os.path.isdir(p):
            plan.extend(("jsonl" if jsonl or is_jsonl(f) else "file", f) for f in walk(p, globs))
        elif os.path.exists(p):
            plan.append(("jsonl" if jsonl or is_jsonl(p) else "file", p))
        else:
            plan.append(("missing", p))
    streamed = any(how in ("jsonl", "stdin-jsonl") for how, _ in plan)
    total = None if streamed else len(plan)
    return Inputs(tasks=_tasks(plan, text_field, id_field, stdin), total=total)


def _tasks(plan: list[tuple[str, str]], text_field: str, id_field: str, stdin: IO[bytes] | None) -> Iterator[Task]:
    import sys

    for how, p in plan:
        if how == "file":
            yield Task(doc_id=p, path=p, source=Path(p))
        elif how == "missing":
            yield Task(doc_id=p, path=p, source=None, error="No such file or directory", error_type="FileNotFoundError")
        elif how == "stdin":
            data = (stdin or sys.stdin.buffer).read()
            yield Task(doc_id="-", path=None, source=data)
        elif how == "stdin-jsonl":
            yield from jsonl_tasks(stdin or sys.stdin.buffer, "-", text_field, id_field)
        else:
            try:
                with gzip.open(p, "rb") if p.lower().endswith(".gz") else open(p, "rb") as f:
                    yield from jsonl_tasks(cast(IO[bytes], f), p, text_field, id_field)
            except (OSError, EOFError) as exc:  # unreadable, or a broken gzip stream
                yield Task(doc_id=p, path=p, source=None, error=_message(exc, p), error_type=type(exc).__name__)


def jsonl_tasks(stream: IO[bytes], name: str, text_field: str = "text", id_field: str = "id") -> Iterator[Task]:
    """One task per record of a JSON Lines stream: the text in ``text_field``, the id in ``id_field``
    (``NAME:LINE`` when absent). A line that is not a JSON object with a string text is a failed document
    (``NAME:LINE``); blank lines are skipped."""
    path = None if name == "-" else name
    for lineno, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            record = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            yield Task(doc_id=where, path=path, source=None, error=f"not a JSON line: {exc}", error_type="ValueError")
            continue
        if not isinstance(record, dict):
            yield Task(doc_id=where, path=path, source=None, error="not a JSON object", error_type="ValueError")
            continue
        raw_id = record.get(id_field)
        doc_id = where if raw_id is None else str(raw_id)
        text = record.get(text_field)
        if not isinstance(text, str):
            got = "missing" if text is None else type(text).__name__
            yield Task(
                doc_id=doc_id,
                path=path,
                source=None,
                error=f"text field {text_field!r} is {got}",
                error_type="ValueError",
            )
            continue
        yield Task(doc_id=doc_id, path=path, source=text)
