"""The HTML fact viewer: page structure without a browser, then the seed page in headless Chromium.

The browser tests need Debian's ``chromium`` (or ``NEWSFACTS_CHROMIUM=/path/to/chrome``) and the
``playwright`` Python package (its own browser downloads are not used); without either they skip. Set
``NEWSFACTS_SHOW_SCREENSHOT=docs/images/show_seed.png`` to write the documentation's screenshot.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from newsfacts import Article, Facts, Money, Place, Quantity, extract_facts, read_article
from newsfacts.show import KIND_COLOURS, MARK_TEXT, render_html, render_text_html

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_65b7911c41883545.txt"
PAGES = Path(__file__).resolve().parent / "pages"
VOID = {"meta", "link", "br", "hr", "img", "input", "wbr", "col", "area", "base", "source"}


class _Checker(HTMLParser):
    """Fails on any end tag that does not close the element open last; collects marks and text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.marks: list[dict[str, str | None]] = []
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script":
            self.scripts += 1
        if tag == "mark":
            self.marks.append(dict(attrs))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()


def check(page: str) -> _Checker:
    c = _Checker()
    c.feed(page)
    c.close()
    assert c.errors == [] and c.stack == [], (c.errors, c.stack)
    return c


def money(text: str, sub: str, value: str, start: int | None = None) -> Money:
    s = text.index(sub) if start is None else start
    return Money(text=sub, start=s, end=s + len(sub), value=Decimal(value), currency="CNY", rule="test")


def place(text: str, sub: str) -> Place:
    s = text.index(sub)
    return Place(text=sub, start=s, end=s + len(sub), name="山东省", code="370000", level="province", rule="test")


# ------------------------------------------------------------------------------------------ no browser


def test_seed_page_structure() -> None:
    article = read_article(SEED)
    facts = extract_facts(article)
    page = render_html(article, facts)
    c = check(page)
    assert len(c.marks) == len(facts) == page.count('<tr id="row-')
    for mark, fact in zip(c.marks, facts, strict=True):  # marks come in text order, as facts do
        assert mark["data-kind"] == fact.kind and mark["tabindex"] == "0"
        assert mark["data-start"] == str(fact.start) and mark["data-end"] == str(fact.end)
    assert '<h1 lang="zh"><mark' in page  # the title, with 山东 marked in it
    for label in ("2005-02-01 10:24", "中国广播网", "中广网济南2月1日消息", "桂园、柴安东", "章媛"):
        assert label in page
    assert "over 35,500,000 CNY" in page and "一次性慰问金" in page
    assert "http://" not in page.split("<details", 1)[0]  # no network reference before the chrome section
    assert c.scripts == 1


def test_everything_is_escaped() -> None:
    text = '<script>alert("x")</script> & 拨出300万元<b>省管党费</b>\'"'
    facts = Facts(facts=(money(text, "300万元", "3000000"),))
    page = render_text_html(text, facts, title="<i>t</i>")
    check(page)
    assert "<script>alert" not in page and "<b>省管党费" not in page and "<i>t</i>" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 拨出" in page


def test_nested_and_crossing_facts_never_break_the_html() -> None:
    text = "山东省拨出300万元省管党费。"
    outer = money(text, "山东省拨出300万元", "3000000")  # contains the place: nests
    inner = place(text, "山东省")
    crossing = Quantity(text="万元省管", start=8, end=12, value=Decimal(1), unit="个", rule="test")
    wrong = money(text, "300万元", "3000000", start=0)  # offsets that don't match the text
    facts = Facts(facts=(outer, inner, crossing, wrong))
    page = render_text_html(text, facts)
    c = check(page)
    assert [m["data-index"] for m in c.marks] == ["1", "2"]  # place inside money
    assert re.search(r'<mark [^>]*data-kind="money"[^>]*>山东省拨出<mark ', page) is None
    assert re.search(r'data-kind="money"[^>]*><mark [^>]*data-kind="place"', page)
    assert "overlaps fact #1" in page and "offsets do not match" in page
    assert page.count('<tr id="row-') == 4


def test_facts_outside_the_content_are_shown_in_the_dimmed_section() -> None:
    text = "新闻中心首页 电话费100元\n\n正文：拨出300万元党费。\n\n版权所有"
    body = text.index("正文")
    article = Article(text=text, body_start=body, body_end=text.index("\n\n版权"))
    facts = Facts(facts=(money(text, "100元", "100"), money(text, "300万元", "3000000")))
    page = render_html(article, facts)
    check(page)
    outside = page[page.index('<details class="outside"') : page.index("</details>")]
    assert 'data-value="100"' in outside and "300万元" not in outside and "before the article" in outside
    assert "outside the article (see" in page  # its table row says so


def test_plain_text_empty_and_every_test_page() -> None:
    check(render_text_html("", Facts()))
    assert "No facts found" in render_text_html("没有数字。", Facts())
    for path in sorted(PAGES.iterdir()):
        if path.suffix in {".txt", ".html"}:
            article = read_article(path)
            facts = extract_facts(article)
            assert len(check(render_html(article, facts)).marks) == len(facts), path.name


