"""Tests of the place gazetteer (newsfacts.places): data integrity, then sentences written for these tests."""

from __future__ import annotations

import itertools
from collections import Counter
from importlib import resources

import pytest

from newsfacts.places import Division, PlaceHit, find_places, gazetteer, is_current, lookup_code


def _rows(name: str) -> list[list[str]]:
    text = resources.files("newsfacts.places").joinpath("data", name).read_text(encoding="utf-8")
    return [ln.split("\t") for ln in text.splitlines() if ln and not ln.startswith("#")][1:]


def found(text: str) -> list[tuple[str, str | None]]:
    """(span, code) of every hit; code None for an ambiguous hit."""
    hits = find_places(text)
    for h in hits:
        assert text[h.start : h.end] == h.text
        assert (h.division is None) == (len(h.candidates) >= 2)
    return [(h.text, h.division.code if h.division else None) for h in hits]


def one(text: str, span: str) -> PlaceHit:
    hits = [h for h in find_places(text) if h.text == span]
    assert len(hits) == 1, (text, span, find_places(text))
    return hits[0]


# ---------------------------------------------------------------- data integrity


def test_codes_are_unique() -> None:
    codes = [r[0] for r in _rows("divisions.tsv")]
    assert len(codes) == len(set(codes))


def test_every_parent_exists_and_is_a_level_above() -> None:
    rows = {r[0]: r for r in _rows("divisions.tsv")}
    order = {"province": 0, "prefecture": 1, "county": 2}
    for code, _name, level, parent, _status in rows.values():
        if level in ("province", "country"):
            assert parent == "", code
            continue
        assert parent in rows, code
        assert order[rows[parent][2]] < order[level], code
        assert code[:2] == parent[:2], code


def test_level_counts_in_expected_ranges() -> None:
    current = Counter(r[2] for r in _rows("divisions.tsv") if r[4] == "current")
    assert current["province"] == 34
    assert 330 <= current["prefecture"] <= 340
    assert 2800 <= current["county"] <= 2900
    assert 240 <= current["country"] <= 260


def test_codes_have_the_right_shape() -> None:
    for code, _name, level, _parent, _status in _rows("divisions.tsv"):
        if level == "country":
            assert len(code) == 2 and code.isupper(), code
        else:
            assert len(code) == 6 and code.isdigit(), code
            assert (code[2:] == "0000") == (level == "province"), code


def test_every_name_points_to_a_division() -> None:
    divisions = {r[0] for r in _rows("divisions.tsv")}
    for surface, code, _rule, rank, _former, _hint in _rows("names.tsv"):
        assert code in divisions, (surface, code)
        assert len(surface) >= 2 and int(rank) >= 0


def test_every_former_name_points_to_a_real_code() -> None:
    divisions = {r[0]: r for r in _rows("divisions.tsv")}
    former = _rows("former_names.tsv")
    assert len(former) >= 60
    for name, year, _kind, old_code, successor, source in former:
        assert source.strip(), name
        assert 1997 <= int(year) <= 2026, name
        target = old_code if successor == "-" else successor
        assert target in divisions, name
        if successor != "-":
            assert divisions[successor][4] == "current", name
        hit = one(name, name)
        assert (hit.division is not None and hit.division.code == target) or any(
            c.code == target for c in hit.candidates
        ), name


def test_common_words_table_names_real_surfaces() -> None:
    gz = gazetteer()
    for surface, kind, _note in _rows("common_words.tsv"):
        assert kind in ("weak", "strong", "block"), surface
        if kind in ("weak", "strong"):
            assert surface in gz.names and not gz.names[surface].block, surface
        elif "before it" not in _note:  # 中新网 stops the short form before it (外扬中新网)
            # a block word must contain something the gazetteer would otherwise read as a place
            assert any(
                surface[i:j] in gz.names and not gz.names[surface[i:j]].block
                for i in range(len(surface))
                for j in range(i + 2, len(surface) + 1)
            ), surface


