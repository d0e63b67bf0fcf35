"""The document layer: read_article on the seed page, on pages built here in UTF-8, GB18030, Big5 and HTML,
and on the pages that must fail clearly (truncated, empty, binary, too large)."""

from __future__ import annotations

import datetime as dt
import gzip
import html as html_lib
from pathlib import Path

import pytest
from pydantic import ValidationError

import newsfacts.document as document
from newsfacts.document import (
    Article,
    ArticleDecodeError,
    BinaryPageError,
    PageTooLargeError,
    _decode,
    _html,
    canonical_source,
    read_article,
)

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_65b7911c41883545.txt"
PAGES = Path(__file__).resolve().parent / "pages"
SIMPLIFIED = PAGES / "zhejiang_sina.txt"  # a Sina-style page of 2006, written for these tests
TRADITIONAL = PAGES / "zhejiang_sina_trad.txt"  # the same page in traditional script
PARSERS = ["html.parser"] + (["lxml"] if _html.lxml_available() else [])


def _meta(a: Article) -> tuple[object, ...]:
    return (
        a.title,
        a.published,
        a.source,
        a.dateline,
        a.dateline_place,
        a.dateline_date,
        a.reporters,
        a.editor,
        a.body_text,
    )


# --- The seed: a raw Sina page of 2005 -------------------------------------------------------------------


def test_seed_metadata() -> None:
    a = read_article(SEED)
    assert a.title == "山东百万党员结穷亲解民忧 深入基层送温暖"
    assert a.published == dt.datetime(2005, 2, 1, 10, 24)
    assert a.source == "中国广播网"
    assert a.dateline == "中广网济南2月1日消息"
    assert a.dateline_place == "济南"
    assert a.dateline_date == dt.date(2005, 2, 1)
    assert a.reporters == ("桂园", "柴安东")
    assert a.editor == "章媛"
    assert a.encoding == "utf-8"
    assert a.path == str(SEED)
    assert not a.html and a.html_parser is None and not a.truncated


def test_seed_text_is_the_file_exactly() -> None:
    a = read_article(SEED)
    raw = SEED.read_text(encoding="utf-8")
    assert a.text == raw
    assert "," in a.text  # the seed's ASCII commas are not normalised
    assert a.title_span is not None and a.text[a.title_span[0] : a.title_span[1]] == a.title
    assert a.dateline_span is not None and a.text[slice(*a.dateline_span)] == a.dateline


def test_seed_body_span() -> None:
    a = read_article(SEED)
    body = a.body_text
    assert body.startswith("中广网济南2月1日消息(记者桂园、柴安东)山东省")
    assert body.endswith("提供了强大的精神动力。")
    assert a.body_end <= a.text.index("来源:中国广播网")
    for chrome in (
        "新闻中心新浪首页",
        "http://",
        "【评论】",
        "电话:010-82612286",
        "Copyright",
        "版权所有",
        "彩 信",
        "责编",
    ):
        assert chrome not in body
    assert a.body == (a.body_start, a.body_end)
    assert a.content_spans() == [a.title_span, a.body]


def test_seed_str_bytes_and_path_agree() -> None:
    from_path = read_article(SEED)
    from_bytes = read_article(SEED.read_bytes())
    from_str = read_article(SEED.read_text(encoding="utf-8"))
    assert _meta(from_path) == _meta(from_bytes) == _meta(from_str)
    assert from_bytes.encoding == "utf-8" and from_bytes.path is None
    assert from_str.encoding is None and from_str.path is None


def test_a_str_that_names_a_file_is_read_as_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    """The issue's own call: read_article("seeds/000_65b7911c41883545.txt") reads the seed."""
    monkeypatch.chdir(ROOT)
    a = read_article("seeds/000_65b7911c41883545.txt")
    assert a.title == "山东百万党员结穷亲解民忧 深入基层送温暖"
    assert a.path == "seeds/000_65b7911c41883545.txt" and a.encoding == "utf-8"
    assert _meta(a) == _meta(read_article(SEED))


def test_a_str_that_names_no_file_is_the_page_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "page.txt").write_text("省里拨出300万元。", encoding="utf-8")
    assert read_article("no-such-file.txt").text == "no-such-file.txt"
    assert read_article("page.txt\n").text == "page.txt\n"  # two lines: a text, even if a file has that name
    assert read_article("省里拨出300万元。").path is None


def test_extract_many_never_takes_a_str_for_a_file_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsfacts import extract_many

    monkeypatch.chdir(tmp_path)
    (tmp_path / "3万元.txt").write_text("拨出500万元。", encoding="utf-8")
    [result] = list(extract_many(["3万元.txt"]))
    assert result.facts is not None and [f.text for f in result.facts.money] == ["3万元"]


