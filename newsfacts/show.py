"""The fact viewer: an article as one self-contained HTML page with every fact highlighted by kind.

``render_html(article, facts)`` gives the page: the article's metadata, its title and body with each fact
marked in its kind's colour (a legend, a tooltip with the normalised value on hover and keyboard focus),
and a table of all facts below, the way displaCy shows entities. ``render_text_html(text, facts)`` does the
same for a plain string. The page needs nothing from the network: no external CSS, fonts or scripts (a
Content-Security-Policy forbids them), system CJK fonts only, a few lines of inline JavaScript that keep
tooltips inside the window and let Escape dismiss them.

Page text outside the article's content spans (menus, link bars, copyright lines, the trailer) is not shown
in the reading view: facts are not taken from it and it would bury the article. It stays available, dimmed,
in a collapsed "Page text outside the article" section, so that a wrong body boundary can be checked.

>>> from newsfacts import extract_facts
>>> from newsfacts.show import render_text_html
>>> text = "省里拨出300万元省管党费。"
>>> page = render_text_html(text, extract_facts(text))
>>> 'data-kind="money" data-value="3000000"' in page
True
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import PurePath

from .document import Article
from .models import Date, Fact, Facts, Headcount, Money, Percentage, Place, PlaceRef, Quantity

__all__ = ["KINDS", "KIND_COLOURS", "render_html", "render_text_html"]

KINDS: tuple[str, ...] = ("money", "headcount", "quantity", "percentage", "date", "place")
"""Every kind of fact, in the order of the legend."""

KIND_COLOURS: dict[str, tuple[str, str]] = {
    "money": ("#fde68a", "#a16207"),
    "headcount": ("#bfdbfe", "#1d4ed8"),
    "quantity": ("#bbf7d0", "#15803d"),
    "percentage": ("#fbcfe8", "#be185d"),
    "date": ("#ddd6fe", "#6d28d9"),
    "place": ("#fed7aa", "#c2410c"),
}
"""Per kind: the highlight's background and its underline. Highlighted text is always ``MARK_TEXT`` (dark),
at least 7:1 against every background; every underline is at least 3:1 against the page, light or dark."""

MARK_TEXT = "#1b1b1b"

_APPROX = {"exact": "", "over": "over ", "under": "under ", "about": "about "}
_COUNTS = {"people": "people", "households": "households"}
_LEVELS = {"country": "country", "province": "province", "prefecture": "prefecture", "county": "county"}
_BLANK_LINES = re.compile(r"\n(?:[^\S\n]*\n){2,}")
_BAD_CHARS = re.compile(r"[\ud800-\udfff\x00]")  # lone surrogates can't be encoded; NUL is a parse error


# --------------------------------------------------------------------------------------------- formatting


def _esc(s: str) -> str:
    return html.escape(_BAD_CHARS.sub("\ufffd", s), quote=True)


def _num(d: Decimal) -> str:
    """3000000 → 3,000,000; 0.25 → 0.25 (never an exponent)."""
    return format(d, ",f")


def _range(value: Decimal, high: Decimal | None) -> str:
    return _num(value) if high is None or high == value else f"{_num(value)}–{_num(high)}"


def _days(first: dt.date | None, last: dt.date | None) -> str:
    if first is None:
        return ""
    return first.isoformat() if last is None or last == first else f"{first.isoformat()} – {last.isoformat()}"


def _place_ref(p: PlaceRef | None) -> str:
    return "" if p is None else f"{p.name} · {p.code} · {_LEVELS[p.level]}"


def _headline(f: Fact) -> str:
    """The normalised value in a few words: ``over 35,500,000 CNY``, ``2005-01-26 – 2005-01-27``, ``山东省 · …``."""
    if isinstance(f, Date):
        s = _days(f.date, f.until)
        if f.time:
            s += f" {f.time}"
        return s
    if isinstance(f, Place):
        if f.name is None:
            return "ambiguous: " + (", ".join(f.candidates) or "no candidates")
        return " · ".join(x for x in (f.name, f.code, _LEVELS[f.level] if f.level else None) if x)
    amount = _APPROX[f.approx] + _range(f.value, f.high)
    if isinstance(f, Money):
        return f"{amount} {f.currency}"
    if isinstance(f, Headcount):
        return f"{amount} {_COUNTS[f.counts]}"
    if isinstance(f, Percentage):
        s = amount + ("%" if f.unit == "%" else " pp")
        if f.change:
            s += f" {f.change}"
        if f.basis:
            s += ", " + f.basis.replace("_", " ")
        if f.multiple is not None:
            s += f" (×{_num(f.multiple)})"
        return s
    return f"{amount} {f.unit}" if f.unit else amount


def _details(f: Fact) -> list[tuple[str, str]]:
    """The tooltip's lines, label and value, after the headline."""
    rows: list[tuple[str, str]] = []
    if isinstance(f, Date):
        rows.append(("date", f.date.isoformat()))
        if f.until is not None:
            rows.append(("until", f.until.isoformat()))
        if f.time:
            rows.append(("time", f.time))
        if f.relative:
            rows.append(("relative", "resolved against the reference date"))
    elif isinstance(f, Place):
        if f.name is not None:
            rows += [("name", f.name), ("code", f.code or "—"), ("level", f.level or "—")]
        if f.province and f.province != f.name:
            rows.append(("province", f"{f.province} {f.province_code or ''}".strip()))
        if f.prefecture and f.prefecture != f.name:
            rows.append(("prefecture", f"{f.prefecture} {f.prefecture_code or ''}".strip()))
        if f.former_name:
            rows.append(("former name", f.former_name))
        if f.candidates:
            rows.append(("candidates", ", ".join(f.candidates)))
    else:
        rows.append(("value", _range(f.value, f.high)))
        if f.approx != "exact":
            rows.append(("approx", f.approx))
        if isinstance(f, Money):
            rows.append(("currency", f.currency))
        elif isinstance(f, Headcount):
            rows.append(("unit", f"{f.unit or '(implied)'} · {_COUNTS[f.counts]}"))
        elif isinstance(f, Quantity):
            rows.append(("unit", f.unit or "—"))
            if f.standard_value is not None:
                rows.append(("standard", f"{_range(f.standard_value, f.standard_high)} {f.standard_unit}"))
        else:
            rows.append(("unit", "percent" if f.unit == "%" else "percentage points"))
            if f.change:
                rows.append(("change", f.change))
            if f.basis:
                rows.append(("basis", f.basis.replace("_", " ")))
            if f.multiple is not None:
                rows.append(("multiple", _num(f.multiple)))
        if f.subject:
            rows.append(("subject", f.subject))
        if f.place is not None:
            rows.append(("place", _place_ref(f.place)))
        if f.date is not None:
            rows.append(("time", _days(f.date, f.date_until)))
    rows.append(("rule", f.rule))
    return rows


