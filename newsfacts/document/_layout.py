"""Where the news is on a page: title, body span, and the metadata lines around them.

The page is read as lines. Each line is classed — blank, content (a sentence of Chinese), short (a heading, a
caption, a credit), chrome (menus, breadcrumbs, search boxes, telephone lines: penalised) or a barrier
(copyright, 【评论】【打印】 link bars, "related news", a publication-time line, a 来源/责编 label line: the body
never crosses one). The body is the run of lines with the greatest total score (Kadane's maximum subarray,
one pass) — after a header (title, publication line), the first such run worth a body, so that a comment
section below the article is not taken for it — moved back to the dateline (新华社北京5月12日电) when there
is one, and cut before the trailer (来源:…, 责编:…, （完）) of its last line. Every step is linear in the
length of the page.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

import regex

from . import _tables as t

BLANK, CONTENT, SHORT, CHROME, BARRIER, META = range(6)
_HOUSE = frozenset(t.HOUSE.split("|"))
_REPORT_SUFFIX = frozenset(("报道", "報道", "报导", "報導"))  # 新华网报道， is a sentence, not a dateline
_TITLE_SPLIT = regex.compile(r"\s*(?:[_|｜]|\s[-–—]\s|——|--|(?<=\p{Han})[-–—](?=\p{Han}))\s*")
_SITE_PART = regex.compile(r"^(?:.{0,8}(?:网|網|频道|頻道|中心|首页|首頁|新闻|新聞)|[A-Za-z0-9. ]+)$")
_LINE_END = regex.compile(r"\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_DATELINE_LINES = 40  # a dateline is looked for this many lines above the body, and 5 non-blank lines into it
_TRAILER_WINDOW = 3000
_NEAR_TRAILER = 300  # a 来源 label this close after the body is the article's own
_HEADER_SEARCH = 20000  # characters before the body searched for a 来源 label
_LONG_PARAGRAPH = 30  # a content line this long is past the page header
_MIN_BODY = 30  # a run of fewer Han characters is not taken for the body when a header is known
_META_TIME_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "og:release_date",
    "datepublished",
    "publishdate",
    "publish_date",
    "publishtime",
    "publish-time",
    "pubdate",
    "dc.date",
    "dc.date.issued",
    "date",
)


@dataclass
class Line:
    start: int  # first character after the indentation
    end: int  # one past the last non-space character
    kind: int
    score: int


@dataclass
class Layout:
    body: tuple[int, int] = (0, 0)
    title: str | None = None
    title_span: tuple[int, int] | None = None
    published: dt.datetime | None = None
    source: str | None = None
    dateline: str | None = None
    dateline_span: tuple[int, int] | None = None
    dateline_place: str | None = None
    dateline_date: dt.date | None = None
    reporters: tuple[str, ...] = ()
    editor: str | None = None


def split_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line's content, indentation and trailing spaces excluded."""
    spans: list[tuple[int, int]] = []
    pos = 0
    ws = t.INDENT + " "
    for m in _LINE_END.finditer(text):
        spans.append(_trim(text, pos, m.start(), ws))
        pos = m.end()
    if pos < len(text):
        spans.append(_trim(text, pos, len(text), ws))
    return spans


def _trim(text: str, a: int, b: int, ws: str) -> tuple[int, int]:
    while a < b and text[a] in ws:
        a += 1
    while b > a and text[b - 1] in ws:
        b -= 1
    return a, b


def _non_ascii(s: str) -> int:
    return len(s) - len(s.encode("ascii", "ignore"))


def _meta_match(st: str) -> regex.Match[str] | None:
    """A publication-time line: a date with a clock time, or a labelled date, on a short line."""
    m = t.PUBLISHED_RE.search(st)
    if m is None:
        return None
    if m.group("H") is not None or t.DATE_LABEL_RE.search(st, 0, m.start() + 1) or len(st) - (m.end() - m.start()) < 24:
        return m
    return None


