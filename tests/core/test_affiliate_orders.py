"""推广订单明细: reading the affiliate platform's report, matching promoters to affiliates, the
roll-ups and the figures. Every number below is worked out by hand from the rows."""

from __future__ import annotations

import codecs
import datetime as dt
from pathlib import Path

import pytest

from app.core import affiliate_promoters as promoters
from app.core import affiliate_stats as stats
from app.core.affiliates import AffiliateError, add_affiliate
from app.core.importing import columns
from app.core.importing.affiliate_orders import (
    CellError, OrderImportError, import_affiliate_orders, parse_rate_cell, parse_status, read_affiliate_orders,
    recompute_daily, refresh_totals,
)
from app.core.importing.orders import MissingColumns

HEADER = "创建时间,商品信息,商品ID,订单状态,付款金额,佣金比率,佣金金额,结算时间,推广者昵称,推广位ID,来源媒体名称,订单编号,子订单号"
# 甲 has PID mm_1_2_3, 乙 the nickname 小李, 丙 the media 大茶网; 陌生人 is in nobody's keys.
ROWS = [
    '2024-11-01 10:00:00,铁观音 500g,1001,订单付款,128.00,20.00 %,25.60,,小张,mm_1_2_3,茶友网,="300001",="300001-1"',
    '2024-11-01 11:00:00,公道杯,1002,订单结算,50.00,10%,5.00,2024-11-10 08:00:00,小李,,,="300002",="300002-1"',
    # nickname 小李 is 乙's, but the PID is 甲's: the PID wins. Failed, so in no figure.
    '2024-11-02 09:00:00,铁观音 500g,1001,订单失效,128.00,20 %,0.00,,小李,mm_1_2_3,,="300003",="300003-1"',
    '2024-11-02 12:00:00,紫砂壶,1003,订单成功,399.00,30.00 %,119.70,,路人甲,,大茶网,="300004",="300004-1"',
    '2024-11-02 13:00:00,公道杯,1002,订单付款,50.00,10.00 %,5.00,,陌生人,mm_7_7_7,某站,="300005",="300005-1"',
    '2024-11-01 10:00:00,公道杯,1002,订单付款,50.00,10.00 %,5.00,,小张,mm_1_2_3,茶友网,="300001",="300001-2"',
]
# 甲: 11-01 orders 300001-1 and -2: 2 orders, 128.00 + 50.00 = 178.00, commission 25.60 + 5.00 = 30.60.
# 乙: 11-01 one order, 50.00, 5.00. 丙: 11-02 one order, 399.00, 119.70. Unmatched: 50.00, 5.00.


def write(path: Path, lines: list[str], encoding: str = "gbk", bom: bool = False) -> Path:
    data = ("\r\n".join(lines) + "\r\n").encode(encoding)
    path.write_bytes((codecs.BOM_UTF8 if bom else b"") + data)
    return path


def make_affiliates(store) -> dict[str, str]:
    return {"甲": add_affiliate(store, {"name": "甲"}, keys=[("pid", "mm_1_2_3")]),
            "乙": add_affiliate(store, {"name": "乙"}, keys=[("nick", "小李")]),
            "丙": add_affiliate(store, {"name": "丙"}, keys=[("media", "大茶网")])}


def load(store, path: Path, **kw):
    return import_affiliate_orders(store, read_affiliate_orders(path), backup=False, **kw)


def orders(store) -> dict[str, tuple]:
    return {f"{o}/{s}": rest for o, s, *rest in store.conn.execute(
        "SELECT order_id, sub_order_id, affiliate_id, status, commission_fen FROM affiliate_orders")}


def daily(store) -> set[tuple]:
    return set(store.conn.execute("SELECT affiliate_id, day, orders, paid_fen, commission_fen FROM affiliate_daily"))


def kept(store, affiliate_id: str) -> tuple:
    return store.conn.execute("SELECT last_order_on, orders, paid_fen, commission_fen FROM affiliates WHERE id = ?",
                              (affiliate_id,)).fetchone()