def test_content_security_policy_allows_only_the_inline_assets() -> None:
    page = render_text_html("拨出300万元。", extract_facts("拨出300万元。"))
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert csp is not None and "default-src 'none'" in csp.group(1)
    for tag in ("style", "script"):
        body = re.search(rf"<{tag}>(.*?)</{tag}>", page, re.S)
        assert body is not None
        digest = base64.b64encode(hashlib.sha256(body.group(1).encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp.group(1), tag
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)  # nothing fetched


def _luminance(colour: str) -> float:
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def _contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_colours_are_accessible() -> None:
    for kind, (background, line) in KIND_COLOURS.items():
        assert _contrast(MARK_TEXT, background) >= 7, kind  # WCAG AAA for the highlighted text
        assert _contrast(line, "#fbfbf8") >= 3, kind  # the underline against the light page (non-text)
        assert _contrast(line, background) >= 3, kind  # and against its own highlight
    backgrounds = [bg for bg, _ in KIND_COLOURS.values()]
    assert len(set(backgrounds)) == len(backgrounds)


# ----------------------------------------------------------------------------------------- the browser

ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """A Chromium context with a fresh profile, or a skip saying what is missing."""
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed (pip install playwright; its browser download is not needed)")
    exe = os.environ.get("NEWSFACTS_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if exe is None:
        pytest.skip("chromium is not installed (apt-get install chromium)")
    with tempfile.TemporaryDirectory() as profile, sync_playwright() as p:
        try:
            context = p.chromium.launch_persistent_context(
                profile, executable_path=exe, headless=True, args=ARGS, timeout=20_000, device_scale_factor=1
            )
        except Error as exc:
            pytest.skip(f"chromium at {exe} does not start: {str(exc).splitlines()[0]}")
        context.set_default_timeout(10_000)
        yield context
        context.close()


@pytest.fixture(scope="module")
def seed_html(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Facts]:
    article = read_article(SEED)
    facts = extract_facts(article)
    path = tmp_path_factory.mktemp("show") / "seed.html"
    path.write_text(render_html(article, facts), encoding="utf-8")
    return path, facts


def test_seed_page_in_chromium(browser: Any, seed_html: tuple[Path, Facts], tmp_path: Path) -> None:
    path, facts = seed_html
    page = browser.new_page()
    page.set_viewport_size({"width": 1100, "height": 1250})
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(path.as_uri())

    marks = page.locator("mark.fact")
    assert marks.count() == len(facts)
    got = marks.evaluate_all("ms => ms.map(m => [m.dataset.kind, m.dataset.value, m.dataset.index])")
    assert [g[0] for g in got] == [f.kind for f in facts]
    assert got[4][1] == "1100000" and got[11][1] == "35500000"  # 110万名, 3550多万元
    kinds = page.locator(".legend li").evaluate_all("ls => ls.map(l => l.dataset.kind)")
    assert sorted(kinds) == sorted({f.kind for f in facts})
    assert page.locator("table.facts tbody tr").count() == len(facts)

    tip = page.locator("#tip-12")
    assert not tip.is_visible()
    page.hover("#fact-12")
    assert tip.is_visible() and "35,500,000" in tip.inner_text() and "一次性慰问金" in tip.inner_text()
    box, viewport = tip.bounding_box(), page.viewport_size
    assert box is not None and 0 <= box["x"] and box["x"] + box["width"] <= viewport["width"]
    page.screenshot(path=str(tmp_path / "show_seed.png"))
    assert (tmp_path / "show_seed.png").stat().st_size > 50_000
    if target := os.environ.get("NEWSFACTS_SHOW_SCREENSHOT"):
        page.screenshot(path=target)

    page.mouse.move(1090, 5)  # away from every highlight
    assert not tip.is_visible()
    page.focus("#fact-5")  # keyboard: the focused highlight shows its own tooltip, and Escape hides it
    assert page.locator("#tip-5").is_visible() and "1,100,000 people" in page.locator("#tip-5").inner_text()
    assert page.locator(".tip:visible").count() == 1
    page.keyboard.press("Escape")
    assert not page.locator("#tip-5").is_visible()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "fact-6" and page.locator("#tip-6").is_visible()

    if target:  # the table, for the documentation
        page.evaluate("document.activeElement.blur(); document.querySelector('#facts-heading').scrollIntoView()")
        page.evaluate("scrollBy(0, -70)")
        page.set_viewport_size({"width": 1100, "height": 760})
        page.screenshot(path=str(Path(target).with_name(Path(target).stem + "_table.png")))

    page.uncheck("#show-place")  # the legend hides a kind's highlights
    background = "getComputedStyle(document.querySelector('#fact-4')).backgroundColor"
    assert page.evaluate(background) in ("rgba(0, 0, 0, 0)", "transparent")

    assert all(u.startswith(("file:", "data:", "about:")) for u in requests), requests
    assert errors == []
    page.close()


def test_seed_page_fits_a_phone(browser: Any, seed_html: tuple[Path, Facts]) -> None:
    path, _ = seed_html
    page = browser.new_page()
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(path.as_uri())
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 375  # the table scrolls inside its box
    page.focus("#fact-21")
    box = page.locator("#tip-21").bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 375
    page.close()
