"""Facts of whole pages: chrome left out, offsets into article.text, the same facts whatever the encoding,
markup or script of the page."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

import pytest

from newsfacts import extract_facts, read_article

ROOT = Path(__file__).resolve().parent.parent
PAGES = Path(__file__).parent / "pages"
SEED = ROOT / "seeds" / "000_65b7911c41883545.txt"


def _key(facts):  # type: ignore[no-untyped-def]
    """What a fact says, without where it is: kind, value or date, unit, currency, place."""
    out = []
    for f in facts:
        if f.kind == "place":
            out.append((f.kind, f.code))
        elif f.kind == "date":
            out.append((f.kind, f.date, f.until))
        else:
            unit = getattr(f, "unit", None) or getattr(f, "currency", None)
            out.append((f.kind, f.value, f.high, f.approx, unit, f.place.code if f.place else None))
    return out


def test_seed_page_has_no_chrome_facts_and_resolves_years() -> None:
    article = read_article(SEED)
    facts = extract_facts(article)
    assert all(article.text[f.start : f.end] == f.text for f in facts)
    body_end = article.text.index("来源:中国广播网")
    assert all(f.end <= body_end for f in facts)  # nothing from 【评论】, 电话:010-82612286, Copyright …
    assert "010-82612286" not in {f.text for f in facts}
    assert [d.date for d in facts.dates][:2] == [dt.date(2005, 2, 1), dt.date(2005, 2, 9)]
    assert facts.article is not None and facts.article.source == "中国广播网"
    assert facts.article.reporters == ("桂园", "柴安东")
    money = {f.text: f.value for f in facts.money}
    assert money["3550多万元"] == 35500000 and money["1亿多元"] == 100000000


def test_seed_page_figures_match_the_plain_text_run() -> None:
    page = SEED.read_text(encoding="utf-8")
    plain = [f for f in extract_facts(page) if f.kind not in ("date", "place")]
    paged = [f for f in extract_facts(read_article(SEED)) if f.kind not in ("date", "place")]
    assert _key(paged) == _key(plain)


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "gbk", "utf-16"])
def test_same_facts_in_every_encoding(encoding: str) -> None:
    text = (PAGES / "zhejiang_sina.txt").read_text(encoding="utf-8")
    reference = _key(extract_facts(read_article(text)))
    assert reference, "the fixture page should hold figures"
    assert _key(extract_facts(read_article(text.encode(encoding)))) == reference


def test_same_facts_as_html() -> None:
    text = (PAGES / "zhejiang_sina.txt").read_text(encoding="utf-8")
    lines = text.split("\n")
    page = "<html><head><meta charset='utf-8'><title>" + html.escape(lines[0]) + "</title></head><body>"
    page += "".join(f"<p>{html.escape(line)}</p>" for line in lines) + "</body></html>"
    as_html, as_text = read_article(page.encode("utf-8"), html=True), read_article(text)

    def body_facts(article):  # type: ignore[no-untyped-def]
        return _key(f for f in extract_facts(article) if f.start >= article.body_start)

    assert body_facts(as_html) == body_facts(as_text) != []


def test_traditional_page_gives_the_facts_of_its_simplified_text() -> None:
    simplified = _key(extract_facts(read_article(PAGES / "zhejiang_sina.txt")))
    traditional_text = (PAGES / "zhejiang_sina_trad.txt").read_text(encoding="utf-8")
    assert _key(extract_facts(read_article(traditional_text.encode("big5", errors="strict")))) == simplified


def test_facts_of_an_article_are_inside_its_title_and_body() -> None:
    article = read_article(PAGES / "xinhua_gbk.html")
    spans = article.content_spans()
    facts = extract_facts(article)
    assert len(facts) > 0
    assert all(any(lo <= f.start and f.end <= hi for lo, hi in spans) for f in facts)
