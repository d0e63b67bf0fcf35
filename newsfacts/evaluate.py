"""Score ``extract_facts`` against gold files: precision, recall and F1 by kind, and attribution accuracy
(a figure's place and subject) — the matching rules of the project's scorer, ``shared/tools/score.py``.

A gold file (docs/evaluate.md) names a document (``text`` inline, or ``text_file`` relative to the gold
file), its ``reference_date``, and three lists: ``required`` facts (each must be found), ``optional`` facts
(may be found, never counted against) and ``forbidden`` spans (reported when a false find overlaps one).

A predicted fact matches a gold fact of the same kind when their spans overlap and their key fields agree
(``KEYS``); each prediction matches one gold fact at most, gold facts taking the first free prediction in
text order. Attribution is scored on matched figures only: place when the gold gives ``place_code``
(the prediction's place code, or its name, equals the gold ``place_code`` or ``place``), subject when the
gold gives ``subject`` (one contains the other).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from .api import extract_facts

KEYS: dict[str, tuple[str, ...]] = {
    "money": ("value", "high", "currency", "approx"),
    "headcount": ("value", "high", "counts", "approx"),
    "quantity": ("value", "high", "unit", "approx"),
    "percentage": ("value", "high", "unit", "approx"),
    "date": ("date", "until"),
    "place": ("code",),
}
"""The fields that must agree for a prediction to match a gold fact, by kind."""

FIGURES = ("money", "headcount", "quantity", "percentage")


class GoldError(ValueError):
    """A gold file that can't be read or does not follow the format."""


@dataclass(frozen=True)
class Gold:
    """One gold file, its text resolved."""

    path: Path
    text: str
    reference_date: dt.date | None
    required: tuple[dict[str, Any], ...]
    optional: tuple[dict[str, Any], ...]
    forbidden: tuple[dict[str, Any], ...]


@dataclass
class Tally:
    """Matches of one kind: found (true positives), missed, false."""

    found: int = 0
    missed: int = 0
    false: int = 0

    @property
    def precision(self) -> float:
        return self.found / (self.found + self.false) if self.found + self.false else 1.0

    @property
    def recall(self) -> float:
        return self.found / (self.found + self.missed) if self.found + self.missed else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    """The scores of one run over gold files; ``notes`` lists each miss, false find and wrong attribution."""

    documents: int = 0
    kinds: dict[str, Tally] = field(default_factory=lambda: {k: Tally() for k in KEYS})
    place_ok: int = 0
    place_n: int = 0
    subject_ok: int = 0
    subject_n: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def lowest_f1(self) -> float:
        """The lowest F1 over kinds that have gold facts (1.0 when none has)."""
        return min((t.f1 for t in self.kinds.values() if t.found + t.missed), default=1.0)

    def attribution(self, what: str) -> float | None:
        """Accuracy of ``"place"`` or ``"subject"`` over the matched figures whose gold gives it."""
        n = getattr(self, f"{what}_n")
        return getattr(self, f"{what}_ok") / n if n else None

    def format(self) -> str:
        """The table ``shared/tools/score.py`` prints."""
        lines = [f"{'kind':<11}{'found':>6}{'missed':>7}{'false':>6}{'precision':>10}{'recall':>7}{'F1':>6}"]
        for k, t in self.kinds.items():
            if t.found or t.missed or t.false:
                lines.append(
                    f"{k:<11}{t.found:>6}{t.missed:>7}{t.false:>6}{t.precision:>10.3f}{t.recall:>7.3f}{t.f1:>6.3f}"
                )
        for what in ("place", "subject"):
            n, ok = getattr(self, f"{what}_n"), getattr(self, f"{what}_ok")
            if n:
                lines.append(f"attribution {what}: {ok}/{n} = {ok / n:.3f}")
        lines.append(f"lowest F1 over kinds with gold facts: {self.lowest_f1:.3f}")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """The figures as plain data (for ``--json``)."""
        return {
            "documents": self.documents,
            "kinds": {
                k: {
                    "found": t.found,
                    "missed": t.missed,
                    "false": t.false,
                    "precision": t.precision,
                    "recall": t.recall,
                    "f1": t.f1,
                }
                for k, t in self.kinds.items()
                if t.found or t.missed or t.false
            },
            "attribution": {
                what: {
                    "ok": getattr(self, f"{what}_ok"),
                    "n": getattr(self, f"{what}_n"),
                    "accuracy": self.attribution(what),
                }
                for what in ("place", "subject")
            },
            "lowest_f1": self.lowest_f1,
        }


# ---------------------------------------------------------------------------------------------------------
# Gold files
# ---------------------------------------------------------------------------------------------------------


def _seed_dirs() -> list[Path]:
    here = Path(__file__).resolve().parent
    return [here / "_seeds", here.parent / "seeds"]


