"""Coverage-guided fuzzing of newsfacts with atheris (libFuzzer for Python).

Usage (normally through fuzz/run.sh):

    python fuzz/fuzz_newsfacts.py TARGET [libFuzzer options] [CORPUS_DIR ...]

TARGET is one of ``extract_facts``, ``parse_number``, ``read_article``. Every input is checked against the
same invariants as tests/test_properties.py; a violated invariant or an unexpected exception is a crash.

Set ``NEWSFACTS_FUZZ_SKIP_KNOWN=1`` to skip the inputs of the already-reported findings (see
docs/robustness.md) so that a run can look for new ones instead of stopping on a known crash.
Set ``NEWSFACTS_FUZZ_COLLECT=DIR`` to log each distinct failure (exception type and place, or a call slower
than ``NEWSFACTS_FUZZ_SLOW`` seconds, default 2) once under DIR and keep fuzzing rather than stop at the first.
Without atheris installed, ``--fallback SECONDS`` runs a hypothesis-driven random loop instead.
"""

from __future__ import annotations

import datetime as dt
import decimal
import hashlib
import json
import os
import sys
import time
import traceback
from collections.abc import Callable

import regex

with_atheris = True
try:
    import atheris
except ImportError:  # pragma: no cover - fallback path
    with_atheris = False

if with_atheris:
    with atheris.instrument_imports():
        import newsfacts
        from newsfacts import Facts, extract_facts, parse_number
        from newsfacts.document import read_article
else:  # pragma: no cover
    import newsfacts
    from newsfacts import Facts, extract_facts, parse_number
    from newsfacts.document import read_article

APPROX = {"exact", "over", "under", "about"}
COUNTS = {"people", "households", "person_times"}
FIGURE_KINDS = {"money", "headcount", "quantity", "percentage"}
REFERENCE = dt.date(2024, 7, 12)
MAX_LEN = 4096

# Finding 1 (RecursionError in numerals._parse) and finding 2 (non-linear scan time) need long runs of
# scale words, numerals or grouped digits; finding 3 (InvalidOperation from tidy) needs huge values.
_KNOWN = regex.compile(
    r"(?:[0-9０-９〇零一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟兩廿卅]*[万亿萬億]){40}"
    r"|[0-9０-９〇零一二两三四五六七八九壹贰叁肆伍陆柒捌玖,，.．]{200}"
)


def _known(text: str) -> bool:
    return os.environ.get("NEWSFACTS_FUZZ_SKIP_KNOWN") == "1" and _KNOWN.search(text) is not None


def check_facts(text: str, facts: Facts) -> None:
    """Assert the documented invariants of one ``extract_facts`` result."""
    last_start = -1
    last_end_by_kind: dict[str, int] = {}
    for f in facts:
        assert text[f.start : f.end] == f.text, (f, text[f.start : f.end])
        assert f.start < f.end, f
        assert f.start >= last_start, ("out of order", f)
        last_start = f.start
        assert f.start >= last_end_by_kind.get(f.kind, 0), ("overlap", f)
        last_end_by_kind[f.kind] = f.end
        if f.kind in FIGURE_KINDS:
            assert isinstance(f.value, decimal.Decimal) and f.value.is_finite(), f
            if f.high is not None:
                assert f.high.is_finite() and f.high >= f.value, f
            assert f.approx in APPROX, f
            assert f.date_until is None or (f.date is not None and f.date_until >= f.date), f
            if f.kind == "money":
                assert regex.fullmatch(r"[A-Z]{3}", f.currency), f
            elif f.kind == "headcount":
                assert f.counts in COUNTS, f
            elif f.kind == "percentage":
                assert f.unit in {"%", "pp"}, f
                assert f.change in {"increase", "decrease", None}, f
                assert f.basis in {"year_on_year", "period_on_period", None}, f
        elif f.kind == "date":
            assert f.until is None or f.until >= f.date, f
        elif f.kind == "place":
            assert f.level in {"country", "province", "prefecture", "county", None}, f
        # any other kind is held to the span, order and JSON invariants only
    again = Facts.model_validate_json(facts.model_dump_json())
    assert again == facts, "JSON round trip changed the facts"


def run_extract_facts(data: bytes) -> None:
    text = data.decode("utf-8", "replace")[:MAX_LEN]
    if _known(text):
        return
    for reference in (None, REFERENCE):
        facts = extract_facts(text, reference_date=reference)
        check_facts(text, facts)
    assert extract_facts(text) == extract_facts(text), "not deterministic"


