"""Importing the owner's own affiliate spreadsheet: encodings, header aliases, regions, bad rows
(nothing written), duplicates merged or skipped, re-imports, cancel and remembered layouts."""

from __future__ import annotations

import codecs
from datetime import datetime
from pathlib import Path

import pytest

from app.core import affiliates
from app.core.importing import columns
from app.core.importing.affiliate_cells import parse_audience, split_region
from app.core.importing.affiliates_file import KIND, read_affiliates
from app.core.importing.affiliates_merge import import_affiliates, plan_import
from app.core.importing.orders import MissingColumns, OrderImportError

HEADER = "姓名,昵称,类型,性别,所在地区,QQ号,微信号,手机,推广途径,粉丝数,所在群,大客户,状态,标签,合作时间,备注,PID"
ZHANG = '张三,三哥,淘客,男,浙江省杭州市,12345678,zs_wx,138 0013 8000,www.zhekou.com,"1,200",淘客1群,是,合作中,"高佣，稳定",2024/5/1,老客户,mm_1_2_3'
LI = "李四,,团长,女,广东 深圳,,,13900139000,QQ群 88888,3万,微信福利群,否,暂停,,2023年3月2日,,"
WANG = "王五,,达人,,杭州,55555,,,,,,,潜在,,,,"


def write(path: Path, lines: list[str], encoding: str = "gbk", bom: bool = False) -> Path:
    data = ("\r\n".join(lines) + "\r\n").encode(encoding)
    path.write_bytes((codecs.BOM_UTF8 if bom else b"") + data)
    return path


def count(store, table: str = "affiliates") -> int:
    return store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def only(store, name: str) -> affiliates.Affiliate:
    (affiliate_id,) = store.conn.execute("SELECT id FROM affiliates WHERE name = ?", (name,)).fetchone()
    return affiliates.get_affiliate(store, affiliate_id)


def group_names(store, a: affiliates.Affiliate) -> list[str]:
    groups = {g.id: g.name for g in affiliates.list_groups(store)}
    return sorted(groups[g] for g in a.group_ids)


def test_gbk_file_with_the_owners_headers(store, tmp_path):
    af = read_affiliates(write(tmp_path / "淘客名录.csv", [HEADER, ZHANG, LI, WANG]))
    assert af.encoding == "gb18030" and af.errors == []
    assert af.mapping["qq"] == "QQ号" and af.mapping["region"] == "所在地区" and af.mapping["phone"] == "手机"
    result = import_affiliates(store, af, backup=False)
    assert (result.added, result.updated, result.skipped, result.errors, result.groups_added) == (3, 0, 0, 0, 2)

    zhang = only(store, "张三")
    assert (zhang.nickname, zhang.kind, zhang.gender, zhang.province, zhang.city) == ("三哥", "taoke", "m", "浙江", "杭州")
    assert (zhang.qq, zhang.wechat, zhang.phone, zhang.vip, zhang.status) == ("12345678", "zs_wx", "13800138000", True,
                                                                              "active")
    assert (zhang.joined_on, zhang.notes) == ("2024-05-01", "老客户")
    assert zhang.channels == (affiliates.Channel("guide_site", "", "http://www.zhekou.com", 1200),)
    assert sorted(zhang.tags) == ["稳定", "高佣"] and group_names(store, zhang) == ["淘客1群"]
    assert zhang.keys == (("pid", "mm_1_2_3"),)
    assert "zs" in zhang.search_key and "zhangsan" in zhang.search_key and zhang.sort_name == "zhangsan"

    li = only(store, "李四")
    assert (li.kind, li.gender, li.province, li.city, li.vip, li.status, li.joined_on) == (
        "leader", "f", "广东", "深圳", False, "paused", "2023-03-02")
    assert li.channels == (affiliates.Channel("qq_group", "QQ群 88888", "", 30000),)
    assert group_names(store, li) == ["微信福利群"]
    kinds = dict(store.conn.execute("SELECT name, kind FROM affiliate_groups"))
    assert kinds == {"淘客1群": "qq", "微信福利群": "wechat"}

    wang = only(store, "王五")
    assert (wang.kind, wang.province, wang.city, wang.status) == ("creator", "浙江", "杭州", "prospect")
    assert affiliates.search_ids(store, "ww")[0][1] == "王五"
    assert store.conn.execute("SELECT kind, added FROM imports").fetchall() == [(KIND, 3)]