def test_seed_as_gb18030(tmp_path: Path) -> None:
    page = tmp_path / "seed_gbk.txt"
    page.write_bytes(SEED.read_text(encoding="utf-8").encode("gb18030"))
    a = read_article(page)
    assert a.encoding == "gb18030"
    assert a.text == SEED.read_text(encoding="utf-8")
    assert _meta(a) == _meta(read_article(SEED))


def test_seed_facts_come_from_the_content_spans() -> None:
    from newsfacts import extract_facts

    a = read_article(SEED)
    texts = [f.text for a_, b_ in a.content_spans() for f in extract_facts(a.text[a_:b_])]
    assert "300万元" in texts and "3550多万元" in texts


# --- One article, every encoding --------------------------------------------------------------------------

SIMPLIFIED_META = (
    "浙江千名机关干部进山入岛 帮扶困难家庭温暖过冬",
    dt.datetime(2006, 1, 12, 9, 15),
    "新华网",
    "新华社杭州1月11日电",
    "杭州",
    dt.date(2006, 1, 11),
    ("周明远", "林晓雯"),
    "陈思",
)
TRADITIONAL_META = (
    "浙江千名機關幹部進山入島 幫扶困難家庭溫暖過冬",
    dt.datetime(2006, 1, 12, 9, 15),
    "新华网",  # the source is given by its canonical (simplified) name
    "新華社杭州1月11日電",
    "杭州",
    dt.date(2006, 1, 11),
    ("周明遠", "林曉雯"),
    "陳思",
)


@pytest.mark.parametrize(
    ("fixture", "codec", "expected_encoding"),
    [
        (SIMPLIFIED, "utf-8", "utf-8"),
        (SIMPLIFIED, "utf-8-sig", "utf-8-sig"),
        (SIMPLIFIED, "gb18030", "gb18030"),
        (SIMPLIFIED, "gbk", "gb18030"),
        (TRADITIONAL, "utf-8", "utf-8"),
        (TRADITIONAL, "cp950", "cp950"),
        (TRADITIONAL, "big5", "cp950"),
        (TRADITIONAL, "gb18030", "gb18030"),
    ],
)
def test_same_article_in_every_encoding(tmp_path: Path, fixture: Path, codec: str, expected_encoding: str) -> None:
    source = fixture.read_text(encoding="utf-8")
    page = tmp_path / f"page.{codec}.txt"
    page.write_bytes(source.encode(codec))
    a = read_article(page)
    assert a.encoding == expected_encoding
    assert a.text == source
    expected = SIMPLIFIED_META if fixture == SIMPLIFIED else TRADITIONAL_META
    assert _meta(a)[:-1] == expected
    assert a.body_text.endswith("安定祥和的新年。")
    assert "（完）" not in a.body_text and "责任编辑" not in a.body_text and "責任編輯" not in a.body_text


def test_traditional_page_gives_the_same_facts_about_the_article() -> None:
    s, t = read_article(SIMPLIFIED), read_article(TRADITIONAL)
    assert (s.published, s.source, s.dateline_date, s.dateline_place) == (
        t.published,
        t.source,
        t.dateline_date,
        t.dateline_place,
    )
    assert (s.body_start, s.body_end, s.title_span) == (t.body_start, t.body_end, t.title_span)


def test_explicit_encoding_is_honoured() -> None:
    data = SIMPLIFIED.read_text(encoding="utf-8").encode("gb18030")
    a = read_article(data, encoding="GB2312")
    assert a.encoding == "gb18030" and _meta(a)[:-1] == SIMPLIFIED_META
    with pytest.raises(ArticleDecodeError, match="<bytes>: not valid utf-8"):
        read_article(data, encoding="utf-8")
    with pytest.raises(ValueError, match="unknown encoding"):
        read_article(data, encoding="no-such-codec")
    with pytest.raises(ValueError, match="already decoded"):
        read_article("文本", encoding="utf-8")


def test_detection_without_charset_normalizer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_decode, "_charset_normalizer", None)  # the fallback: strict decodes, scored
    for fixture, codec, expected in ((SIMPLIFIED, "gb18030", "gb18030"), (TRADITIONAL, "cp950", "cp950")):
        a = read_article(fixture.read_text(encoding="utf-8").encode(codec))
        assert a.encoding == expected and a.text == fixture.read_text(encoding="utf-8")


def test_big5_hkscs_page() -> None:
    text = "明報專訊（記者陳家明）有市民話，今年啲菜價升咗好多，一斤菜心要賣20∼25元，嘅確貴咗好多。"
    data = text.encode("big5hkscs")
    a = read_article(data)
    assert a.encoding == "big5hkscs"
    assert a.text == text.replace("∼", "～")  # Big5 A1E3 is the fullwidth tilde of a range, as in cp950
    assert a.source == "明报" and a.dateline == "明報專訊" and a.reporters == ("陳家明",)


