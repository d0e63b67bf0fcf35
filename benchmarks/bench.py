"""Speed benchmark of ``newsfacts.extract_facts`` (optionally against JioNLP), on one core.

    python benchmarks/bench.py                      # real news + seed article + 500 generated, 3 repeats
    python benchmarks/bench.py --articles 100 --repeat 1 --profile
    python benchmarks/bench.py --corpus PATH        # real news from another JSON Lines file (or *.txt dir)
    PYTHONPATH=. /tmp/jio-venv/bin/python benchmarks/bench.py --compare jionlp   # JioNLP in that venv

Workloads: (a) real news, the headline: the first ``--news-articles`` texts of ../shared/corpus/news.jsonl
(one JSON object a line, its text under "text"; relative to the repository root; skipped with a message
where the file is absent), (b) the seed article (seeds/000_65b7911c41883545.txt) and (c) the generated
corpus (benchmarks/generate_corpus.py, seeded: the same texts on every run, denser in figures than news).
The process is pinned to one CPU;
after a warm-up every text is timed separately, ``--repeat`` times, and an article's time is the median of
its repeats. Throughput is total characters (or articles) over the sum of those times; median and p95 are
over the articles. First-call time (import + first article) and peak RSS (``ru_maxrss``) come from fresh
subprocesses (benchmarks/fresh_process.py), so nothing done here inflates them. See docs/performance.md.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import gc
import io
import json
import logging
import math
import os
import platform
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SEED = ROOT / "seeds" / "000_65b7911c41883545.txt"
NEWS = ROOT.parent / "shared" / "corpus" / "news.jsonl"  # real news, beside the repository (not in it)
JIONLP_INSTALL = (
    "JioNLP is not installed in this interpreter. Measure it from a separate venv, e.g.\n"
    "    python -m venv /tmp/jio-venv && /tmp/jio-venv/bin/pip install -e . jionlp\n"
    "    PYTHONPATH=. /tmp/jio-venv/bin/python benchmarks/bench.py --compare jionlp\n"
    "(PYTHONPATH=. makes the venv import this checkout's newsfacts whatever was installed into it)\n"
    "(do not add jionlp to the project's own environment or pyproject.toml)"
)

# Thread pools (numpy/BLAS, used by JioNLP's segmenter) stay at one thread: the benchmark is single-core.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

sys.path.insert(0, str(HERE))
import fresh_process  # noqa: E402  (benchmarks/ sibling, stdlib only)
from generate_corpus import DEFAULT_SEED, generate  # noqa: E402

Call = Callable[[str], object]


@dataclass
class Timing:
    """Per-text seconds (median over the repeats) for one callable over one workload."""

    label: str
    chars: int
    seconds: list[float]
    facts: int | None = None  # facts found in the texts (newsfacts only): µs per fact

    @property
    def total(self) -> float:
        return sum(self.seconds)

    @property
    def chars_per_s(self) -> float:
        return self.chars / self.total

    @property
    def articles_per_s(self) -> float:
        return len(self.seconds) / self.total


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)]


def time_texts(fn: Call, texts: Sequence[str], repeat: int, label: str) -> Timing:
    """Time ``fn`` on every text, ``repeat`` passes; each text's time is the median of its passes."""
    runs: list[list[float]] = [[] for _ in texts]
    clock = time.perf_counter_ns
    for _ in range(repeat):
        gc.collect()
        for i, text in enumerate(texts):
            t = clock()
            fn(text)
            runs[i].append((clock() - t) / 1e9)
    return Timing(label, sum(map(len, texts)), [statistics.median(r) for r in runs])


def time_seed(fn: Call, seed: str, runs: int, label: str) -> Timing:
    """Time ``fn`` on the seed article ``runs`` times; each run is one sample."""
    clock = time.perf_counter_ns
    samples = []
    gc.collect()
    for _ in range(runs):
        t = clock()
        fn(seed)
        samples.append((clock() - t) / 1e9)
    return Timing(label, len(seed) * runs, samples)