def test_utf8_bom_file_with_other_aliases_and_english_values(store, tmp_path):
    lines = ["name,nickname,身份,性别,省,市,QQ,微信,联系电话,邮箱,推广渠道,网站,受众,群,vip,status,tags,加入日期,notes",
             "Alice,,Group leader,Female,浙江省,杭州市,88888,alice_wx,010-12345678,a@example.com,小站,"
             "https://a.example.com,500,,Y,paused,VIP;老客,2024-02-03 10:00:00,'=1+1",
             "Bob,,creator,m,,义乌,,,,,,,,,no,Lost,,,"]
    af = read_affiliates(write(tmp_path / "a.csv", lines, "utf-8", bom=True))
    assert af.encoding == "utf-8-sig" and af.errors == []
    import_affiliates(store, af, backup=False)
    alice = only(store, "Alice")
    assert (alice.kind, alice.gender, alice.province, alice.city) == ("leader", "f", "浙江", "杭州")
    assert (alice.phone, alice.email, alice.vip, alice.status, alice.joined_on) == (
        "010-12345678", "a@example.com", True, "paused", "2024-02-03")
    assert alice.channels == (affiliates.Channel("guide_site", "小站", "https://a.example.com", 500),)
    assert sorted(alice.tags) == ["VIP", "老客"]
    assert alice.notes == "=1+1"  # the spreadsheet's ' marker is not part of the text
    bob = only(store, "Bob")
    assert (bob.kind, bob.gender, bob.province, bob.city, bob.status) == ("creator", "m", "浙江", "义乌", "lost")


def test_xlsx_with_number_and_date_cells(store, tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["淘客", "QQ", "手机号", "粉丝数", "加入时间", "推广途径类型", "推广途径", "地区"])
    sheet.append(["赵六", 123456789, 13700137000, 2500, datetime(2024, 6, 1, 9, 30), "微博", "@赵六说", "北京市"])
    sheet.append(["钱七", 987654321.0, None, None, None, None, None, "内蒙古自治区呼和浩特市"])
    book.save(tmp_path / "a.xlsx")
    af = read_affiliates(tmp_path / "a.xlsx")
    assert af.encoding == "xlsx" and af.errors == []
    import_affiliates(store, af, backup=False)
    zhao = only(store, "赵六")
    assert (zhao.qq, zhao.phone, zhao.joined_on, zhao.province, zhao.city) == (
        "123456789", "13700137000", "2024-06-01", "北京", "北京")
    assert zhao.channels == (affiliates.Channel("weibo", "@赵六说", "", 2500),)
    qian = only(store, "钱七")
    assert (qian.qq, qian.province, qian.city, qian.channels) == ("987654321", "内蒙古", "呼和浩特", ())


@pytest.mark.parametrize("text, expected", [
    ("浙江 杭州", ("浙江", "杭州")),
    ("浙江省杭州市", ("浙江", "杭州")),
    ("浙江省杭州市西湖区", ("浙江", "杭州")),
    ("浙江-杭州", ("浙江", "杭州")),
    ("杭州", ("浙江", "杭州")),
    ("广西壮族自治区南宁市", ("广西", "南宁")),
    ("新疆维吾尔自治区乌鲁木齐市", ("新疆", "乌鲁木齐")),
    ("上海市", ("上海", "上海")),
    ("吉林省吉林市", ("吉林", "吉林")),
    ("美国", ("美国", "")),
    ("", ("", "")),
])
def test_region_splitting(text, expected):
    assert split_region(text) == expected


@pytest.mark.parametrize("value, expected", [("1200", 1200), ("1,200", 1200), ("1.2万", 12000), ("3w", 30000),
                                             (500, 500), (500.0, 500), ("", None)])
def test_audience(value, expected):
    assert parse_audience(value) == expected


BAD = [
    "坏QQ,,,,,0123,,,,,,,,,,,",
    "坏手机,,,,,,,12345,,,,,,,,,",
    "坏网址,,,,,,,,http://no spaces allowed,,,,,,,,",
    "坏日期,,,,,,,,,,,,,,2024-13-45,,",
    "坏状态,,,,,,,,,,,,合作过,,,,",
    ",,淘客,,,,,,,,,,,,,,",
    "坏粉丝,,,,,,,,小站,很多,,,,,,,",
    "坏类型,,老板,,,,,,,,,,,,,,",
]