def _data_value(f: Fact) -> str:
    """``data-value``: the number for a figure, the first day for a date, the code (else name) for a place."""
    if isinstance(f, Date):
        return f.date.isoformat()
    if isinstance(f, Place):
        return f.code or f.name or ""
    return str(f.value)


# ----------------------------------------------------------------------------------------------- layout


@dataclass
class _Node:
    index: int
    fact: Fact
    children: list[_Node] = field(default_factory=list)


@dataclass
class _Plan:
    """Where each fact goes: the content segments, the gaps between them, and why a fact is not marked."""

    content: list[tuple[int, int]]
    gaps: list[tuple[int, int]]
    placed: dict[int, str]  # index → "content" | "outside"
    problems: dict[int, str]  # index → why it is not highlighted


def _fits(text: str, f: Fact) -> bool:
    return 0 <= f.start < f.end <= len(text) and text[f.start : f.end] == f.text


def _plan(article: Article, facts: Sequence[Fact]) -> tuple[_Plan, list[tuple[int, Fact]]]:
    text = article.text
    problems: dict[int, str] = {}
    good: list[tuple[int, Fact]] = []
    for i, f in enumerate(facts):
        if _fits(text, f):
            good.append((i, f))
        else:
            problems[i] = "its offsets do not match the article text"
    spans = [[a, b] for a, b in article.content_spans()]
    changed = True
    while changed:  # widen content spans over facts that cross their edges, until none does
        changed = False
        for _, f in good:
            for s in spans:
                if f.start < s[1] and f.end > s[0] and (f.start < s[0] or f.end > s[1]):
                    s[0], s[1] = min(s[0], f.start), max(s[1], f.end)
                    changed = True
        spans.sort()
        merged: list[list[int]] = []
        for s in spans:
            if merged and s[0] <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], s[1])
            else:
                merged.append(s)
        spans = merged
    content = [(a, b) for a, b in spans]
    gaps: list[tuple[int, int]] = []
    pos = 0
    for a, b in [*content, (len(text), len(text))]:
        if a > pos:
            gaps.append((pos, a))
        pos = max(pos, b)
    placed = {i: ("content" if any(a <= f.start and f.end <= b for a, b in content) else "outside") for i, f in good}
    return _Plan(content, gaps, placed, problems), good


