"""newsfacts.evaluate: the scorer's matching rules on a gold file written for these tests, the seed gold, and
(when the shared scorer is beside the project) the same figures as shared/tools/score.py."""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from newsfacts.evaluate import GoldError, Report, evaluate, load_gold

HERE = Path(__file__).resolve().parent
EXAMPLE = HERE / "gold_example.json"
SEED_GOLD = HERE / "seed_gold.json"
SHARED = HERE.parent.parent / "shared"
SCORER = SHARED / "tools" / "score.py"


def _gold() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    return data


def _score(tmp_path: Path, gold: dict[str, Any]) -> Report:
    path = tmp_path / "g.json"
    path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return evaluate([path])


def test_example_gold_scores_perfectly() -> None:
    report = evaluate([EXAMPLE])
    assert report.documents == 1
    assert {k: (t.found, t.missed, t.false) for k, t in report.kinds.items() if t.found} == {
        "money": (1, 0, 0), "headcount": (1, 0, 0), "quantity": (2, 0, 0), "percentage": (1, 0, 0),
        "date": (3, 0, 0), "place": (1, 0, 0),
    }  # fmt: skip
    assert (report.place_ok, report.place_n, report.subject_ok, report.subject_n) == (5, 5, 4, 4)
    assert report.lowest_f1 == 1.0 and report.notes == []


def test_a_wrong_value_is_a_miss_and_a_false_find(tmp_path: Path) -> None:
    gold = _gold()
    money = next(f for f in gold["required"] if f["kind"] == "money")
    money["value"] = "8700000"
    report = _score(tmp_path, gold)
    t = report.kinds["money"]
    assert (t.found, t.missed, t.false) == (0, 1, 1)
    assert (t.precision, t.recall, t.f1) == (0.0, 0.0, 0.0)
    assert report.lowest_f1 == 0.0
    assert any(n.startswith("  miss g.json money '860万元' @17  (found instead:") for n in report.notes)
    assert report.subject_n == 3  # attribution is scored on matched figures only


def test_optional_and_forbidden(tmp_path: Path) -> None:
    gold = _gold()
    gold["optional"] = []
    gold["forbidden"].append({"text": "比去年", "start": 50, "end": 53, "why": "a comparison basis"})
    report = _score(tmp_path, gold)
    assert (report.kinds["date"].found, report.kinds["date"].false) == (3, 1)
    assert report.kinds["date"].precision == 0.75
    assert "  false g.json date '去年' @51: a comparison basis" in report.notes


def test_place_and_subject_attribution(tmp_path: Path) -> None:
    gold = _gold()
    heads = [f for f in gold["required"] if f["kind"] in ("headcount", "quantity") and f.get("subject")]
    heads = [next(f for f in heads if f["kind"] == "headcount"), next(f for f in heads if "人次" in f["text"])]
    heads[0]["place_code"], heads[0]["place"] = "370000", "山东省"
    heads[1]["subject"] = "游客"
    report = _score(tmp_path, gold)
    assert (report.place_ok, report.place_n) == (4, 5)
    assert (report.subject_ok, report.subject_n) == (3, 4)
    assert report.attribution("place") == 0.8
    assert "  subject g.json '近3000人次': want 游客 got 来访群众" in report.notes
    # a subject that contains the gold's (or is contained in it) counts
    heads[1]["subject"] = "群众"
    assert _score(tmp_path, gold).subject_ok == 4


def test_a_prediction_matches_one_gold_fact_only(tmp_path: Path) -> None:
    gold = _gold()
    twice = copy.deepcopy(next(f for f in gold["required"] if f["kind"] == "quantity" and f["unit"] == "个"))
    gold["required"].append(twice)
    t = _score(tmp_path, gold).kinds["quantity"]
    assert (t.found, t.missed) == (2, 1)  # the 个 count and the 人次 count; the copy is missed


def test_seed_gold_finds_the_seed_text() -> None:
    gold = load_gold(SEED_GOLD)
    assert gold.text.startswith(Path(HERE.parent / "seeds" / "000_65b7911c41883545.txt").read_text("utf-8")[:20])
    report = evaluate([SEED_GOLD])
    assert report.lowest_f1 == 1.0 and report.kinds["money"].found == 7


def test_text_file_falls_back_to_the_project_seeds(tmp_path: Path) -> None:
    moved = tmp_path / "elsewhere" / "seed_gold.json"
    moved.parent.mkdir()
    shutil.copy(SEED_GOLD, moved)
    assert load_gold(moved).text == load_gold(SEED_GOLD).text


def test_gold_errors(tmp_path: Path) -> None:
    with pytest.raises(GoldError, match="can't read"):
        load_gold(tmp_path / "none.json")
    bad = _gold()
    bad["required"][0]["kind"] = "moneys"
    with pytest.raises(GoldError, match="kind 'moneys'"):
        _score(tmp_path, bad)
    bad = _gold()
    del bad["text"]
    with pytest.raises(GoldError, match="'text' or 'text_file'"):
        _score(tmp_path, bad)
    bad = _gold()
    bad["text_file"] = "nowhere.txt"
    del bad["text"]
    with pytest.raises(GoldError, match="not found"):
        _score(tmp_path, bad)


def test_directory_of_gold_files(tmp_path: Path) -> None:
    shutil.copy(EXAMPLE, tmp_path / "a.json")
    shutil.copy(EXAMPLE, tmp_path / "b.json")
    report = evaluate([tmp_path])
    assert report.documents == 2 and report.kinds["money"].found == 2


@pytest.mark.skipif(not SCORER.is_file(), reason="shared/tools/score.py is not beside the project")
@pytest.mark.parametrize("which", ["seed", "example", "dev"])
def test_same_figures_as_the_shared_scorer(which: str) -> None:
    files = {
        "seed": [SEED_GOLD],
        "example": [EXAMPLE],
        "dev": sorted((SHARED / "dev").glob("*.json")),
    }[which]
    if not files:
        pytest.skip("no development set")
    theirs = subprocess.run(
        [sys.executable, str(SCORER), *map(str, files)], capture_output=True, text=True, cwd=HERE.parent, check=True
    ).stdout
    assert evaluate(list(files)).format() == theirs.rstrip("\n")