def guarded(fn: Call) -> tuple[Call, Counter[str]]:
    """``fn`` that counts exceptions by type instead of raising (JioNLP raises on some texts)."""
    errors: Counter[str] = Counter()

    def call(text: str) -> object:
        try:
            return fn(text)
        except Exception as e:
            errors[type(e).__name__] += 1
            return None

    return call, errors


def combined(label: str, timings: Sequence[Timing]) -> Timing:
    """Several callables run one after another on the same texts: per-text times add up."""
    return Timing(label, timings[0].chars, [sum(t) for t in zip(*(x.seconds for x in timings), strict=True)])


# ---------------------------------------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------------------------------------


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A plain table, first column left-aligned, the others right-aligned."""
    widths = [max(len(str(r[i])) for r in [headers, *rows]) for i in range(len(headers))]

    def line(cells: Sequence[str]) -> str:
        pairs = zip(cells, widths, strict=True)
        return "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(pairs))

    return "\n".join([line(headers), line(["-" * w for w in widths]), *(line(r) for r in rows)])


SPEED_HEADERS = ("workload", "articles", "chars", "chars/s", "articles/s", "µs/fact", "median ms", "p95 ms")


def speed_row(t: Timing, articles: int | None = None, chars: int | None = None) -> list[str]:
    ms = [s * 1000 for s in t.seconds]
    per_fact = "" if not t.facts else f"{t.total * 1e6 / t.facts:,.1f}"
    return [
        t.label,
        f"{articles if articles is not None else len(t.seconds):,}",
        f"{chars if chars is not None else t.chars:,}",
        f"{t.chars_per_s:,.0f}",
        f"{t.articles_per_s:,.1f}",
        per_fact,
        f"{statistics.median(ms):,.2f}",
        f"{percentile(ms, 95):,.2f}",
    ]


def cpu_model() -> str:
    try:
        out = subprocess.run(["lscpu"], capture_output=True, text=True, check=False).stdout
        for line in out.splitlines():
            if line.startswith("Model name:"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def git_revision() -> str:
    try:
        out = subprocess.run(
            ["git", "-C", str(ROOT), "describe", "--always", "--dirty"], capture_output=True, text=True, check=False
        )
        return out.stdout.strip() or "unknown"
    except OSError:
        return "unknown"


def pin_one_cpu(cpu: int | None) -> str:
    """Pin this process (and the subprocesses it starts) to one CPU; returns a description."""
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity here)"
    allowed = sorted(os.sched_getaffinity(0))
    chosen = cpu if cpu is not None else allowed[0]
    os.sched_setaffinity(0, {chosen})
    return f"pinned to CPU {chosen} of {os.cpu_count()}"


# ---------------------------------------------------------------------------------------------------------
# Fresh processes
# ---------------------------------------------------------------------------------------------------------


def fresh(lib: str, corpus_file: Path | None) -> dict[str, object]:
    """Run benchmarks/fresh_process.py for ``lib``; its JSON plus the wall time of the whole process.

    Linux keeps ``ru_maxrss`` across ``execve``: a child exec'd straight from this (large) process starts
    with this process's peak. So the child is started by a small ``sh`` that forks it (``; exit $?`` stops
    sh from exec'ing in place), and its ``ru_maxrss`` is its own."""
    cmd = [sys.executable, str(HERE / "fresh_process.py"), lib, str(SEED)]
    if corpus_file is not None:
        cmd.append(str(corpus_file))
    if os.path.exists("/bin/sh"):
        cmd = ["/bin/sh", "-c", '"$@"; exit $?', "sh", *cmd]
    t = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, check=False, cwd=ROOT)
    wall = time.perf_counter() - t
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{done.stderr[-2000:]}")
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    result["wall_s"] = wall
    return result