def test_bad_rows_name_row_and_column_and_nothing_is_written(store, tmp_path):
    affiliates.add_affiliate(store, {"name": "老王", "qq": "99999"})
    before = list(store.conn.iterdump())
    path = write(tmp_path / "bad.csv", [HEADER, ZHANG, *BAD, LI])
    af = read_affiliates(path)
    assert len(af.rows) == 2
    assert [(e.row, e.column) for e in af.errors] == [
        (3, "QQ号"), (4, "手机"), (5, "推广途径"), (6, "合作时间"), (7, "状态"), (8, "姓名"), (9, "粉丝数"), (10, "类型")]
    reasons = [e.reason.format(**e.params) for e in af.errors]
    assert "0123" in reasons[0] and "QQ" in reasons[0]
    assert "12345" in reasons[1] and "2024-13-45" in reasons[3] and "合作过" in reasons[4]
    assert "name" in reasons[5].lower() and "很多" in reasons[6] and "老板" in reasons[7]
    with pytest.raises(OrderImportError) as caught:
        import_affiliates(store, af, backup=False)
    message = str(caught.value)
    assert "bad.csv" in message and "line 3" in message and "QQ号" in message
    assert list(store.conn.iterdump()) == before  # all or nothing

    result = import_affiliates(store, af, good_rows_only=True, backup=False)
    assert (result.added, result.errors) == (2, 8)
    assert [e.row for e in result.left_out] == [3, 4, 5, 6, 7, 8, 9, 10]
    assert count(store) == 3


def test_a_file_without_a_name_column_asks_for_the_columns(store, tmp_path):
    path = write(tmp_path / "odd.csv", ["称呼,扣扣", "小明,12345"])
    with pytest.raises(MissingColumns) as caught:
        read_affiliates(path)
    assert caught.value.missing == ["name"]
    mapping = {"name": "称呼", "qq": "扣扣"}
    columns.save_mapping(store, caught.value.header, mapping, KIND)
    assert columns.get_mapping(store, caught.value.header, KIND) == mapping
    af = read_affiliates(path, mapping=columns.get_mapping(store, caught.value.header, KIND))
    import_affiliates(store, af, backup=False)
    assert only(store, "小明").qq == "12345"


def test_duplicate_of_a_record_on_file_merged(store, tmp_path):
    old = affiliates.add_affiliate(store, {"name": "张三", "qq": "12345678", "notes": "店里加的", "wangwang": "zs_ww"},
                                   tags=["老客"], channels=[{"kind": "app", "name": "张三的App"}])
    af = read_affiliates(write(tmp_path / "a.csv", [HEADER, ZHANG]))
    plan = plan_import(store.conn, af)
    assert [(r.action, r.target_id, r.matched) for r in plan.rows] == [("merge", old, "qq")]
    result = import_affiliates(store, af, backup=False)
    assert (result.added, result.updated, result.unchanged) == (0, 1, 0)
    assert count(store) == 1
    a = affiliates.get_affiliate(store, old)
    assert (a.phone, a.wechat, a.city, a.wangwang) == ("13800138000", "zs_wx", "杭州", "zs_ww")  # filled, kept
    assert a.notes == "店里加的\n老客户"  # appended, never replaced
    assert sorted(a.tags) == ["稳定", "老客", "高佣"]
    assert [c.name or c.url for c in a.channels] == ["张三的App", "http://www.zhekou.com"]
    assert a.keys == (("pid", "mm_1_2_3"),)
    assert "13800138000" in a.search_key


def test_duplicate_of_a_record_on_file_skipped(store, tmp_path):
    old = affiliates.add_affiliate(store, {"name": "张三", "phone": "13800138000"})
    before = list(store.conn.iterdump())
    af = read_affiliates(write(tmp_path / "a.csv", [HEADER, ZHANG, LI]))
    result = import_affiliates(store, af, on_duplicate="skip", backup=False)
    assert (result.added, result.updated, result.skipped) == (1, 0, 1)
    assert affiliates.get_affiliate(store, old).qq == ""  # left as it was
    assert count(store) == 2
    assert before != list(store.conn.iterdump())


