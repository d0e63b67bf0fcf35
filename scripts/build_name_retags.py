#!/usr/bin/env python3
"""Regenerate newsfacts/data/name_retags.tsv: words the segmenter's dictionary tags as person names (nr) that
are ordinary words — verbs, nouns, adverbs and times — with the part of speech they really have.

Why: rjieba reads jieba's ``dict.txt``, whose 72,000 ``nr`` entries include thousands of common words (容纳,
修正, 荣获, 牟利, 顾客, 卫星, 徐徐, 金秋). A verb tagged a name reads as a noun, so a subject rule takes it for
the thing counted (该馆可容纳|3000人 → 容纳; 死亡人数从288人|修正为275人 → 修正).

How: every ``nr`` word of two characters or more that rjieba itself tags as one ``nr`` token is tagged alone by
THULAC (Tsinghua's lexical analyser, trained on a different annotated corpus). Where THULAC reads it as a
person's name, a place, an institution, an idiom or anything else, the word keeps ``nr``. Where it reads it as
one verb, noun, adverb or time word, the word gets that tag in jieba's tag set. Read as two or more words of
two characters or more, all verbs, nouns, adverbs and times, it is a phrase: a noun and then a verb names an
activity, a verbal noun (体育|锻炼), and otherwise the phrase takes its last word's tag (明显|增加 v, 建立|健全 v,
农村|居民 n) — but for a verb before a noun, which may be a verb and its object (采取|措施) or a modifier and its
head (特邀|代表): that one keeps ``nr``, read as a noun as before.
Adjectives are left alone: a modifier that heads nothing (慈善|组织) reads better as a noun than as a lone
adjective.

Sources (dev-time only; newsfacts reads the TSV with the standard library): jieba (PyPI, its ``dict.txt``),
thulac (PyPI, its bundled model), rjieba (the runtime segmenter, to keep only the words it cuts whole).

Usage (from the project root; needs ``pip install jieba thulac`` beside newsfacts)::

    python scripts/build_name_retags.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "newsfacts" / "data" / "name_retags.tsv"

# THULAC tag → jieba tag, for the readings that make a word no name.
_AS_JIEBA = {"v": "v", "n": "n", "d": "d", "t": "t"}
# THULAC tags that keep a word a name (or say nothing sure): persons, places, institutions, other proper
# nouns, abbreviations, morphemes, idioms, punctuation.
_PROPER = frozenset({"np", "ns", "ni", "nz", "j", "g", "i", "id", "x", "w"})


def _reading(parts: list[list[str]]) -> str | None:
    tags = [tag for _, tag in parts]
    if len(parts) == 1:
        return _AS_JIEBA.get(tags[0])
    if any(len(word) < 2 for word, _ in parts) or not set(tags) <= _AS_JIEBA.keys():
        return None  # 和|桃枝, 闻|邦国: a character cut off is a name's piece more often than a word
    if "v" in tags[:-1] and tags[-1] == "n":
        return None
    if tags[-1] == "v" and "n" in tags:
        return "vn"
    return _AS_JIEBA[tags[-1]]


def main() -> int:
    import jieba
    import rjieba
    import thulac

    dictionary = Path(jieba.__file__).parent / "dict.txt"
    names = []
    for line in dictionary.read_text(encoding="utf-8").splitlines():
        word, _freq, tag = line.split()
        if tag == "nr" and len(word) >= 2 and rjieba.tag(word) == [(word, "nr")]:
            names.append(word)
    analyser = thulac.thulac()
    rows = []
    for word in names:
        parts = analyser.cut(word)
        reading = _reading(parts)
        if reading is not None:
            rows.append(f"{word}\t{reading}\t{'/'.join(f'{w}_{t}' for w, t in parts)}")
    header = "# word\ttag\tTHULAC's reading (scripts/build_name_retags.py; do not edit by hand)"
    OUT.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(rows):,} of {len(names):,} nr words retagged", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
