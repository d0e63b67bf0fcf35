"""Command line.

    newsfacts [FILE ...] [--json]          the facts of each news page as a table (no FILE: the bundled seed)
    newsfacts extract PATH... [-o OUT]     facts of many documents as JSON Lines, CSV, Parquet or tables
    newsfacts evaluate GOLD.json...        precision, recall and F1 against gold files
    newsfacts show FILE [-o page.html]     one page with its facts marked, as self-contained HTML

Exit status: 0 ok; 1 some document (or gold file check) failed; 2 usage; 130 interrupted.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import functools
import importlib
import importlib.util
import io
import os
import signal
import sys
import threading
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import IO, Any, cast

from .api import extract_facts
from .batch import ReadOptions, Task, run_task
from .document import ArticleDecodeError, PageTooLargeError, read_article
from .models import Fact, Facts

SEED_NAME = "000_65b7911c41883545.txt"

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def seed_path() -> Path:
    """The bundled seed article: inside the installed package, or in the source tree's seeds/."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "_seeds" / SEED_NAME, here.parent / "seeds" / SEED_NAME):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"the seed article {SEED_NAME} is not installed")


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _pad(s: str, width: int) -> str:
    return s + " " * max(0, width - _width(s))


def _row(f: Fact) -> tuple[str, ...]:
    span = f"{f.start}-{f.end}"
    if f.kind == "date":
        until = "" if f.until is None else str(f.until)
        return (f.kind, f.text, span, str(f.date), until, f.time or "", "relative" if f.relative else "", "", "")
    if f.kind == "place":
        where = f.code or "ambiguous: " + ",".join(f.candidates)
        return (f.kind, f.text, span, f.name or "", where, f.level or "", f.former_name or "", "", "")
    if f.kind == "money":
        measure = f.currency
    elif f.kind == "headcount":
        measure = f"{f.unit or '-'} ({f.counts})"
    elif f.kind == "percentage":
        measure = f.unit + (f" {f.change}" if f.change else "")
    else:
        measure = f.unit or "-"
    high = "" if f.high is None else str(f.high)
    place = f.place.name if f.place else ""
    return (f.kind, f.text, span, str(f.value), high, measure, f.approx, f.subject or "", place)


