"""Command line: ``newsfacts [FILE ...] [--json]`` prints the facts of each news page as a table.

With no file it reads the bundled seed article, a Sina news page of 2005.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from .api import extract_facts
from .document import ArticleDecodeError, PageTooLargeError, read_article
from .models import Fact, Facts

SEED_NAME = "000_65b7911c41883545.txt"


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


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="newsfacts", description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "files", nargs="*", type=Path, help="news pages: text or HTML, UTF-8, GB18030 or Big5 (default: the seed)"
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args(argv)
    paths: list[Path] = args.files or [seed_path()]
    status = 0
    for path in paths:
        try:
            article = read_article(path)
        except (OSError, ArticleDecodeError, PageTooLargeError) as exc:
            print(f"newsfacts: {path}: {exc}", file=sys.stderr)
            status = 1
            continue
        facts = extract_facts(article)
        if args.json:
            print(facts.model_dump_json(indent=1))
        else:
            meta = facts.article
            print(f"{path.name}: {len(facts)} facts")
            if meta is not None and (meta.title or meta.published):
                print(f"{meta.title or ''}  {meta.published or ''}  {meta.source or ''}".strip())
            print(format_table(facts))
    return status


def run() -> int:
    """The console entry point: ``main`` that exits quietly when its output pipe closes (``| head``)."""
    try:
        return main()
    except BrokenPipeError:
        sys.stderr.close()  # nothing more can be written; keep Python from complaining at exit
        return 0


if __name__ == "__main__":
    sys.exit(run())
