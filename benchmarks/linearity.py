"""Does ``extract_facts`` take time linear in the length of adversarial texts?

For each input of tests/test_adversarial.py (one character repeated, long alternations, nested brackets, a
line without punctuation) this prints the seconds per MB at 100 KB, 1 MB and 10 MB, and the ratio of the
10 MB figure to the 100 KB one. A linear scan keeps the ratio near 1; the limit is 150. Exits 1 when any
ratio exceeds it, or when a run fails or times out (then the ratio is unknown but certainly too large).

    python benchmarks/linearity.py                 # everything (can take tens of minutes)
    python benchmarks/linearity.py --only 1 万     # some inputs
    python benchmarks/linearity.py --sizes 100000 1000000 --timeout 60

Sizes count characters: "1 MB" is 1,000,000 characters. Each measurement runs in a fresh subprocess, timing
only the call itself, and is stopped after max(--timeout, --timeout x MB) seconds (default 60: at most 60 s
per MB, never less than 60 s), or as soon as it is certain to break the ratio limit; the cell then says
"stopped after N s" and the larger sizes are skipped.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections.abc import Callable

LIMIT = 150.0
SIZES = (100_000, 1_000_000, 10_000_000)
# Ordinary news sentences, dense in figures: the "20 MB article" of the issue is this input at 2 x 10^7.
_NEWS = "省里拨出300万元省管党费，慰问困难党员1.2万名，同比增长6.9%。2024年末，全市共有企业12,345家。\n"
_LINE = "全省各级财政投入资金3000万元救助困难群众12万人发放棉衣5000套粮食1.2万吨同比增长6.9个百分点"


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda n: (unit * (n // len(unit) + 1))[:n]


def _nested(n: int) -> str:
    depth = max(1, (n - 8) // 8)
    return "（【《(" * depth + "约3万元" + ")》】）" * depth


INPUTS: dict[str, Callable[[int], str]] = {
    "1": _repeat("1"),
    "一": _repeat("一"),
    "万": _repeat("万"),
    "多": _repeat("多"),
    "%": _repeat("%"),
    "，": _repeat("，"),
    "年": _repeat("年"),
    "1,1,1": _repeat("1,"),
    "1.1.1": _repeat("1."),
    "1-1-1": _repeat("1-"),
    "一万一万": _repeat("一万"),
    "约近多余": _repeat("约近多余"),
    "3%3%": _repeat("3%"),
    "〇": _repeat("〇"),
    "壹": _repeat("壹"),
    "nested brackets": _nested,
    "no punctuation": _repeat(_LINE),
    "news": _repeat(_NEWS),
    "北京、北京": _repeat("北京、"),  # a list of places run into one line (finding 9)
    "北京至北京": _repeat("北京至"),  # …and a route
}

_CHILD = """
import json, sys, time
sys.path.insert(0, {bench_dir!r})
from linearity import INPUTS
from newsfacts import extract_facts
text = INPUTS[{name!r}]({size})
extract_facts("省里拨出300万元省管党费，同比增长6.9%。2024年末")  # warm up: lazy tables are not the text's cost
started = time.perf_counter()
try:
    facts = extract_facts(text)
    print(json.dumps({{"seconds": time.perf_counter() - started, "facts": len(facts)}}))
except BaseException as exc:
    print(json.dumps({{"error": type(exc).__name__, "seconds": time.perf_counter() - started}}))
"""


def measure(name: str, size: int, timeout: float) -> dict[str, object]:
    """Seconds for one ``extract_facts`` call on ``INPUTS[name](size)``, in a fresh interpreter."""
    code = _CHILD.format(bench_dir=os.path.dirname(os.path.abspath(__file__)), name=name, size=size)
    try:
        run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"error": f">{timeout:.0f}s"}
    if run.returncode != 0 or not run.stdout.strip():
        return {"error": f"exit {run.returncode}: {run.stderr.strip().splitlines()[-1:] or ''}"}
    result: dict[str, object] = json.loads(run.stdout.strip().splitlines()[-1])
    return result


def _label(size: int) -> str:
    return f"{size // 1_000_000} MB" if size >= 1_000_000 else f"{size // 1000} KB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="*", default=None, help="input names (default: all)")
    parser.add_argument("--sizes", nargs="*", type=int, default=list(SIZES), help="text sizes in characters")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per MB allowed (and at least)")
    args = parser.parse_args(argv)
    names = args.only or list(INPUTS)
    sizes: list[int] = sorted(args.sizes)
    header = ["input", *(f"s/MB @ {_label(s)}" for s in sizes), f"{_label(sizes[-1])} / {_label(sizes[0])}"]
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join("---" for _ in header) + "|")
    failed = False
    for name in names:
        cells: list[str] = []
        per_mb: list[float] = []
        stopped = False
        over: float | None = None  # seconds per MB known to be exceeded, after a time-out
        for size in sizes:
            if stopped:
                cells.append("(skipped)")
                continue
            mb = size / 1_000_000
            timeout = max(args.timeout, args.timeout * mb)
            if per_mb:  # past LIMIT x the first size's rate the ratio is broken: no need to wait longer
                timeout = min(timeout, LIMIT * per_mb[0] * mb * 1.05 + 5)
            result = measure(name, size, timeout)
            if "error" in result:
                error = str(result["error"])
                if error.startswith(">"):
                    over = timeout / mb
                    error = f"stopped after {timeout:.0f} s"
                cells.append(error)
                stopped = True
                continue
            seconds = float(result["seconds"])  # type: ignore[arg-type]
            per_mb.append(seconds / (size / 1_000_000))
            cells.append(f"{per_mb[-1]:.3f}")
        if stopped and over is not None and per_mb and over / max(per_mb[0], 1e-9) > LIMIT:
            ratio_cell, bad = f">{over / max(per_mb[0], 1e-9):.0f}", True
        elif stopped or len(per_mb) < len(sizes):
            ratio_cell, bad = "unknown (timed out)" if over is not None else "unknown (failed)", True
        else:
            ratio = per_mb[-1] / max(per_mb[0], 1e-9)
            ratio_cell, bad = f"{ratio:.1f}", ratio > LIMIT
        failed = failed or bad
        print(f"| {name} | " + " | ".join(cells) + f" | {ratio_cell}{' FAIL' if bad else ''} |", flush=True)
    print(f"\nlimit: ratio <= {LIMIT:g}; {'FAILED' if failed else 'ok'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