def test_duplicates_inside_the_file(store, tmp_path):
    again = "张三丰,,,,,,,13800138000,,,,,,新人,,补充一句,mm_9"
    lines = [HEADER, ZHANG, LI, again]
    merged = import_affiliates(store, read_affiliates(write(tmp_path / "a.csv", lines)), backup=False)
    assert merged.added == 2 and count(store) == 2
    a = only(store, "张三丰")  # the later row's name wins
    assert a.notes == "老客户\n补充一句" and "新人" in a.tags and sorted(a.keys) == [("pid", "mm_1_2_3"), ("pid", "mm_9")]

    other = tmp_path / "other.sqlite3"
    from app.core.db import open_database

    second = open_database(other)
    try:
        skipped = import_affiliates(second, read_affiliates(tmp_path / "a.csv"), on_duplicate="skip", backup=False)
        assert (skipped.added, skipped.skipped) == (2, 1)
        assert count(second) == 2 and only(second, "张三").notes == "老客户"
    finally:
        second.close()


def test_reimporting_the_same_file_adds_nothing(store, tmp_path):
    path = write(tmp_path / "a.csv", [HEADER, ZHANG, LI, WANG, "无联系方式,,,,,,,,,,,,,,,,"])
    first = import_affiliates(store, read_affiliates(path), backup=False)
    assert first.added == 4
    dump = [line for line in store.conn.iterdump() if "INSERT INTO \"imports\"" not in line]
    second = import_affiliates(store, read_affiliates(path), backup=False)
    assert (second.added, second.updated, second.unchanged) == (0, 0, 4)
    assert [line for line in store.conn.iterdump() if "INSERT INTO \"imports\"" not in line] == dump
    third = import_affiliates(store, read_affiliates(path), on_duplicate="skip", backup=False)
    assert (third.added, third.skipped) == (0, 4)
    assert count(store) == 4


def test_a_row_matching_two_records_is_an_error(store, tmp_path):
    affiliates.add_affiliate(store, {"name": "甲", "qq": "12345678"})
    affiliates.add_affiliate(store, {"name": "乙", "phone": "13800138000"})
    af = read_affiliates(write(tmp_path / "a.csv", [HEADER, ZHANG]))
    plan = plan_import(store.conn, af)
    assert [(e.row, e.column) for e in plan.errors] == [(2, "手机")]  # QQ found 甲 first, the phone 乙
    assert "甲" in plan.errors[0].params["first"] and "乙" in plan.errors[0].params["second"]
    with pytest.raises(OrderImportError):
        import_affiliates(store, af, backup=False)
    assert count(store) == 2


def test_a_key_of_an_affiliate_in_the_trash_is_an_error(store, tmp_path):
    gone = affiliates.add_affiliate(store, {"name": "旧人"}, keys=[("pid", "mm_1_2_3")])
    affiliates.delete_affiliates(store, [gone])
    af = read_affiliates(write(tmp_path / "a.csv", [HEADER, ZHANG]))
    plan = plan_import(store.conn, af)
    assert [(e.row, e.column, e.params["name"]) for e in plan.errors] == [(2, "PID", "旧人")]


def test_cancel_rolls_everything_back(store, tmp_path):
    before = list(store.conn.iterdump())
    af = read_affiliates(write(tmp_path / "a.csv", [HEADER, ZHANG, LI, WANG]))

    class Cancelled(Exception):
        pass

    def progress(done, total):
        if done == total:
            raise Cancelled

    with pytest.raises(Cancelled):
        import_affiliates(store, af, progress=progress, backup=False)
    assert list(store.conn.iterdump()) == before


def test_a_big_first_load_rebuilds_the_indexes(store, tmp_path):
    schema = "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"
    indexes = store.conn.execute(schema).fetchall()
    lines = [HEADER] + [f"淘客{i},,,,,{10000 + i},,,,,,,,,,," for i in range(6000)]
    result = import_affiliates(store, read_affiliates(write(tmp_path / "big.csv", lines)), backup=False)
    assert result.added == 6000
    assert store.conn.execute(schema).fetchall() == indexes
    assert store.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert affiliates.find_duplicates(store, qq="15999")[0].name == "淘客5999"


def test_empty_file_is_refused(store, tmp_path):
    af = read_affiliates(write(tmp_path / "a.csv", [HEADER]))
    with pytest.raises(OrderImportError, match="no affiliates"):
        import_affiliates(store, af, backup=False)