def test_required_codes_from_the_issue() -> None:
    assert lookup_code("370000") == Division("370000", "山东省", "province")
    assert lookup_code("371300") == Division("371300", "临沂市", "prefecture", "山东省", "370000")
    assert lookup_code("371329") == Division("371329", "临沭县", "county", "山东省", "370000", "临沂市", "371300")
    assert lookup_code("810000") == Division("810000", "香港特别行政区", "province")
    assert lookup_code("820000") == Division("820000", "澳门特别行政区", "province")
    assert lookup_code("710000") == Division("710000", "台湾省", "province")
    assert lookup_code("US") == Division("US", "美国", "country")
    assert lookup_code("999999") is None


def test_a_former_code_is_kept_and_marked() -> None:
    chaohu = lookup_code("341400")
    assert chaohu is not None and chaohu.name == "巢湖市" and chaohu.province_code == "340000"
    assert not is_current("341400") and is_current("340181")


def test_county_of_a_municipality_has_no_prefecture() -> None:
    d = lookup_code("110105")
    assert d is not None and d.name == "朝阳区" and d.province == "北京市" and d.prefecture is None


# Load time and matching speed are measured by benchmarks/bench.py (first call, characters/s), not here.


def test_matching_scales_with_the_text() -> None:
    unit = "山东省临沂市临沭县的合作社与美国客商签约，新华社记者在北京朝阳区采访。"
    hits = find_places(unit * 1000)
    one = find_places(unit)
    assert len(one) > 0
    assert len(hits) == 1000 * len(one)
    assert [h.start for h in hits[: len(one)]] == [h.start for h in one]


# ---------------------------------------------------------------- full names and short forms

FULL_AND_SHORT = [
    ("山东省公安厅发布通报。", "山东省", "370000"),
    ("记者近日来到山东，走访了多家企业。", "山东", "370000"),
    ("临沂市今年新建农村公路500公里。", "临沂市", "371300"),
    ("临沂的蒙山是著名景区。", "临沂", "371300"),
    ("临沭县的柳编产品远销海外。", "临沭县", "371329"),
    ("在临沭，柳编是一项传统产业。", "临沭", "371329"),
    ("内蒙古的牧民迎来了好收成。", "内蒙古", "150000"),
    ("内蒙古自治区政府召开常务会议。", "内蒙古自治区", "150000"),
    ("广西的甘蔗产量居全国首位。", "广西", "450000"),
    ("广西壮族自治区成立六十周年。", "广西壮族自治区", "450000"),
    ("新疆的棉花开始采摘。", "新疆", "650000"),
    ("宁夏的枸杞销往各地。", "宁夏", "640000"),
    ("西藏的青稞获得丰收。", "西藏", "540000"),
    ("香港的零售业有所回暖。", "香港", "810000"),
    ("澳门的游客人数创新高。", "澳门", "820000"),
    ("台湾的农产品进入大陆市场。", "台湾", "710000"),
    ("延边朝鲜族自治州的人参远近闻名。", "延边朝鲜族自治州", "222400"),
    ("延边州今年旅游收入大幅增长。", "延边州", "222400"),
    ("黔南州的茶叶获得金奖。", "黔南州", "522700"),
    ("大厂回族自治县的肉牛养殖业发达。", "大厂回族自治县", "131028"),
    ("兰考县是焦裕禄精神的发源地。", "兰考县", "410225"),
    ("兰考的泡桐可以做乐器。", "兰考", "410225"),
    ("沛县是汉高祖刘邦的故乡。", "沛县", "320322"),
    ("江苏省徐州市沛县召开大会。", "沛县", "320322"),
    ("海淀区的高校数量居全市之首。", "海淀区", "110108"),
    ("上海浦东新区的开发开放已有三十多年。", "浦东新区", "310115"),
    ("义乌的小商品市场吸引了各国客商。", "义乌", "330782"),
    ("深圳市前海片区的企业数量持续增加。", "深圳市", "440300"),
    # county-level new and forestry districts called by their stem (the builder's COUNTY_DISTRICT_SHORT), and
    # a district whose name ends in 新区/林区 only by chance (清新|区, 碑林|区)
    ("位于浦东的几座写字楼已经落成。", "浦东", "310115"),
    ("上海浦东的写字楼租金上涨。", "浦东", "310115"),
    ("神农架的金丝猴种群稳定增长。", "神农架", "429021"),
    ("重庆两江新区的企业增多。", "两江新区", "500157"),
    ("清远清新的温泉很有名。", "清新", "441803"),
    ("西安碑林的游客络绎不绝。", "碑林", "610103"),
]


