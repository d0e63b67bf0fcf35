"""Tables of names and labels, and the regexes built from them (compiled once, at import).

Every pattern here is linear: alternations of literals, bounded repeats, no nested unbounded quantifiers,
so that scanning a 20 MB page costs time proportional to its length.
"""

from __future__ import annotations

import regex

# --- News sources -------------------------------------------------------------------------------------
# canonical (simplified) name, then the other ways it is written (traditional script, long forms).
SOURCES: tuple[tuple[str, ...], ...] = (
    ("新华社", "新華社", "新华通讯社", "新華通訊社"),
    ("新华网", "新華網"),
    ("中新社", "中国新闻社", "中國新聞社"),
    ("中新网", "中新網"),
    ("中国新闻网", "中國新聞網"),
    ("人民网", "人民網"),
    ("人民日报", "人民日報"),
    ("人民日报海外版", "人民日報海外版"),
    ("央视网", "央視網"),
    ("中央电视台", "中央電視台", "中央電視臺"),
    ("央视新闻", "央視新聞"),
    ("中国广播网", "中國廣播網"),
    ("中广网", "中廣網"),
    ("央广网", "央廣網"),
    ("中央人民广播电台", "中央人民廣播電台", "中央人民廣播電臺"),
    ("国际在线", "國際在線"),
    ("中国日报", "中國日報"),
    ("中国青年报", "中國青年報"),
    ("中国青年网", "中國青年網"),
    ("中国经济网", "中國經濟網"),
    ("光明日报", "光明日報"),
    ("光明网", "光明網"),
    ("经济日报", "經濟日報"),
    ("经济参考报", "經濟參考報"),
    ("工人日报", "工人日報"),
    ("法制日报", "法制日報"),
    ("科技日报", "科技日報"),
    ("解放军报", "解放軍報"),
    ("环球时报", "環球時報"),
    ("环球网", "環球網"),
    ("参考消息", "參考消息"),
    ("证券时报", "證券時報"),
    ("中国证券报", "中國證券報"),
    ("上海证券报", "上海證券報"),
    ("证券日报", "證券日報"),
    ("21世纪经济报道", "21世紀經濟報道"),
    ("第一财经", "第一財經"),
    ("第一财经日报", "第一財經日報"),
    ("每日经济新闻", "每日經濟新聞"),
    ("经济观察报", "經濟觀察報"),
    ("中国经营报", "中國經營報"),
    ("财新网", "財新網"),
    ("财经网", "財經網"),
    ("界面新闻", "界面新聞"),
    ("新浪网", "新浪網"),
    ("新浪财经", "新浪財經"),
    ("搜狐网", "搜狐網"),
    ("搜狐",),
    ("网易", "網易"),
    ("腾讯网", "騰訊網"),
    ("凤凰网", "鳳凰網"),
    ("澎湃新闻", "澎湃新聞"),
    ("解放日报", "解放日報"),
    ("文汇报", "文匯報"),
    ("新民晚报", "新民晚報"),
    ("东方早报", "東方早報"),
    ("新闻晨报", "新聞晨報"),
    ("北京日报", "北京日報"),
    ("北京青年报", "北京青年報"),
    ("北京晚报", "北京晚報"),
    ("新京报", "新京報"),
    ("京华时报", "京華時報"),
    ("法制晚报", "法制晚報"),
    ("南方日报", "南方日報"),
    ("南方都市报", "南方都市報"),
    ("南方周末", "南方週末"),
    ("广州日报", "廣州日報"),
    ("羊城晚报", "羊城晚報"),
    ("深圳特区报", "深圳特區報"),
    ("扬子晚报", "揚子晚報"),
    ("现代快报", "現代快報"),
    ("钱江晚报", "錢江晚報"),
    ("浙江日报", "浙江日報"),
    ("大众日报", "大眾日報", "大衆日報"),
    ("齐鲁晚报", "齊魯晚報"),
    ("华西都市报", "華西都市報"),
    ("楚天都市报", "楚天都市報"),
    ("重庆日报", "重慶日報"),
    ("大公报", "大公報"),
    ("香港商报", "香港商報"),
    ("明报", "明報"),
    ("东方日报", "東方日報"),
    ("星岛日报", "星島日報"),
    ("信报", "信報"),
    ("香港经济日报", "香港經濟日報"),
    ("联合报", "聯合報"),
    ("联合新闻网", "聯合新聞網"),
    ("中国时报", "中國時報"),
    ("自由时报", "自由時報"),
    ("苹果日报", "蘋果日報"),
    ("中央社", "中央通讯社", "中央通訊社"),
    ("中评社", "中評社"),
    ("美联社", "美聯社"),
    ("路透社",),
    ("法新社",),
    ("彭博社",),
    ("共同社",),
    ("塔斯社",),
    ("韩联社", "韓聯社"),
)

