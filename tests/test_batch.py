"""extract_many (order, processes, failures) and the discovery of input documents; ``make_corpus`` writes the
generated article folders the CLI, frame and Dask tests use.

    python tests/test_batch.py DIR -n 1000     # write a corpus of 1,000 generated articles to DIR
"""

from __future__ import annotations

import io
import json
import random
import sys
from pathlib import Path

import pytest

from newsfacts import extract_facts, read_article
from newsfacts.batch import DocResult, discover, extract_many, jsonl_tasks, run_task, walk

# ---------------------------------------------------------------------------------------------------------
# A generator of news-like articles (sentences written for these tests; figures drawn at random)
# ---------------------------------------------------------------------------------------------------------

PLACES = [
    ("山东省", "济南市"), ("山东省", "青岛市"), ("浙江省", "杭州市"), ("四川省", "成都市"), ("河南省", "郑州市"),
    ("广东省", "深圳市"), ("云南省", "昆明市"), ("江苏省", "苏州市"), ("湖北省", "武汉市"), ("甘肃省", "兰州市"),
]  # fmt: skip
OUTLETS = ["新华网", "人民网", "中国新闻网", "大众日报", "浙江日报", "四川在线"]
THINGS = ["农村公路养护", "老旧小区改造", "困难群众救助", "中小学校舍维修", "河道综合治理", "社区养老服务"]
PEOPLE = ["志愿者", "医护人员", "党员干部", "退休职工", "农民工", "高校毕业生"]


def _money(r: random.Random) -> str:
    n = r.randint(2, 9800)
    return r.choice([f"{n}万元", f"{n / 10:.1f}亿元", f"{n}多万元", f"近{n}万元", f"人民币{n}万元", f"{n}万美元"])


def _sentence(r: random.Random, prov: str, city: str, year: int) -> str:
    a, b, c = r.randint(3, 900), r.randint(10, 99999), r.randint(1, 60)
    pct = f"{r.randint(1, 40)}.{r.randint(0, 9)}%"
    return r.choice(
        [
            f"{city}财政局日前下达专项资金{_money(r)}，用于{r.choice(THINGS)}。",
            f"截至{r.randint(1, 12)}月底，{city}累计接待游客{b}人次，同比增长{pct}。",
            f"{prov}共组织{a}名{r.choice(PEOPLE)}走进社区，为{b}户困难家庭送去米面油等慰问品。",
            f"该项目总投资{_money(r)}，建成后可新增就业岗位{b}个。",
            f"{year}年{city}粮食产量达{a}万吨，比上年增长{pct}。",
            f"全市新建改建农村公路{a}公里，惠及群众{c}万人。",
            f"记者从{city}教育局获悉，今年秋季共招收新生{b}名，新增学位{a}个。",
            f"{year}年{r.randint(1, 12)}月{r.randint(1, 28)}日，{city}举行项目集中签约仪式，签约金额{_money(r)}。",
            f"上半年{prov}规模以上工业增加值同比增长{pct}，高于全国{r.randint(1, 3)}.{r.randint(0, 9)}个百分点。",
            f"当地{r.randint(2, 30)}家企业累计捐赠{_money(r)}，帮助{c}个村改善饮水条件。",
            f"有关部门提醒，如有疑问可拨打咨询电话0531-8{r.randint(1000000, 9999999)}。",
            f"{city}第{r.randint(2, 9)}批重点项目中，有{c}个项目已提前开工，计划{r.randint(2, 5)}年内建成。",
        ]
    )


def make_article(i: int, seed: int = 0) -> str:
    """A plain-text news page: title, publication line, dateline and a few paragraphs."""
    r = random.Random(seed * 100_003 + i)
    prov, city = r.choice(PLACES)
    year = r.randint(2005, 2024)
    month, day = r.randint(1, 12), r.randint(1, 28)
    title = f"{city}多措并举惠民生 第{i}期"
    head = f"{year}年{month:02d}月{day:02d}日{r.randint(7, 22):02d}:{r.randint(0, 59):02d}  来源：{r.choice(OUTLETS)}"
    paragraphs = []
    for p in range(r.randint(2, 6)):
        body = "".join(_sentence(r, prov, city, year) for _ in range(r.randint(2, 6)))
        if p == 0:
            body = f"新华社{city[:-1]}{month}月{day}日电（记者张明、李华）" + body
        paragraphs.append("　　" + body)
    return f"{title}\n{head}\n\n" + "\n\n".join(paragraphs) + "\n\n（责任编辑：王丽）\n"