def _nest(items: Iterable[tuple[int, Fact]], problems: dict[int, str]) -> list[_Node]:
    """Facts of one segment as a forest: a fact inside another nests in it; one that crosses the edge of
    the fact it starts in (a partial overlap) can't be marked without broken HTML and is left unmarked."""
    roots: list[_Node] = []
    stack: list[_Node] = []
    for i, f in sorted(items, key=lambda p: (p[1].start, -p[1].end, p[0])):
        while stack and stack[-1].fact.end <= f.start:
            stack.pop()
        if stack and f.end > stack[-1].fact.end:
            problems[i] = f"it overlaps fact #{stack[-1].index + 1} ({stack[-1].fact.text}) without nesting in it"
            continue
        node = _Node(i, f)
        (stack[-1].children if stack else roots).append(node)
        stack.append(node)
    return roots


def _mark(text: str, node: _Node) -> str:
    f, i = node.fact, node.index
    n = i + 1
    attrs = {
        "class": f"fact k-{f.kind}",
        "id": f"fact-{n}",
        "tabindex": "0",
        "data-index": str(n),
        "data-kind": f.kind,
        "data-value": _data_value(f),
        "data-start": str(f.start),
        "data-end": str(f.end),
        "aria-describedby": f"tip-{n}",
    }
    if not isinstance(f, (Date, Place)) and f.high is not None:
        attrs["data-high"] = str(f.high)
    opening = "<mark " + " ".join(f'{k}="{_esc(v)}"' for k, v in attrs.items()) + ">"
    rows = "".join(f'<span class="row"><span class="k">{_esc(k)}</span>{_esc(v)}</span>' for k, v in _details(f))
    tip = (
        f'<span class="tip" role="tooltip" id="tip-{n}">'
        f'<span class="head"><span class="badge k-{f.kind}">{_esc(f.kind)}</span> #{n} {_esc(f.text)}</span>'
        f'<span class="value">{_esc(_headline(f))}</span>{rows}</span>'
    )
    return opening + _highlight(text, f.start, f.end, node.children) + tip + "</mark>"


def _highlight(text: str, lo: int, hi: int, nodes: list[_Node]) -> str:
    out: list[str] = []
    pos = lo
    for node in nodes:
        out.append(_squeeze(text[pos : node.fact.start]))
        out.append(_mark(text, node))
        pos = node.fact.end
    out.append(_squeeze(text[pos:hi]))
    return "".join(out)


def _squeeze(chunk: str) -> str:
    """Escaped text between marks, runs of blank lines shown as one (the offsets are the model's, not the page's)."""
    return _esc(_BLANK_LINES.sub("\n\n", chunk))


def _segment(text: str, a: int, b: int, good: list[tuple[int, Fact]], problems: dict[int, str]) -> str:
    inside = [(i, f) for i, f in good if a <= f.start and f.end <= b and i not in problems]
    return _highlight(text, a, b, _nest(inside, problems))


# ------------------------------------------------------------------------------------------------- page