# --- HTML ------------------------------------------------------------------------------------------------


def _as_html(plain: str, charset: str = "utf-8") -> str:
    """The plain page as HTML: paragraphs as <p>, lines inside a paragraph joined by <br>, the title as <h1>;
    plus markup that must leave no trace in the text (script, style, comments, whitespace between tags)."""
    paragraphs = plain.split("\n\n")
    title = paragraphs[1]
    out = [
        "<!DOCTYPE html>\n<html>\n<head>\n",
        f'  <meta http-equiv="Content-Type" content="text/html; charset={charset}">\n',
        f"  <title>{html_lib.escape(title)}_新闻中心_新浪网</title>\n",
        '  <script>var x = "<p>不是正文</p>"; if (a < b) {}</script>\n  <style>p { color: red }</style>\n',
        "</head>\n<body>\n<!-- 导航 -->\n",
    ]
    for p in paragraphs:
        inner = "<br>\n".join(html_lib.escape(line) for line in p.split("\n"))
        tag = "h1" if p == title else "p"
        out.append(f'<div class="c">\n  <{tag} class="x">{inner}</{tag}>\n</div>\n')
    out.append("</body>\n</html>\n")
    return "".join(out)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize(("fixture", "codec"), [(SIMPLIFIED, "gb2312"), (SIMPLIFIED, "utf-8"), (TRADITIONAL, "big5")])
def test_same_article_as_html(fixture: Path, codec: str, parser: str) -> None:
    plain = fixture.read_text(encoding="utf-8")
    # characters the charset lacks are written as character references, as a page would write them
    data = _as_html(plain, charset=codec).encode("gbk" if codec == "gb2312" else codec, "xmlcharrefreplace")
    a = read_article(data, html_parser=parser)  # type: ignore[arg-type]
    assert a.html and a.html_parser == parser
    assert a.encoding == {"gb2312": "gb18030", "utf-8": "utf-8", "big5": "cp950"}[codec]
    assert a.text == plain
    assert _meta(a) == _meta(read_article(plain))
    assert a.title_span is not None and a.text[slice(*a.title_span)] == a.title


@pytest.mark.parametrize("parser", PARSERS)
def test_xinhua_gbk_html_file(parser: str) -> None:
    a = read_article(PAGES / "xinhua_gbk.html", html_parser=parser)  # type: ignore[arg-type]
    assert a.encoding == "gb18030"  # labelled gb2312, read as its superset
    assert a.title == "湖北一季度规模以上工业增加值增长12.6%"
    assert a.published == dt.datetime(2011, 4, 18, 16, 42, 5)
    assert a.source == "新华网"
    assert (a.dateline, a.dateline_place, a.dateline_date) == ("新华网武汉4月18日电", "武汉", dt.date(2011, 4, 18))
    assert a.reporters == ("吴德平", "何婷")
    assert a.editor == "邓华宁"
    assert a.body_text.startswith("新华网武汉4月18日电（记者 吴德平 实习生 何婷）")
    assert a.body_text.endswith("这是下一阶段工作的重点。")
    assert "困难——这是" in a.body_text  # &mdash; decoded
    assert "主要力量。\n\u3000\u3000与此同时" in a.body_text  # <br> is a line break
    for gone in ("不是正文", "color", "正文开始", "a < b"):
        assert gone not in a.text
    for chrome in ("相关新闻", "Copyright", "电话", "首页"):
        assert chrome in a.text and chrome not in a.body_text


@pytest.mark.parametrize("parser", PARSERS)
def test_cna_big5_html_file(parser: str) -> None:
    a = read_article(PAGES / "cna_big5.html", html_parser=parser)  # type: ignore[arg-type]
    assert a.encoding == "cp950"
    assert a.title == "台北市舊公寓更新補助 首波核定120件"
    assert a.published == dt.datetime(2023, 3, 14, 17, 25)
    assert a.source == "中央社"
    assert a.dateline == "中央社記者陳怡君台北14日電"
    assert (a.dateline_place, a.dateline_date) == ("台北", dt.date(2023, 3, 14))
    assert a.reporters == ("陳怡君",)
    assert a.editor == "林淑媛"
    assert a.body_text.startswith("（中央社記者陳怡君台北14日電）台北市政府")
    assert a.body_text.endswith("並於核定後18個月內完工。")
    assert "45%～50%" in a.body_text


def test_both_html_parsers_agree() -> None:
    if "lxml" not in PARSERS:
        pytest.skip("lxml not installed")
    for page in (PAGES / "xinhua_gbk.html", PAGES / "cna_big5.html"):
        x, y = read_article(page, html_parser="lxml"), read_article(page, html_parser="html.parser")
        assert x.text == y.text and _meta(x) == _meta(y)


