"""What a figure is about: the noun phrase after its unit (300万元省管党费), else the one before its number
(发放救助金1227.7万元).

Chinese has no spaces, so a phrase is cut out of the run of word characters next to the figure: it ends at
a word that cannot belong to a noun phrase (a verb, an adverb, a preposition), listed in the tables below,
and for people it ends at the last people noun (企业退休人员手中 → 企业退休人员).
"""

from __future__ import annotations

from typing import Final

import regex

from .kinds.headcount import PEOPLE_NOUNS
from .kinds.percentage import BASIS_WORDS, CHANGE_NOUNS, CHANGE_WORDS

_MAX = 16  # longest subject considered, in characters

# Words that end a subject written after the figure.
AFTER_STOPS: Final[tuple[str, ...]] = (
    "的同时", "的时候", "之一", "的情况", "手中", "之中", "当中", "之间", "左右", "以上", "以下", "都", "已", "将",
    "在", "被", "把", "从", "向", "对", "为", "是", "和", "与", "及", "或", "均", "也", "又", "还", "仍",
    "就", "才", "等", "分别", "共", "合计", "总计", "占", "达", "比", "同比", "较", "增长", "增加", "下降",
    "减少", "上涨", "下跌", "发放", "参加", "参与", "建立", "重返", "获得", "用于", "帮助", "接受",
    "正在", "出现", "死于", "因", "致", "受", "得到", "进行", "开展", "了", "于", "到", "给", "由",
    "可", "能", "会", "要", "需", "并", "而", "但", "所", "其中", "没有", "不", "已经", "先后", "全部",
)  # fmt: skip

# Words after which a subject written before the number starts (发放|救助金), and copulas that sit between
# the subject and the number (累计病例|已达|68例).
BEFORE_STOPS: Final[tuple[str, ...]] = (
    "发放", "救助", "救济", "拨出", "拨付", "下拨", "筹集", "拿出", "建立", "获得", "收到", "完成", "实现",
    "提供", "投入", "安排", "支出", "包括", "新增", "确诊", "达到", "高达", "已达", "共有", "共计", "合计",
    "总计", "其中", "分别", "约为", "仅有", "只有", "达", "为", "是", "有", "共", "约", "在", "的",
    "了", "将", "已", "还", "仍", "仍然", "又", "和", "与", "及", "向", "给", "对", "把", "被", "从", "年", "月",
    "日", "今年", "去年", "当时", "目前", "其", "该", "这", "那", "每", "各", "全", "收于", "跌破", "突破",
    "冲至", "冲上", "大跌", "大涨", "报", "收报", "下跌", "上涨", "增长", "下降", "超过", "超", "近",
)  # fmt: skip

# Between the subject of a change and the figure: 进出口增速|较一季度|分别|高|2.5个百分点.
CHANGE_FILLERS: Final[tuple[str, ...]] = (
    "比上年", "比去年", "同期", "分别", "也都", "都", "均", "在", "高", "低", "较", "比", "上年", "去年",
    "猛", "大幅", "一季度", "二季度", "三季度", "四季度", "了", "有", "累计", "仍", "约", "同比",
)  # fmt: skip

_WORD_RUN = r"[\p{Han}A-Za-z0-9“”‘’\"]"
_AFTER_RUN = regex.compile(rf"{_WORD_RUN}{{1,{_MAX}}}")
# Before a number, digits belong to the phrase only inside a code (H1N1), not as an earlier figure (6只和).
_BEFORE_RUN = regex.compile(rf"(?:[\p{{Han}}A-Za-z“”‘’\"]|(?<=[A-Za-z])[0-9]+){{1,{_MAX}}}$")


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


