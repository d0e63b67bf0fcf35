"""Tables of names and labels, and the regexes built from them (compiled once, at import).

Every pattern here is linear: alternations of literals, bounded repeats, no nested unbounded quantifiers,
so that scanning a 20 MB page costs time proportional to its length.
"""

from __future__ import annotations

import regex

# The dateline's tables, here too: the layout reads every table from this module.
from ._dateline import CANONICAL_SOURCE as CANONICAL_SOURCE
from ._dateline import CLOSE as CLOSE
from ._dateline import CN_DIGIT as CN_DIGIT
from ._dateline import COLON as COLON
from ._dateline import DATELINE_RE as DATELINE_RE
from ._dateline import HOUSE as HOUSE
from ._dateline import INDENT as INDENT
from ._dateline import OPEN as OPEN
from ._dateline import SOURCE_NAMES as SOURCE_NAMES
from ._dateline import SOURCES as SOURCES
from ._dateline import D as D

SOURCE_RE = regex.compile(f"(?:{SOURCE_NAMES})")
# An unlisted outlet named after the publication time or a 来源 label: ends like a newspaper or site.
OUTLET_RE = regex.compile(
    r"[\p{Han}A-Za-z0-9]{1,12}?(?:日报|日報|晚报|晚報|早报|早報|时报|時報|商报|商報|周报|週報|周刊|週刊"
    r"|报|報|网|網|社|电台|電台|电视台|電視台|新闻|新聞|在线|在線)"
)

# --- Publication time ---------------------------------------------------------------------------------
# 2005年02月01日10:24, 2005-02-01 10:24:31, 2005/2/1 10:24, 2005年2月1日 10时24分, full-width digits too.
_SP = "[ \u3000]?"
_YMD = (
    rf"(?P<y>(?:19|20|１９|２０){D}{{2}}){_SP}(?:年|[-/.／－．]){_SP}(?P<m>{D}{{1,2}}){_SP}(?:月|[-/.／－．]){_SP}"
    rf"(?P<d>{D}{{1,2}})(?:{_SP}日)?"
)
_HM = (
    rf"(?P<H>{D}{{1,2}}){_SP}(?:[:：]|时|時|点|點){_SP}(?P<M>{D}{{2}})"
    rf"(?:{_SP}(?:[:：]|分){_SP}(?P<S>{D}{{2}})秒?)?(?:{_SP}分)?"
)
PUBLISHED_RE = regex.compile(rf"{_YMD}(?:[T \t\u3000\xa0]{{0,3}}{_HM})?")
DATE_LABEL_RE = regex.compile(
    r"(?:发布时间|發佈時間|發布時間|发表时间|發表時間|发布日期|發佈日期|更新时间|更新時間|出版日期|时间|時間|日期)"
    rf"[ \u3000]?{COLON}"
)

DATELINE_END_RE = regex.compile(r"[\s(（【\[:：,，、]|$|记者|記者")