@pytest.mark.parametrize(("text", "span", "code"), FULL_AND_SHORT)
def test_full_names_and_short_forms(text: str, span: str, code: str) -> None:
    assert (span, code) in found(text)


def test_chain_of_a_county() -> None:
    d = one("临沭县的柳编产品远销海外。", "临沭县").division
    assert d is not None
    assert (d.level, d.province, d.province_code, d.prefecture, d.prefecture_code) == (
        "county",
        "山东省",
        "370000",
        "临沂市",
        "371300",
    )


def test_a_chain_in_one_go() -> None:
    assert found("山东省临沂市临沭县") == [("山东省", "370000"), ("临沂市", "371300"), ("临沭县", "371329")]


# ---------------------------------------------------------------- organisation names

ORGANISATIONS = [
    ("山东省委召开全体会议。", "山东省", "370000"),
    ("北京市政府发布了新的规定。", "北京市", "110000"),
    ("中国人民银行宣布降低存款准备金率。", "中国", "CN"),
    ("广东省人民医院开设了新门诊。", "广东省", "440000"),
    ("临沂市中级人民法院审理了此案。", "临沂市", "371300"),
    ("合肥市包河区人民法院作出判决。", "包河区", "340111"),
    ("上海证券交易所发布公告。", "上海", "310000"),
]


@pytest.mark.parametrize(("text", "span", "code"), ORGANISATIONS)
def test_places_inside_organisation_names(text: str, span: str, code: str) -> None:
    assert (span, code) in found(text)


# ---------------------------------------------------------------- former names

FORMER = [
    ("襄樊市委召开常委会议。", "襄樊市", "420600", "襄樊市"),
    ("襄樊的汽车产业发展迅速。", "襄樊", "420600", "襄樊市"),
    ("思茅市的咖啡种植面积扩大。", "思茅市", "530800", "思茅市"),
    ("思茅的茶叶远近闻名。", "思茅", "530800", "思茅市"),
    ("苍山县的大蒜远销海外。", "苍山县", "371324", "苍山县"),
    ("长清县的农民种植了大量果树。", "长清县", "370113", "长清县"),
    ("莱芜市的钢铁企业开始转型。", "莱芜市", "371200", "莱芜市"),
    ("铜仁地区发生了洪涝灾害。", "铜仁地区", "520600", "铜仁地区"),
    ("伊克昭盟的煤炭储量丰富。", "伊克昭盟", "150600", "伊克昭盟"),
    ("北京市宣武区的胡同正在改造。", "宣武区", "110102", "宣武区"),
    ("上海市闸北区的老厂房变成了创意园区。", "闸北区", "310106", "闸北区"),
    ("天津塘沽区的港口货运繁忙。", "塘沽区", "120116", "塘沽区"),
    ("郫县豆瓣是川菜的灵魂。", "郫县", "510117", "郫县"),
    ("淮阴市的交通条件明显改善。", "淮阴市", "320800", "淮阴市"),
    ("密云县的水库保护工作成效显著。", "密云县", "110118", "密云县"),
    ("萧山市的纺织企业很多。", "萧山市", "330109", "萧山市"),
]