_AFTER_STOP = regex.compile(_alternation(AFTER_STOPS))
_BEFORE_STOP = regex.compile(_alternation(BEFORE_STOPS))
_CHANGE_VERBS = tuple(set(CHANGE_WORDS) - CHANGE_NOUNS)
_CHANGE_AT_END = regex.compile(
    rf"(?:{_alternation(BEFORE_STOPS + CHANGE_FILLERS + _CHANGE_VERBS + tuple(BASIS_WORDS))})$"
)
_LEADING_UNIT = regex.compile(r"^[个只名人位户家项件套条种类批次]")  # the unit of an earlier figure: 4只|偏股基金
_ONLY_STOPS = regex.compile(rf"(?:{_alternation(BEFORE_STOPS)})+")
_BEFORE_STOP_AT_END = regex.compile(rf"(?:{_alternation(BEFORE_STOPS)})$")
_PEOPLE_NOUN = regex.compile(_alternation(PEOPLE_NOUNS))
_PLACE_SUFFIX = regex.compile(r"[中里内上](?=$)")
_QUOTES = '“”‘’"'
_HAS_HAN = regex.compile(r"\p{Han}")


def subject_after(text: str, end: int, people: bool = False) -> str | None:
    """The noun phrase that starts at ``end`` (right after a figure's unit), or None."""
    if text.startswith("的", end):
        end += 1
    m = _AFTER_RUN.match(text, end)
    if not m:
        return None
    run = m.group()
    people_phrase = _people_phrase(run) if people else None
    if people_phrase is not None:
        return _clean(people_phrase)
    stop = _AFTER_STOP.search(run)
    if stop is not None:
        run = run[: stop.start()]
    run = _PLACE_SUFFIX.sub("", run) if len(run) > 1 else run
    return _clean(run)


def _people_phrase(run: str) -> str | None:
    """受灾群众温暖过冬 → 受灾群众; 党员领导干部建立 → 党员领导干部: up to the first people noun, extended over
    further people nouns while no stop word comes between. Words before the first noun are its modifiers
    (受灾, 特困), even where they look like stops (受)."""
    first = _PEOPLE_NOUN.search(run)
    if first is None:
        return None
    end = first.end()
    for later in _PEOPLE_NOUN.finditer(run, end):
        if _AFTER_STOP.search(run, end, later.start()):
            break
        end = later.end()
    return run[:end]


def subject_before(text: str, start: int, people: bool = False, change: bool = False) -> str | None:
    """The noun phrase that ends at ``start`` (right before a figure), or None. With ``change`` (for
    percentages) the words of a change and its basis are dropped too: 出口同比增长|6.1% → 出口."""
    m = _BEFORE_RUN.search(text, max(0, start - _MAX), start)
    if not m:
        return None
    run = m.group()
    # Copulas and verbs between subject and number: drop them from the end first.
    trailing = _CHANGE_AT_END if change else _BEFORE_STOP_AT_END
    while True:
        tail = trailing.search(run)
        if tail is None or (tail.start() == 0 and not change):
            break
        run = run[: tail.start()]
    if not run:
        return None
    # The subject starts after the last verb that leaves a phrase of two characters or more: in
    # 发放救助金 the 救助 inside 救助金 is not the verb.
    cut = 0
    for stop in _BEFORE_STOP.finditer(run):
        if len(run) - stop.end() >= 2:
            cut = stop.end()
    run = _LEADING_UNIT.sub("", run[cut:])
    if len(run) < 2 or _ONLY_STOPS.fullmatch(run):
        return None  # 达, 合计, 仍然: a verb or adverb, no noun; 只 of an earlier 6只和: a unit
    return _clean(run)


def find_subject(text: str, start: int, end: int, people: bool = False) -> str | None:
    """The subject of the figure at text[start:end]: after its unit if a phrase is there, else before."""
    return subject_after(text, end, people) or subject_before(text, start, people)


def _clean(run: str) -> str | None:
    run = run.strip()
    if run.count("“") != run.count("”"):
        run = run.strip(_QUOTES)
    if not run or not _HAS_HAN.search(run):
        return None
    return run