def _meta(article: Article) -> str:
    rows: list[tuple[str, str]] = []
    if article.published is not None:
        p = article.published
        when = p.strftime("%Y-%m-%d %H:%M") if (p.hour, p.minute) != (0, 0) else p.date().isoformat()
        rows.append(("published", when))
    if article.source:
        rows.append(("source", article.source))
    if article.dateline:
        rows.append(("dateline", article.dateline))
    if article.reporters:
        rows.append(("reporters", "、".join(article.reporters)))
    if article.editor:
        rows.append(("editor", article.editor))
    if article.path:
        rows.append(("file", PurePath(article.path).name))
    if article.encoding:
        rows.append(("encoding", article.encoding + (" (HTML)" if article.html else "")))
    if not rows:
        return ""
    items = "".join(
        f'<div><dt>{_esc(k)}</dt><dd lang="{"zh" if k not in ("file", "encoding", "published") else "en"}">'
        f"{_esc(v)}</dd></div>"
        for k, v in rows
    )
    return f'<dl class="meta">{items}</dl>'


def _legend(facts: Sequence[Fact]) -> str:
    counts = {k: 0 for k in KINDS}
    for f in facts:
        counts[f.kind] = counts.get(f.kind, 0) + 1
    items = []
    for kind, n in counts.items():
        if n:
            items.append(
                f'<li data-kind="{_esc(kind)}"><label class="chip k-{_esc(kind)}">'
                f'<input type="checkbox" id="show-{_esc(kind)}" checked> {_esc(kind)} <span class="n">{n}</span>'
                "</label></li>"
            )
    if not items:
        return '<p class="legend empty">No facts found.</p>'
    total = f"{len(facts)} fact{'s' if len(facts) != 1 else ''}"
    return (
        f'<nav class="legend" aria-label="Legend: kinds of fact"><span class="total">{total}</span>'
        f'<ul>{"".join(items)}</ul><span class="hint">untick a kind to hide its highlights · '
        "hover or Tab to a highlight for its value</span></nav>"
    )


def _table(facts: Sequence[Fact], plan: _Plan) -> str:
    head = ("#", "kind", "text", "normalised value", "subject", "place", "time", "rule")
    rows = []
    for i, f in enumerate(facts):
        n = i + 1
        where = ""
        if i in plan.problems:
            where = f'<span class="warn">not highlighted: {_esc(plan.problems[i])}</span>'
        elif plan.placed.get(i) == "outside":
            where = '<span class="warn">outside the article (see “Page text outside the article”)</span>'
        number = str(n) if i in plan.problems else f'<a href="#fact-{n}">{n}</a>'
        subject = place = when = ""
        if not isinstance(f, (Date, Place)):
            subject = _esc(f.subject or "")
            when = " – ".join(
                f'<span class="day">{_esc(d)}</span>' for d in _days(f.date, f.date_until).split(" – ") if d
            )
            if f.place is not None:
                place = f'{_esc(f.place.name)} <span class="code">{_esc(f.place.code)}</span>'
        cells = (
            f'<td class="num">{number}</td>',
            f'<td><span class="badge k-{f.kind}">{_esc(f.kind)}</span></td>',
            f'<td class="text"><span lang="zh">{_esc(f.text)}</span>'
            f'<span class="span">{f.start}–{f.end}</span>{where}</td>',
            f'<td class="value">{_esc(_headline(f))}</td>',
            f'<td lang="zh" class="subject">{subject}</td>',
            f'<td class="place"><span lang="zh">{place}</span></td>',
            f'<td class="time">{when}</td>',
            f'<td class="rule">{_esc(f.rule)}</td>',
        )
        rows.append(f'<tr id="row-{n}" data-index="{n}" data-kind="{_esc(f.kind)}">{"".join(cells)}</tr>')
    if not rows:
        return ""
    th = "".join(f'<th scope="col">{h}</th>' for h in head)
    return (
        '<section class="table" aria-labelledby="facts-heading"><h2 id="facts-heading">All facts</h2>'
        f'<div class="table-wrap" tabindex="0" role="region" aria-labelledby="facts-heading">'
        f'<table class="facts"><thead><tr>{th}</tr></thead><tbody>{"".join(rows)}</tbody></table></div></section>'
    )


def _trim(text: str, a: int, b: int, good: list[tuple[int, Fact]]) -> tuple[int, int]:
    """The gap ``a``–``b`` without its leading and trailing whitespace, but never without a fact."""
    s, e = a, b
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    for _, f in good:
        if a <= f.start and f.end <= b:
            s, e = min(s, f.start), max(e, f.end)
    return s, e