def classify(st: str) -> tuple[int, int]:
    """(kind, score) of one stripped line."""
    if not st:
        return BLANK, 0
    n = len(st)
    han = _non_ascii(st)
    if n < 200:
        if t.BARRIER_RE.search(st):
            return BARRIER, 0
        if han < 60 and _meta_match(st) is not None:
            return META, 0
    if han < 40:
        seps = len(t.MENU_SEP_RE.findall(st))
        if (
            t.CHROME_RE.search(st)
            or seps >= 2
            or len(t.BREADCRUMB_RE.findall(st)) >= 2
            or st.endswith("正文")
            or t.SPACED_LETTERS_RE.match(st)
            or (han < 10 and t.URL_RE.search(st))
        ):
            return CHROME, -(10 + han)
    elif han < 150 and len(t.MENU_SEP_RE.findall(st)) >= 4:
        return CHROME, -(10 + han)
    if han >= 12 and any(c in st for c in t.SENTENCE_PUNCT):
        return CONTENT, han
    return SHORT, -3


def _title_like(st: str) -> bool:
    if not 4 <= len(st) <= 80 or st[-1] in "。;；:：,，":
        return False
    if len(t.HAN_RE.findall(st)) < 4 or t.URL_RE.search(st):
        return False
    return not (t.CREDIT_LINE_RE.match(st) or _dateline_at(st, 0) is not None)


def _dateline_at(s: str, pos: int) -> regex.Match[str] | None:
    m = t.DATELINE_RE.match(s, pos)
    if m is None:
        return None
    if m.group("dd") is None and m.group("agency") not in _HOUSE:
        # no date (新华社北京电, 明報專訊): a wire suffix, and something that ends a dateline after it
        if m.group("suffix") in _REPORT_SUFFIX or not t.DATELINE_END_RE.match(s, m.end()):
            return None
    return m


def analyse(
    text: str,
    *,
    html_title: str | None = None,
    headings: list[tuple[int, int]] | None = None,
    meta: Mapping[str, str] | None = None,
) -> Layout:
    out = Layout()
    spans = split_lines(text)
    lines = [Line(a, b, *classify(text[a:b])) for a, b in spans]
    if not any(ln.kind != BLANK for ln in lines):
        return out

    # 1. The title from the HTML (an <h1> matching <title>, or <title> found as a line).
    title_line: int | None = None
    cleaned = _clean_title(html_title) if html_title else None
    if headings or cleaned:
        found = _html_title_line(text, lines, headings or [], cleaned, html_title)
        if found is not None:
            title_line, span = found
            out.title, out.title_span = text[span[0] : span[1]], span
            lines[title_line].kind = BARRIER
    # 2. The publication line: the last one above the first long paragraph (a date banner may come first).
    meta_line = _header_meta(lines)

    # 3. The body block: the first substantial run after the header, else the best run of the page.
    header = max((x for x in (title_line, meta_line) if x is not None), default=None)
    block = _best_block(lines, header + 1, first_only=True) if header is not None else None
    if block is None:
        block = _best_block(lines, 0)
    if block is None:
        first = (header if header is not None else -1) + 1
        rest = [i for i in range(first, len(lines)) if lines[i].kind not in (BLANK, BARRIER, META)]
        block = (rest[0], rest[-1]) if rest else None
    # 4. The title of a plain page: the line above the publication line, or above the body.
    if out.title is None and block is not None and cleaned is None:
        title_line = _plain_title_line(lines, text, block[0], meta_line)
        if title_line is None and meta_line is None and block[1] > block[0]:
            first_line = lines[block[0]]
            if _title_like(text[first_line.start : first_line.end]):
                title_line = block[0]
                nxt = next((i for i in range(block[0] + 1, block[1] + 1) if lines[i].kind == CONTENT), None)
                block = (nxt, block[1]) if nxt is not None else None
        if title_line is not None:
            ln = lines[title_line]
            out.title, out.title_span = text[ln.start : ln.end], (ln.start, ln.end)
    if out.title is None and cleaned:
        out.title = cleaned  # from <title>, not found in the text: no span

    # 5. Published time and the dateline.
    if block is None:
        start = end = len(text)
        out.body = (start, start)
    else:
        start, end = lines[block[0]].start, lines[block[1]].end
    header_end = start
    pub = _published_line(lines, text, meta_line, header_end)
    if pub is not None:
        out.published = pub[0]
    dl: regex.Match[str] | None = None
    if block is not None:
        top = max(x for x in (title_line, meta_line, -1) if x is not None) + 1
        dl = _find_dateline(lines, text, top, block)
        if dl is not None:
            start = dl.start()
        end = _cut_end(text, start, end, lines[block[1]].start)
        out.body = (start, end) if end > start else (start, start)
    if out.published is None:
        out.published = _published_after(text, out.body[1]) or _published_meta(meta or {})
    if dl is not None:
        _dateline_fields(out, dl)

    # 6. Credits, editor, source.
    out.reporters = _reporters(text, lines, out, dl, title_line)
    out.editor = _editor(text, out.body)
    out.source = _source(text, out, lines, meta_line, pub, dl)
    return out