@pytest.mark.parametrize(("text", "span", "code", "former"), FORMER)
def test_former_names(text: str, span: str, code: str, former: str) -> None:
    hit = one(text, span)
    assert hit.division is not None and hit.division.code == code
    assert hit.former_name == former


def test_current_names_have_no_former_name() -> None:
    assert one("襄阳市的汽车产业发展迅速。", "襄阳市").former_name is None


def test_former_name_without_one_successor_keeps_its_code_of_that_time() -> None:
    hit = one("莱芜市的钢铁企业开始转型。", "莱芜市")
    assert hit.division is not None and hit.division.level == "prefecture" and not is_current("371200")


def test_former_name_that_is_also_a_current_name_is_ambiguous() -> None:
    hit = one("巢湖市的渔民开始休渔。", "巢湖市")
    assert hit.division is None and {c.code for c in hit.candidates} == {"340181", "341400"}


def test_former_name_resolved_by_context() -> None:
    assert ("江北区", "500157") in found("重庆市江北区的观音桥商圈人气很旺。")
    assert ("江北区", "330205") in found("宁波市江北区的老外滩景区游人如织。")


# ---------------------------------------------------------------- ambiguity

AMBIGUOUS_RESOLVED = [
    ("南京市鼓楼区的居民参加了活动。", "鼓楼区", "320106"),
    ("福州市鼓楼区启动老旧小区改造。", "鼓楼区", "350102"),
    ("江苏徐州鼓楼区的企业复工。", "鼓楼区", "320302"),
    ("北京市朝阳区的写字楼空置率下降。", "朝阳区", "110105"),
    ("吉林省长春市朝阳区举办了招聘会。", "朝阳区", "220104"),
    ("天津和平区的商业街很热闹。", "和平区", "120101"),
    ("沈阳市和平区的学校开学了。", "和平区", "210102"),
    ("广州市白云区的物流园区扩建。", "白云区", "440111"),
    ("贵阳市白云区的铝产业很发达。", "白云区", "520113"),
    ("西安长安区的大学城不断扩大。", "长安区", "610116"),
    # the context place comes later in the text
    ("鼓楼区的老街区正在改造，这是福州今年的重点工程。", "鼓楼区", "350102"),
    # a sibling district decides
    ("福州市的台江区和鼓楼区联合开展活动。", "鼓楼区", "350102"),
]


@pytest.mark.parametrize(("text", "span", "code"), AMBIGUOUS_RESOLVED)
def test_ambiguity_resolved_by_context(text: str, span: str, code: str) -> None:
    hit = one(text, span)
    assert hit.division is not None and hit.division.code == code
    assert hit.rule.endswith("+context")


@pytest.mark.parametrize(
    ("text", "span", "codes"),
    [
        ("鼓楼区的居民参加了义务植树。", "鼓楼区", {"320106", "320302", "350102", "410204"}),
        ("朝阳区的写字楼空置率下降。", "朝阳区", {"110105", "220104"}),
        ("和平区的学校开学了。", "和平区", {"120101", "210102"}),
    ],
)
def test_ambiguity_left_open_without_context(text: str, span: str, codes: set[str]) -> None:
    hit = one(text, span)
    assert hit.division is None
    assert {c.code for c in hit.candidates} == codes


def test_an_adjacent_parent_picks_a_county_short_form() -> None:
    assert found("北京朝阳群众提供了线索。")[1] == ("朝阳", "110105")
    assert found("朝阳的煤矿开始转型。") == [("朝阳", "211300")]  # the prefecture of Liaoning by default


def test_province_short_form_wins_over_a_prefecture() -> None:
    assert found("吉林的粮食产量稳定增长。") == [("吉林", "220000")]
    assert found("吉林市的化工企业开始搬迁。") == [("吉林市", "220200")]


# ---------------------------------------------------------------- common words as names