def test_fallback_without_lxml(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_html, "_lxml", lambda: None)
    a = read_article(PAGES / "xinhua_gbk.html")
    assert a.html_parser == "html.parser" and a.editor == "邓华宁"
    with pytest.raises(ImportError, match=r"newsfacts\[html\]"):
        read_article(PAGES / "xinhua_gbk.html", html_parser="lxml")


@pytest.mark.parametrize("parser", PARSERS)
def test_html_rendering_rules(parser: str) -> None:
    page = (
        "<html><head><title>标题 - 某某网</title></head><body>"
        "<p>甲&amp;乙&nbsp;&nbsp;丙 &#x4E2D;&#25991;   多个   空格\n换行</p>"
        "<div>块一</div><div>块二<br>同块第二行</div>"
        "<pre>  保留\n    缩进</pre>"
        "<ul><li>项一</li><li>项二</li></ul>"
        "<table><tr><td>格一</td><td>格二</td></tr></table>"
        "<noscript>请启用脚本</noscript><select><option>北京</option></select>"
        "</body></html>"
    )
    a = read_article(page, html_parser=parser)  # type: ignore[arg-type]
    assert a.text == "甲&乙  丙 中文 多个 空格 换行\n\n块一\n块二\n同块第二行\n  保留\n    缩进\n项一\n项二\n格一\n格二"
    assert a.title == "标题"  # from <title>, the site name dropped; not in the text, so no span
    assert a.title_span is None


def test_html_unclosed_tags_stdlib() -> None:
    page = "<html><body><p>第一段<p>第二段<div>块<title>不闭合的标题<p>后文"
    a = read_article(page, html_parser="html.parser")
    assert "第一段\n\n第二段\n块" in a.text and "后文" in a.text


def test_html_meta_publication_time() -> None:
    page = (
        '<html><head><meta property="article:published_time" content="2024-07-12T08:30:00+08:00">'
        "<title>某市开通新公交线路</title></head><body><h1>某市开通新公交线路</h1>"
        "<p>本报讯（记者 李明）市交通局今天宣布，新开通的5条公交线路将覆盖城东12个社区，预计每天服务乘客3万人次。</p>"
        "</body></html>"
    )
    a = read_article(page)
    assert a.published == dt.datetime(2024, 7, 12, 8, 30)
    assert a.title == "某市开通新公交线路" and a.title_span is not None
    assert (a.dateline, a.reporters) == ("本报讯", ("李明",))
    assert a.body_text.startswith("本报讯（记者 李明）")


def test_html_sniffing_and_forcing() -> None:
    plain = "如果a<b且c>d，那么结果成立。本报记者在现场看到，价格<10元的商品卖得最好。"
    assert not read_article(plain).html
    tagged = "<p>第一段。</p>\n<p>第二段。</p>"
    assert read_article(tagged).html
    forced_plain = read_article(tagged, html=False)
    assert not forced_plain.html and forced_plain.text == tagged
    forced_html = read_article("第一行\n第二行", html=True)
    assert forced_html.html and forced_html.text == "第一行 第二行"


def test_meta_charset_that_lies() -> None:
    body = "<p>新华社北京5月12日电 国务院今天召开常务会议，研究部署进一步做好高校毕业生就业工作。</p>"
    says_utf8_is_gbk = f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>'.encode("gbk")
    a = read_article(says_utf8_is_gbk)
    assert a.encoding == "gb18030" and "国务院今天召开常务会议" in a.text
    says_gbk_is_utf8 = f'<html><head><meta charset="gb2312"></head><body>{body}</body></html>'.encode()
    b = read_article(says_gbk_is_utf8)
    assert b.encoding == "utf-8" and "国务院今天召开常务会议" in b.text
    says_latin1_is_gbk = f'<html><head><meta charset="iso-8859-1"></head><body>{body}</body></html>'.encode("gbk")
    assert read_article(says_latin1_is_gbk).encoding == "gb18030"


# --- Pages that must fail (or succeed) clearly ------------------------------------------------------------


def test_truncated_multibyte_at_the_end(tmp_path: Path) -> None:
    text = SIMPLIFIED.read_text(encoding="utf-8").rstrip() + "新闻"
    for codec, cut in (("utf-8", 2), ("gb18030", 1), ("cp950", 1)):
        source = text if codec != "cp950" else TRADITIONAL.read_text(encoding="utf-8").rstrip() + "新聞"
        page = tmp_path / f"cut.{codec}"
        page.write_bytes(source.encode(codec)[:-cut])
        a = read_article(page)
        assert a.truncated and a.encoding == codec
        assert a.text == source[:-1]  # everything but the character that was cut in half
        assert a.title is not None and a.editor is not None