def make_corpus(directory: Path, n: int, seed: int = 0, broken: bool = True) -> dict[str, list[Path]]:
    """Write ``n`` generated articles under ``directory`` in nested folders: UTF-8, GB18030 and HTML pages,
    and when ``broken`` a few that fail (a PNG named .txt, bytes that are neither UTF-8 nor Chinese, one
    over 300 KB for a ``--max-size`` test). Also files the default globs skip (.json, a hidden folder).
    Returns the paths by kind ("good", "broken", "large")."""
    out: dict[str, list[Path]] = {"good": [], "broken": [], "large": []}
    for i in range(n):
        sub = directory / ("a" if i % 3 == 0 else "b/c" if i % 3 == 1 else "")
        sub.mkdir(parents=True, exist_ok=True)
        text = make_article(i, seed)
        if broken and i % 29 == 5:
            path = sub / f"{i:05d}_broken.txt"
            path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8 if i % 2 else _garbage(i))
            out["broken"].append(path)
            continue
        if broken and i == n - 2:
            path = sub / f"{i:05d}_large.txt"
            path.write_text(text * (300_000 // len(text.encode()) + 1), encoding="utf-8")
            out["large"].append(path)
            continue
        kind = i % 10
        if kind < 6:
            path = sub / f"{i:05d}.txt"
            path.write_text(text, encoding="utf-8")
        elif kind < 9:
            path = sub / f"{i:05d}_gbk.TXT"
            path.write_bytes(text.encode("gb18030"))
        else:
            path = sub / f"{i:05d}.html"
            paras = "".join(f"<p>{p}</p>" for p in text.split("\n\n")[1:])
            title, head = text.split("\n")[:2]
            path.write_text(
                f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}_新闻中心</title></head>'
                f"<body><div>首页 | 新闻 | 财经</div><h1>{title}</h1><div>{head}</div>{paras}"
                "<div>Copyright © 2024 版权所有</div></body></html>",
                encoding="utf-8",
            )
        out["good"].append(path)
    (directory / "notes.json").write_text("{}", encoding="utf-8")
    (directory / ".cache").mkdir(exist_ok=True)
    (directory / ".cache" / "hidden.txt").write_text(make_article(0, seed), encoding="utf-8")
    return out


def _garbage(i: int) -> bytes:
    r = random.Random(i)
    return "第一段正文，".encode() + bytes(r.randrange(128, 256) for _ in range(400)) + "结尾".encode("gb18030")


# ---------------------------------------------------------------------------------------------------------
# extract_many
# ---------------------------------------------------------------------------------------------------------

TEXTS = ["临沭县共捐款15.09万元。", "救助困难家庭31668户，发放救助金1227.7万元。", "2024年上半年全省GDP增长5.2%。"]


def test_ids_order_and_facts_match_extract_facts() -> None:
    results = list(extract_many([TEXTS[0], ("b", TEXTS[1]), TEXTS[2].encode("gb18030")]))
    assert [r.doc_id for r in results] == ["0", "b", "2"]
    assert all(r.ok and r.path is None for r in results)
    assert results[0].facts is not None and results[0].facts.facts == extract_facts(TEXTS[0]).facts
    assert results[2].facts is not None and results[2].facts.article is not None
    assert results[2].facts.article.encoding == "gb18030"


def test_paths_and_articles(tmp_path: Path) -> None:
    page = tmp_path / "p.txt"
    page.write_bytes(TEXTS[1].encode("gb18030"))
    article = read_article(page)
    results = list(extract_many([page, article, ("x", page)]))
    assert [r.doc_id for r in results] == [str(page), str(page), "x"]
    assert [r.path for r in results] == [str(page)] * 3
    assert results[0].facts == results[1].facts == results[2].facts


def test_failures_are_results_and_the_run_goes_on(tmp_path: Path) -> None:
    png = tmp_path / "img.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    big = tmp_path / "big.txt"
    big.write_text(TEXTS[0] * 100, encoding="utf-8")
    results = list(extract_many([png, tmp_path / "missing.txt", big, TEXTS[0]], max_size=1000))
    assert [r.ok for r in results] == [False, False, False, True]
    assert results[0].error_type == "BinaryPageError" and "PNG" in (results[0].error or "")
    assert results[1].error_type == "FileNotFoundError" and results[1].error == "No such file or directory"
    assert results[2].error_type == "PageTooLargeError" and str(big) not in (results[2].error or "")
    assert results[0].facts is None


def test_two_processes_give_the_same_results_in_order() -> None:
    items = [make_article(i, seed=3) for i in range(30)] + [b"\x89PNG\r\n\x1a\n\x00\x00"]
    one = [r.model_dump() for r in extract_many(items)]
    two = [r.model_dump() for r in extract_many(items, jobs=2, chunksize=3)]
    assert one == two
    assert [r["doc_id"] for r in two] == [str(i) for i in range(31)]
    assert two[-1]["error"] is not None


def test_input_is_read_lazily() -> None:
    def items():  # type: ignore[no-untyped-def]
        yield TEXTS[0]
        raise RuntimeError("read too far")

    it = extract_many(items())
    assert next(it).doc_id == "0"
    with pytest.raises(RuntimeError):
        next(it)


def test_processes_read_the_input_as_they_go() -> None:
    pulled = 0

    def items():  # type: ignore[no-untyped-def]
        nonlocal pulled
        for _ in range(1000):
            pulled += 1
            yield TEXTS[0]

    it = extract_many(items(), jobs=2, chunksize=2)
    assert next(it).ok
    assert pulled <= 4 * 2 * 2 + 2  # at most 4 × jobs chunks in flight
    it.close()  # type: ignore[attr-defined]


def test_bad_arguments() -> None:
    with pytest.raises(ValueError, match="jobs"):
        extract_many(TEXTS, jobs=-1)
    with pytest.raises(TypeError, match="item 1"):
        list(extract_many([TEXTS[0], 42]))
    with pytest.raises(TypeError, match=r"\(doc_id, document\)"):
        list(extract_many([("a", "b", "c")]))


def test_result_model_round_trips() -> None:
    (r,) = extract_many([TEXTS[1]])
    assert DocResult.model_validate_json(r.model_dump_json()) == r


def test_an_unexpected_error_is_a_failed_document_named_by_its_type(monkeypatch: pytest.MonkeyPatch) -> None:
    import newsfacts.batch

    def boom(article: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(newsfacts.batch, "extract_facts", boom)
    (r,) = extract_many([TEXTS[0]])
    assert r.error == "RuntimeError: boom" and r.error_type == "RuntimeError"


# ---------------------------------------------------------------------------------------------------------
# Discovery
# ---------------------------------------------------------------------------------------------------------


def test_walk_is_sorted_recursive_case_insensitive_and_skips_hidden(tmp_path: Path) -> None:
    made = make_corpus(tmp_path, 12, broken=False)
    found = walk(str(tmp_path))
    assert found == sorted(found, key=lambda p: Path(p).relative_to(tmp_path).parts)
    assert {Path(p) for p in found} == set(made["good"])
    assert not any(".cache" in p or p.endswith(".json") for p in found)
    assert walk(str(tmp_path), ["*.html"]) == [str(p) for p in made["good"] if p.suffix == ".html"]


def test_discover_files_dirs_missing_and_jsonl(tmp_path: Path) -> None:
    make_corpus(tmp_path / "d", 4, broken=False)
    one = tmp_path / "one.htm"
    one.write_text("<p>临沭县共捐款15.09万元。</p>", encoding="utf-8")
    lines = tmp_path / "docs.jsonl"
    lines.write_text(
        json.dumps({"id": 7, "body": TEXTS[0]}, ensure_ascii=False) + "\n\n"
        + json.dumps({"body": TEXTS[1]}, ensure_ascii=False) + "\n"
        + "not json\n" + json.dumps({"id": "z"}) + "\n" + json.dumps([1]) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    inputs = discover([str(one), str(tmp_path / "d"), str(tmp_path / "nope.txt")])
    tasks = list(inputs.tasks)
    assert inputs.total == len(tasks) == 6
    assert tasks[0].doc_id == str(one) and tasks[-1].error == "No such file or directory"
    inputs = discover([str(lines)], text_field="body")
    assert inputs.total is None
    tasks = list(inputs.tasks)
    assert [t.doc_id for t in tasks] == ["7", f"{lines}:3", f"{lines}:4", "z", f"{lines}:6"]
    assert [t.error is None for t in tasks] == [True, True, False, False, False]
    assert tasks[0].path == str(lines) and tasks[0].source == TEXTS[0]
    assert "'body' is missing" in (tasks[3].error or "")


def test_discover_stdin_as_a_page_or_as_json_lines() -> None:
    (task,) = discover(["-"], stdin=io.BytesIO(TEXTS[0].encode("gb18030"))).tasks
    assert task.doc_id == "-" and task.path is None and run_task(task).ok
    stream = io.BytesIO(json.dumps({"id": "a", "text": TEXTS[1]}).encode() + b"\n")
    (task,) = discover(["-"], jsonl=True, stdin=stream).tasks
    assert task.doc_id == "a" and task.source == TEXTS[1]


def test_jsonl_line_that_is_not_utf8() -> None:
    (task,) = jsonl_tasks(io.BytesIO(b'{"text": "\xff"}\n'), "x.jsonl")
    assert task.doc_id == "x.jsonl:1" and "not a JSON line" in (task.error or "")


def test_generated_articles_have_facts_of_every_figure_kind() -> None:
    kinds = {f.kind for i in range(20) for f in extract_facts(read_article(make_article(i)))}
    assert {"money", "headcount", "quantity", "percentage", "date", "place"} <= kinds


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(description="Write a folder of generated articles (mixed encodings, a few broken).")
    ap.add_argument("directory", type=Path)
    ap.add_argument("-n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    made = make_corpus(a.directory, a.n, a.seed)
    print({k: len(v) for k, v in made.items()}, file=sys.stderr)