def fresh_rows(lib: str, label: str, corpus_file: Path, cold_runs: int) -> list[list[str]]:
    """One row: import, import + first article and process wall time (median of ``cold_runs`` fresh
    processes), and the RSS steps of one more fresh process that also runs the whole corpus."""
    cold = [fresh(lib, None) for _ in range(cold_runs)]
    full = fresh(lib, corpus_file)

    hwm = full.get("vmhwm_kib")
    if isinstance(hwm, int) and abs(hwm - int(full["rss_peak_kib"])) > 0.1 * hwm:  # type: ignore[call-overload]
        print(f"  warning: ru_maxrss {full['rss_peak_kib']} KiB but VmHWM {hwm} KiB: ru_maxrss may be inherited")

    firsts = full.get("first_calls_s")
    if isinstance(firsts, dict) and len(firsts) > 1:
        print(f"  {label}, first call of each: " + ", ".join(f"{k} {v:.2f} s" for k, v in firsts.items()))

    def med(key: str) -> float:
        return statistics.median(float(c[key]) for c in cold)  # type: ignore[arg-type]

    def mib(key: str) -> str:
        return f"{float(full[key]) / 1024:,.1f}"  # type: ignore[arg-type]

    return [[
        label, f"{med('import_s'):.3f}", f"{med('first_call_s'):.3f}", f"{med('wall_s'):.3f}",
        mib("rss_start_kib"), mib("rss_import_kib"), mib("rss_first_kib"), mib("rss_peak_kib"),
    ]]  # fmt: skip


FRESH_HEADERS = (
    "fresh process", "import s", "import+1st s", "process wall s",
    "RSS start MiB", "after import", "after 1st", "peak (corpus)",
)  # fmt: skip


# ---------------------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------------------


def load_news(args: argparse.Namespace) -> tuple[list[str], str] | None:
    """The real-news texts: ``--corpus`` (a JSON Lines file of objects with a "text", or a directory of
    *.txt), by default ../shared/corpus/news.jsonl; the first ``--news-articles`` of them (0: all). None,
    with a message, when the file is absent."""
    path: Path = args.corpus if args.corpus is not None else NEWS
    limit = args.news_articles or None
    if path.is_dir():
        paths = sorted(path.glob("*.txt"))[:limit]
        if not paths:
            raise SystemExit(f"no .txt files in {path}")
        return [p.read_text(encoding="utf-8") for p in paths], f"{path}/*.txt"
    if not path.is_file():
        if args.corpus is not None:
            raise SystemExit(f"--corpus {path}: no such file or directory")
        print(f"real news: skipped, {path} is absent (it sits beside the repository: ../shared/corpus/news.jsonl)")
        return None
    texts = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                item = json.loads(line)
                texts.append(item["text"] if isinstance(item, dict) else item)
            if limit is not None and len(texts) >= limit:
                break
    return texts, str(path)


def profile(fn: Call, texts: Sequence[str], top: int = 25) -> str:
    """cProfile of one pass over the texts: top ``top`` by cumulative time, then the top 15 by own time."""
    prof = cProfile.Profile()
    prof.enable()
    for text in texts:
        fn(text)
    prof.disable()
    out = io.StringIO()
    stats = pstats.Stats(prof, stream=out).strip_dirs()
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(15)
    return out.getvalue()


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=500, help="generated articles to time (default 500)")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes over each text (default 3)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"corpus seed (default {DEFAULT_SEED})")
    parser.add_argument(
        "--corpus", type=Path, help="real news: a JSON Lines file with a 'text' per line, or a directory of *.txt "
        "(default ../shared/corpus/news.jsonl, beside the repository)"
    )
    parser.add_argument(
        "--news-articles", type=int, default=400, help="real-news articles to time (default: the first 400; 0: all)"
    )
    parser.add_argument("--profile", action="store_true", help="cProfile one pass: top 25 by cumulative time")
    parser.add_argument("--compare", choices=["jionlp"], help="also time JioNLP (must be installed here)")
    parser.add_argument("--cpu", type=int, help="CPU to pin to (default: the first one allowed)")
    parser.add_argument("--fresh-runs", type=int, default=3, help="fresh processes for first-call time (default 3)")
    parser.add_argument("--no-fresh", action="store_true", help="skip the fresh-process measurements")
    args = parser.parse_args(argv)
    if args.articles < 1 or args.repeat < 1 or args.fresh_runs < 1 or args.news_articles < 0:
        parser.error("--articles, --repeat and --fresh-runs must be at least 1, --news-articles at least 0")
    return args