def _header_meta(lines: list[Line]) -> int | None:
    """The last publication-time line above the first long paragraph."""
    found = None
    for i, ln in enumerate(lines):
        if ln.kind == META:
            found = i
        elif ln.kind == CONTENT and ln.score >= _LONG_PARAGRAPH:
            break
    return found


def _best_block(lines: list[Line], first: int, *, first_only: bool = False) -> tuple[int, int] | None:
    """Kadane's maximum-sum run of lines; barriers end a run, runs start and end on content lines.
    With ``first_only`` the search stops at the first barrier after a run worth a body (``_MIN_BODY``)."""
    best_sum, best = 0, None
    cur, cur_start = 0, -1
    for i in range(first, len(lines)):
        ln = lines[i]
        if ln.kind in (BARRIER, META):
            if first_only and best_sum >= _MIN_BODY:
                break
            cur, cur_start = 0, -1
            continue
        if cur_start < 0:
            if ln.score <= 0:
                continue
            cur, cur_start = ln.score, i
        else:
            cur += ln.score
            if cur <= 0:
                cur, cur_start = 0, -1
                continue
        if ln.score > 0 and cur > best_sum:
            best_sum, best = cur, (cur_start, i)
    if first_only and best_sum < _MIN_BODY:
        return None
    return best


def _clean_title(raw: str) -> str | None:
    parts = [p for p in _TITLE_SPLIT.split(raw.strip()) if p]
    if not parts:
        return None
    content = [p for p in parts if not _SITE_PART.match(p) and not t.SOURCE_RE.fullmatch(p)]
    return max(content or parts, key=len)


def _html_title_line(
    text: str, lines: list[Line], headings: list[tuple[int, int]], cleaned: str | None, raw: str | None
) -> tuple[int, tuple[int, int]] | None:
    starts = [ln.start for ln in lines]

    def line_of(pos: int) -> int:
        return max(0, bisect.bisect_right(starts, pos) - 1)

    candidates = []
    for a, b in headings:
        h = text[a:b].strip()
        if h and (raw is None or h in raw or (cleaned is not None and cleaned in h)):
            candidates.append((a, b))
    if not candidates and headings and raw is None:
        candidates = headings[:1]
    if candidates:
        a, b = candidates[0]
        return line_of(a), _strip_span(text, a, b)
    if cleaned:
        for i, ln in enumerate(lines):
            if ln.kind == CONTENT and ln.score >= _LONG_PARAGRAPH:
                break
            s = text[ln.start : ln.end]
            if (
                s == cleaned
                or (s.startswith(cleaned) and len(s) - len(cleaned) < 4)
                or (len(s) >= 4 and cleaned.startswith(s) and len(s) * 5 >= len(cleaned) * 3)
            ):
                return i, (ln.start, ln.end)
    return None


def _strip_span(text: str, a: int, b: int) -> tuple[int, int]:
    return _trim(text, a, b, t.INDENT + " \n\r")


def _plain_title_line(lines: list[Line], text: str, body_line: int, meta_line: int | None) -> int | None:
    def search(rng: range, budget: int) -> int | None:
        for i in rng:
            ln = lines[i]
            if ln.kind == BLANK:
                continue
            if ln.kind in (BARRIER, META):
                return None
            if ln.kind != CHROME and _title_like(text[ln.start : ln.end]):
                return i
            budget -= 1
            if budget <= 0:
                return None
        return None

    if meta_line is not None and meta_line < body_line:
        above = search(range(meta_line - 1, -1, -1), 4)
        return above if above is not None else search(range(meta_line + 1, body_line), 3)
    return search(range(body_line - 1, -1, -1), 6)