def test_broken_multibyte_sequence_in_the_middle(tmp_path: Path) -> None:
    data = SEED.read_bytes()
    at = data.index("山东省委".encode())
    page = tmp_path / "broken.txt"
    page.write_bytes(data[:at] + data[at : at + 1] + b"ab" + data[at + 3 :])  # a lead byte without its tail
    with pytest.raises(ArticleDecodeError) as info:
        read_article(page)
    message = str(info.value)
    assert str(page) in message and f"at byte {at}" in message
    assert info.value.name == str(page)
    assert isinstance(info.value, ValueError)


def test_empty_page(tmp_path: Path) -> None:
    page = tmp_path / "empty.html"
    page.write_bytes(b"")
    for a in (
        read_article(page),
        read_article(b""),
        read_article(""),
        read_article("  \n\n "),
        read_article(b"", html=True),
    ):
        assert a.title is None and a.published is None and a.reporters == ()
        assert a.body_start == a.body_end
        assert a.content_spans() == []
    assert read_article(page).text == "" and read_article(page).encoding == "utf-8"


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG"),
        (gzip.compress("新闻".encode() * 100), "decompress"),
        (b"%PDF-1.4\n...", "PDF"),
        ("新闻正文".encode() + b"\x00\x01\x02" * 10, "NUL byte"),
        (bytes(range(1, 32)) * 100, "control bytes"),
    ],
)
def test_binary_pages(tmp_path: Path, data: bytes, what: str) -> None:
    page = tmp_path / "page.bin"
    page.write_bytes(data)
    with pytest.raises(BinaryPageError, match=what) as info:
        read_article(page)
    assert str(page) in str(info.value)
    assert isinstance(info.value, ArticleDecodeError)


def test_undecodable_bytes_are_an_error_not_garbage() -> None:
    latin = ("Café crème, naïve façade. " * 20).encode("latin-1")
    with pytest.raises(ArticleDecodeError, match="cannot decode"):
        read_article(latin)
    assert read_article(latin, encoding="latin-1").text.startswith("Café")


def _big_plain_page() -> str:
    seed = SEED.read_text(encoding="utf-8")
    comments = "".join(f"网友{i}：这篇报道写得很好，支持！\n" for i in range(420_000))
    return seed + "\n\n" + comments  # a comment section after the copyright line


@pytest.mark.timeout(120)  # hang guard: normally a few seconds
def test_20mb_plain_page(tmp_path: Path) -> None:
    page = tmp_path / "big.txt"
    page.write_bytes(_big_plain_page().encode("gb18030"))
    assert page.stat().st_size > 15_000_000
    a = read_article(page)
    assert a.encoding == "gb18030"
    assert _meta(a) == _meta(read_article(SEED))


@pytest.mark.timeout(120)  # hang guard: normally a few seconds
def test_20mb_html_page() -> None:
    seed = SEED.read_text(encoding="utf-8")
    nav = "".join(f'<li><a href="/n/{i}.html">新闻标题第{i}条</a></li>\n' for i in range(180_000))
    paragraphs = "".join(f"<p>{html_lib.escape(line)}</p>\n" for line in seed.split("\n") if line.strip())
    page = f"<html><head><meta charset=utf-8></head><body><ul>{nav}</ul>{paragraphs}<ul>{nav}</ul></body></html>"
    data = page.encode()
    assert len(data) > 20_000_000
    a = read_article(data)
    assert a.title == "山东百万党员结穷亲解民忧 深入基层送温暖"
    assert (a.published, a.dateline, a.reporters, a.editor) == (
        dt.datetime(2005, 2, 1, 10, 24),
        "中广网济南2月1日消息",
        ("桂园", "柴安东"),
        "章媛",
    )
    assert a.body_text.endswith("精神动力。") and "新闻标题第" not in a.body_text


def test_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(SEED.read_bytes())
    with pytest.raises(PageTooLargeError, match=str(page)):
        read_article(page, max_size=1000)
    with pytest.raises(PageTooLargeError, match="<bytes>"):
        read_article(SEED.read_bytes(), max_size=1000)
    with pytest.raises(PageTooLargeError, match="characters"):
        read_article("字" * 1001, max_size=1000)
    monkeypatch.setattr(document, "MAX_PAGE_BYTES", 1000)
    with pytest.raises(PageTooLargeError):
        read_article(page)
    assert isinstance(PageTooLargeError("x", "y"), ValueError)


def test_wrong_types() -> None:
    with pytest.raises(TypeError, match="got int"):
        read_article(42)  # type: ignore[arg-type]
    # a one-line str that names an existing file is that file (the read_article("seeds/…txt"))
    a = read_article(str(SEED))
    assert a.path == str(SEED) and a.text == SEED.read_text(encoding="utf-8")


# --- Metadata variants ------------------------------------------------------------------------------------

PUB = "2006年05月12日08:30 新华网\n\n"