def run_parse_number(data: bytes) -> None:
    text = data.decode("utf-8", "replace")[:256]
    if _known(text):
        return
    try:
        value = parse_number(text)
    except ValueError:
        return
    assert isinstance(value, decimal.Decimal) and value.is_finite(), (text, value)


def run_read_article(data: bytes) -> None:
    data = data[: MAX_LEN * 4]
    try:
        article = read_article(data)
    except ValueError:  # ArticleDecodeError, BinaryPageError, PageTooLargeError are ValueErrors
        return
    text = article.text
    if _known(text):
        return
    assert 0 <= article.body_start <= article.body_end <= len(text), article
    for a, b in article.content_spans():
        assert 0 <= a <= b <= len(text)
    if article.title_span is not None:
        assert text[article.title_span[0] : article.title_span[1]] == article.title, article
    if article.dateline_span is not None:
        assert text[article.dateline_span[0] : article.dateline_span[1]] == article.dateline, article
    json.loads(article.model_dump_json())
    for a, b in article.content_spans():
        piece = text[a:b]
        if len(piece) <= MAX_LEN and not _known(piece):
            check_facts(piece, extract_facts(piece))


TARGETS = {"extract_facts": run_extract_facts, "parse_number": run_parse_number, "read_article": run_read_article}

_seen: set[str] = set()


def collecting(run: Callable[[bytes], None], out: str, slow: float) -> Callable[[bytes], None]:
    """Wrap a target so that a failure is logged once per signature (exception type and innermost newsfacts
    line) under ``out`` and fuzzing goes on; a call slower than ``slow`` seconds is logged as well."""
    os.makedirs(out, exist_ok=True)

    def record(kind: str, where: str, data: bytes, detail: str) -> None:
        signature = f"{kind}@{where}"
        if signature in _seen:
            return
        _seen.add(signature)
        name = hashlib.sha1(signature.encode()).hexdigest()[:12]
        with open(os.path.join(out, f"{name}.input"), "wb") as f:
            f.write(data)
        with open(os.path.join(out, f"{name}.txt"), "w", encoding="utf-8") as f:
            f.write(f"{signature}\n{len(data)} bytes: {data[:300]!r}\n\n{detail}\n")
        print(f"FINDING {signature} ({len(data)} bytes)", file=sys.stderr, flush=True)

    def wrapped(data: bytes) -> None:
        started = time.monotonic()
        try:
            run(data)
        except (Exception, RecursionError) as exc:
            frames = traceback.extract_tb(exc.__traceback__)
            ours = [fr for fr in frames if "newsfacts" in fr.filename and "fuzz" not in fr.filename]
            inner = frames[-1]
            where = f"{(ours or frames)[-1].filename.rsplit('/', 1)[-1]}:{(ours or frames)[-1].lineno}"
            where += f">{inner.filename.rsplit('/', 1)[-1]}:{inner.lineno}"
            record(type(exc).__name__, where, data, "".join(traceback.format_exception(exc)))
        elapsed = time.monotonic() - started
        if elapsed > slow:
            record("slow", f"{len(data) // 512 * 512}B", data, f"{elapsed:.2f} s")

    return wrapped


def _fallback(target: str, seconds: float) -> None:  # pragma: no cover - used only without atheris
    import time

    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    deadline = time.monotonic() + seconds
    run = TARGETS[target]
    collect = os.environ.get("NEWSFACTS_FUZZ_COLLECT")
    if collect:
        run = collecting(run, collect, float(os.environ.get("NEWSFACTS_FUZZ_SLOW", "2")))

    @settings(max_examples=10**9, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(st.binary(max_size=MAX_LEN) | st.text(max_size=MAX_LEN).map(lambda s: s.encode("utf-8", "replace")))
    def loop(data: bytes) -> None:
        if time.monotonic() > deadline:
            raise KeyboardInterrupt
        run(data)

    try:
        loop()
    except KeyboardInterrupt:
        pass


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in TARGETS:
        sys.exit(f"usage: {sys.argv[0]} {{{','.join(TARGETS)}}} [libFuzzer options] [corpus dirs]")
    target = sys.argv.pop(1)
    if "--fallback" in sys.argv or not with_atheris:
        seconds = float(sys.argv[sys.argv.index("--fallback") + 1]) if "--fallback" in sys.argv else 60.0
        _fallback(target, seconds)
        return
    run = TARGETS[target]
    collect = os.environ.get("NEWSFACTS_FUZZ_COLLECT")
    if collect:
        run = collecting(run, collect, float(os.environ.get("NEWSFACTS_FUZZ_SLOW", "2")))
    atheris.Setup(sys.argv, run)
    atheris.Fuzz()


if __name__ == "__main__":
    _ = newsfacts.__version__
    main()
