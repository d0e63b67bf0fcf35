"""Dates: the written forms of dates and periods, relative words and holidays, and how each resolves.

The pattern (``PATTERN``, joined into the scanner) only finds the parts; ``resolve`` turns them into a first
day, a last day and a clock time, taking a missing year from the reference date (the article's publication
date). Lunar holidays come from ``lunardate`` (a small, well-kept lunar calendar); fixed ones are a table.
A holiday's break (国庆假期, 春节长假, 元旦3天假期) is the run of days off the State Council set for that year,
from ``chinese_calendar`` (its tables cover 2004 to its release year); outside them, the holiday's day.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

import chinese_calendar
from lunardate import LunarDate

from ..grammar import parse_number

_A = "[0-9０-９]"
_CN_SMALL = "[〇零一二两三四五六七八九十廿卅]"

# Years relative to the reference date.
RELATIVE_YEARS: Final[dict[str, int]] = {"今年": 0, "本年": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1}
# Days relative to the reference date; 截至目前 means "as of publication" (目前 alone is a vague "currently").
RELATIVE_DAYS: Final[dict[str, int]] = {
    "今天": 0, "今日": 0, "截至目前": 0, "截至今天": 0, "昨天": -1, "昨日": -1, "前天": -2,
    "明天": 1, "明日": 1, "后天": 2,
    "今早": 0, "今晨": 0, "今晚": 0, "今夜": 0, "昨晚": -1, "昨夜": -1, "明早": 1, "明晚": 1,
    "今起": 0, "明起": 1,  # from today, from tomorrow (a headline's 今起实施): the day a rule starts
}  # fmt: skip
# Vague spans relative to the reference date, as (first, last) day offsets: 近日 ("in recent days") is read as
# the week up to the reference date.
RELATIVE_SPANS: Final[dict[str, tuple[int, int]]] = {"近日": (-6, 0)}
RELATIVE_MONTHS: Final[dict[str, int]] = {"本月": 0, "上月": -1, "上个月": -1, "下月": 1, "下个月": 1}
RELATIVE_WEEKS: Final[dict[str, int]] = {"本周": 0, "这周": 0, "上周": -1, "下周": 1}
WEEKDAYS: Final[dict[str, int]] = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}

# Periods of a year: (first month, first day, last month, last day).
PERIODS: Final[dict[str, tuple[int, int, int, int]]] = {
    "上半年": (1, 1, 6, 30), "下半年": (7, 1, 12, 31), "前三季度": (1, 1, 9, 30), "全年": (1, 1, 12, 31),
    "一季度": (1, 1, 3, 31), "二季度": (4, 1, 6, 30), "三季度": (7, 1, 9, 30), "四季度": (10, 1, 12, 31),
    "第一季度": (1, 1, 3, 31), "第二季度": (4, 1, 6, 30), "第三季度": (7, 1, 9, 30), "第四季度": (10, 1, 12, 31),
    "1季度": (1, 1, 3, 31), "2季度": (4, 1, 6, 30), "3季度": (7, 1, 9, 30), "4季度": (10, 1, 12, 31),
    "年末": (12, 31, 12, 31), "年底": (12, 31, 12, 31), "末": (12, 31, 12, 31), "底": (12, 31, 12, 31),
    "年初": (1, 1, 1, 31), "初": (1, 1, 1, 31),
    "第一季": (1, 1, 3, 31), "第二季": (4, 1, 6, 30), "第三季": (7, 1, 9, 30), "第四季": (10, 1, 12, 31),
}  # fmt: skip
# Periods written only after a year (2009年一季, 今年首季, 2008年最后一个月): alone, 一季 is a crop's season.
YEAR_PERIODS: Final[dict[str, tuple[int, int, int, int]]] = {
    "一季": (1, 1, 3, 31), "二季": (4, 1, 6, 30), "三季": (7, 1, 9, 30), "四季": (10, 1, 12, 31),
    "首季": (1, 1, 3, 31), "最后一个月": (12, 1, 12, 31), "最后一个季度": (10, 1, 12, 31),
    "最后一季度": (10, 1, 12, 31), "最后一季": (10, 1, 12, 31),
}  # fmt: skip
# The end of a quarter or half is its last day, as 年末 is the year's (一季度末 → 3月31日, 上半年末 → 6月30日).
PERIODS.update(
    {
        f"{name}{end}": (last_month, last_day, last_month, last_day)
        for name, (_, _, last_month, last_day) in list(PERIODS.items())
        if name.endswith(("季度", "半年")) and name != "前三季度"
        for end in ("末", "底")
    }
)
# Parts of a month: (first day, last day or 0 for the month's end).
MONTH_PARTS: Final[dict[str, tuple[int, int]]] = {
    "上旬": (1, 10), "中旬": (11, 20), "下旬": (21, 0), "初": (1, 10), "中": (11, 20), "底": (0, 0), "末": (0, 0),
}  # fmt: skip

# Holidays: lunar (month, day) or solar (month, day). 除夕 is the day before the lunar new year.
LUNAR_HOLIDAYS: Final[dict[str, tuple[int, int]]] = {
    "春节": (1, 1), "元宵节": (1, 15), "端午节": (5, 5), "七夕": (7, 7), "中秋节": (8, 15), "重阳节": (9, 9),
}  # fmt: skip
SOLAR_HOLIDAYS: Final[dict[str, tuple[int, int]]] = {
    "元旦": (1, 1), "国庆节": (10, 1), "劳动节": (5, 1), "五一劳动节": (5, 1), "五一国际劳动节": (5, 1),
    "五一": (5, 1), "妇女节": (3, 8), "儿童节": (6, 1), "圣诞节": (12, 25),
    "国庆": (10, 1), "清明节": (4, 5), "清明": (4, 5),
}  # fmt: skip
# Names that stand for a holiday only before a word of its break (中秋假期, 端午小长假), with their day.
LUNAR_HOLIDAYS_BEFORE_BREAK: Final[dict[str, tuple[int, int]]] = {"中秋": (8, 15), "端午": (5, 5)}
SOLAR_HOLIDAYS_BEFORE_BREAK: Final[dict[str, tuple[int, int]]] = {"十一": (10, 1)}  # “十一”黄金周: 国庆
# The official holiday (chinese_calendar.Holiday) each name's break belongs to.
HOLIDAY_BREAKS: Final[dict[str, str]] = {
    "春节": "spring_festival", "除夕": "spring_festival", "元旦": "new_years_day", "清明节": "tomb_sweeping_day",
    "清明": "tomb_sweeping_day", "劳动节": "labour_day", "五一劳动节": "labour_day", "五一国际劳动节": "labour_day",
    "五一": "labour_day", "端午节": "dragon_boat_festival", "端午": "dragon_boat_festival",
    "中秋节": "mid_autumn_festival", "中秋": "mid_autumn_festival", "国庆节": "national_day", "国庆": "national_day",
    "十一": "national_day",
}  # fmt: skip
# Words after a holiday that name its days off, not its day: 假期, 长假, 黄金周, 期间 (春节期间).
BREAK_WORDS: Final[tuple[str, ...]] = ("假期", "长假", "小长假", "黄金周", "假日", "期间", "放假期间")

_YEAR = rf"[12１２]{_A}{{3}}|[〇零一二三四五六七八九]{{4}}"
_YEAR2 = rf"[0０]{_A}|[89８９]{_A}"
_MONTH = rf"{_A}{{1,2}}|十[一二]?|[一二三四五六七八九]"
_DAY = rf"{_A}{{1,2}}|{_CN_SMALL}{{1,3}}"
_SEP = "(?:至|到|-|－|—|–|~|～|〜|——)"
_CN_CLOCK = "[零〇一二两三四五六七八九十]{1,3}"
_TIME = (
    rf"(?:\s*(?P<d_hh>{_A}{{1,2}})[:：](?P<d_mi>{_A}{{2}})"
    rf"|\s*(?P<d_ap>上午|下午|晚上|凌晨|早上|中午|傍晚|晚)?(?P<d_h2>{_A}{{1,2}}|{_CN_CLOCK})[时点]"
    rf"(?:(?P<d_mi2>{_A}{{1,2}}|{_CN_CLOCK})分|(?P<d_half>半))?)"
)


def _alt(words: object) -> str:
    return "|".join(sorted(set(words), key=lambda w: (-len(w), w)))  # type: ignore[call-overload]


_PERIOD = _alt(k for k in PERIODS if k not in ("末", "底", "初"))
# 四季 before 度 is 四季度 (PERIODS); before 如春, 常青 it is the four seasons.
_YEAR_PERIOD = f"(?:{_alt(YEAR_PERIODS)})(?![度如常])"
# 号 is a day only when it does not number something: 3号线, 5号楼, 1号文件, 2号机组.
_NOT_A_DAY_AFTER_HAO = "(?![线楼院文令房机馆码桥门台坑口车位厅室舱井堂店窗种球仓库区街路巷选隧洞厂站码泊航桩船舰艇星])"
# Names of ships, craft and buildings numbered with 号 (远望3号, 向阳红03号, 外滩18号): a name, not a day.
NUMBERED_NAMES: Final[tuple[str, ...]] = (
    "远望", "向阳红", "雪龙", "蛟龙", "神舟", "天舟", "天宫", "嫦娥", "长征", "风云", "实践", "北斗", "海洋",
    "奋斗者", "深海勇士", "外滩",
)  # fmt: skip
# 21世纪经济报道 (a newspaper), 21世纪不动产 (a company): a century that names something is no time.
_NOT_A_CENTURY_AFTER = "(?!经济报道|不动产|网|英语|教育|出版社|报|中学|小学|大学|公司|集团|传媒|影城|广场|城|中心|学校)"
# 上年 inside another word is no year: 网上年货节, 线上年会, 早上年轻人.
# Two-digit years of the last century are read as years before a word of birth, alone or in a list of such years
# (80年出生的人群, 80年、81年出生): otherwise 80年 is a length of time.
_BORN_AFTER = rf"(?:[、和及至到\-—~～][5-9５-９]{_A}年)*(?:出生|生人|生的|生)"
_RELATIVE_YEAR = _alt(k for k in RELATIVE_YEARS if k != "上年") + "|(?<![网线早晚马路街楼])上年(?![货轻])"
_YEAR_PART = (
    rf"(?:(?P<d_y>{_YEAR})年"
    # 2007和2008年, 2007、2008年: the first year of a list written with one 年
    rf"|(?<![0-9０-９.．])(?P<d_y>(?:19|20|１９|２０){_A}{{2}})(?=[、和与及](?:19|20|１９|２０){_A}{{2}}年)"
    rf"|(?P<d_y2>{_YEAR2})年(?=(?:{_MONTH})月)|(?P<d_y2>[0０]{_A})年(?![前后内里来以多半余])"
    rf"|(?<![0-9０-９])(?P<d_y2>[5-9５-９]{_A})年(?={_BORN_AFTER})"  # 80年出生, 80年、81年出生: birth years
    rf"|(?P<d_ry>{_RELATIVE_YEAR})"  # 09年: a year, not a length (no length is written with a leading zero)
    rf"|民国(?P<d_roc>{_A}{{1,3}})年)"
)
_MONTH_DAY = (
    rf"(?P<d_m>{_MONTH})月(?P<d_d>{_DAY})[日号](?:{_TIME})?"
    rf"(?:{_SEP}(?:(?P<d_y3>{_YEAR})年)?(?:(?P<d_m2>{_MONTH})月)?(?P<d_d2>{_DAY})[日号])?"
)
_FIRST_MONTHS = rf"前(?P<d_firstn>{_MONTH}|两)个?月"
# …and two neighbouring months written together, one period (九十月份, 七八月, 7、8月份: September and October).
_MONTH_RANGE = (
    rf"(?:(?P<d_ma>{_MONTH})月?{_SEP}(?P<d_mb>{_MONTH})月份?"
    rf"|(?<![十〇零一二两三四五六七八九0-9０-９])(?P<d_pa>[一二三四五六七八九])(?P<d_pb>[二三四五六七八九十])月份?"
    rf"|(?<![0-9０-９])(?P<d_pa>{_A}{{1,2}})、(?P<d_pb>{_A}{{1,2}})月份?)"
)
_MONTH_ONLY = rf"(?P<d_mo>{_MONTH})月(?P<d_mpart>份|上旬|中旬|下旬|初|底|末|中(?!旬))?"
_HOLIDAY_NAMES = [*LUNAR_HOLIDAYS, *SOLAR_HOLIDAYS, "除夕"]
_BREAK_ONLY_NAMES = [*LUNAR_HOLIDAYS_BEFORE_BREAK, *SOLAR_HOLIDAYS_BEFORE_BREAK]
_DAYS_OFF = rf"(?:(?:{_A}{{1,2}}|[一二三四五六七八九十])天)?(?:{_alt(BREAK_WORDS)})"  # 元旦3天假期, 国庆长假
_HOLIDAY = (
    rf"(?:(?P<d_hol>{_alt(_HOLIDAY_NAMES)})(?P<d_holq>前|后|{_DAYS_OFF})?"
    rf"|(?P<d_holb>{_alt(_BREAK_ONLY_NAMES)})[”」’]?(?P<d_holbq>{_DAYS_OFF}))"
)

# N years, months, weeks or days ago (三年前, 两个月前, 3天前): a time counted back from the article's date, no length
# of time. Not 前往, 前来, 前后 (verbs and "about"), nor a round count with 多 (100多年前, vague).
AGO_UNITS: Final[dict[str, str]] = {
    "年": "year", "个月": "month", "周": "week", "个星期": "week", "星期": "week", "天": "day",
}  # fmt: skip
_AGO = (
    rf"(?<![0-9０-９.．第多余])(?P<d_agon>{_A}{{1,3}}|{_CN_SMALL}{{1,3}})(?P<d_agou>{_alt(AGO_UNITS)})前"
    r"(?![往来去进行所景夕列沿线提期身面者任台方后排端])"
)

PATTERN: Final[str] = (
    rf"{_AGO}|"
    rf"(?<![0-9０-９.．])(?:(?P<d_iy>[12]{_A}{{3}})[-/.．](?P<d_im>{_A}{{1,2}})[-/.．](?P<d_id>{_A}{{1,2}})(?![0-9０-９])"
    rf"|(?P<d_ya>[12]{_A}{{3}})年?{_SEP}(?P<d_yb>[12]{_A}{{3}})年"
    rf"|{_YEAR_PART}(?:{_MONTH_DAY}|{_MONTH_RANGE}|{_MONTH_ONLY}|{_FIRST_MONTHS}"
    rf"|(?P<d_yper>{_PERIOD}|{_YEAR_PERIOD}|末|底|初(?![步期级中]))|{_HOLIDAY})?(?P<d_since>以来)?"
    rf"|{_MONTH_DAY}|{_MONTH_RANGE}|{_MONTH_ONLY}"
    rf"|(?P<d_per>{_PERIOD})"
    rf"|(?<![年月日之的])前(?P<d_firstn2>{_MONTH}|两)个月(?![前内里后来])"  # 前11个月 of the year; not 三年前两个月
    rf"|(?P<d_cent>{_A}{{2}}|[一二]十[一二三四五六七八九]?)世纪{_NOT_A_CENTURY_AFTER}(?:(?P<d_cdec>{_A}{{2}}|[一二三四五六七八九]十)年代)?"
    rf"|(?:上世纪|上个世纪)?(?P<d_dec>{_A}{{2}}|[一二三四五六七八九]十)年代"
    rf"|(?<!如)(?P<d_rd>{_alt(RELATIVE_DAYS)})"  # (如今|日本, 如今|起: 如今 is "nowadays", no day)
    rf"|(?<![最将接靠])(?P<d_rs>{_alt(RELATIVE_SPANS)})(?![子益常])"  # not 最近日子, 将近日产, 近日益
    rf"|(?P<d_rm>{_alt(RELATIVE_MONTHS)})(?:(?P<d_rmday>{_DAY})[日号]{_NOT_A_DAY_AFTER_HAO}"
    rf"|(?P<d_rmpart>上旬|中旬|下旬|初|底|末|中(?!旬|心|央|国|间|的)))?"
    rf"|(?P<d_rw>{_alt(RELATIVE_WEEKS)})(?:(?:星期|周)?(?P<d_wd>[一二三四五六日天]))?"
    rf"|(?P<d_hol2>{_alt(_HOLIDAY_NAMES)})[”」’]?(?P<d_holq2>前|后|当天|{_DAYS_OFF})"  # “五一”假期
    rf"|(?P<d_holb2>{_alt(_BREAK_ONLY_NAMES)})[”」’]?(?P<d_holbq2>{_DAYS_OFF})"
    # 15—16日: two days of the month in play, the first written without its 日
    rf"|(?<![0-9０-９月.．])(?<!{_alt(NUMBERED_NAMES)})(?P<d_day>{_A}{{1,2}})[—–~～至到](?P<d_day2>{_A}{{1,2}})日(?!游|内|以内|之内|起|制)"
    rf"|(?<![0-9０-９月])(?<!{_alt(NUMBERED_NAMES)})(?P<d_day>{_A}{{1,2}})(?:日(?!游|内|以内|之内|起|制)|号{_NOT_A_DAY_AFTER_HAO})"
    rf"(?:{_SEP}(?P<d_day2>{_A}{{1,2}})[日号]|(?:{_TIME}))?)"
)


@dataclass(frozen=True, slots=True)
class Resolved:
    first: date
    last: date | None
    time: str | None
    relative: bool


def _num(s: str) -> int:
    return int(parse_number(s))


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _add_months(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _span(first: date, last: date | None) -> tuple[date, date | None]:
    return first, (None if last is None or last == first else last)


def _time(g: dict[str, str]) -> str | None:
    if "d_hh" in g:
        hh, mm = _num(g["d_hh"]), _num(g["d_mi"])
    elif "d_h2" in g:
        hh = _num(g["d_h2"])
        mm = 30 if "d_half" in g else (_num(g["d_mi2"]) if "d_mi2" in g else 0)
        if g.get("d_ap") in ("下午", "晚上", "傍晚", "晚") and hh < 12:
            hh += 12
    else:
        return None
    if hh > 24 or mm > 59:
        raise ValueError("not a clock time")
    return f"{hh:02d}:{mm:02d}"


def _year(g: dict[str, str], ref: date | None) -> tuple[int | None, bool]:
    """The year written or implied, and whether it came from the reference date."""
    if "d_y" in g:
        return _num(g["d_y"]), False  # 2005, ２０１２, 二〇〇五 (read digit by digit)
    if "d_roc" in g:
        return 1911 + _num(g["d_roc"]), False  # 民国113年 = 2024
    if "d_y2" in g:
        yy = _num(g["d_y2"])
        return (2000 + yy if yy < 50 else 1900 + yy), False
    if "d_ry" in g:
        if ref is None:
            return None, True
        return ref.year + RELATIVE_YEARS[g["d_ry"]], True
    return (ref.year if ref else None), True


def _nearest_year(ref: date, make: Callable[[int], date]) -> int:
    """For a date written without its year: the year that puts it nearest the reference date
    (12月28日 in an article of 2024-01-05 is 2023-12-28; 春节前 in December is the coming festival)."""
    best = ref.year
    for y in (ref.year - 1, ref.year + 1):
        try:
            if abs((make(y) - ref).days) < abs((make(best) - ref).days):
                best = y
        except ValueError:
            continue
    return best


def _holiday(name: str, year: int) -> date:
    if name == "除夕":
        return LunarDate(year, 1, 1).to_solar_date() - timedelta(days=1)  # type: ignore[no-any-return]
    lunar = LUNAR_HOLIDAYS.get(name) or LUNAR_HOLIDAYS_BEFORE_BREAK.get(name)
    if lunar is not None:
        return LunarDate(year, *lunar).to_solar_date()  # type: ignore[no-any-return]
    m, d = SOLAR_HOLIDAYS.get(name) or SOLAR_HOLIDAYS_BEFORE_BREAK[name]
    return date(year, m, d)


_BREAK_REACH = 3  # days from a holiday's nominal day to the first official day off of its name (清明)


def _holiday_break(name: str, day: date) -> tuple[date, date] | None:
    """The days off around ``day`` (the holiday's day) that the official calendar gives the holiday ``name``:
    the run of consecutive days off (weekends joined) that holds one of its named days; None outside the
    calendar's years or for a holiday without a break (妇女节)."""
    official = HOLIDAY_BREAKS.get(name)
    if official is None:
        return None
    label = chinese_calendar.Holiday[official].value
    try:
        named = [
            d
            for k in range(-_BREAK_REACH, _BREAK_REACH + 1)
            if chinese_calendar.get_holiday_detail(d := day + timedelta(days=k)) == (True, label)
        ]
        if not named:
            return None
        first = last = named[0]
        while chinese_calendar.is_holiday(first - timedelta(days=1)):
            first -= timedelta(days=1)
        while chinese_calendar.is_holiday(last + timedelta(days=1)):
            last += timedelta(days=1)
    except NotImplementedError:  # a year the calendar's tables do not cover
        return None
    return first, last


def resolve(g: dict[str, str], ref: date | None) -> Resolved | None:
    """Resolve the named parts of a date match; None when it needs a reference date that is missing or is
    not a real date (2月30日)."""
    try:
        found = _resolve(g, ref)
    except (ValueError, OverflowError, KeyError):
        return None
    if found is not None and "d_since" in g and ref is not None and found.first <= ref:
        # 今年以来, 2008年以来, 今年3月以来: from the first day of that time up to the reference date
        return Resolved(found.first, ref, None, True)
    return found


def _resolve(g: dict[str, str], ref: date | None) -> Resolved | None:
    if "d_iy" in g:
        return Resolved(date(_num(g["d_iy"]), _num(g["d_im"]), _num(g["d_id"])), None, _time(g), False)
    if "d_ya" in g:
        a, b = _num(g["d_ya"]), _num(g["d_yb"])
        if b <= a:
            return None
        return Resolved(date(a, 1, 1), date(b, 12, 31), None, False)
    if "d_cent" in g:
        c = _num(g["d_cent"])
        if "d_cdec" in g:
            decade = (c - 1) * 100 + _num(g["d_cdec"])  # 二十世纪五十年代 → 1950
            return Resolved(date(decade, 1, 1), date(decade + 9, 12, 31), None, False)
        return Resolved(date((c - 1) * 100 + 1, 1, 1), date(c * 100, 12, 31), None, False)
    if "d_dec" in g:
        decade = 1900 + _num(g["d_dec"])  # 80年代, 上世纪80年代: the twentieth century
        return Resolved(date(decade, 1, 1), date(decade + 9, 12, 31), None, False)
    if "d_agon" in g:
        if ref is None:
            return None
        n, unit = _num(g["d_agon"]), AGO_UNITS[g["d_agou"]]
        if unit == "year":
            return Resolved(date(ref.year - n, 1, 1), date(ref.year - n, 12, 31), None, True)
        if unit == "month":
            first = _add_months(ref.replace(day=1), -n)
            return Resolved(first, _month_end(first.year, first.month), None, True)
        return Resolved(ref - timedelta(days=n * (7 if unit == "week" else 1)), None, None, True)
    if "d_rd" in g:
        if ref is None:
            return None
        return Resolved(ref + timedelta(days=RELATIVE_DAYS[g["d_rd"]]), None, None, True)
    if "d_rs" in g:
        if ref is None:
            return None
        first_offset, last_offset = RELATIVE_SPANS[g["d_rs"]]
        return Resolved(ref + timedelta(days=first_offset), ref + timedelta(days=last_offset), None, True)
    if "d_rm" in g:
        if ref is None:
            return None
        first = _add_months(ref, RELATIVE_MONTHS[g["d_rm"]])
        end = _month_end(first.year, first.month)
        if "d_rmday" in g:  # 本月18日
            return Resolved(first.replace(day=_num(g["d_rmday"])), None, _time(g), True)
        if "d_rmpart" not in g:
            return Resolved(first, end, None, True)
        lo, hi = MONTH_PARTS[g["d_rmpart"]]  # 本月上旬, 上月底
        part_first = end if lo == 0 else first.replace(day=lo)
        part_last = end if hi == 0 else first.replace(day=hi)
        return Resolved(*_span(part_first, part_last), None, True)
    if "d_firstn2" in g:  # 前11个月 with no year: of this year, or of last year when it has not yet passed
        if ref is None:
            return None
        n = _num(g["d_firstn2"])
        passed = ref.year if ref.month > n else ref.year - 1
        return Resolved(date(passed, 1, 1), _month_end(passed, n), None, True)
    if "d_rw" in g:
        if ref is None:
            return None
        monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=RELATIVE_WEEKS[g["d_rw"]])
        if "d_wd" in g:
            return Resolved(monday + timedelta(days=WEEKDAYS[g["d_wd"]]), None, None, True)
        return Resolved(monday, monday + timedelta(days=6), None, True)
    if "d_day" in g:
        if ref is None:
            return None
        first = date(ref.year, ref.month, _num(g["d_day"]))
        last = date(ref.year, ref.month, _num(g["d_day2"])) if "d_day2" in g else None
        if last is not None and last <= first:
            return None
        return Resolved(first, last, _time(g), True)
    year, relative = _year(g, ref)
    if year is None:
        return None
    implied = not any(k in g for k in ("d_y", "d_y2", "d_ry", "d_roc"))  # no year written at all
    if "d_m" in g:
        m, d = _num(g["d_m"]), _num(g["d_d"])
        if implied and ref is not None:
            year = _nearest_year(ref, lambda y: date(y, m, d))
        first = date(year, m, d)
        last = None
        if "d_d2" in g:
            last_year = _num(g["d_y3"]) if "d_y3" in g else year
            last = date(last_year, _num(g["d_m2"]) if "d_m2" in g else m, _num(g["d_d2"]))
            if last <= first:
                return None
        return Resolved(first, last, _time(g), relative)
    if "d_firstn" in g:
        n = _num(g["d_firstn"])
        return Resolved(date(year, 1, 1), _month_end(year, n), None, relative)
    if "d_ma" in g or "d_pa" in g:
        pair = "d_pa" in g
        a, b = (_num(g["d_pa"]), _num(g["d_pb"])) if pair else (_num(g["d_ma"]), _num(g["d_mb"]))
        if not 1 <= a < b <= 12 or (pair and b != a + 1):
            return None  # (7、9月 are two months, not a period)
        return Resolved(date(year, a, 1), _month_end(year, b), None, relative)
    if "d_mo" in g:
        m = _num(g["d_mo"])
        part = g.get("d_mpart", "份")
        if part == "份":
            return Resolved(date(year, m, 1), _month_end(year, m), None, relative)
        lo, hi = MONTH_PARTS[part]
        end = _month_end(year, m)
        first = end if lo == 0 else date(year, m, lo)
        last = end if hi == 0 else date(year, m, hi)
        return Resolved(*_span(first, last), None, relative)
    period = g.get("d_yper") or g.get("d_per")
    if period is not None:
        m1, d1, m2, d2 = PERIODS.get(period) or YEAR_PERIODS[period]
        return Resolved(*_span(date(year, m1, d1), date(year, m2, d2)), None, relative)
    holiday = g.get("d_hol") or g.get("d_hol2") or g.get("d_holb") or g.get("d_holb2")
    if holiday is not None:  # a bare 春节 (春节走访活动) names the season, not a day: only with 前/后/期间 or a year
        if implied and ref is not None:
            year = _nearest_year(ref, lambda y: _holiday(holiday, y))
        day = _holiday(holiday, year)
        word = g.get("d_holq") or g.get("d_holq2") or g.get("d_holbq") or g.get("d_holbq2") or ""
        days_off = _holiday_break(holiday, day) if word.endswith(BREAK_WORDS) else None
        if days_off is not None:
            return Resolved(*_span(*days_off), None, relative)
        return Resolved(day, None, None, relative)
    if "d_y" in g or "d_y2" in g or "d_ry" in g or "d_roc" in g:
        return Resolved(date(year, 1, 1), date(year, 12, 31), None, relative)
    return None