def load_gold(path: str | Path) -> Gold:
    """Read a gold file. ``text_file`` is resolved relative to the gold file, then looked up by its name in
    the project's ``seeds/`` directory (so ``tests/seed_gold.json`` finds the seed); it is read as UTF-8
    with universal newlines, as the scorer does."""
    path = Path(path)
    try:
        g = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise GoldError(f"{path}: can't read the gold file: {exc}") from exc
    if not isinstance(g, dict):
        raise GoldError(f"{path}: a gold file is a JSON object")
    if isinstance(g.get("text"), str):
        text = g["text"]
    elif isinstance(g.get("text_file"), str):
        tried = [path.parent / g["text_file"]] + [d / Path(g["text_file"]).name for d in _seed_dirs()]
        found = next((p for p in tried if p.is_file()), None)
        if found is None:
            raise GoldError(f"{path}: text_file {g['text_file']!r} not found (tried {', '.join(map(str, tried))})")
        try:
            text = found.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise GoldError(f"{path}: can't read {found} as UTF-8: {exc}") from exc
    else:
        raise GoldError(f"{path}: a gold file needs 'text' or 'text_file'")
    ref = g.get("reference_date")
    try:
        reference = dt.date.fromisoformat(ref) if ref else None
    except (TypeError, ValueError) as exc:
        raise GoldError(f"{path}: reference_date {ref!r} is not YYYY-MM-DD") from exc
    lists = {}
    for name in ("required", "optional", "forbidden"):
        items = g.get(name, [])
        if not isinstance(items, list) or not all(isinstance(f, dict) for f in items):
            raise GoldError(f"{path}: {name!r} must be a list of objects")
        for i, f in enumerate(items):
            if not isinstance(f.get("start"), int) or not isinstance(f.get("end"), int):
                raise GoldError(f"{path}: {name}[{i}] needs integer start and end")
            if name != "forbidden" and f.get("kind") not in KEYS:
                raise GoldError(f"{path}: {name}[{i}] has kind {f.get('kind')!r}: one of {', '.join(KEYS)}")
        lists[name] = tuple(items)
    if "required" not in g:
        raise GoldError(f"{path}: a gold file needs a 'required' list")
    return Gold(path, text, reference, lists["required"], lists["optional"], lists["forbidden"])


def gold_files(paths: list[str | Path]) -> list[Path]:
    """The gold files named: files as given, directories as their ``*.json`` files (sorted)."""
    out: list[Path] = []
    for p in map(Path, paths):
        out.extend(sorted(p.glob("*.json")) if p.is_dir() else [p])
    return out


# ---------------------------------------------------------------------------------------------------------
# Matching
# ---------------------------------------------------------------------------------------------------------


def _norm(key: str, v: Any) -> Any:
    if v is None:
        return None
    if key in ("value", "high"):
        try:
            return Decimal(str(v)).normalize()
        except InvalidOperation:
            return str(v)
    if key in ("date", "until"):
        return str(v)[:10]
    return str(v)


def _place_code(f: dict[str, Any]) -> Any:
    p = f.get("place")
    if isinstance(p, dict):
        return p.get("code") or p.get("name")
    return f.get("place_code") or p


def _overlaps(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return bool(a["start"] < b["end"] and b["start"] < a["end"])


def agrees(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    """A prediction matches a gold fact: same kind, overlapping spans, the kind's key fields equal."""
    return (
        pred.get("kind") == gold["kind"]
        and _overlaps(pred, gold)
        and all(_norm(k, pred.get(k)) == _norm(k, gold.get(k)) for k in KEYS[gold["kind"]])
    )


def predict(gold: Gold) -> list[dict[str, Any]]:
    """``extract_facts`` on the gold text and reference date, as JSON data."""
    facts = extract_facts(gold.text, reference_date=gold.reference_date)
    return [f.model_dump(mode="json") for f in facts if f.kind in KEYS]


def score_one(gold: Gold, report: Report) -> None:
    """Add one gold file's matches to ``report``."""
    name = gold.path.name
    pred = predict(gold)
    report.documents += 1
    used: set[int] = set()
    for gf in gold.required:
        kind = gf["kind"]
        hit = next((i for i, p in enumerate(pred) if i not in used and agrees(p, gf)), None)
        if hit is None:
            report.kinds[kind].missed += 1
            near = [{k: p.get(k) for k in KEYS[kind]} for p in pred if p.get("kind") == kind and _overlaps(p, gf)]
            report.notes.append(
                f"  miss {name} {kind} {gf.get('text')!r} @{gf['start']}"
                + (f"  (found instead: {near})" if near else "")
            )
            continue
        used.add(hit)
        report.kinds[kind].found += 1
        p = pred[hit]
        if kind in FIGURES and gf.get("place_code"):
            report.place_n += 1
            ok = _place_code(p) in (gf["place_code"], gf.get("place"))
            report.place_ok += ok
            if not ok:
                report.notes.append(f"  place {name} {gf.get('text')!r}: want {gf.get('place')} got {_place_code(p)}")
        if kind in FIGURES and gf.get("subject"):
            report.subject_n += 1
            got = p.get("subject")
            ok = isinstance(got, str) and bool(got) and (gf["subject"] in got or got in gf["subject"])
            report.subject_ok += ok
            if not ok:
                report.notes.append(f"  subject {name} {gf.get('text')!r}: want {gf['subject']} got {got}")
    for i, p in enumerate(pred):
        if i in used:
            continue
        if any(agrees(p, o) or (p.get("kind") == o["kind"] and _overlaps(p, o)) for o in gold.optional):
            continue
        report.kinds[p["kind"]].false += 1
        why = next((f.get("why", "forbidden") for f in gold.forbidden if _overlaps(p, f)), "not in the gold")
        report.notes.append(f"  false {name} {p['kind']} {p.get('text')!r} @{p.get('start')}: {why}")


def evaluate(paths: list[str | Path]) -> Report:
    """Score ``extract_facts`` against gold files (directories: their ``*.json``). ``GoldError`` for a gold
    file that can't be read or does not follow the format."""
    report = Report()
    for path in gold_files(paths):
        score_one(load_gold(path), report)
    return report