@pytest.fixture
def ids(store):
    return make_affiliates(store)


@pytest.fixture
def imported(store, ids, tmp_path):
    result = load(store, write(tmp_path / "推广订单明细.csv", [HEADER, *ROWS]))
    return ids, result


# ---------------------------------------------------------------- reading


def test_gbk_csv_reads_every_field(tmp_path):
    f = read_affiliate_orders(write(tmp_path / "a.csv", [HEADER, *ROWS]))
    assert f.encoding == "gb18030" and not f.errors and len(f.rows) == 6
    r = f.rows[0]
    assert (r.order_id, r.sub_order_id, r.item_id, r.title) == ("300001", "300001-1", "1001", "铁观音 500g")
    assert (r.paid_fen, r.rate_bp, r.commission_fen, r.status, r.status_text) == (12800, 2000, 2560, "paid", "订单付款")
    assert (r.created_at, r.day, r.settled_at) == ("2024-11-01T10:00:00", "2024-11-01", None)
    assert (r.nick, r.pid, r.media) == ("小张", "mm_1_2_3", "茶友网")
    assert f.rows[1].settled_at == "2024-11-10T08:00:00" and f.rows[1].status == "settled"
    assert f.rows[3].status == "paid" and f.rows[3].status_text == "订单成功"  # confirmed, not yet settled


def test_utf8_bom_and_renamed_headers(tmp_path):
    header = "订单号 ,子订单编号,宝贝ID,商品标题,实际支付金额（元）,佣金比例,预估佣金,订单状态,下单时间,推广者,PID,媒体名称"
    path = write(tmp_path / "a.csv", [header, "9,9-1,77,茶巾,10.00,5%,0.50,已付款,2024/11/3 8:05,阿强,mm_5,阿强的站"],
                 encoding="utf-8", bom=True)
    f = read_affiliate_orders(path)
    assert f.encoding == "utf-8-sig" and not f.errors
    r = f.rows[0]
    assert (r.order_id, r.sub_order_id, r.item_id, r.paid_fen, r.rate_bp, r.commission_fen) == ("9", "9-1", "77", 1000, 500, 50)
    assert (r.created_at, r.nick, r.pid, r.media) == ("2024-11-03T08:05:00", "阿强", "mm_5", "阿强的站")