# --- Credits (reporters) ------------------------------------------------------------------------------
ROLE = (
    r"(?:(?:首席|特约|特約|特派|实习|實習|见习|見習|驻\p{Han}{1,4}|駐\p{Han}{1,4})?(?:记者|記者)"
    r"|通讯员|通訊員|实习生|實習生|撰稿人|撰稿|撰文|编译|編譯)"
)
ROLE_RE = regex.compile(ROLE)
# Words around the names that are not names.
CREDIT_NOISE_RE = regex.compile(
    r"^(?:文|撰文|文字)[ \u3000]?[/／|｜:：]|[/／]\p{Han}{1,6}(?:报道|報道|报导|報導)$"
    rf"|(?:{HOUSE}|{SOURCE_NAMES})|报道|報道|报导|報導|综合报道|綜合報道|发自\p{{Han}}{{1,6}}|發自\p{{Han}}{{1,6}}"
    r"|(?<=\p{Han})(?:摄影|攝影|摄|攝)$"
)
CREDIT_SPLIT_RE = regex.compile(r"[、，,;；\s\u3000/／|｜]+|(?<=\p{Han}{2})(?:和|及|与|與)(?=\p{Han}{2})")
NAME_RE = regex.compile(
    r"\p{Han}{2,4}|\p{Han}{1,6}[·•‧・]\p{Han}{1,8}|[A-Z][A-Za-z.'\-]{1,20}(?: [A-Z][A-Za-z.'\-]{1,20}){0,3}"
)
# A parenthesised credit right after the dateline or at the start of the body: (记者桂园、柴安东)
CREDIT_GROUP_RE = regex.compile(
    rf"{OPEN}[ \u3000]{{0,2}}(?P<c>(?:(?:{HOUSE}|{SOURCE_NAMES})[ \u3000]?)?{ROLE}[^()（）\n]{{1,80}}?){CLOSE}"
)
# A credit line of its own: 本报记者 张三 李四 / 记者 张三 通讯员 李四 / 文/张三 / 文｜记者 张三
CREDIT_LINE_RE = regex.compile(
    rf"[【\[]?(?P<c>(?:(?:{HOUSE}|{SOURCE_NAMES})[ \u3000]?)?{ROLE}[ \u3000{COLON[1:-1]}]?.{{1,60}}"
    r"|(?:文|撰文|文字)[ \u3000]?[/／|｜:：][ \u3000]?.{1,60})"
)
# An unbracketed credit right after a dateline: 电 记者张三、李四报道：
CREDIT_INLINE_RE = regex.compile(
    rf"(?P<c>{ROLE}[ \u3000{COLON[1:-1]}]?[\p{{Han}}·、 \u3000]{{2,40}}?)(?:报道|報道|报导|報導)"
)

# --- Labels -------------------------------------------------------------------------------------------
SOURCE_LABEL = r"(?:文章来源|文章來源|新闻来源|新聞來源|消息来源|消息來源|稿件来源|稿件來源|来源|來源|稿源|出处|出處)"
SOURCE_LABEL_RE = regex.compile(rf"{SOURCE_LABEL}[ \u3000]?{COLON}[ \u3000]?")
EDITOR_STRICT = r"(?:责任编辑|責任編輯|责编|責編)"
EDITOR_LABEL_RE = regex.compile(rf"{EDITOR_STRICT}[ \u3000]?{COLON}?[ \u3000]?(?=\p{{Han}}|[A-Za-z])")
EDITOR_LOOSE_RE = regex.compile(
    rf"(?:^|(?<=[\s(（【\[|｜]))(?:编辑|編輯|值班编辑|值班編輯|网络编辑|網絡編輯)[ \u3000]?{COLON}[ \u3000]?", regex.M
)
# Where a label's value stops: the next label, a bracket, a separator.
VALUE_STOP_RE = regex.compile(
    rf"[\s|｜【】\[\]()（）<>《》,，。;；]|{EDITOR_STRICT}|{SOURCE_LABEL}|编辑|編輯|作者|记者|記者|时间|時間|日期|点击|點擊|字号|字號"
    r"|发布|發佈|發布|浏览|瀏覽|阅读|閱讀|评论|評論"
)
EDITOR_NAME_RE = regex.compile(r"(?P<n>[\p{Han}·]{2,8}|[A-Za-z][A-Za-z .]{0,20}[A-Za-z])")

