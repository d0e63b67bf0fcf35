"""Sample figures from real news for a reader to judge: subject, place and date of each, with its context.

    python benchmarks/sample_figures.py                       # 300 figures from ../shared/corpus/news.jsonl
    python benchmarks/sample_figures.py --n 100 --seed 7 --out /tmp/sample.jsonl

The sample is stratified by source (Sina/THUCNews, Sohu/Sogou, CCTV Xinwen Lianbo): each source gets a
share of the figures in proportion to the square root of its article count, so the small sources are not
drowned out by the large one. One figure (money, headcount, quantity or percentage) is drawn from each
sampled article, so no article dominates. Each line of the output is JSON: id, source, the figure's text,
kind, value, subject, place, date, and 60 characters of context either side with the figure marked 【】.
A judge reads each line and records right/wrong for subject, place and date, and whether the subject is
a fragment (a piece no reader would call a noun phrase); see docs/accuracy.md for the last judgement.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import random
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "news.jsonl"
CONTEXT = 60


def _source(row: dict[str, str]) -> str:
    name = row.get("source", "")
    if name.startswith("CCTV"):
        return "cctv"
    if name.startswith("Sogou"):
        return "sohu"
    return "sina"


def _published(row: dict[str, str]) -> dt.date | None:
    """The corpus row's publication date (ISO, or None when the source gives none)."""
    try:
        return dt.date.fromisoformat(str(row.get("date") or "")[:10])
    except ValueError:
        return None


def _draw(row: dict[str, str], source: str, rng: random.Random, out: list[dict[str, object]]) -> int:
    """Append one figure of the article, drawn at random; 0 when it has none."""
    from newsfacts import Headcount, Money, Percentage, Quantity, extract_facts

    text = row["text"]
    # the article's own date, as a user who has it passes it: relative dates (今年, 去年) resolve against it
    figures = [
        f
        for f in extract_facts(text, reference_date=_published(row))
        if isinstance(f, (Money, Headcount, Quantity, Percentage))
    ]
    if not figures:
        return 0
    fact = rng.choice(figures)
    before, after = text[max(0, fact.start - CONTEXT) : fact.start], text[fact.end : fact.end + CONTEXT]
    out.append(
        {
            "id": row.get("id"), "source": source, "text": fact.text, "kind": fact.kind,
            "value": str(fact.value), "subject": fact.subject,
            "place": fact.place.name if fact.place else None,
            "date": fact.date.isoformat() if fact.date else None,
            "context": (before + "【" + fact.text + "】" + after).replace("\n", " / "),
        }
    )  # fmt: skip
    return 1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--n", type=int, default=300, help="figures to sample (default 300)")
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--out", type=Path, default=None, help="write JSON lines here (default: stdout)")
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"no corpus at {args.corpus}: nothing to sample", file=sys.stderr)
        return 0
    sys.path.insert(0, str(ROOT))
    by_source: dict[str, list[dict[str, str]]] = defaultdict(list)
    with args.corpus.open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            by_source[_source(row)].append(row)
    rng = random.Random(args.seed)
    weights = {s: math.sqrt(len(rows)) for s, rows in by_source.items()}
    total = sum(weights.values())
    quota = {s: max(1, round(args.n * w / total)) for s, w in weights.items()}
    out: list[dict[str, object]] = []
    rest: list[tuple[str, dict[str, str]]] = []
    for source, rows in sorted(by_source.items()):
        order = rows[:]
        rng.shuffle(order)
        taken = 0
        for i, row in enumerate(order):
            if taken >= quota[source]:
                rest.extend((source, r) for r in order[i:])
                break
            taken += _draw(row, source, rng, out)
    rng.shuffle(rest)  # a source with too few articles leaves its share to the others
    for source, row in rest:
        if len(out) >= args.n:
            break
        _draw(row, source, rng, out)
    lines = "\n".join(json.dumps(o, ensure_ascii=False) for o in out) + "\n"
    if args.out is None:
        sys.stdout.write(lines)
    else:
        args.out.write_text(lines, encoding="utf-8")
        print(f"{len(out)} figures → {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