def _outside(article: Article, plan: _Plan, good: list[tuple[int, Fact]]) -> str:
    text = article.text
    pieces = []
    total = 0
    for a, b in plan.gaps:
        before = [c for c in plan.content if c[1] <= a]
        after = [c for c in plan.content if c[0] >= b]
        a, b = _trim(text, a, b, good)
        if a == b:
            continue
        total += b - a
        if not before:
            where = "before the article"
        elif not after:
            where = "after the article"
        elif article.title_span is not None and before[-1][0] <= article.title_span[0] < before[-1][1]:
            where = "between the title and the body"
        else:
            where = "between parts of the article"
        pieces.append(
            f'<figure class="piece"><figcaption>characters {a}–{b}, {where}</figcaption>'
            f'<div class="text" lang="zh">{_segment(text, a, b, good, plan.problems)}</div></figure>'
        )
    if not pieces:
        return ""
    marked = sum(1 for i, w in plan.placed.items() if w == "outside" and i not in plan.problems)
    note = f", {marked} fact{'s' if marked != 1 else ''} marked there" if marked else ""
    return (
        '<details class="outside"><summary>Page text outside the article '
        f'<span class="n">— {total:,} characters of menus, link bars, credits and copyright lines{note}; '
        "facts are not taken from it</span></summary>" + "".join(pieces) + "</details>"
    )


def render_html(article: Article, facts: Facts, *, title: str | None = None) -> str:
    """The article as a self-contained HTML page with every fact of ``facts`` highlighted.

    ``facts`` are those of ``extract_facts(article)``: their offsets point into ``article.text``. A fact
    whose offsets don't match the text, or that partly overlaps another (neither contains the other), is
    listed in the table but not highlighted; a fact inside another is highlighted inside it. ``title`` is
    the page's ``<title>``; by default the article's title, else its file name. Returns the HTML as a
    ``str``: write it with ``encoding="utf-8"``.
    """
    text = article.text
    items = list(facts)
    plan, good = _plan(article, items)
    heading_html = ""
    flow = list(plan.content)
    ts = article.title_span
    if flow and ts is not None and flow[0][0] <= ts[0] and ts[1] <= flow[0][1] and flow[0][1] <= article.body_start:
        a, b = flow.pop(0)  # the title, on a segment of its own: the page's heading, facts marked in it
        heading_html = _segment(text, a, b, good, plan.problems)
    elif article.title:
        heading_html = _esc(article.title)
    body = "".join(f'<div class="text" lang="zh">{_segment(text, a, b, good, plan.problems)}</div>' for a, b in flow)
    outside = _outside(article, plan, good)  # marks facts outside the content; must run before the table
    if not body:
        body = '<p class="empty">No article body was found on this page.</p>'
    page_title = title or article.title or (PurePath(article.path).name if article.path else None) or "newsfacts"
    warn = ""
    if plan.problems:
        k = len(plan.problems)
        warn = (
            f'<p class="warn">{k} fact{"s are" if k != 1 else " is"} listed in the table but not highlighted '
            "(see the table).</p>"
        )
    h1 = f'<h1 lang="zh">{heading_html}</h1>' if heading_html else ""
    return _PAGE.format(
        csp=_CSP,
        title=_esc(page_title),
        style=_STYLE,
        script=_SCRIPT,
        header=h1 + _meta(article),
        legend=_legend(items),
        warn=warn,
        body=body,
        outside=outside,
        table=_table(items, plan),
    )


def render_text_html(text: str, facts: Facts, *, title: str | None = None) -> str:
    """``render_html`` for a plain string: all of ``text`` is the article, with no metadata."""
    return render_html(Article(text=text, body_start=0, body_end=len(text)), facts, title=title or "newsfacts")


# ---------------------------------------------------------------------------------------------- assets


def _kind_css() -> str:
    rules = []
    for kind, (bg, line) in KIND_COLOURS.items():
        rules.append(f".k-{kind}{{--k:{bg};--kb:{line}}}")
        rules.append(f"body:has(#show-{kind}:not(:checked)) mark.k-{kind}{{background:none;border-color:transparent}}")
    return "\n".join(rules)