@pytest.mark.parametrize(
    ("first_line", "dateline", "place", "date", "reporters"),
    [
        (
            "新华社北京5月12日电（记者张三、李四）国务院今天召开常务会议，研究部署有关工作。",
            "新华社北京5月12日电",
            "北京",
            dt.date(2006, 5, 12),
            ("张三", "李四"),
        ),
        (
            "中新社北京2月2日电 (记者 王小红) 国家统计局今天发布数据，全年经济平稳增长。",
            "中新社北京2月2日电",
            "北京",
            dt.date(2006, 2, 2),
            ("王小红",),
        ),
        (
            "中新网5月12日电 据外电报道，当地今天发生一起交通事故，造成多人受伤。",
            "中新网5月12日电",
            None,
            dt.date(2006, 5, 12),
            (),
        ),
        (
            "本报讯（记者 王五 通讯员 赵六）市政府今天召开新闻发布会，介绍今年的民生工程。",
            "本报讯",
            None,
            None,
            ("王五", "赵六"),
        ),
        (
            "新华社北京五月十二日电 国务院今天召开常务会议，研究部署有关工作，会议强调要抓好落实。",
            "新华社北京五月十二日电",
            "北京",
            dt.date(2006, 5, 12),
            (),
        ),
        (
            "新华社杭州5月11日电（记者周明远）浙江省今天召开会议，部署下半年工作，强调做好困难群众帮扶。",
            "新华社杭州5月11日电",
            "杭州",
            dt.date(2006, 5, 11),
            ("周明远",),
        ),
        (
            "新华社北京2005年12月30日电 记者张三、李四报道：国务院今天召开常务会议，研究部署有关工作。",
            "新华社北京2005年12月30日电",
            "北京",
            dt.date(2005, 12, 30),
            ("张三", "李四"),
        ),
        (
            "人民网北京5月12日电 （记者 欧阳小明）今天是全国防灾减灾日，各地开展了多种形式的宣传活动。",
            "人民网北京5月12日电",
            "北京",
            dt.date(2006, 5, 12),
            ("欧阳小明",),
        ),
        (
            "中央社記者王小明台北11日電）行政院今天表示，將加強照顧弱勢家庭，今年度預算增加兩成。",
            "中央社記者王小明台北11日電",
            "台北",
            dt.date(2006, 5, 11),
            ("王小明",),
        ),
    ],
)
def test_datelines(
    first_line: str, dateline: str, place: str | None, date: dt.date | None, reporters: tuple[str, ...]
) -> None:
    a = read_article(
        "某地新闻标题\n\n" + PUB + "\u3000\u3000" + first_line + "\n\n\u3000\u3000第二段，继续报道有关情况。"
    )
    assert a.dateline == dateline
    assert a.dateline_place == place
    assert a.dateline_date == date
    assert a.reporters == reporters
    assert a.body_text == first_line + "\n\n\u3000\u3000第二段，继续报道有关情况。"
    assert a.title == "某地新闻标题" and a.source is not None


@pytest.mark.parametrize(
    ("published", "dateline", "expected"),
    [
        ("2006年01月01日08:30", "新华社杭州12月31日电", dt.date(2005, 12, 31)),  # last year's, not next
        ("2006年03月01日08:30", "中央社台北28日電", dt.date(2006, 2, 28)),  # last month's
        ("2006年03月01日08:30", "中央社台北1日電", dt.date(2006, 3, 1)),
        ("2006年03月01日08:30", "新华社北京2月30日电", None),  # no such day
    ],
)
def test_dateline_date_resolution(published: str, dateline: str, expected: dt.date | None) -> None:
    a = read_article(f"标题\n\n{published} 新华网\n\n{dateline} 今天召开会议，研究部署有关工作，会议强调要抓好落实。")
    assert a.dateline == dateline and a.dateline_date == expected


def test_dateline_without_publication_year() -> None:
    a = read_article("新华社北京5月12日电（记者张三）国务院今天召开常务会议，研究部署有关工作。")
    assert (a.dateline_place, a.dateline_date, a.published) == ("北京", None, None)
    assert a.title is None and a.body_start == 0


def test_full_width_digits_and_punctuation() -> None:
    page = (
        "经济新闻\n\n"
        "标题：全省外贸进出口总额突破千亿\n\n"
        "２００６年０１月１２日０９：１５　来源：齐鲁晚报\n\n"
        "　　本报济南１月１１日讯（记者　张三　李四）记者从省商务厅获悉，去年全省外贸进出口总额突破1000亿美元。\n\n"
        "（责任编辑：王五）\n"
    )
    a = read_article(page)
    assert a.text == page
    assert a.published == dt.datetime(2006, 1, 12, 9, 15)
    assert a.source == "齐鲁晚报"
    assert (a.dateline, a.dateline_place, a.dateline_date) == ("本报济南１月１１日讯", "济南", dt.date(2006, 1, 11))
    assert a.reporters == ("张三", "李四")
    assert a.editor == "王五"
    assert a.title == "标题：全省外贸进出口总额突破千亿"
    assert a.body_text.endswith("1000亿美元。")