def format_table(facts: Facts) -> str:
    """A plain-text table, one fact a line, columns aligned for CJK text."""
    header = ("kind", "text", "span", "value/date/name", "high/until/code", "unit/level", "approx", "subject", "place")
    rows = [header] + [_row(f) for f in facts]
    widths = [max(_width(r[i]) for r in rows) for i in range(len(header))]
    lines = ["  ".join(_pad(cell, w) for cell, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _document_header(name: str, facts: Facts) -> str:
    lines = [f"{name}: {len(facts)} facts"]
    meta = facts.article
    if meta is not None and (meta.title or meta.published):
        lines.append(f"{meta.title or ''}  {meta.published or ''}  {meta.source or ''}".strip())
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------------------
# newsfacts [FILE ...] [--json]
# ---------------------------------------------------------------------------------------------------------


def _pages(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="newsfacts",
        description="Print the facts of news pages as a table (no FILE: the bundled seed article).",
        epilog="commands: newsfacts extract PATH... (many documents to JSON Lines, CSV or Parquet); "
        "newsfacts evaluate GOLD.json...; newsfacts show FILE -o page.html. See `newsfacts COMMAND --help`.",
    )
    parser.add_argument(
        "files", nargs="*", type=Path, help="news pages: text or HTML, UTF-8, GB18030 or Big5 (default: the seed)"
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args(argv)
    paths: list[Path] = args.files or [seed_path()]
    status = EXIT_OK
    for path in paths:
        try:
            article = read_article(path)
        except (OSError, ArticleDecodeError, PageTooLargeError) as exc:
            print(f"newsfacts: {path}: {exc}", file=sys.stderr)
            status = EXIT_FAILED
            continue
        facts = extract_facts(article)
        if args.json:
            print(facts.model_dump_json(indent=1))
        else:
            print(_document_header(path.name, facts))
            print(format_table(facts))
    return status


# ---------------------------------------------------------------------------------------------------------
# Progress and interruption
# ---------------------------------------------------------------------------------------------------------


class Progress:
    """A one-line progress bar on a terminal's standard error: documents done (of how many), rate, ETA."""

    def __init__(self, total: int | None, stream: IO[str], enabled: bool) -> None:
        self.total, self.stream, self.enabled = total, stream, enabled
        self.done = 0
        self.started = time.monotonic()
        self._last = 0.0
        self._shown = False

    def update(self, n: int = 1) -> None:
        self.done += n
        now = time.monotonic()
        if self.enabled and (now - self._last >= 0.1 or self.done == self.total):
            self._last = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        elapsed = max(now - self.started, 1e-9)
        rate = self.done / elapsed
        if self.total:
            frac = min(1.0, self.done / self.total)
            bar = "#" * int(frac * 30) + "." * (30 - int(frac * 30))
            eta = (self.total - self.done) / rate if rate else 0.0
            line = f"[{bar}] {self.done}/{self.total} documents  {rate:.1f}/s  ETA {_clock(eta)}"
        else:
            line = f"{self.done} documents  {rate:.1f}/s  {_clock(elapsed)}"
        self.stream.write("\r\033[K" + line)
        self.stream.flush()
        self._shown = True

    def clear(self) -> None:
        """Take the bar off its line (before printing a message)."""
        if self._shown:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self._shown = False


def _clock(seconds: float) -> str:
    s = int(seconds)
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"


class StopRequest:
    """Ctrl-C (SIGINT) while inside: the first one asks the run to stop after the document in hand (so the
    output ends on a complete document); a second one raises KeyboardInterrupt at once."""

    def __init__(self) -> None:
        self.requested = False
        self._previous: Any = None
        self._installed = False

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        if self.requested:
            raise KeyboardInterrupt
        self.requested = True

    def __enter__(self) -> StopRequest:
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, self._handle)
            self._installed = True
        return self

    def __exit__(self, *exc: object) -> None:
        if self._installed:
            signal.signal(signal.SIGINT, self._previous)


# ---------------------------------------------------------------------------------------------------------
# Rendering (in the worker processes) and writing (in order, in this process): whole documents only
# ---------------------------------------------------------------------------------------------------------

FORMATS = ("jsonl", "csv", "parquet", "table")


@dataclass(frozen=True)
class RenderSpec:
    """What a worker makes of a document: the output format, the kinds kept, how files are read."""

    fmt: str
    kinds: frozenset[str] | None = None
    options: ReadOptions = field(default_factory=ReadOptions)


@dataclass(frozen=True)
class Rendered:
    """One document, ready to write: its output (text lines, or Arrow-ready rows for Parquet) and the
    number of facts of each kind, or why it failed."""

    doc_id: str
    error: str | None
    output: Any = None
    counts: dict[str, int] = field(default_factory=dict)


def _csv_text(rows: list[list[str]]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue()


def render_task(task: Task, spec: RenderSpec) -> Rendered:
    """Read, extract and format one document (runs in a worker with ``--jobs``): the same function on any
    number of processes, so the output is byte-identical."""
    from .frame import arrow_row, csv_cells, document_rows, json_line

    result = run_task(task, spec.options)
    if result.facts is None:
        return Rendered(result.doc_id, result.error)
    rows = document_rows(result.facts, result.doc_id, result.path, spec.kinds)
    counts = dict(Counter(r["kind"] for r in rows))
    output: Any
    if spec.fmt == "jsonl":
        output = "".join(json_line(r) + "\n" for r in rows)
    elif spec.fmt == "csv":
        output = _csv_text([csv_cells(r) for r in rows])
    elif spec.fmt == "parquet":
        output = [arrow_row(r) for r in rows]
    else:
        facts = result.facts
        if spec.kinds is not None:
            facts = Facts(facts=tuple(f for f in facts if f.kind in spec.kinds), article=facts.article)
        output = f"{_document_header(result.doc_id, facts)}\n{format_table(facts)}\n\n"
    return Rendered(result.doc_id, None, output, counts)


class Writer:
    """Writes one rendered document at a time; ``close`` makes the output complete."""

    def write(self, output: Any) -> None:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError


class TextWriter(Writer):
    """JSON Lines, CSV, tables: each document's lines in one write, then a flush, so what is on disk always
    ends with a complete document."""

    def __init__(self, stream: IO[str], owned: bool, header: str = "") -> None:
        self.stream, self.owned = stream, owned
        self.write(header)

    def write(self, output: Any) -> None:
        if output:
            self.stream.write(output)
            self.stream.flush()

    def close(self) -> None:
        if self.owned:
            self.stream.close()
        else:
            self.stream.flush()


class ParquetWriter(Writer):
    """Row groups of at least ``row_group_size`` rows (whole documents), written as they fill; ``close``
    writes the rest and the footer, so an interrupted run leaves a valid file of the finished documents."""

    def __init__(self, path: str, row_group_size: int) -> None:
        from .frame import _require, arrow_schema

        self.pa = _require("pyarrow", "parquet")
        self.pq = _require("pyarrow.parquet", "parquet")
        self.schema = arrow_schema()
        self.row_group_size = row_group_size
        self.buffer: list[dict[str, Any]] = []
        self.writer = self.pq.ParquetWriter(path, self.schema)

    def write(self, output: Any) -> None:
        self.buffer.extend(output)
        if len(self.buffer) >= self.row_group_size:
            self._flush()

    def _flush(self) -> None:
        if self.buffer:
            table = self.pa.Table.from_pylist(self.buffer, schema=self.schema)
            self.buffer = []
            self.writer.write_table(table, row_group_size=max(table.num_rows, 1))

    def close(self) -> None:
        try:
            self._flush()
        finally:
            self.writer.close()


def _open_writer(fmt: str, out: str | None, row_group_size: int) -> Writer:
    from .frame import COLUMNS

    if fmt == "parquet":
        if out is None:
            raise _Usage("Parquet needs a file: -o OUT.parquet")
        return ParquetWriter(out, row_group_size)
    if out is None:
        stream: IO[str] = sys.stdout
        owned = False
    else:
        stream = open(out, "w", encoding="utf-8", newline="")  # closed by the writer
        owned = True
    return TextWriter(stream, owned, _csv_text([list(COLUMNS)]) if fmt == "csv" else "")


class _Usage(Exception):
    """A command-line mistake: exit status 2."""


# ---------------------------------------------------------------------------------------------------------
# newsfacts extract
# ---------------------------------------------------------------------------------------------------------


def _positive(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"must not be negative: {n}")
    return n


def _extract_parser() -> argparse.ArgumentParser:
    from .batch import DEFAULT_GLOBS
    from .frame import KINDS

    p = argparse.ArgumentParser(
        prog="newsfacts extract",
        description="Extract the facts of many documents: one row per fact, with the document's id, path and "
        "metadata and every fact field. A document that fails is reported on stderr and the run goes on.",
        epilog="Exit status: 0 all documents read; 1 some failed (or none found); 2 usage; 130 interrupted "
        "(the output holds the documents finished before Ctrl-C).",
    )
    p.add_argument(
        "paths", nargs="+", metavar="PATH",
        help="files (text or HTML pages; .jsonl/.ndjson files are JSON Lines), directories (searched recursively) "
        "or - for standard input",
    )  # fmt: skip
    p.add_argument("-o", "--output", metavar="OUT", help="output file (default: standard output)")
    p.add_argument("--format", choices=FORMATS, help="output format (default: from OUT's suffix, else jsonl)")
    p.add_argument("--kinds", metavar="KIND,...", help=f"keep only these kinds: {','.join(KINDS)}")
    p.add_argument(
        "--glob", action="append", metavar="PATTERN",
        help=f"file names to take from directories, repeatable (default: {' '.join(DEFAULT_GLOBS)})",
    )  # fmt: skip
    p.add_argument("--jsonl", action="store_true", help="read every file and standard input as JSON Lines")
    p.add_argument("--text-field", default="text", help="JSON Lines: the field with the text (default: text)")
    p.add_argument("--id-field", default="id", help="JSON Lines: the field with the id (default: id; else FILE:LINE)")
    p.add_argument("-j", "--jobs", type=_positive, default=1, help="worker processes (0: one per CPU; default 1)")
    p.add_argument("--encoding", help="decode every file with this codec instead of detecting it")
    p.add_argument("--max-size", type=_positive, metavar="BYTES", help="largest page accepted (default 64 MiB)")
    p.add_argument(
        "--row-group-size", type=_positive, default=10_000, metavar="ROWS", help="Parquet rows per row group"
    )
    bar = p.add_mutually_exclusive_group()
    bar.add_argument("--progress", action="store_true", default=None, help="show a progress bar (default: on a tty)")
    bar.add_argument("--no-progress", dest="progress", action="store_false", help="no progress bar")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary (failures still shown)")
    return p


def _output_format(fmt: str | None, out: str | None) -> str:
    from .frame import format_of

    if fmt is not None:
        return fmt
    if out is None:
        return "jsonl"
    found = format_of(Path(out))
    if found is None:
        if out.lower().endswith((".txt", ".table")):
            return "table"
        raise _Usage(f"can't tell the format of {out}: use --format {'|'.join(FORMATS)}")
    return found


def _summary(documents: int, failed: int, by_kind: Counter[str], seconds: float, interrupted: bool) -> str:
    from .frame import KINDS

    kinds = ", ".join(f"{k} {by_kind[k]:,}" for k in KINDS if by_kind[k])
    facts = sum(by_kind.values())
    text = f"newsfacts: {documents:,} documents, {failed:,} failed; {facts:,} facts"
    if kinds:
        text += f" ({kinds})"
    text += f"; {seconds:.1f} s"
    if interrupted:
        text += "; interrupted: the output holds the documents finished before"
    return text


def extract_command(argv: Sequence[str]) -> int:
    """``newsfacts extract``: see ``newsfacts extract --help`` and docs/cli.md."""
    from concurrent.futures.process import BrokenProcessPool

    from .batch import DEFAULT_GLOBS, discover, ordered_map, resolve_jobs
    from .frame import check_kinds

    parser = _extract_parser()
    args = parser.parse_args(list(argv))
    try:
        kinds = check_kinds(k.strip() for k in args.kinds.split(",") if k.strip()) if args.kinds else None
        fmt = _output_format(args.format, args.output)
        if args.paths.count("-") > 1:
            raise _Usage("standard input (-) can be read only once")
        if fmt == "parquet" and args.output in (None, "-"):
            raise _Usage("Parquet needs a file: -o OUT.parquet")
    except (ValueError, _Usage) as exc:
        parser.error(str(exc))
    out = None if args.output in (None, "-") else args.output
    inputs = discover(
        args.paths, globs=tuple(args.glob or DEFAULT_GLOBS), jsonl=args.jsonl, text_field=args.text_field,
        id_field=args.id_field,
    )  # fmt: skip
    try:
        writer = _open_writer(fmt, out, max(args.row_group_size, 1))
    except ImportError as exc:
        print(f"newsfacts extract: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:
        print(f"newsfacts extract: {out}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    show_bar = args.progress if args.progress is not None else (sys.stderr.isatty() and not args.quiet)
    progress = Progress(inputs.total, sys.stderr, bool(show_bar))
    to_terminal = out is None and sys.stdout.isatty()
    documents = failed = 0
    by_kind: Counter[str] = Counter()
    interrupted = broken = False
    started = time.monotonic()
    spec = RenderSpec(fmt, kinds, ReadOptions(encoding=args.encoding, max_size=args.max_size))
    results = ordered_map(functools.partial(render_task, spec=spec), inputs.tasks, jobs=resolve_jobs(args.jobs))
    with StopRequest() as stop:
        try:
            for done in results:
                documents += 1
                if done.error is not None:
                    failed += 1
                    progress.clear()
                    print(f"newsfacts: {done.doc_id}: {done.error}", file=sys.stderr, flush=True)
                else:
                    if to_terminal:
                        progress.clear()
                    writer.write(done.output)
                    by_kind.update(done.counts)
                progress.update()
                if stop.requested:
                    interrupted = True
                    break
        except KeyboardInterrupt:
            interrupted = True
        except BrokenProcessPool as exc:  # a worker died: killed by Ctrl-C while starting, or by the system
            interrupted = stop.requested
            if not interrupted:
                progress.clear()
                print(f"newsfacts: a worker process died ({exc}); stopping", file=sys.stderr)
                broken = True
        finally:
            _close(results)
            writer.close()
            progress.clear()
    if documents == 0 and not interrupted and not broken:
        print("newsfacts: no documents found", file=sys.stderr)
        return EXIT_FAILED
    if not args.quiet:
        print(_summary(documents, failed, by_kind, time.monotonic() - started, interrupted), file=sys.stderr)
    if interrupted:
        return EXIT_INTERRUPTED
    return EXIT_FAILED if failed or broken else EXIT_OK


def _close(results: Iterator[Any]) -> None:
    close = getattr(results, "close", None)
    if close is not None:
        with contextlib.suppress(KeyboardInterrupt):
            close()


# ---------------------------------------------------------------------------------------------------------
# newsfacts evaluate
# ---------------------------------------------------------------------------------------------------------


def evaluate_command(argv: Sequence[str]) -> int:
    """``newsfacts evaluate GOLD.json...``: the scorer's table; ``-v`` lists misses, ``--json`` for data."""
    import json

    from .evaluate import GoldError, evaluate

    p = argparse.ArgumentParser(
        prog="newsfacts evaluate",
        description="Precision, recall and F1 by kind, and attribution accuracy, of extract_facts against gold "
        "files (docs/evaluate.md).",
    )
    p.add_argument("gold", nargs="+", metavar="GOLD", help="gold files, or directories of them (*.json)")
    p.add_argument("-v", "--verbose", action="store_true", help="list every miss, false find and wrong attribution")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument("--min-f1", type=float, help="exit 1 when a kind with gold facts falls below this F1")
    args = p.parse_args(list(argv))
    try:
        report = evaluate(args.gold)
    except GoldError as exc:
        print(f"newsfacts evaluate: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if report.documents == 0:
        print("newsfacts evaluate: no gold files found", file=sys.stderr)
        return EXIT_USAGE
    if args.verbose and report.notes:
        print("\n".join(report.notes))
    if args.json:
        print(json.dumps(report.to_dict(), indent=1))
    else:
        print(report.format())
    if args.min_f1 is not None and report.lowest_f1 < args.min_f1:
        return EXIT_FAILED
    return EXIT_OK


# ---------------------------------------------------------------------------------------------------------
# newsfacts show
# ---------------------------------------------------------------------------------------------------------


def show_command(argv: Sequence[str]) -> int:
    """``newsfacts show FILE -o page.html``: the page with its facts marked (``newsfacts.show``)."""
    p = argparse.ArgumentParser(
        prog="newsfacts show", description="Write one page with its facts marked as self-contained HTML."
    )
    p.add_argument("file", type=Path, help="a news page: text or HTML, UTF-8, GB18030 or Big5")
    p.add_argument("-o", "--output", metavar="HTML", help="the HTML file to write (default: standard output)")
    p.add_argument("--encoding", help="decode the page with this codec instead of detecting it")
    args = p.parse_args(list(argv))
    if importlib.util.find_spec("newsfacts.show") is None:
        print("newsfacts show: this installation has no newsfacts.show module", file=sys.stderr)
        return EXIT_FAILED
    render = cast(Callable[..., str], importlib.import_module("newsfacts.show").render_html)
    try:
        article = read_article(args.file, encoding=args.encoding)
    except (OSError, ValueError) as exc:
        message = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        print(f"newsfacts show: {args.file}: {message}", file=sys.stderr)
        return EXIT_FAILED
    html = render(article, extract_facts(article))
    if args.output in (None, "-"):
        sys.stdout.write(html)
        sys.stdout.flush()
    else:
        try:
            Path(args.output).write_text(html, encoding="utf-8")
        except OSError as exc:
            print(f"newsfacts show: {args.output}: {exc.strerror or exc}", file=sys.stderr)
            return EXIT_FAILED
    return EXIT_OK


COMMANDS: dict[str, Callable[[Sequence[str]], int]] = {
    "extract": extract_command,
    "evaluate": evaluate_command,
    "show": show_command,
}


def main(argv: Sequence[str] | None = None) -> int:
    """``newsfacts COMMAND ...`` (extract, evaluate, show), or ``newsfacts [FILE ...] [--json]``. A file
    named like a command is read as ``./extract``."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in COMMANDS:
        return COMMANDS[args[0]](args[1:])
    return _pages(args)


def run() -> int:
    """The console entry point: ``main`` that exits quietly when its output pipe closes (``| head``)."""
    try:
        return main()
    except BrokenPipeError:
        # Nothing more can be written; point stdout at devnull so Python's exit flush does not complain.
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED


if __name__ == "__main__":
    sys.exit(run())