_STYLE = (
    """
:root{color-scheme:light dark;--bg:#fbfbf8;--fg:#1f2328;--muted:#57606a;--line:#d0d7de;--card:#ffffff;
--focus:#0b57d0;--tipbg:#1f2328;--tipfg:#f6f8fa;--tipk:#b1bac4;
--ui:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"PingFang SC","Hiragino Sans GB",
"Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif;
--cjk:"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","Noto Sans SC",
"WenQuanYi Micro Hei","Heiti SC",system-ui,sans-serif}
@media (prefers-color-scheme:dark){:root{--bg:#15171a;--fg:#e6e8eb;--muted:#a4aeb8;--line:#3b434c;
--card:#1d2024;--focus:#8ab4f8;--tipbg:#f6f8fa;--tipfg:#1f2328;--tipk:#57606a}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.6 var(--ui)}
:lang(zh){font-family:var(--cjk)}
.page{max-width:62rem;margin:0 auto;padding:1.5rem clamp(.75rem,4vw,2.5rem) 3rem}
header{border-bottom:1px solid var(--line);padding-bottom:1rem;margin-bottom:.75rem}
.app{margin:0 0 .5rem;font-size:.8125rem;color:var(--muted);letter-spacing:.02em}
h1{font-size:clamp(1.375rem,1rem + 1.6vw,1.875rem);line-height:1.45;margin:.25rem 0 .75rem;font-weight:700}
h2{font-size:1.125rem;margin:2.25rem 0 .75rem}
dl.meta{display:flex;flex-wrap:wrap;gap:.35rem 1.5rem;margin:0;font-size:.875rem}
dl.meta div{display:flex;gap:.5rem}
dl.meta dt{color:var(--muted)}
dl.meta dd{margin:0}
.legend{position:sticky;top:0;z-index:20;display:flex;flex-wrap:wrap;align-items:center;gap:.4rem .75rem;
padding:.6rem 0;background:var(--bg);border-bottom:1px solid var(--line);font-size:.875rem}
.legend ul{display:flex;flex-wrap:wrap;gap:.4rem;margin:0;padding:0;list-style:none}
.legend .total{font-weight:600}
.legend .hint{color:var(--muted);font-size:.8125rem}
.chip{display:inline-flex;align-items:center;gap:.3rem;padding:.1rem .55rem .1rem .35rem;border-radius:999px;
background:var(--k);color:"""
    + MARK_TEXT
    + """;border:1px solid var(--kb);cursor:pointer;user-select:none}
.chip input{margin:0;accent-color:var(--kb);width:.9rem;height:.9rem}
.chip:focus-within{outline:2px solid var(--focus);outline-offset:2px}
.chip .n{font-variant-numeric:tabular-nums;font-weight:600}
.badge{display:inline-block;padding:0 .4rem;border-radius:4px;background:var(--k);color:"""
    + MARK_TEXT
    + """;
border:1px solid var(--kb);font:600 .75rem/1.5 var(--ui);letter-spacing:.02em}
article{max-width:44em;font-size:1.125rem;line-height:2;margin-top:1rem}
.text{white-space:pre-wrap;overflow-wrap:anywhere;line-break:strict;text-align:justify;text-justify:inter-character}
mark.fact{position:relative;color:"""
    + MARK_TEXT
    + """;background:var(--k);border-bottom:2px solid var(--kb);border-radius:3px;
padding:.05em .1em;cursor:help;-webkit-box-decoration-break:clone;box-decoration-break:clone}
mark.fact mark.fact{border:1px solid var(--kb);padding:0 .05em}
mark.fact,table.facts tr{scroll-margin-top:6rem}
mark.fact:focus{outline:none}
mark.fact:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
mark.fact:target{outline:3px solid var(--focus);outline-offset:2px}
.tip{display:none;position:absolute;z-index:30;left:0;top:calc(100% + 6px);width:max-content;
max-width:min(23rem,calc(100vw - 1.5rem));padding:.55rem .7rem;border-radius:8px;background:var(--tipbg);
color:var(--tipfg);box-shadow:0 6px 20px rgba(0,0,0,.28);font:400 .8125rem/1.5 var(--ui);white-space:normal;
text-align:left;text-indent:0;letter-spacing:normal;cursor:auto}
.tip::before{content:"";position:absolute;left:0;right:0;top:-8px;height:8px}
.tip .head,.tip .value,.tip .row{display:block}
.tip .head{margin-bottom:.2rem}
.tip .value{font-size:.9375rem;font-weight:700;margin-bottom:.25rem;font-variant-numeric:tabular-nums}
.tip .k{display:inline-block;min-width:5.5em;color:var(--tipk)}
mark.fact:hover:not(:has(mark.fact:hover))>.tip,mark.fact:focus>.tip{display:block}
body.quiet .tip{display:none!important}
p.warn,span.warn{color:#b42318}
@media (prefers-color-scheme:dark){p.warn,span.warn{color:#ff9b8f}}
span.warn{display:block;font-size:.75rem}
details.outside{margin-top:2rem;color:var(--muted);font-size:.875rem;line-height:1.7}
details.outside summary{cursor:pointer}
details.outside .n{font-size:.8125rem}
.piece{margin:.75rem 0 0;padding-left:.75rem;border-left:3px solid var(--line)}
.piece figcaption{font-size:.75rem}
.table-wrap{overflow-x:auto;border:1px solid var(--line);border-radius:8px;background:var(--card)}
.table-wrap:focus-visible{outline:2px solid var(--focus)}
table.facts{border-collapse:collapse;width:100%;font-size:.875rem;line-height:1.45}
table.facts th,table.facts td{padding:.4rem .6rem;border-bottom:1px solid var(--line);text-align:left;
vertical-align:top}
table.facts th{position:sticky;top:0;background:var(--card);font-weight:600;white-space:nowrap}
table.facts tbody tr:last-child td{border-bottom:0}
table.facts tbody tr:nth-child(even){background:color-mix(in srgb,var(--card) 94%,var(--fg))}
table.facts tr:target{outline:2px solid var(--focus);outline-offset:-2px}
table.facts td.num{font-variant-numeric:tabular-nums;text-align:right}
table.facts td.text,table.facts td.value,table.facts td.place{white-space:nowrap}
table.facts td.subject{min-width:5em}
table.facts .day{white-space:nowrap}
table.facts .span,table.facts .code{color:var(--muted);font-size:.75rem;font-variant-numeric:tabular-nums}
table.facts .span{display:block}
table.facts td.rule{color:var(--muted);font-size:.75rem}
table.facts .warn{white-space:normal;min-width:12em}
a{color:var(--focus)}
footer{margin-top:2rem;color:var(--muted);font-size:.75rem}
@media (max-width:40rem){.legend{position:static}.legend .hint{display:none}}
@media print{.legend{position:static}.tip{display:none!important}}
"""
    + _kind_css()
    + "\n"
)