def count_facts(extract: Call, texts: Sequence[str]) -> Counter[str]:
    return Counter(f.kind for text in texts for f in extract(text))  # type: ignore[attr-defined]


def facts_line(label: str, kinds: Counter[str], chars: int) -> str:
    n = sum(kinds.values())
    return (
        f"facts in {label}: {n:,} ({n / chars * 1000:.1f} per 1,000 characters): "
        + ", ".join(f"{k} {v:,}" for k, v in kinds.most_common())
    )


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    pinned = pin_one_cpu(args.cpu)

    import newsfacts
    from newsfacts import extract_facts

    seed = SEED.read_text(encoding="utf-8")
    print(
        f"newsfacts {newsfacts.__version__} ({git_revision()}) · Python {platform.python_version()} · "
        f"{cpu_model()} · {pinned} · {dt.date.today().isoformat()}"
    )
    where = Path(newsfacts.__file__).resolve().parent
    if where != ROOT / "newsfacts":
        print(f"note: newsfacts imported from {where}, not from {ROOT} (the revision above is {ROOT}'s)")
    loaded = load_news(args)
    news, news_source = loaded if loaded is not None else ([], "")
    generated = [a.text for a in generate(args.articles, args.seed)]
    if news:
        print(f"real news: {len(news)} articles ({news_source}), {sum(map(len, news)):,} characters")
    print(
        f"generated: {len(generated)} articles (seed {args.seed}), {sum(map(len, generated)):,} characters; "
        f"repeat {args.repeat}\n"
    )
    headline = news or generated  # what JioNLP, the fresh process's corpus run and the profile read

    # warm-up: the first call builds lazy tables; a few more let caches and the allocator settle
    for _ in range(3):
        extract_facts(seed)
    for text in (news[:20] + generated[:20]):
        extract_facts(text)

    seed_runs = 20 * args.repeat
    seed_kinds = count_facts(extract_facts, [seed])
    seed_t = time_seed(extract_facts, seed, seed_runs, f"seed article (x{seed_runs} runs)")
    seed_t.facts = sum(seed_kinds.values()) * seed_runs
    rows, notes = [], []
    news_t: Timing | None = None
    if news:
        news_t = time_texts(extract_facts, news, args.repeat, "real news")
        news_kinds = count_facts(extract_facts, news)
        news_t.facts = sum(news_kinds.values())
        rows.append(speed_row(news_t))
        notes.append(facts_line("the real news", news_kinds, news_t.chars))
    gen_t = time_texts(extract_facts, generated, args.repeat, "generated corpus")
    gen_kinds = count_facts(extract_facts, generated)
    gen_t.facts = sum(gen_kinds.values())
    rows += [speed_row(seed_t, articles=1, chars=len(seed)), speed_row(gen_t)]
    notes.append(facts_line("the generated corpus", gen_kinds, gen_t.chars))
    print(table(SPEED_HEADERS, rows))
    print("\n".join(notes))

    jio_calls: dict[str, Call] = {}
    if args.compare == "jionlp":
        try:
            jio = fresh_process.import_jionlp()
        except ImportError:
            print("\n--compare jionlp: skipped.\n" + JIONLP_INSTALL)
        else:
            jio_calls = fresh_process.jionlp_calls(jio)
            print(f"\nJioNLP {getattr(jio, '__version__', '?')}: " + ", ".join(jio_calls), flush=True)
            label = "real news" if news else "generated"
            compare_jionlp(jio_calls, seed, headline, args.repeat, seed_t, news_t or gen_t, label)

    if not args.no_fresh:
        print(
            f"\nfresh processes (import and first-call: median of {args.fresh_runs}; RSS: one run over the "
            f"{'real news' if news else 'generated corpus'})"
        )
        with tempfile.TemporaryDirectory() as tmp:
            corpus_file = Path(tmp) / "texts.jsonl"
            lines = "".join(json.dumps(t, ensure_ascii=False) + "\n" for t in headline)
            corpus_file.write_text(lines, encoding="utf-8")
            rows = fresh_rows("newsfacts", "newsfacts.extract_facts", corpus_file, args.fresh_runs)
            if jio_calls:
                print("  (JioNLP: one cold run; its first call loads its dictionaries and takes a while)", flush=True)
                rows += fresh_rows("jionlp", "jionlp (money + time + location)", corpus_file, 1)
        print(table(FRESH_HEADERS, rows))

    if args.profile:
        print(f"\ncProfile, one pass over {len(headline)} articles (profiling slows everything down ~2x):")
        print(profile(extract_facts, headline))
    return 0


