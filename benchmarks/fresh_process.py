"""One measurement in a fresh interpreter, for bench.py: import + first call, and peak RSS.

    python benchmarks/fresh_process.py newsfacts SEED_FILE [TEXTS_JSONL]
    python benchmarks/fresh_process.py jionlp SEED_FILE [TEXTS_JSONL]

Imports the library, runs it once on the seed article (the first call: imports, lazy tables, compiled
patterns), then, when TEXTS_JSONL is given (one JSON string per line), runs it on every text, reading one
line at a time so the corpus itself adds next to nothing to the resident size. Prints one JSON object:
seconds for the import and for import + first article, and ``ru_maxrss`` (KiB on Linux) at the start,
after the import, after the first article and at the end. Only the standard library is imported before
the library under test, so the figures are the library's own.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import json
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

Call = Callable[[str], object]
JIONLP_FUNCTIONS = ("extract_money", "extract_time", "recognize_location")


def rss_kib() -> int:
    """Peak resident set size of this process so far (``ru_maxrss``: KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak


def vmhwm_kib() -> int | None:
    """The same peak from /proc (Linux only): a cross-check that ``ru_maxrss`` was not inherited."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def import_jionlp() -> ModuleType:
    """``import jionlp`` without its banner on stdout (it prints one at import)."""
    with contextlib.redirect_stdout(io.StringIO()):
        return importlib.import_module("jionlp")


def jionlp_calls(jio: ModuleType) -> dict[str, Call]:
    """JioNLP's money, time and place extractors by their qualified name. Older releases have them at the
    top level (``jionlp.extract_money``), 1.5 has the first two under ``jionlp.ner``."""
    calls: dict[str, Call] = {}
    for name in JIONLP_FUNCTIONS:
        for owner, prefix in ((jio, "jionlp"), (getattr(jio, "ner", None), "jionlp.ner")):
            fn = getattr(owner, name, None)
            if callable(fn):
                calls[f"{prefix}.{name}"] = fn
                break
        else:
            raise AttributeError(f"jionlp has no {name}")
    return calls


def newsfacts_calls() -> dict[str, Call]:
    from newsfacts import extract_facts

    return {"newsfacts.extract_facts": extract_facts}


def guarded(fn: Call) -> Call:
    """The call, with an exception counted as a result rather than ending the run (JioNLP raises on some
    texts)."""

    def call(text: str) -> object:
        try:
            return fn(text)
        except Exception as e:
            return e

    return call


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3) or argv[0] not in ("newsfacts", "jionlp"):
        print(__doc__, file=sys.stderr)
        return 2
    seed = Path(argv[1]).read_text(encoding="utf-8")
    out: dict[str, object] = {"rss_start_kib": rss_kib()}
    t0 = time.perf_counter()
    calls = newsfacts_calls() if argv[0] == "newsfacts" else jionlp_calls(import_jionlp())
    out["import_s"] = time.perf_counter() - t0
    out["rss_import_kib"] = rss_kib()
    first: dict[str, float] = {}
    errors = 0
    for name, fn in calls.items():
        t = time.perf_counter()
        errors += isinstance(guarded(fn)(seed), Exception)
        first[name] = time.perf_counter() - t
    out["first_call_s"] = time.perf_counter() - t0
    out["first_calls_s"] = first
    out["rss_first_kib"] = rss_kib()
    articles = 0
    if len(argv) == 3:
        with open(argv[2], encoding="utf-8") as lines:
            for line in lines:
                text = json.loads(line)
                for fn in calls.values():
                    errors += isinstance(guarded(fn)(text), Exception)
                articles += 1
    out["articles"] = articles
    out["errors"] = errors
    out["rss_peak_kib"] = rss_kib()
    out["vmhwm_kib"] = vmhwm_kib()
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