COMMON_WORD_PLACES = [
    ("来宾市的甘蔗喜获丰收。", "来宾市", "451300"),
    ("广西来宾的糖厂开榨了。", "来宾", "451300"),
    ("柳州、来宾、贵港三市联合招商。", "来宾", "451300"),
    ("海南东方的风电项目开工。", "东方", "469007"),
    ("东方市的渔民出海捕鱼。", "东方市", "469007"),
    ("甘肃合作的牧民搬进了新居。", "合作", "623001"),
    ("合作市的旅游业发展很快。", "合作市", "623001"),
    ("江山市的蜜蜂养殖业发达。", "江山市", "330881"),
    ("山西省晋城市城区开展环境整治。", "城区", "140502"),
    ("美国、海地和古巴派代表出席。", "海地", "HT"),
]


@pytest.mark.parametrize(("text", "span", "code"), COMMON_WORD_PLACES)
def test_common_word_names_with_context(text: str, span: str, code: str) -> None:
    assert (span, code) in found(text)


NO_PLACE = [
    "全省共有农民专业合作社1.2万家。",
    "双方将在能源领域加强合作。",
    "东方红卫星发射成功。",
    "各位来宾们，欢迎光临。",
    "来自各地的来宾出席了开幕式。",
    "张高丽出席会议并讲话。",
    "工人们身穿中山装参加庆典。",
    "中国坚持走和平发展道路。",
    "各级党委和政府要重视安全生产。",
    "警方在城区破获一起盗窃案。",
    "城区人口超过百万。",
    "他家的长子在外地工作。",
    "要加强资源整合，比如发展乡村旅游。",
    "港口吞吐量比上年增长12%。",
    "公司董事长王建平在大会上表示。",
    "李长春、周永康等出席会议。",
    "这是一个示范县，全县有156个行政村。",
    "常委会决定召开县委全会。",
    "沿海地区有小雨。",
    "省",
    "市",
    "县",
    "京",
    "沪",
    "鲁",
    "美",
    "俄",
    "省里拨出专款，市县两级配套。",
    "沿着长安街行进的队伍。",
    "家丑不可外扬中新网记者报道。",
    "兴业基金和华安基金的业绩领先。",
    "中非合作论坛召开部长级会议。",
    "实现中华民族伟大复兴的中国梦。",
    "重点关注消费升级、科技创新和高端制造等领域。",
    "学校新建了图书馆和实验楼。",
    "五台山、普陀山都是佛教名山。",
]


@pytest.mark.parametrize("text", NO_PLACE)
def test_no_place_in_ordinary_words(text: str) -> None:
    assert [h for h in find_places(text) if h.division is None or h.division.code != "CN"] == []


def test_county_short_form_needs_a_word_start() -> None:
    assert found("记者从临沭获悉，临沭、郯城等县受灾。") == [("临沭", "371329"), ("临沭", "371329"), ("郯城", "371322")]
    assert found("山东临沭的柳编") == [("山东", "370000"), ("临沭", "371329")]


def test_airport_name_keeps_the_city_only() -> None:
    assert found("他在广州白云机场转机。") == [("广州", "440100")]


def test_xinhua_is_an_organisation_but_beijing_a_place() -> None:
    assert found("新华社北京3月5日电") == [("北京", "110000")]


def test_company_after_china_is_not_a_place() -> None:
    assert found("中国平安、中国人寿等保险股走强。") == [("中国", "CN"), ("中国", "CN")]


def test_single_character_abbreviations_are_not_places() -> None:
    assert found("沪深两市成交额突破万亿元，京津冀协同发展。") == []


# ---------------------------------------------------------------- countries