def test_xlsx_with_numbers_fractions_and_no_sub_order_column(tmp_path, store, ids):
    """Excel cells: amounts as numbers, 20% as 0.2, times as datetimes; without a 子订单号 column
    an order of two items is keyed by the item id."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["淘宝订单编号", "宝贝ID", "商品名称", "订单状态", "结算金额", "收入比率", "效果预估", "订单创建时间",
                  "推广者昵称", "推广位名称", "来源媒体ID"])
    sheet.append(["500001", 1001, "铁观音 500g", "订单结算", 128, 0.2, 25.6, dt.datetime(2024, 11, 5, 9, 30), "小李", "", ""])
    sheet.append(["500001", 1002, "公道杯", "订单结算", 50.0, 0.1, 5, dt.datetime(2024, 11, 5, 9, 30), "小李", "", ""])
    book.save(tmp_path / "report.xlsx")
    f = read_affiliate_orders(tmp_path / "report.xlsx")
    assert f.encoding == "xlsx" and not f.errors
    assert [(r.order_id, r.sub_order_id, r.paid_fen, r.rate_bp, r.commission_fen) for r in f.rows] == [
        ("500001", "1001", 12800, 2000, 2560), ("500001", "1002", 5000, 1000, 500)]
    result = import_affiliate_orders(store, f, backup=False)
    assert (result.added, result.unmatched) == (2, 0)
    assert kept(store, ids["乙"]) == ("2024-11-05", 2, 17800, 3060)


def test_long_order_number_stored_as_an_excel_number_is_refused(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["订单编号", "订单状态", "付款金额", "创建时间"])
    book.active.append([2.0e18, "订单付款", 1, "2024-11-01 00:00:00"])
    book.save(tmp_path / "r.xlsx")
    f = read_affiliate_orders(tmp_path / "r.xlsx")
    assert not f.rows and f.errors[0].row == 2 and f.errors[0].column == "订单编号"


@pytest.mark.parametrize("cell, bp", [
    ("20.00 %", 2000), ("20%", 2000), ("２０％", 2000), ("20", 2000), ("1.5%", 150), (0.2, 2000), (0.015, 150),
    (20, 2000), (1, 100), ("", None), ("--", None),
])
def test_rate_cells(cell, bp):
    assert parse_rate_cell(cell) == bp


@pytest.mark.parametrize("cell", ["abc", "120%", "-5%", True])
def test_bad_rate_cells(cell):
    with pytest.raises(CellError):
        parse_rate_cell(cell)


@pytest.mark.parametrize("text, code", [("订单付款", "paid"), ("已付款", "paid"), ("订单成功", "paid"),
                                        ("订单结算", "settled"), ("已结算", "settled"), (" 订单失效 ", "failed"),
                                        ("已失效", "failed")])
def test_statuses(text, code):
    assert parse_status(text)[0] == code


def test_commission_from_the_rate_when_the_amount_is_missing(tmp_path):
    path = write(tmp_path / "a.csv", ["订单编号,订单状态,付款金额,佣金比率,创建时间", "1,订单付款,99.99,15%,2024-11-01 08:00:00"])
    assert read_affiliate_orders(path).rows[0].commission_fen == 1500  # 14.9985 to the nearest fen


def test_bad_rows_are_listed_with_line_column_and_reason(tmp_path):
    rows = [ROWS[0], ROWS[1].replace(",50.00,", ",五十,"), ROWS[2].replace("订单失效", "审核中"),
            ROWS[3].replace("2024-11-02 12:00:00", "昨天"), ROWS[0]]
    f = read_affiliate_orders(write(tmp_path / "bad.csv", [HEADER, *rows]))
    assert [(e.row, e.column) for e in f.errors] == [(3, "付款金额"), (4, "订单状态"), (5, "创建时间"), (6, "订单编号")]
    assert "line 6" in str(f.errors[3]) and "300001" in str(f.errors[3])
    assert len(f.rows) == 1


def test_unknown_layout_needs_a_mapping_remembered_per_layout(tmp_path, store):
    header = ["单号", "状态", "金额", "时间", "昵称"]
    path = write(tmp_path / "odd.csv", [",".join(header), "77,订单付款,12.00,2024-11-01 08:00:00,小李"])
    with pytest.raises(MissingColumns) as err:
        read_affiliate_orders(path)
    assert set(err.value.missing) == {"order_id", "status", "paid", "created_at"}
    mapping = {"order_id": "单号", "status": "状态", "paid": "金额", "created_at": "时间", "nick": "昵称"}
    columns.save_mapping(store, err.value.header, mapping, "affiliate_orders")
    assert columns.get_mapping(store, header, "affiliate_orders") == mapping
    assert columns.get_mapping(store, header, "orders") is None  # per kind
    f = read_affiliate_orders(path, mapping=columns.get_mapping(store, header, "affiliate_orders"))
    assert (f.rows[0].order_id, f.rows[0].paid_fen, f.rows[0].nick) == ("77", 1200, "小李")


# ---------------------------------------------------------------- importing and matching


def test_rows_match_by_pid_then_nick_then_media(store, imported):
    ids, result = imported
    assert (result.added, result.updated, result.unchanged, result.skipped, result.unmatched) == (6, 0, 0, 0, 1)
    got = {k: v[0] for k, v in orders(store).items()}
    assert got == {"300001/300001-1": ids["甲"], "300001/300001-2": ids["甲"], "300002/300002-1": ids["乙"],
                   "300003/300003-1": ids["甲"], "300004/300004-1": ids["丙"], "300005/300005-1": None}


def test_roll_ups_and_kept_totals(store, imported):
    ids, _ = imported
    assert daily(store) == {(ids["甲"], "2024-11-01", 2, 17800, 3060), (ids["乙"], "2024-11-01", 1, 5000, 500),
                            (ids["丙"], "2024-11-02", 1, 39900, 11970)}
    assert kept(store, ids["甲"]) == ("2024-11-01", 2, 17800, 3060)  # the failed 11-02 order not counted
    assert kept(store, ids["丙"]) == ("2024-11-02", 1, 39900, 11970)
    record = stats.recent_imports(store)[0]
    assert (record.rows, record.added, Path(record.file).name) == (6, 6, "推广订单明细.csv")


def test_importing_the_same_file_twice_adds_nothing(store, imported, tmp_path):
    before = (orders(store), daily(store))
    result = load(store, write(tmp_path / "again.csv", [HEADER, *ROWS]))
    assert (result.added, result.updated, result.unchanged) == (0, 0, 6)
    assert (orders(store), daily(store)) == before
    assert store.conn.execute("SELECT count(*) FROM affiliate_orders").fetchone() == (6,)


def test_a_later_report_updates_status_settlement_and_commission(store, imported, tmp_path):
    ids, _ = imported
    later = [ROWS[0].replace("订单付款", "订单结算").replace(",25.60,,", ",25.00,2024-11-20 10:00:00,"),
             ROWS[1].replace("订单结算", "订单失效").replace(",5.00,", ",0.00,")]
    result = load(store, write(tmp_path / "later.csv", [HEADER, *later]))
    assert (result.added, result.updated, result.unchanged) == (0, 2, 0)
    row = store.conn.execute("SELECT status, status_text, settled_at, commission_fen FROM affiliate_orders "
                             "WHERE sub_order_id = '300001-1'").fetchone()
    assert row == ("settled", "订单结算", "2024-11-20T10:00:00", 2500)
    assert kept(store, ids["甲"]) == ("2024-11-01", 2, 17800, 3000)
    assert kept(store, ids["乙"]) == (None, 0, 0, 0)  # its only order failed
    assert (ids["乙"], "2024-11-01", 1, 5000, 500) not in daily(store)
    # An older report read afterwards does not make the settled order merely paid again.
    result = load(store, write(tmp_path / "older.csv", [HEADER, ROWS[0]]))
    assert (result.updated, result.unchanged) == (0, 1)
    assert orders(store)["300001/300001-1"][1] == "settled"


def test_an_older_paid_report_does_not_undo_a_confirmed_receipt(store, imported, tmp_path):
    """300004 is 订单成功 (received, not yet settled): a 订单付款 report read later leaves it."""
    older = ROWS[3].replace("订单成功", "订单付款")
    assert load(store, write(tmp_path / "older.csv", [HEADER, older])).unchanged == 1
    assert store.conn.execute("SELECT status_text FROM affiliate_orders WHERE order_id = '300004'").fetchone() == (
        "订单成功",)
    settled = ROWS[3].replace("订单成功", "订单结算")
    assert load(store, write(tmp_path / "settled.csv", [HEADER, settled])).updated == 1


def test_bad_rows_write_nothing_unless_good_rows_only(store, ids, tmp_path):
    rows = [*ROWS[:2], ROWS[2].replace(",128.00,", ",abc,")]
    path = write(tmp_path / "bad.csv", [HEADER, *rows])
    with pytest.raises(OrderImportError) as err:
        load(store, path)
    text = str(err.value)
    assert "bad.csv" in text and "line 4" in text and "付款金额" in text
    assert store.conn.execute("SELECT count(*) FROM affiliate_orders").fetchone() == (0,)
    assert store.conn.execute("SELECT count(*) FROM imports").fetchone() == (0,)
    assert kept(store, ids["甲"]) == (None, 0, 0, 0)
    result = load(store, path, good_rows_only=True)
    assert (result.added, result.skipped) == (2, 1)


def test_a_file_of_bad_rows_only_is_refused_even_for_good_rows_only(store, tmp_path):
    path = write(tmp_path / "bad.csv", [HEADER, ROWS[0].replace("订单付款", "?")])
    with pytest.raises(OrderImportError):
        load(store, path, good_rows_only=True)


def test_cancel_rolls_everything_back(store, ids, tmp_path):
    def cancel(done, total):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        load(store, write(tmp_path / "a.csv", [HEADER, *ROWS]), progress=cancel)
    assert store.conn.execute("SELECT count(*) FROM affiliate_orders").fetchone() == (0,)
    assert daily(store) == set() and kept(store, ids["甲"]) == (None, 0, 0, 0)


def test_roll_ups_touch_only_the_given_keys(store, imported):
    """recompute_daily and refresh_totals rebuild exactly what they are given, from the orders."""
    ids, _ = imported
    store.conn.execute("UPDATE affiliate_daily SET orders = 99")
    store.conn.execute("UPDATE affiliates SET orders = 99")
    recompute_daily(store.conn, [(ids["甲"], "2024-11-01")])
    refresh_totals(store.conn, [ids["甲"]])
    assert (ids["甲"], "2024-11-01", 2, 17800, 3060) in daily(store)
    assert kept(store, ids["甲"])[1] == 2 and kept(store, ids["乙"])[1] == 99  # 乙 was not asked for


def test_roll_up_queries_use_the_indexes(store):
    """A million orders must not slow an import down: no roll-up statement scans a whole table."""
    from app.core.importing.affiliate_orders import DAILY_SQL, TOTALS_SQL

    for sql in (*DAILY_SQL, TOTALS_SQL):
        plan = [r[3] for r in store.conn.execute("EXPLAIN QUERY PLAN " + sql, ("[]",))]
        scans = [p for p in plan if p.startswith("SCAN") and "VIRTUAL TABLE" not in p and p != "SCAN t"]
        assert not scans, plan


# ---------------------------------------------------------------- unmatched promoters


def test_unmatched_promoters_and_attach(store, imported):
    ids, _ = imported
    [p] = promoters.unmatched_promoters(store)
    assert (p.nick, p.pid, p.media, p.orders, p.paid_fen, p.commission_fen, p.last_day) == (
        "陌生人", "mm_7_7_7", "某站", 1, 5000, 500, "2024-11-02")
    assert promoters.count_unmatched(store) == (1, 1)
    assert promoters.attach_promoter(store, ids["乙"], kind="pid", value="mm_7_7_7") == 1
    assert promoters.unmatched_promoters(store) == []
    assert (ids["乙"], "2024-11-02", 1, 5000, 500) in daily(store)
    assert kept(store, ids["乙"]) == ("2024-11-02", 2, 10000, 1000)
    assert ("pid", "mm_7_7_7") in store.conn.execute(
        "SELECT kind, value FROM affiliate_keys WHERE affiliate_id = ?", (ids["乙"],)).fetchall()


def test_attach_a_promoter_gives_the_affiliate_its_nickname_and_pid(store, imported):
    ids, _ = imported
    [p] = promoters.unmatched_promoters(store)
    assert promoters.attach(store, ids["丙"], p) == 1
    assert sorted(store.conn.execute("SELECT kind, value FROM affiliate_keys WHERE affiliate_id = ?", (ids["丙"],))) == [
        ("media", "大茶网"), ("nick", "陌生人"), ("pid", "mm_7_7_7")]
    assert kept(store, ids["丙"]) == ("2024-11-02", 2, 44900, 12470)


def test_attach_a_key_of_another_affiliate_is_refused(store, imported):
    ids, _ = imported
    with pytest.raises(AffiliateError):
        promoters.attach_promoter(store, ids["乙"], kind="pid", value="mm_1_2_3")
    with pytest.raises(promoters.PromoterError):
        promoters.attach_promoter(store, ids["乙"], kind="pid", value="  ")
    assert len(promoters.unmatched_promoters(store)) == 1
    assert kept(store, ids["乙"]) == ("2024-11-01", 1, 5000, 500)


def test_create_an_affiliate_from_a_promoter(store, imported):
    new_id, matched = promoters.create_from_promoter(store, nick="陌生人", pid="mm_7_7_7", media="某站")
    assert matched == 1
    name, nickname = store.conn.execute("SELECT name, nickname FROM affiliates WHERE id = ?", (new_id,)).fetchone()
    assert (name, nickname) == ("陌生人", "陌生人")
    assert sorted(store.conn.execute("SELECT kind, value FROM affiliate_keys WHERE affiliate_id = ?", (new_id,))) == [
        ("nick", "陌生人"), ("pid", "mm_7_7_7")]  # not the media: a site can carry several promoters
    assert kept(store, new_id) == ("2024-11-02", 1, 5000, 500)


def test_rematch_after_keys_were_added_elsewhere(store, imported):
    """The register adds keys on its own; rematch_unmatched then finds their orders."""
    ids, _ = imported
    store.conn.execute("INSERT INTO affiliate_keys (kind, value, affiliate_id) VALUES ('nick', '陌生人', ?)", (ids["丙"],))
    with store.write() as conn:
        assert promoters.rematch_unmatched(conn) == 1
    assert kept(store, ids["丙"])[1:] == (2, 44900, 12470)


# ---------------------------------------------------------------- figures


def test_summary_of_one_affiliate(store, imported):
    ids, _ = imported
    s = stats.summary(store, ids["甲"])
    assert (s.orders, s.paid_fen, s.commission_fen, s.failed, s.last_order_on) == (2, 17800, 3060, 1, "2024-11-01")
    assert s.rate_bp == 1719  # 30.60 / 178.00 = 17.19%
    assert [(p.item_id, p.title, p.orders, p.paid_fen, p.commission_fen, p.rate_bp) for p in s.products] == [
        ("1001", "铁观音 500g", 1, 12800, 2560, 2000), ("1002", "公道杯", 1, 5000, 500, 1000)]
    assert stats.summary(store, ids["甲"], dt.date(2024, 11, 2), dt.date(2024, 11, 30)).orders == 0
    assert stats.summary(store, ids["甲"], "2024-11-02").failed == 1


def test_sales_by_affiliate_top_n_others_and_unmatched(store, imported):
    ids, _ = imported
    s = stats.sales_by_affiliate(store, dt.date(2024, 11, 1), dt.date(2024, 11, 30), top_n=2)
    assert [(t.name, t.orders, t.paid_fen) for t in s.top] == [("丙", 1, 39900), ("甲", 2, 17800)]
    assert (s.others_count, s.others_orders, s.others_paid_fen, s.others_commission_fen) == (1, 1, 5000, 500)
    assert (s.unmatched_orders, s.unmatched_paid_fen) == (1, 5000)
    assert (s.orders, s.paid_fen, s.commission_fen) == (5, 67700, 16030)  # 30.60 + 5.00 + 119.70 + 5.00
    assert s.rate_bp == 2368 and s.share_bp(39900) == 5894
    one_day = stats.sales_by_affiliate(store, "2024-11-02", "2024-11-02")
    assert [t.name for t in one_day.top] == ["丙"] and one_day.others_count == 0 and one_day.unmatched_orders == 1
    assert stats.sales_by_affiliate(store, "2024-12-01", "2024-12-31").paid_fen == 0


def test_sales_store_has_no_affiliate_figures_without_affiliate_orders(store):
    from app.core import sales_store

    assert sales_store.by_affiliate(store, "2024-11-01", "2024-11-30") is None


def test_sales_by_affiliate_reads_the_same_by_every_path(store):
    """A short range goes through the day index, a long one scans the roll-up, all of time reads the
    kept totals: each must agree with the sums worked out from the orders themselves."""
    from app.core.importing.affiliate_orders import AffiliateOrder, write_rows

    ids = make_affiliates(store)
    pids = {"mm_1_2_3": ids["甲"], "": None}
    rows = []
    for n in range(300):
        day = dt.date(2024, 1, 1) + dt.timedelta(days=n * 7 % 365)
        rows.append(AffiliateOrder(0, f"o{n}", "", "1", "t", 100 + n, None, n, "failed" if n % 11 == 0 else "paid",
                                   "", f"{day}T10:00:00", None, "小李" if n % 3 == 0 else "", "mm_1_2_3" if n % 3 == 1
                                   else "", ""))
    with store.write() as conn:
        write_rows(conn, rows, "2024-12-31T00:00:00")
    who = {0: ids["乙"], 1: pids["mm_1_2_3"], 2: None}
    for first, last in (("2024-03-01", "2024-03-03"), ("2024-02-01", "2024-09-30"), (None, None)):
        valid = [(who[n % 3], r) for n, r in enumerate(rows) if r.status != "failed"
                 and (first is None or first <= r.day <= last)]
        got = stats.sales_by_affiliate(store, first, last, top_n=1)
        matched = [r.paid_fen for a, r in valid if a]
        assert (got.orders, got.paid_fen) == (len(valid), sum(r.paid_fen for _a, r in valid)), (first, last)
        assert got.unmatched_paid_fen == sum(r.paid_fen for a, r in valid if a is None)
        if matched:
            best = max((ids["甲"], ids["乙"]), key=lambda i: sum(r.paid_fen for a, r in valid if a == i))
            assert got.top[0].affiliate_id == best and got.others_paid_fen + got.top[0].paid_fen == sum(matched)


def test_demo_orders_for_the_register_keys(store):
    ids = make_affiliates(store)
    added = stats.load_demo(store, today=dt.date(2024, 11, 30))
    assert added > 100
    assert stats.load_demo(store, today=dt.date(2024, 11, 30)) == 0  # deterministic: the same orders again
    days = store.conn.execute("SELECT min(day), max(day) FROM affiliate_orders").fetchone()
    assert days[0] >= "2024-09-01" and days[1] <= "2024-11-30"
    assert all(kept(store, i)[1] > 0 for i in ids.values())
    assert {p.nick for p in promoters.unmatched_promoters(store)} == {"小鹿优选", "茶友圈阿杰"}
    assert sum(kept(store, i)[2] for i in ids.values()) == store.conn.execute(
        "SELECT sum(paid_fen) FROM affiliate_daily").fetchone()[0]


def test_orders_imported_before_the_key_was_typed_match_when_it_is(store):
    from app.core import affiliates

    store.conn.execute("INSERT INTO affiliate_orders (order_id, paid_fen, status, promoter_nick, day, imported_at, "
                       "updated_at) VALUES ('9001', 10000, 'paid', '小鱼优选', '2026-11-01', 'x', 'x')")
    affiliate_id = affiliates.add_affiliate(store, {"name": "于小鱼"})
    affiliates.update_affiliate(store, affiliate_id, keys=[("nick", "小鱼优选")])
    row = store.conn.execute("SELECT orders, paid_fen, last_order_on FROM affiliates WHERE id = ?",
                             (affiliate_id,)).fetchone()
    assert tuple(row) == (1, 10000, "2026-11-01")


def test_a_stay_in_touch_rhythm_sets_the_due_date_at_once(store):
    from app.core import affiliates

    affiliate_id = affiliates.add_affiliate(store, {"name": "李四"})
    assert store.conn.execute("SELECT due_on FROM affiliates WHERE id = ?", (affiliate_id,)).fetchone()[0] is None
    affiliates.update_affiliate(store, affiliate_id, {"contact_every_days": 7})
    assert store.conn.execute("SELECT due_on FROM affiliates WHERE id = ?", (affiliate_id,)).fetchone()[0]