def _find_dateline(lines: list[Line], text: str, top: int, block: tuple[int, int]) -> regex.Match[str] | None:
    inside = 0
    for i in range(max(top, block[0] - _DATELINE_LINES), block[1] + 1):
        ln = lines[i]
        if ln.kind == BLANK:
            continue
        m = _dateline_at(text, ln.start) if ln.kind != BARRIER else None
        if m is not None:
            if i < block[0] and any(lines[k].kind in (CHROME, BARRIER, META) for k in range(i + 1, block[0])):
                return None
            return m
        inside += i >= block[0]
        if inside >= 5:
            return None
    return None


def _cut_end(text: str, start: int, end: int, last_line_start: int) -> int:
    m = t.END_MARK_RE.search(text, start, end)
    if m is not None:
        end = m.start()
    seg = max(start, last_line_start, end - 200)
    for m in t.TRAILER_RE.finditer(text, seg, end):
        rest = text[m.start() : end]
        if len(rest) <= 80 and "。" not in rest:
            end = m.start()
            break
    while end > start and text[end - 1] in t.INDENT + " \n\r":
        end -= 1
    return end


def _published_line(
    lines: list[Line], text: str, meta_line: int | None, header_end: int
) -> tuple[dt.datetime, regex.Match[str]] | None:
    if meta_line is None or lines[meta_line].start > header_end:
        return None
    ln = lines[meta_line]
    m = t.PUBLISHED_RE.search(text, ln.start, ln.end)
    if m is None:
        return None
    when = _datetime(m)
    return (when, m) if when is not None else None


def _datetime(m: regex.Match[str]) -> dt.datetime | None:
    try:
        return dt.datetime(
            int(m["y"]),
            int(m["m"]),
            int(m["d"]),
            int(m["H"]) if m["H"] else 0,
            int(m["M"]) if m["M"] else 0,
            int(m["S"]) if m["S"] else 0,
        )
    except ValueError:
        return None


def _published_after(text: str, pos: int) -> dt.datetime | None:
    """A labelled date or a date with a time just after the body (发布时间：2024-07-12 08:30)."""
    for m in t.PUBLISHED_RE.finditer(text, pos, min(len(text), pos + _TRAILER_WINDOW)):
        line_start = max(text.rfind("\n", 0, m.start()) + 1, pos)
        if m["H"] is not None or t.DATE_LABEL_RE.search(text, line_start, m.start()):
            return _datetime(m)
    return None


def _published_meta(meta: Mapping[str, str]) -> dt.datetime | None:
    for key in _META_TIME_KEYS:
        value = meta.get(key)
        if value:
            m = t.PUBLISHED_RE.search(value)
            if m is not None:
                return _datetime(m)
    return None


def _dateline_fields(out: Layout, m: regex.Match[str]) -> None:
    out.dateline = m["dl"]
    out.dateline_span = (m.start("dl"), m.end("dl"))
    place = m["place"]
    if m["role"] and place:
        # 中央社記者王小明台北12日電: the name and the place are written together; names have 2-3 characters
        cut = 3 if len(place) >= 5 else 2 if len(place) == 4 else len(place)
        name, place = place[:cut], place[cut:] or None
        out.reporters = (name,)
    out.dateline_place = place or None
    if m["dd"] is not None:
        out.dateline_date = _resolve_day(m["dy"], m["dm"], m["dd"], out.published)


def _resolve_day(y: str | None, mo: str | None, d: str, published: dt.datetime | None) -> dt.date | None:
    day = t.small_number(d)
    month = t.small_number(mo) if mo else (published.month if published else None)
    year = int(y) if y else (published.year if published else None)
    if day is None or month is None or year is None:
        return None
    try:
        when = dt.date(year, month, day)
    except ValueError:
        return None
    if not y and published is not None and when > published.date() + dt.timedelta(days=2):
        # a dateline is not after the publication: 12月31日 in a page of 1 January is last year's
        try:
            when = dt.date(year - 1, month, day) if mo else _previous_month(when)
        except ValueError:
            return None
    return when


def _previous_month(d: dt.date) -> dt.date:
    year, month = (d.year, d.month - 1) if d.month > 1 else (d.year - 1, 12)
    return dt.date(year, month, d.day)


def parse_credit(s: str) -> tuple[str, ...]:
    """Names in a credit: 记者桂园、柴安东 → (桂园, 柴安东); 本报记者 张三 通讯员 李四 → (张三, 李四)."""
    s = t.CREDIT_NOISE_RE.sub(" ", s)
    s = t.ROLE_RE.sub(" ", s)
    names: list[str] = []
    for token in t.CREDIT_SPLIT_RE.split(s):
        token = token.strip(" 　:：")
        if token and t.NAME_RE.fullmatch(token) and token not in names:
            names.append(token)
    return tuple(names)