COUNTRIES = [
    ("美国总统抵达北京。", "美国", "US"),
    ("美利坚合众国宪法规定。", "美利坚合众国", "US"),
    ("英国脱欧进程一波三折。", "英国", "GB"),
    ("俄罗斯天然气公司与中方签约。", "俄罗斯", "RU"),
    ("韩国游客来华人数增加。", "韩国", "KR"),
    ("南韩的半导体出口下滑。", "南韩", "KR"),
    ("朝鲜宣布进行了卫星发射。", "朝鲜", "KP"),
    ("北韩的外交官访问了北京。", "北韩", "KP"),
    ("中华人民共和国成立七十周年。", "中华人民共和国", "CN"),
    ("中国是世界第二大经济体。", "中国", "CN"),
    ("我国粮食产量再创新高。", "我国", "CN"),
    ("日本央行维持利率不变。", "日本", "JP"),
    ("德国汽车制造商在华投资。", "德国", "DE"),
    ("西班牙的华人社区很活跃。", "西班牙", "ES"),
    ("沙特与阿联酋签署了协议。", "沙特", "SA"),
    ("印尼的橡胶产量下降。", "印尼", "ID"),
    ("白俄罗斯的拖拉机进入中国市场。", "白俄罗斯", "BY"),
    ("印度尼西亚的火山喷发。", "印度尼西亚", "ID"),
    ("巴布亚新几内亚的矿产丰富。", "巴布亚新几内亚", "PG"),
]


@pytest.mark.parametrize(("text", "span", "code"), COUNTRIES)
def test_countries_and_aliases(text: str, span: str, code: str) -> None:
    hit = one(text, span)
    assert hit.division is not None and hit.division.code == code


def test_country_division_has_no_chain() -> None:
    d = one("美国总统抵达北京。", "美国").division
    assert d is not None and d.level == "country" and d.province is None and d.prefecture is None


def test_congo_is_two_countries() -> None:
    hit = one("中国、刚果和加蓬签署协议。", "刚果")
    assert hit.division is None and {c.code for c in hit.candidates} == {"CG", "CD"}


# ---------------------------------------------------------------- traditional script

TRADITIONAL = [
    ("臺灣的半導體產業領先全球。", "臺灣", "710000"),
    ("台灣的夜市吸引遊客。", "台灣", "710000"),
    ("廣東的出口貿易回暖。", "廣東", "440000"),
    ("香港特別行政區政府發表聲明。", "香港特別行政區", "810000"),
    ("澳門的博彩收入增加。", "澳門", "820000"),
    ("廣州市的地鐵網絡不斷擴展。", "廣州市", "440100"),
    ("美國聯儲局宣布加息。", "美國", "US"),
    ("南韓與日本舉行會談。", "南韓", "KR"),
    ("內蒙古的草原風光優美。", "內蒙古", "150000"),
]


@pytest.mark.parametrize(("text", "span", "code"), TRADITIONAL)
def test_traditional_script(text: str, span: str, code: str) -> None:
    assert (span, code) in found(text)


# ---------------------------------------------------------------- the hit list itself


def test_hits_are_in_order_and_do_not_overlap() -> None:
    text = "山东省临沂市与江苏省徐州市签署合作协议，美国、日本企业代表出席。"
    hits = find_places(text)
    assert [h.text for h in hits] == ["山东省", "临沂市", "江苏省", "徐州市", "美国", "日本"]
    for a, b in itertools.pairwise(hits):
        assert a.end <= b.start


def test_longest_match_wins() -> None:
    assert found("香港特别行政区政府") == [("香港特别行政区", "810000")]
    assert found("印度尼西亚") == [("印度尼西亚", "ID")]


def test_empty_and_short_texts() -> None:
    assert find_places("") == []
    assert find_places("山") == []


def test_the_stored_index_is_the_one_the_tables_make() -> None:
    """newsfacts/places/data/index.pickle (scripts/build_places_index.py) was made from the TSVs as they are,
    and holds what reading them gives."""
    from newsfacts.places import _data

    stored = _data.stored_tables()
    assert stored is not None, "stale or missing newsfacts/places/data/index.pickle: run scripts/build_places_index.py"
    assert stored == _data.build_tables()