_SCRIPT = """
(() => {
  const body = document.body;
  function fit(event) {
    const mark = event.target.closest && event.target.closest("mark.fact");
    if (!mark || event.target.closest(".tip")) return;
    body.classList.remove("quiet");
    const tip = mark.querySelector(":scope > .tip");
    tip.style.left = ""; tip.style.top = ""; tip.style.bottom = "";
    const r = tip.getBoundingClientRect();
    if (!r.width) return;
    const shift = Math.max(8 - r.left, Math.min(0, innerWidth - 8 - r.right));
    if (shift) tip.style.left = shift + "px";
    if (r.bottom > innerHeight - 8 && r.top - r.height - mark.offsetHeight > 16) {
      tip.style.top = "auto"; tip.style.bottom = "calc(100% + 6px)";
    }
  }
  addEventListener("mouseover", fit);
  addEventListener("focusin", fit);
  addEventListener("keydown", (e) => { if (e.key === "Escape") body.classList.add("quiet"); });
})();
"""


def _hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii") + "'"


_CSP = f"default-src 'none'; style-src {_hash(_STYLE)}; script-src {_hash(_SCRIPT)}; img-src data:"

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="generator" content="newsfacts">
<title>{title}</title>
<style>{style}</style>
</head>
<body>
<div class="page">
<header>
<p class="app">newsfacts · facts of a news page</p>
{header}
</header>
{legend}
{warn}
<main>
<article aria-label="Article text">{body}</article>
{outside}
{table}
</main>
<footer>Made by newsfacts. Highlights: hover or focus (Tab) for the normalised value; Escape hides the tooltip.</footer>
</div>
<script>{script}</script>
</body>
</html>
"""
