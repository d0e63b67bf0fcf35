from __future__ import annotations

import importlib.util
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsfacts.cli import main, seed_path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_batch import make_corpus  # noqa: E402


def test_no_arguments_prints_the_seed_table(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main([]) == 0
    out = capsys.readouterr().out
    assert "3550多万元" in out and "35500000" in out and "企业退休人员" in out


def test_a_file_and_json(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "a.txt"
    page.write_bytes("临沭县共捐款15.09万元。".encode("gb18030"))
    assert main([str(page), "--json"]) == 0
    assert '"150900"' in capsys.readouterr().out


def test_unreadable_file_is_reported(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "b.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    assert main([str(bad)]) == 1
    assert "b.txt" in capsys.readouterr().err


# ---------------------------------------------------------------------------------------------------------
# newsfacts extract
# ---------------------------------------------------------------------------------------------------------


def _cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "newsfacts", *args], input=stdin, capture_output=True, cwd=ROOT, timeout=120
    )


def test_done_when_a_corpus_to_jsonl_csv_parquet_same_rows_jobs_identical_broken_reported(tmp_path: Path) -> None:
    """The issue's check at CI size: 100 generated articles (UTF-8, GB18030, HTML; 5 broken) through
    ``newsfacts extract`` in each format, on 1 and 2 processes."""
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    from newsfacts.batch import extract_many, walk
    from newsfacts.frame import read_facts, to_dataframe

    corpus = tmp_path / "corpus"
    made = make_corpus(corpus, 100)
    bad = made["broken"] + made["large"]
    frames = {}
    for fmt in ("jsonl", "csv", "parquet"):
        outs = []
        for jobs in ("1", "2"):
            out = tmp_path / f"facts{jobs}.{fmt}"
            done = _cli("extract", str(corpus), "-o", str(out), "--jobs", jobs, "--max-size", "200000")
            err = done.stderr.decode()
            assert done.returncode == 1, err
            assert all(f"newsfacts: {p}: " in err for p in bad), err
            assert "newsfacts: 100 documents, 5 failed;" in err
            outs.append(out.read_bytes())
        assert outs[0] == outs[1], f"{fmt}: --jobs 2 differs from --jobs 1"
        frames[fmt] = read_facts(tmp_path / f"facts1.{fmt}")
    pd.testing.assert_frame_equal(frames["jsonl"], frames["csv"])
    pd.testing.assert_frame_equal(frames["jsonl"], frames["parquet"])
    paths = [Path(p) for p in walk(str(corpus))]
    assert len(paths) == 100
    want = to_dataframe(extract_many(paths, max_size=200_000))
    pd.testing.assert_frame_equal(frames["parquet"], want)
    assert frames["parquet"]["doc_id"].nunique() == len(made["good"])
    assert set(frames["parquet"]["encoding"]) == {"utf-8", "gb18030"}
    # and plain pandas reads them with the same number of rows
    n = len(want)
    assert len(pd.read_csv(tmp_path / "facts1.csv")) == n
    assert len(pd.read_json(tmp_path / "facts1.jsonl", lines=True)) == n
    assert len(pd.read_parquet(tmp_path / "facts1.parquet")) == n


def _wait_for_output(proc: subprocess.Popen[bytes], path: Path, size: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists() and path.stat().st_size > size:
            return
        if proc.poll() is not None:
            pytest.fail(
                f"finished before it could be interrupted: {proc.stderr.read().decode() if proc.stderr else ''}"
            )
        time.sleep(0.02)
    proc.kill()
    pytest.fail("no output appeared")


@pytest.mark.parametrize(
    ("fmt", "jobs", "group"),
    [("jsonl", "1", False), ("csv", "2", True), ("parquet", "1", False), ("parquet", "2", True)],
)
def test_ctrl_c_keeps_everything_written(tmp_path: Path, fmt: str, jobs: str, group: bool) -> None:
    """SIGINT mid-run (to the process, or to its whole group as a terminal's Ctrl-C does): exit 130, and the
    output loads with complete documents, a prefix of the input order."""
    pytest.importorskip("pyarrow")
    from newsfacts.batch import extract_many, walk
    from newsfacts.frame import read_facts, to_dataframe

    corpus = tmp_path / "corpus"
    make_corpus(corpus, 400, seed=1, broken=False)
    out = tmp_path / f"facts.{fmt}"
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsfacts", "extract", str(corpus), "-o", str(out), "-j", jobs,
         "--row-group-size", "50"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=group,
    )  # fmt: skip
    _wait_for_output(proc, out, 2000)
    if group:
        os.killpg(proc.pid, signal.SIGINT)
    else:
        proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err.decode()
    assert "interrupted" in err.decode()
    got = read_facts(out)
    ids = list(dict.fromkeys(got["doc_id"]))
    paths = walk(str(corpus))
    assert 0 < len(ids) < len(paths)
    assert ids == paths[: len(ids)]  # every generated article has facts: the documents done, in order
    want = to_dataframe(extract_many([Path(p) for p in paths[: len(ids)]]))
    import pandas as pd

    pd.testing.assert_frame_equal(got, want)


def test_stdin_page_and_jsonl(tmp_path: Path) -> None:
    done = _cli("extract", "-", stdin="临沭县共捐款15.09万元。".encode("gb18030"))
    assert done.returncode == 0, done.stderr
    row = json.loads(done.stdout.decode().splitlines()[-1])
    assert row["doc_id"] == "-" and row["value"] == "150900" and row["encoding"] == "gb18030"
    lines = (
        json.dumps({"key": "k1", "body": "救助困难家庭31668户。"}, ensure_ascii=False) + "\n"
        + "{broken\n"
        + json.dumps({"key": "k2", "body": "发放救助金1227.7万元。"}, ensure_ascii=False) + "\n"
    )  # fmt: skip
    done = _cli("extract", "-", "--jsonl", "--text-field", "body", "--id-field", "key", stdin=lines.encode())
    assert done.returncode == 1
    rows = [json.loads(x) for x in done.stdout.decode().splitlines()]
    assert [r["doc_id"] for r in rows] == ["k1", "k2"] and rows[0]["path"] is None
    assert "newsfacts: -:2: not a JSON line" in done.stderr.decode()
    f = tmp_path / "docs.jsonl"
    f.write_text(lines, encoding="utf-8")
    done = _cli("extract", str(f), "--text-field", "body", "--id-field", "key", "--kinds", "money", "-q")
    assert done.returncode == 1
    rows = [json.loads(x) for x in done.stdout.decode().splitlines()]
    assert [(r["doc_id"], r["kind"], r["path"]) for r in rows] == [("k2", "money", str(f))]
    assert "documents" not in done.stderr.decode()  # -q: no summary, but the failure is still reported
    assert f"{f}:2" in done.stderr.decode()


def test_table_format_kinds_and_summary(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "a.txt"
    page.write_text("青岛市发放临时救助金860万元，救助困难群众1.2万人。", encoding="utf-8")
    assert main(["extract", str(page), "--format", "table", "--kinds", "money,headcount"]) == 0
    captured = capsys.readouterr()
    assert f"{page}: 2 facts" in captured.out and "860万元" in captured.out and "370200" not in captured.out
    assert "1 documents, 0 failed; 2 facts (money 1, headcount 1)" in captured.err
    assert "\r" not in captured.err  # no progress bar when stderr is not a terminal


def test_progress_bar_when_asked(tmp_path: Path) -> None:
    make_corpus(tmp_path, 3, broken=False)
    done = _cli("extract", str(tmp_path), "--progress", "-o", str(tmp_path / "o.csv"))
    assert done.returncode == 0
    assert b"\r\x1b[K[" in done.stderr and b"3/3 documents" in done.stderr


def test_usage_errors_exit_2(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    for args in (
        ["extract", str(tmp_path), "--kinds", "mony"],
        ["extract", str(tmp_path), "--format", "parquet"],
        ["extract", str(tmp_path), "-o", "out.dat"],
        ["extract", "-", "-"],
        ["extract"],
    ):
        with pytest.raises(SystemExit) as exc:
            main(args)
        assert exc.value.code == 2, args
    assert "unknown kind mony" in capsys.readouterr().err
    assert main(["extract", str(tmp_path), "-o", str(tmp_path / "no" / "such" / "dir.jsonl")]) == 2


def test_nothing_found_or_missing_path_exit_1(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["extract", str(tmp_path)]) == 1
    assert "no documents found" in capsys.readouterr().err
    assert main(["extract", str(tmp_path / "missing.txt")]) == 1
    assert "missing.txt: No such file or directory" in capsys.readouterr().err


def test_glob_option(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    made = make_corpus(tmp_path, 10, broken=False)
    assert main(["extract", str(tmp_path), "--glob", "*.html", "-o", str(tmp_path / "o.jsonl")]) == 0
    htmls = [p for p in made["good"] if p.suffix == ".html"]
    assert f"{len(htmls)} documents" in capsys.readouterr().err


# ---------------------------------------------------------------------------------------------------------
# newsfacts evaluate, newsfacts show
# ---------------------------------------------------------------------------------------------------------


def test_evaluate_command(capsys) -> None:  # type: ignore[no-untyped-def]
    gold = str(Path(__file__).parent / "seed_gold.json")
    assert main(["evaluate", gold]) == 0
    out = capsys.readouterr().out
    assert "money           7      0     0     1.000  1.000 1.000" in out
    assert "attribution place: 19/19 = 1.000" in out
    assert main(["evaluate", gold, "--json", "--min-f1", "0.5"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["kinds"]["headcount"]["found"] == 9 and data["lowest_f1"] == 1.0
    assert main(["evaluate", gold, "--min-f1", "1.01"]) == 1
    assert main(["evaluate", "no-such-gold.json"]) == 2


@pytest.mark.skipif(importlib.util.find_spec("newsfacts.show") is None, reason="newsfacts.show is not there")
def test_show_writes_a_page(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "page.html"
    assert main(["show", str(seed_path()), "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.lstrip().lower().startswith("<!doctype html") and "3550多万元" in page
    assert main(["show", str(seed_path())]) == 0
    assert "3550多万元" in capsys.readouterr().out
    assert main(["show", str(tmp_path / "missing.txt")]) == 1