class _CountingHandler(logging.Handler):
    """Counts log records instead of printing them: JioNLP logs (and swallows) a traceback for every time
    expression it cannot parse (近日, 日 …), thousands over the corpus."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


def compare_jionlp(
    calls: dict[str, Call], seed: str, texts: Sequence[str], repeat: int, seed_t: Timing, corpus_t: Timing,
    label: str = "real news",
) -> None:
    """Time each JioNLP extractor on the same texts in this process and print the ratios to newsfacts."""
    root = logging.getLogger()
    saved_handlers, counter = root.handlers[:], _CountingHandler()
    root.handlers = [counter]
    try:
        guarded_calls = {name: guarded(fn) for name, fn in calls.items()}
        t = time.perf_counter()
        for fn, _ in guarded_calls.values():
            fn(seed)  # the first call loads JioNLP's dictionaries and segmenter model
        print(f"JioNLP warm-up (first call of the three, in this process): {time.perf_counter() - t:.1f} s", flush=True)
        for fn, _ in guarded_calls.values():
            for text in texts[:20]:
                fn(text)
        seed_runs = 5 * repeat
        seed_ts, corpus_ts = [], []
        for name, (fn, _) in guarded_calls.items():
            seed_ts.append(time_seed(fn, seed, seed_runs, f"{name} · seed (x{seed_runs} runs)"))
            corpus_ts.append(time_texts(fn, texts, repeat, f"{name} · {label}"))
            print(f"  timed {name}", file=sys.stderr, flush=True)
    finally:
        root.handlers = saved_handlers
    seed_all = combined("JioNLP, all three · seed", seed_ts)
    seed_mt = combined("JioNLP money + time · seed", seed_ts[:2])
    corpus_all = combined(f"JioNLP, all three · {label}", corpus_ts)
    corpus_mt = combined(f"JioNLP money + time · {label}", corpus_ts[:2])
    rows = [speed_row(x, articles=1, chars=len(seed)) for x in [*seed_ts, seed_mt, seed_all]]
    rows += [speed_row(x) for x in [*corpus_ts, corpus_mt, corpus_all]]
    print(table(SPEED_HEADERS, rows))
    errors = {name: dict(err) for name, (_, err) in guarded_calls.items() if err}
    if errors:
        print(f"JioNLP exceptions raised (counted, timing kept): {errors}")
    if counter.count:
        print(f"JioNLP logged {counter.count:,} errors it caught itself (silenced while timing)")
    print("\nratio newsfacts chars/s ÷ JioNLP chars/s (above 1: newsfacts faster)")
    heads = ["workload", "vs all three", "vs money+time", *(name.rsplit(".", 1)[-1] for name in calls)]
    ratio_rows = []
    for workload, ours, theirs in (
        ("seed", seed_t, [seed_all, seed_mt, *seed_ts]),
        (label, corpus_t, [corpus_all, corpus_mt, *corpus_ts]),
    ):
        ratio_rows.append([workload, *(f"{ours.chars_per_s / x.chars_per_s:.2f}" for x in theirs)])
    print(table(heads, ratio_rows))


if __name__ == "__main__":
    raise SystemExit(main())