def test_credit_lines_and_labels() -> None:
    page = (
        "市区新增3个停车场\n\n"
        "2024-07-12 08:30:15　来源：南方都市报\n\n"
        "本报记者 陈小华 实习生 刘阳\n\n"
        "　　为缓解老城区停车难，市交通部门今年新建3个公共停车场，共提供车位1200个，收费标准为每小时5元。\n\n"
        "　　据介绍，新停车场将于8月底前全部投入使用，届时周边道路的违停现象有望明显减少。\n\n"
        "责任编辑：林一 SN098\n"
    )
    a = read_article(page)
    assert a.published == dt.datetime(2024, 7, 12, 8, 30, 15)
    assert a.source == "南方都市报"
    assert a.reporters == ("陈小华", "刘阳")
    assert a.editor == "林一"
    assert a.dateline is None
    assert a.body_text.startswith("为缓解老城区停车难")
    assert a.body_text.endswith("明显减少。")


def test_taiwan_credit_style() -> None:
    page = (
        "颱風過後 農損逾3億元\n\n"
        "2023-07-28 05:30 聯合報 / 記者林美玲／台中報導\n\n"
        "　　颱風過境後，台中市農業局統計，全市農業損失已超過新台幣3億元，受損面積約1200公頃，以香蕉和水稻最為嚴重。\n"
    )
    a = read_article(page)
    assert a.source == "联合报"
    assert a.published == dt.datetime(2023, 7, 28, 5, 30)


def test_canonical_source_names() -> None:
    assert canonical_source("新華網") == "新华网"
    assert canonical_source("中央通訊社") == "中央社"
    assert canonical_source("人民日报海外版") == "人民日报海外版"
    assert canonical_source("某某县融媒体中心") == "某某县融媒体中心"
    assert all(isinstance(names, tuple) and names for names in document.SOURCES)


def test_plain_article_without_chrome() -> None:
    a = read_article(
        "全市新建保障房2万套\n\n今年以来，全市新开工保障性住房2万套，完成投资45亿元，惠及5万余名住房困难群众。"
    )
    assert a.title == "全市新建保障房2万套"
    assert a.body_text.startswith("今年以来")
    one = read_article("省里拨出300万元省管党费，用于慰问老党员。")
    assert one.title is None and one.body_text == one.text


def test_comments_after_the_article_are_not_the_body() -> None:
    seed = SEED.read_text(encoding="utf-8")
    page = seed + "\n\n" + "".join(f"网友{i}：这篇报道写得很好，我们村也是这样做的，支持！\n" for i in range(500))
    a = read_article(page)
    assert a.body_text == read_article(SEED).body_text


# --- The model --------------------------------------------------------------------------------------------


def test_article_is_frozen_and_checked() -> None:
    a = read_article(SEED)
    with pytest.raises(ValidationError):
        a.title = "x"
    assert Article.model_validate(a.model_dump()) == a
    assert Article.model_validate_json(a.model_dump_json()) == a
    with pytest.raises(ValidationError, match="body span"):
        Article(text="abc", body_start=2, body_end=9)
    with pytest.raises(ValidationError, match="title_span"):
        Article(text="abc", body_start=0, body_end=0, title_span=(0, 9))
    assert "text=" not in repr(a)  # a 20 MB page does not flood a traceback


# --- Linear time on hostile input -------------------------------------------------------------------------


