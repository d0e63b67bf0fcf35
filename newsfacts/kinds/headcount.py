"""Headcounts: classifiers that count people or households, and nouns that name people.

A new classifier is one row of CLASSIFIERS; a new people noun one word of PEOPLE_NOUNS.
"""

from __future__ import annotations

from typing import Final

from ..models import Counts

# Classifier as written → what it counts. 名/人/位 people, 户 households. 人次 counts visits, not people (one
# person may count several times): a quantity (kinds/quantity.py).
CLASSIFIERS: Final[dict[str, Counts]] = {
    "名": "people", "人": "people", "位": "people", "个人": "people", "口人": "people", "员": "people",
    "户": "households", "户人家": "households", "个家庭": "households", "家人家": "households",
}  # fmt: skip

# 户 counts households, and also firms and accounts (49.77万户市场主体, 基金开户数30万户): with a subject ending
# so, the figure is a quantity of 户, not a headcount.
NOT_HOUSEHOLDS: Final[tuple[str, ...]] = (
    "企业", "主体", "工商户", "公司", "法人", "商户", "账户", "开户", "开户数", "客户", "客户数", "法人户数",
)  # fmt: skip

# 一 + a people classifier is an article (一名教师) except before these: 一人死亡, 一人受伤 count a person.
LONE_ONE_COUNTS_BEFORE: Final[tuple[str, ...]] = (
    "死亡", "遇难", "身亡", "丧生", "受伤", "重伤", "轻伤", "失踪", "获救", "被困", "确诊", "感染", "被捕",
    "落水", "死", "伤",
)  # fmt: skip

# Words after 人 that make it part of a noun, not a classifier: 100万人口 is people counted by a noun (unit
# None), 5个人民团体 counts organisations, 36个人工智能项目 and 100个人物故事 count projects and stories.
NOT_CLASSIFIER_BEFORE: Final[dict[str, tuple[str, ...]]] = {
    "人": ("口", "民", "士", "才", "均", "气"),
    "个人": ("口", "民", "所", "才", "工智能", "物", "选", "格"),
    "村": ("民", "干部", "委", "级"),  # 3万村民 counts villagers, not villages
    "家": ("庭",),  # 8600万家庭: households, not firms (but 3家|乡镇卫生院, 8家|具有, 5家|园区企业)
}

# Classifiers that a lone Chinese digit does not make a count: 一员大将 is a figure of speech, 员工 a word.
WEAK: Final[frozenset[str]] = frozenset({"员"})

# People nouns. They let a number with a scale word count people without a classifier (3200万受灾群众),
# and they end a headcount's subject (企业退休人员手中 → 企业退休人员).
PEOPLE_NOUNS: Final[tuple[str, ...]] = (
    "人", "人员", "人口", "人士", "人才", "群众", "民众", "居民", "市民", "村民", "农民", "农民工", "牧民",
    "渔民", "工人", "职工", "员工", "雇员", "党员", "干部", "官员", "公务员", "教师", "老师", "医生",
    "护士", "医务人员", "学生", "小学生", "中学生", "中小学生", "大学生", "研究生", "毕业生", "考生",
    "特困生", "贫困生", "儿童", "孩子", "少年", "青少年", "青年", "老人", "老年人", "妇女", "女性", "男性",
    "男子", "女子", "患者", "病人", "病例", "伤员", "死者", "遇难者", "失踪者", "受害者", "灾民", "难民",
    "移民", "侨胞", "华侨", "华人", "游客", "旅客", "乘客", "观众", "听众", "读者", "网民", "网友",
    "用户", "会员", "代表", "委员", "志愿者", "官兵", "士兵", "军人", "警察", "民警", "消防员", "武警",
    "选民", "股民", "投资者", "消费者", "劳动力", "劳动者", "就业者", "失业者", "求职者", "农户",
    "贫困户", "家庭", "困难户", "人家", "嫌疑人", "犯罪嫌疑人", "被告", "被告人", "罪犯", "运动员",
    "选手", "球员", "演员", "专家", "学者", "院士", "科学家", "工程师", "企业家", "职员", "群体",
    "成员", "居民户", "老党员", "退休人员", "下岗职工", "失业人员", "贫困人口", "留守儿童", "人民", "人质",
    "人物", "人群", "嘉宾", "来宾", "宾客",
)  # fmt: skip

# Measures of people: after a people noun, a bare scaled number counts them (参保人数3.14亿, 网民规模突破8亿).
PEOPLE_MEASURES: Final[tuple[str, ...]] = ("数", "总数", "数量", "规模")
# What befell people or what they are, written right before their noun after an estimate with no classifier
# (200余被困群众, 300多受灾群众, 50多留守儿童): the estimate still counts them.
PEOPLE_STATES: Final[tuple[str, ...]] = (
    "被困", "受困", "受灾", "受伤", "遇险", "获救", "失踪", "贫困", "留守", "困难", "外来", "外出",
)  # fmt: skip

# What happened to the people counted, when the sentence names no noun for them: 造成9人死亡、12人受伤 is a
# table of 死亡 9 and 受伤 12, so the event is the figure's subject (as the dev gold's 55人死于家暴). Only
# right after the figure, past an adverb of EVENT_ADVERBS (3人当场死亡).
EVENT_VERBS: Final[tuple[str, ...]] = (
    "死亡", "遇难", "丧生", "身亡", "罹难", "殉职", "牺牲", "受伤", "重伤", "轻伤", "伤亡", "死伤", "失踪", "失联",
    "获救", "被救", "生还", "幸存", "被困", "被捕", "落网", "被抓", "被拘", "受灾", "受困", "中毒", "感染",
    "确诊", "治愈", "出院", "住院", "就医", "入院", "撤离", "转移安置", "转移", "疏散", "无家可归", "流离失所", "断电",
    "停电", "停水", "遇袭", "被杀", "被打死", "被击毙", "被判刑", "落水", "溺亡", "溺水", "冻伤", "烧伤", "下落不明",
)  # fmt: skip
# Verbs done to people, right before their count: with no other name they name them (并逮捕|3人, 当场打死|12人,
# 处理|161人, 招录|2.7万余人).
ACTS_ON_PEOPLE: Final[tuple[str, ...]] = (
    "逮捕", "抓获", "拘留", "刑拘", "拘捕", "羁押", "扣留", "截获", "打死", "打伤", "击毙", "击伤", "杀死", "杀害",
    "枪杀", "炸死", "炸伤", "砍伤", "刺伤", "撞死", "撞伤", "绑架", "劫持", "俘虏", "救出", "解救", "营救", "救治",
    "收治", "接诊", "安置", "遣返", "驱逐", "招聘", "招录", "录取", "录用", "招收", "吸纳", "培训", "培养", "选拔",
    "表彰", "处理", "处分", "问责", "查处", "起诉", "判处", "精简", "分流", "裁减", "裁员", "派出", "派遣", "动员",
    "慰问", "资助", "帮扶", "接待", "疏散", "转移", "撤离", "感染", "治愈",
)  # fmt: skip
EVENT_ADVERBS: Final[tuple[str, ...]] = ("当场", "不幸", "已", "均", "全部", "先后", "相继", "已经", "陆续", "紧急")
# …and those that stand before an event written before its count (累计转移|14.3万人, 紧急疏散|3000人).
EVENT_ADVERBS_BEFORE: Final[tuple[str, ...]] = ("累计", "共", "共计", "紧急", "安全", "成功", "及时", "提前")