def _reporters(
    text: str, lines: list[Line], out: Layout, dl: regex.Match[str] | None, title_line: int | None
) -> tuple[str, ...]:
    found = list(out.reporters)
    if dl is not None:
        pos = dl.end()
        while pos < len(text) and text[pos] in " \u3000\t】]":
            pos += 1
        m = t.CREDIT_GROUP_RE.match(text, pos) or t.CREDIT_INLINE_RE.match(text, pos, min(len(text), pos + 60))
        if m is not None:
            found += [n for n in parse_credit(m["c"]) if n not in found]
            return tuple(found)
    start = out.body[0]
    m = t.CREDIT_GROUP_RE.match(text, start)
    if m is not None:
        found += [n for n in parse_credit(m["c"]) if n not in found]
        return tuple(found)
    # A credit line of its own between the title and the body (or the first line of the body).
    first = title_line + 1 if title_line is not None else 0
    for ln in lines[first:]:
        if ln.start > start + 1:
            break
        if ln.kind == BLANK or ln.end - ln.start > 60:
            continue
        c = t.CREDIT_LINE_RE.match(text, ln.start, ln.end)
        if c is not None and c.end() == ln.end:
            found += [n for n in parse_credit(c["c"]) if n not in found]
    return tuple(found)


def _label_value(text: str, pos: int) -> str | None:
    window = text[pos : pos + 40]
    stop = t.VALUE_STOP_RE.search(window)
    value = (window[: stop.start()] if stop else window).strip(" \u3000:：")
    return value or None


def _editor(text: str, body: tuple[int, int]) -> str | None:
    trailer = (body[1], min(len(text), body[1] + _TRAILER_WINDOW))
    for rx, (a, b) in (
        (t.EDITOR_LABEL_RE, trailer),
        (t.EDITOR_LABEL_RE, (0, body[0])),
        (t.EDITOR_LOOSE_RE, trailer),
    ):
        for m in rx.finditer(text, a, b):
            n = t.EDITOR_NAME_RE.match(text, m.end())
            if n is None:
                continue
            name = n["n"].strip()
            if t.HAN_RE.match(name) and len(name) > 4:
                continue  # 责编张三李四王五: can't tell where the name stops
            return name
    return None


def canonical_source(value: str) -> str:
    m = t.SOURCE_RE.match(value)
    if m is not None and (m.end() == len(value) or not t.HAN_RE.match(value, m.end())):
        return t.CANONICAL_SOURCE[m.group()]
    return value


def _source(
    text: str,
    out: Layout,
    lines: list[Line],
    meta_line: int | None,
    pub: tuple[dt.datetime, regex.Match[str]] | None,
    dl: regex.Match[str] | None,
) -> str | None:
    body = out.body
    near = min(len(text), body[1] + _NEAR_TRAILER)
    regions = [(body[1], near)]  # the trailer right after the body: 来源:中国广播网责编:章媛
    if meta_line is not None:
        regions.append((lines[meta_line].start, lines[meta_line].end))  # 08:30 | 来源：人民网
    regions += [(max(0, body[0] - _HEADER_SEARCH), body[0]), (near, min(len(text), body[1] + _TRAILER_WINDOW))]
    for a, b in regions:
        for m in t.SOURCE_LABEL_RE.finditer(text, a, b):
            value = _label_value(text, m.end())
            if value is not None and len(value) <= 20:
                return canonical_source(value)
    if meta_line is not None:
        ln = lines[meta_line]
        after = pub[1].end() if pub is not None else ln.start
        name = t.SOURCE_RE.search(text, after, ln.end) or t.SOURCE_RE.search(text, ln.start, ln.end)
        if name is not None:
            return t.CANONICAL_SOURCE[name.group()]
        rest = text[after : ln.end].strip(" \u3000\t")
        word = rest.split()[0] if rest.split() else ""
        if word and t.OUTLET_RE.fullmatch(word):
            return word
    if dl is not None and dl["agency"] not in _HOUSE:
        return canonical_source(dl["agency"])
    return None