CANONICAL_SOURCE: dict[str, str] = {name: names[0] for names in SOURCES for name in names}


def _alternation(words: list[str] | tuple[str, ...]) -> str:
    """Longest first, so that 人民日报海外版 wins over 人民日报 (regex alternation is leftmost-first)."""
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


SOURCE_NAMES = _alternation(list(CANONICAL_SOURCE))
SOURCE_RE = regex.compile(f"(?:{SOURCE_NAMES})")
# An unlisted outlet named after the publication time or a 来源 label: ends like a newspaper or site.
OUTLET_RE = regex.compile(
    r"[\p{Han}A-Za-z0-9]{1,12}?(?:日报|日報|晚报|晚報|早报|早報|时报|時報|商报|商報|周报|週報|周刊|週刊"
    r"|报|報|网|網|社|电台|電台|电视台|電視台|新闻|新聞|在线|在線)"
)

# --- Characters ---------------------------------------------------------------------------------------
D = "[0-9０-９]"
CN_DIGIT = "[〇零一二三四五六七八九十两兩]"
COLON = "[:：]"
OPEN = "[(（]"
CLOSE = "[)）]"
INDENT = " \t\u3000\xa0\ufeff\u200b"

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

# --- Dateline -----------------------------------------------------------------------------------------
# 中广网济南2月1日消息, 新华社北京5月12日电, 中新网5月12日电, 本报讯, 中央社記者王小明台北12日電, 明報專訊
HOUSE = "本报|本報|本台|本刊|本网|本網|本站|本社|我台"
_DL_DATE = rf"(?:(?P<dy>{D}{{4}})年)?(?:(?P<dm>{D}{{1,2}}|{CN_DIGIT}{{1,3}})月)?(?P<dd>{D}{{1,2}}|{CN_DIGIT}{{1,3}})日"
# An unlisted paper or site as a dateline's agency: 东莞日报讯, 临沂日报临沂5月3日电 (only with 讯/电/消息).
_OUTLET_AGENCY = (
    r"\p{Han}{2,8}?(?:日报|日報|晚报|晚報|早报|早報|都市报|都市報|时报|時報|商报|商報|网|網|电视台|電視台|电台|電台)"
    r"(?=\p{Han}{0,16}?(?:[0-9０-９]{1,4}[年月日]|[〇零一二三四五六七八九十两兩]{1,3}[月日]"
    r"|[ \u3000]?(?:讯|訊|电|電|消息)))"
)
DATELINE_RE = regex.compile(
    rf"(?:[【\[(（]\s{{0,2}})?(?:据|據)?(?P<dl>(?P<agency>{SOURCE_NAMES}|{HOUSE}|{_OUTLET_AGENCY})"
    r"(?:(?P<role>记者|記者|特派记者|特派記者|特派员|特派員)(?=\p{Han}))?"
    rf"[ \u3000]?(?P<place>[\p{{Han}}·]{{1,16}}?)?[ \u3000]?(?:{_DL_DATE})?[ \u3000]?"
    r"(?P<suffix>专电|專電|专讯|專訊|快讯|快訊|电|電|消息|讯|訊|报道|報道|报导|報導))"
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