# --- Page chrome --------------------------------------------------------------------------------------
# Whole lines that end the article: copyright, link bars, "related news", label lines.
BARRIER_RE = regex.compile(
    r"Copyright|\(c\)\s*(?:19|20)\d\d|©|版权所有(?![人者权])|版權所有(?![人者權])|All\s+Rights\s+Reserved|ICP[备證证]"
    r"|【\s*(?:评论|評論|发表评论|發表評論|打印|列印|打印本页|打印本頁|关闭|關閉|关闭窗口|關閉視窗|推荐|推薦|收藏|纠错|糾錯|字号|字號)\s*】"
    r"|^[\s【\[]{0,3}(?:相关新闻|相關新聞|相关链接|相關鏈接|相关阅读|相關閱讀|相关报道|相關報道|推荐阅读|推薦閱讀"
    r"|延伸阅读|延伸閱讀|热点推荐|熱點推薦|热门推荐|熱門推薦|网友评论|網友評論|我要评论|我要評論|更多精彩|猜你喜欢|猜你喜歡)"
    rf"|^[\s(（【\[]{{0,3}}(?:{SOURCE_LABEL}|{EDITOR_STRICT}|编辑|編輯)[ \u3000]?{COLON}"
    rf"|^[\s(（【\[]{{0,3}}{EDITOR_STRICT}",
    regex.M | regex.I,
)
# Inside the body span: where the article certainly stops.
END_MARK_RE = regex.compile(
    r"【\s*(?:评论|評論|发表评论|發表評論|打印|列印|打印本页|打印本頁|关闭|關閉|关闭窗口|關閉視窗|推荐|推薦|收藏)\s*】"
    r"|Copyright\s*(?:©|\(c\)|&copy;)|©\s*(?:19|20)\d\d|版权所有(?![人者权])|版權所有(?![人者權])|All\s+Rights\s+Reserved",
    regex.I,
)
# At the end of the last body line: 来源:中国广播网责编:章媛, （责任编辑：张三）, （完）
TRAILER_RE = regex.compile(
    rf"(?:[(（【\[][ \u3000]?)?(?:{SOURCE_LABEL}|{EDITOR_STRICT}|编辑|編輯|作者)[ \u3000]?{COLON}"
    rf"|(?:[(（【\[][ \u3000]?)?{EDITOR_STRICT}(?=[ \u3000]?\p{{Han}})"
    rf"|{OPEN}[ \u3000]?完[ \u3000]?{CLOSE}"
)
CHROME_RE = regex.compile(
    rf"(?:电话|電話|传真|傳真|热线|熱線|Tel|TEL|Fax|E-?mail|邮箱|郵箱|信箱){COLON}"
    r"|请输入|請輸入|关键词|關鍵詞|关键字|關鍵字|搜索|搜尋|登录|登錄|登入|注册|註冊|返回顶部|返回頂部|返回首页|返回首頁"
    r"|点击进入|點擊進入|点击查看|點擊查看|下载|下載|订阅|訂閱|分享到|铃声|鈴聲|彩信|短信|^[A-Za-z][A-Za-z ]*\|"
)
URL_RE = regex.compile(r"(?:https?://|www\.)[\x21-\x7e]{1,300}")
BREADCRUMB_RE = regex.compile(r"[>＞»›]|&gt;")
MENU_SEP_RE = regex.compile(r"[|｜┊│]")
SENTENCE_PUNCT = "。，,；;！!？?：:、"
SENTENCE_END = "。！？!?…"
SPACED_LETTERS_RE = regex.compile(r"^(?:\p{Han}[ \u3000]){2,}\p{Han}$")
HAN_RE = regex.compile(r"\p{Han}")
PUA_OR_C1_RE = regex.compile(r"[\ue000-\uf8ff\x80-\x9f\ufffd]")

CN_NUM = dict(zip("〇零一二两兩三四五六七八九", (0, 0, 1, 2, 2, 2, 3, 4, 5, 6, 7, 8, 9), strict=True))


def small_number(s: str) -> int | None:
    """1..99 written in digits (ASCII or full-width) or Chinese numerals (十二, 二十一, 三十)."""
    if s.isdecimal():
        return int(s)
    if "十" in s:
        tens, _, units = s.partition("十")
        t = CN_NUM.get(tens, -1) if tens else 1
        u = CN_NUM.get(units, -1) if units else 0
        return None if t < 0 or u < 0 else t * 10 + u
    if len(s) == 1 and s in CN_NUM:
        return CN_NUM[s]
    return None