@pytest.mark.timeout(60)  # hang guard: normally well under a second
@pytest.mark.parametrize(
    "unit",
    [
        "新华社",
        "新华社北京",
        "记者、",
        "（记者",
        "来源：",
        "责编：",
        "2005年",
        "2005年02月01日",
        "【评论",
        "中广网济南2月",
        " > ",
        "a<b ",
    ],
)
def test_no_catastrophic_backtracking(unit: str) -> None:
    page = unit * (300_000 // len(unit))
    read_article(page)
    read_article(page.replace("、", "\n"))


# --- More encodings and layouts ---------------------------------------------------------------------------


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_a_byte_order_mark(codec: str) -> None:
    text = SIMPLIFIED.read_text(encoding="utf-8")
    data = text.encode(codec)
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        data = "\ufeff".encode(codec) + data  # utf-16-be writes no BOM of its own
    a = read_article(data)
    assert a.text == text and a.encoding in ("utf-16", "utf-32")
    assert _meta(a)[:-1] == SIMPLIFIED_META
    with pytest.raises(BinaryPageError, match="UTF-16 without a BOM"):
        read_article(text.encode("utf-16-le"))


def test_crlf_page_keeps_its_line_ends() -> None:
    crlf = SEED.read_text(encoding="utf-8").replace("\n", "\r\n")
    a = read_article(crlf.encode())
    assert a.text == crlf
    assert _meta(a)[:-1] == _meta(read_article(SEED))[:-1]
    assert a.body_text.replace("\r\n", "\n") == read_article(SEED).body_text


def test_browser_charset_labels() -> None:
    body = "<p>新华社北京5月12日电 国务院今天召开常务会议，研究部署进一步做好高校毕业生就业工作。</p>"
    for label in ("x-gbk", "GB_2312-80", "chinese"):
        page = f'<html><head><meta charset="{label}"></head><body>{body}</body></html>'.encode("gbk")
        assert read_article(page).encoding == "gb18030"
    page = f'<html><head><meta charset="x-x-big5"></head><body>{body}</body></html>'
    trad = (
        page.replace("新华社", "新華社")
        .replace("国务院", "國務院")
        .replace("召开", "召開")
        .replace("常务会议", "常務會議")
    )
    trad = trad.replace("研究部署进一步做好高校毕业生就业工作", "研究部署進一步做好高校畢業生就業工作").replace(
        "电", "電"
    )
    assert read_article(trad.encode("cp950")).encoding == "cp950"


def test_unlisted_outlet_after_the_publication_time() -> None:
    page = (
        "沂河大桥今日通车\n\n2006年01月12日09:15 临沂日报\n\n"
        "\u3000\u3000历时两年建设的沂河大桥今天正式通车，大桥全长1.6公里，总投资3.2亿元，双向六车道。\n"
    )
    a = read_article(page)
    assert a.source == "临沂日报" and a.title == "沂河大桥今日通车"


def test_a_source_name_starting_a_sentence_is_not_a_dateline() -> None:
    page = "标题\n\n2006年01月12日09:15 新华网\n\n新华网报道，全国春运今天正式开始，预计旅客发送量将达20亿人次。\n"
    a = read_article(page)
    assert a.dateline is None and a.body_text.startswith("新华网报道")


def test_portal_page_with_a_date_banner() -> None:
    page = (
        "2024年7月12日 星期五  欢迎访问人民网\n"
        "人民网首页 | 时政 | 国际 | 财经 | 地方\n"
        "当前位置：人民网 >> 财经 >> 正文\n"
        "上半年全国铁路发送旅客20.5亿人次\n"
        "2024年07月12日08:30 | 来源：人民网－人民日报\n"
        "小字号\n"
        "本报北京7月11日电  （记者李刚）记者从国铁集团获悉：今年上半年，"
        "全国铁路累计发送旅客20.5亿人次，同比增长18.6%。\n"
        "国铁集团有关负责人介绍，上半年全国铁路完成固定资产投资3373亿元，同比增长10.6%。\n"
        "《 人民日报 》（ 2024年07月12日 02 版）\n"
        "(责编：王震、白宇)\n"
        "分享让更多人看到\n"
        "相关新闻\n"
    )
    a = read_article(page)
    assert a.title == "上半年全国铁路发送旅客20.5亿人次"
    assert a.published == dt.datetime(2024, 7, 12, 8, 30)  # not the banner's date
    assert a.source == "人民网"
    assert (a.dateline, a.dateline_date, a.reporters, a.editor) == (
        "本报北京7月11日电",
        dt.date(2024, 7, 11),
        ("李刚",),
        "王震",
    )
    assert a.body_text.startswith("本报北京7月11日电") and a.body_text.endswith("同比增长10.6%。")


@pytest.mark.parametrize("parser", PARSERS)
def test_local_site_html_without_h1(parser: str) -> None:
    page = (
        "<html><head><title>东莞企业复工率超九成-新闻中心-东莞时间网</title></head><body>"
        '<div class="top">东莞时间网 | 新闻 | 视频</div>'
        '<div class="title">东莞企业复工率超九成</div>'
        '<div class="meta">发布时间：2020-03-05 10:20:33 来源：东莞日报 作者：陈思思</div>'
        '<div class="content">东莞日报讯（记者 陈思思）截至3月4日，'
        "全市规模以上工业企业复工率达到92.3%，复工人数超过210万人。"
        "<br/>市工信局表示，将继续帮助企业解决用工、原材料等问题。</div>"
        '<div class="share">分享到：微信 微博</div>'
        '<div class="foot">Copyright © 2020 东莞时间网 版权所有 粤ICP备12345678号</div></body></html>'
    )
    a = read_article(page, html_parser=parser)  # type: ignore[arg-type]
    assert a.title == "东莞企业复工率超九成" and a.title_span is not None
    assert a.published == dt.datetime(2020, 3, 5, 10, 20, 33)
    assert (a.source, a.dateline, a.dateline_place, a.reporters) == ("东莞日报", "东莞日报讯", None, ("陈思思",))
    assert a.body_text.endswith("原材料等问题。") and "分享" not in a.body_text
