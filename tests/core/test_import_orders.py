"""Importing Taobao/Tmall order reports: encodings, header names, bad rows, re-imports,
cancel, and the roll-ups the charts read."""

from __future__ import annotations

import codecs
import gc
import random
import sqlite3
from pathlib import Path

import pytest

from app.cli import main
from app.core import migrations, sales_buyers, sales_store
from app.core.sales_figures import BuyerCounts
from app.core.db import open_database
from app.core.importing import columns, csv_reader, order_import
from app.core.importing import orders as orders_module
from app.core.importing.orders import (
    MissingColumns, OrderImportError, import_orders, read_orders, recompute_rollups,
)

OLD_HEADER = "订单编号,买家会员名,买家实际支付金额,订单状态,订单创建时间,订单付款时间,宝贝标题,宝贝总数量,联系手机,"
NEW_HEADER = " 订单编号 ,买家会员名, 买家实付金额（元）,订单状态,买家下单时间 ,买家付款时间,宝贝标题,宝贝总数量,联系手机,"

ROWS = [
    '="1001",alice,128.00,"买家已付款，等待卖家发货",2024-11-11 03:00:24,2024-11-11 03:02:25,铁观音 500g,1,\'13800000001,',
    '="1002",bob,24.90,"卖家已发货，等待买家确认",2024-11-11 04:50:33,2024-11-11 04:55:33,"公道杯, 加厚\n350ml",2,\'13800000002,',
    '="1003",carol,0.00,等待买家付款,2024-11-11 05:20:10,,铁观音 500g,1,\'13800000003,',
    '="1004",alice,50.00,交易成功,2024-11-12 09:00:00,2024-11-12 09:10:00,铁观音 500g,1,\'13800000001,',
    '="1005",dave,30.00,交易关闭,2024-11-12 10:00:00,2024-11-12 10:01:00,公道杯,1,\'13800000004,',
]


def write(path: Path, lines: list[str], encoding: str = "gbk", bom: bool = False) -> Path:
    data = ("\r\n".join(lines) + "\r\n").encode(encoding)
    path.write_bytes((codecs.BOM_UTF8 if bom else b"") + data)
    return path


@pytest.fixture
def store(tmp_path):
    s = open_database(tmp_path / "shop.sqlite3")
    yield s
    s.close()


def dump(store) -> list[str]:
    return list(store.conn.iterdump())


def test_schema_is_latest(store):
    assert store.schema_version == migrations.LATEST >= 5


def test_gbk_file_with_quirks(tmp_path):
    f = read_orders(write(tmp_path / "ExportOrderList.csv", [OLD_HEADER, *ROWS]))
    assert f.encoding == "gb18030" and not f.errors
    assert [o.order_id for o in f.rows] == ["1001", "1002", "1003", "1004", "1005"]
    o = f.rows[1]
    assert (o.buyer, o.paid_fen, o.status, o.quantity) == ("bob", 2490, "shipped", 2)
    assert o.title == "公道杯, 加厚\n350ml"
    assert o.status_text == "卖家已发货，等待买家确认"
    assert f.rows[2].paid_at is None and f.rows[2].status == "awaiting_payment"
    assert f.rows[0].paid_at == "2024-11-11T03:02:25"
    assert f.rows[4].status == "closed"


def test_new_header_names_and_stray_spaces_utf8_bom(tmp_path):
    f = read_orders(write(tmp_path / "new.csv", [NEW_HEADER, *ROWS], "utf-8", bom=True))
    assert f.encoding == "utf-8-sig" and not f.errors
    assert f.mapping["paid"] == "买家实付金额（元）"
    assert f.mapping["paid_at"] == "买家付款时间"
    assert f.rows[0].paid_fen == 12800
    # Same layout up to spaces and width: same signature.
    assert columns.signature(NEW_HEADER.split(",")) == columns.signature(
        [c.strip() for c in NEW_HEADER.replace("（元）", "(元)").split(",")])


def test_encoding_override(tmp_path):
    path = write(tmp_path / "o.csv", [OLD_HEADER, *ROWS])
    with pytest.raises(OrderImportError, match="cannot be read as utf-8"):
        read_orders(path, encoding="utf-8")
    assert read_orders(path, encoding="gbk").encoding == "gbk"


def test_missing_required_column_is_named(tmp_path):
    header = OLD_HEADER.replace("订单状态", "备注")
    with pytest.raises(MissingColumns, match="订单状态") as info:
        read_orders(write(tmp_path / "o.csv", [header, *ROWS]))
    assert info.value.missing == ["status"]
    assert "o.csv" in str(info.value)


def test_column_mapping_for_unknown_layout_is_remembered(tmp_path, store):
    header = "单号,客户,金额,状态,下单,付款"
    path = write(tmp_path / "other.csv", [header, "A1,x,9.90,交易成功,2024-01-02 10:00:00,2024-01-02 10:05:00"], "utf-8")
    with pytest.raises(MissingColumns) as info:
        read_orders(path)
    mapping = {"order_id": "单号", "buyer": "客户", "paid": "金额", "status": "状态",
               "created_at": "下单", "paid_at": "付款"}
    columns.save_mapping(store, info.value.header, mapping)
    remembered = columns.get_mapping(store, info.value.header)
    assert remembered == mapping
    f = read_orders(path, mapping=remembered)
    assert f.rows[0].paid_fen == 990 and f.rows[0].title == ""


BAD_ROWS = [
    '="2001",erin,abc,交易成功,2024-11-11 03:00:24,2024-11-11 03:02:25,茶,1,',
    '="2002",frank,10.00,交易成功,2024-13-45 03:00:24,2024-11-11 03:02:25,茶,1,',
    '="2003",gina,10.00,交易成功,2024-11-11 03:00:24,2024-11-11 03:02:25,茶,1,',
]


def test_bad_rows_are_listed_and_refused(tmp_path, store):
    f = read_orders(write(tmp_path / "bad.csv", [OLD_HEADER, *BAD_ROWS]))
    assert [(e.row, e.column) for e in f.errors] == [(2, "买家实际支付金额"), (3, "订单创建时间")]
    assert "abc" in str(f.errors[0]) and "not a date" in str(f.errors[1])
    before = dump(store)
    with pytest.raises(OrderImportError, match=r"2 rows cannot be read.*line 2"):
        import_orders(store, f)
    assert dump(store) == before
    result = import_orders(store, f, good_rows_only=True)
    assert (result.added, result.skipped) == (1, 2)
    assert store.conn.execute("SELECT order_id FROM orders").fetchall() == [("2003",)]


def test_reimport_adds_nothing_and_later_export_updates(tmp_path, store):
    path = write(tmp_path / "o.csv", [OLD_HEADER, *ROWS])
    first = import_orders(store, read_orders(path))
    assert (first.added, first.updated, first.unchanged) == (5, 0, 0)
    again = import_orders(store, read_orders(path))
    assert (again.added, again.updated, again.unchanged) == (0, 0, 5)
    later = [r.replace("买家已付款，等待卖家发货", "交易成功") for r in ROWS]
    later[2] = '="1003",carol,66.00,"买家已付款，等待卖家发货",2024-11-11 05:20:10,2024-11-13 08:00:00,铁观音 500g,1,'
    result = import_orders(store, read_orders(write(tmp_path / "later.csv", [NEW_HEADER, *later], "utf-8")))
    assert (result.added, result.updated, result.unchanged) == (0, 2, 3)
    assert store.conn.execute("SELECT status FROM orders WHERE order_id='1001'").fetchone() == ("completed",)
    assert sales_store.daily(store, "2024-11-13", "2024-11-13")[0].revenue_fen == 6600
    assert sales_store.daily(store, "2024-11-11", "2024-11-11")[0].unpaid == 0  # its old day, recomputed
    # Reading the older file again does not move orders back.
    stale = import_orders(store, read_orders(path))
    assert (stale.added, stale.updated) == (0, 0)
    assert store.conn.execute("SELECT status FROM orders WHERE order_id='1003'").fetchone() == ("paid",)
    assert store.conn.execute("SELECT count(*) FROM imports").fetchone() == (4,)


def test_cancel_leaves_database_unchanged(tmp_path, store, monkeypatch):
    from app.core.importing import order_import

    import_orders(store, read_orders(write(tmp_path / "a.csv", [OLD_HEADER, *ROWS[:2]])))
    before = dump(store)
    monkeypatch.setattr(order_import, "PROGRESS_EVERY", 2)
    calls = []

    class Cancelled(Exception):
        pass

    def progress(done, total):
        calls.append((done, total))
        if done >= 4:
            raise Cancelled

    with pytest.raises(Cancelled):
        import_orders(store, read_orders(write(tmp_path / "b.csv", [OLD_HEADER, *ROWS])), progress=progress)
    assert calls == [(2, 5), (4, 5)]
    assert dump(store) == before
    assert not store.conn.in_transaction


def test_rollups_match_hand_computed_figures(tmp_path, store):
    import_orders(store, read_orders(write(tmp_path / "o.csv", [OLD_HEADER, *ROWS])))
    days = {d.day: d for d in sales_store.daily(store, "2024-11-01", "2024-11-30")}
    d11, d12 = days["2024-11-11"], days["2024-11-12"]
    # 11th: 1001 paid 128.00 (alice), 1002 shipped 24.90 x2 (bob), 1003 unpaid.
    assert (d11.revenue_fen, d11.orders, d11.quantity, d11.buyers, d11.unpaid, d11.closed) == (15290, 2, 3, 2, 1, 0)
    # 12th: 1004 completed 50.00 (alice), 1005 closed after paying 30.00.
    assert (d12.revenue_fen, d12.orders, d12.buyers, d12.closed, d12.closed_fen) == (5000, 1, 1, 1, 3000)
    top = sales_store.products(store, "2024-11-01", "2024-11-30", 10)
    assert [(p.title, p.revenue_fen, p.orders, p.quantity) for p in top] == [
        ("铁观音 500g", 17800, 2, 2), ("公道杯, 加厚\n350ml", 2490, 1, 2)]
    grid = sales_store.heatmap(store, "2024-11-11", "2024-11-12")
    assert grid[0][3] == 1 and grid[0][4] == 1 and grid[1][9] == 1  # 2024-11-11 is a Monday
    assert sum(map(sum, grid)) == 3
    # alice paid on both days (1001, 1004): a returning buyer on the 12th, and a buyer of 2 orders over both.
    assert sales_buyers.counts(store, "2024-11-11", "2024-11-12") == BuyerCounts(2, returning=0, multi_order=1)
    assert sales_buyers.counts(store, "2024-11-12", "2024-11-12") == BuyerCounts(1, returning=1, multi_order=0)
    assert sales_buyers.counts(store, "2024-11-13", "2024-11-30") == BuyerCounts(0)


def test_xlsx_without_openpyxl_is_a_clear_error(tmp_path, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "openpyxl", None)  # as if the package were missing
    path = tmp_path / "ExportOrderList.xlsx"
    path.write_bytes(b"PK\x03\x04")
    with pytest.raises(OrderImportError, match="openpyxl"):
        read_orders(path)


def run(capsys, *argv):
    try:
        code = main(["--lang", "en", *map(str, argv)])
    except SystemExit as exc:
        code = exc.code
    return (code, *capsys.readouterr())


def test_cli_import_orders(tmp_path, capsys):
    db = tmp_path / "cli.sqlite3"
    good = write(tmp_path / "good.csv", [OLD_HEADER, *ROWS])
    code, out, err = run(capsys, "--db", db, "import-orders", good)
    assert code == 0, err
    assert "5" in out
    bad = write(tmp_path / "bad.csv", [OLD_HEADER, *BAD_ROWS])
    code, out, err = run(capsys, "--db", db, "import-orders", bad)
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "bad.csv" in err and "line 2" in err
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM orders").fetchone() == (5,)
    conn.close()


def test_xlsx_export_reads_like_the_csv(tmp_path, store):
    """The newer seller-centre export is XLSX: numbers and times come as cells, not text."""
    import datetime as dt

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([h.strip() for h in NEW_HEADER.split(",")][:-1])
    sheet.append(["2001", "erin", 128.5, "交易成功", dt.datetime(2024, 11, 11, 3, 0, 24),
                  dt.datetime(2024, 11, 11, 3, 2, 25), "铁观音 500g", 2, "13800000005"])
    sheet.append(["2002", "frank", "24.90", "等待买家付款", "2024-11-11 04:50:33", None, "公道杯", 1, None])
    path = tmp_path / "ExportOrderList.xlsx"
    book.save(path)
    order_file = read_orders(path)
    assert not order_file.errors
    paid, unpaid = order_file.rows
    assert (paid.order_id, paid.buyer, paid.paid_fen, paid.status, paid.quantity) == ("2001", "erin", 12850, "completed", 2)
    assert (unpaid.order_id, unpaid.paid_fen, unpaid.status) == ("2002", 2490, "awaiting_payment")
    assert import_orders(store, order_file).added == 2


def test_cli_skip_bad_rows_imports_the_rest_and_lists_them(tmp_path, capsys):
    db = tmp_path / "cli.sqlite3"
    bad = write(tmp_path / "bad.csv", [OLD_HEADER, *BAD_ROWS])
    code, out, err = run(capsys, "--db", db, "import-orders", "--skip-bad-rows", bad)
    assert code == 0, err
    skipped = [line for line in out.splitlines() if line.startswith("Skipped line")]
    assert skipped and "line 2" in skipped[0]
    assert len(skipped) == len(read_orders(bad).errors)


def test_cli_report_by_day_and_total_as_json(tmp_path, capsys):
    import json

    db = tmp_path / "cli.sqlite3"
    assert run(capsys, "--db", db, "import-orders", write(tmp_path / "good.csv", [OLD_HEADER, *ROWS]))[0] == 0
    code, out, err = run(capsys, "--db", db, "report", "--from", "2024-11-11", "--to", "2024-11-12", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert (data["from"], data["to"], data["by"]) == ("2024-11-11", "2024-11-12", "day")
    assert [(r["period"], r["revenue_fen"], r["orders"], r["buyers"]) for r in data["rows"]] == [
        ("2024-11-11", 15290, 2, 2), ("2024-11-12", 5000, 1, 1)]
    assert data["total"] == {"revenue_fen": 20290, "orders": 3, "buyers": 2, "visitors": None,
                             "conversion": None, "aov_fen": 10145}
    assert run(capsys, "--db", db, "report", "--from", "2024-11-31", "--to", "2024-12-01")[0] == 1


# ---------------------------------------------------------------- the fast paths and the roll-ups

STATUS_TEXTS = ["等待买家付款", "买家已付款，等待卖家发货", "买家已付款,等待卖家发货", "卖家已发货，等待买家确认", "交易成功",
                "交易成功", "交易关闭", " 交易成功 "]


def random_rows(rnd: random.Random, n: int, *, odd: float, start: int = 0, ids: int | None = None) -> list[str]:
    """Rows in the export's usual shape and, with probability ``odd``, in every other shape the
    parsers accept or refuse."""
    rows = []
    for i in range(n):
        number = start + (rnd.randrange(ids) if ids else i)
        day = f"2024-{rnd.randint(10, 12)}-{rnd.randint(1, 28):02d}"
        created = f"{day} {rnd.randrange(24):02d}:{rnd.randrange(60):02d}:{rnd.randrange(60):02d}"
        status = rnd.choice(STATUS_TEXTS[:-1])
        paid = "" if status == "等待买家付款" else created[:-2] + f"{rnd.randrange(60):02d}"
        cells = [f'="{number}"', f"buyer{rnd.randrange(40)}", f"{rnd.randrange(1, 50000) / 100:.2f}", f'"{status}"',
                 created, paid, rnd.choice(["铁观音 500g", '"公道杯, 加厚"', "茶杯"]), str(rnd.randint(1, 3)), ""]
        if rnd.random() < odd:
            k = rnd.randrange(9)
            if k == 0:
                cells[0] = rnd.choice([f"{number}", f' ="{number}" ', f"PDD-{number}", ""])
            elif k == 1:
                cells[2] = rnd.choice(["12.3", '"1,234.50"', "￥8.00", "8元", "7", "abc", "-1.00"])
            elif k == 2:
                cells[4] = rnd.choice([day.replace("-", "/") + " 3:04", f"{day[:4]}年{day[5:7]}月{day[8:]}日 10:00:00",
                                       "2024-02-30 10:00:00", ""])
            elif k == 3:
                cells[3] = rnd.choice([f'"{STATUS_TEXTS[-1]}"', "发货中"])
            elif k == 4:
                cells[7] = rnd.choice(["", "１", "x", "2.0"])
            elif k == 5:
                cells[6] = rnd.choice([" 茶杯 ", '"两行\n标题"', "=茶杯"])
            elif k == 6:
                cells[1] = rnd.choice([" 小鱼儿 ", "小鱼儿", ""])
            elif k == 7 and status != "等待买家付款":
                cells[5] = rnd.choice(["", "2024-11-11T10:00:00"])
            elif k == 8:
                cells = [""] * 9
        rows.append(",".join(cells))
    return rows


def slow_only(monkeypatch):
    monkeypatch.setattr(orders_module, "batch_parser", lambda at: lambda lines, rows: None)
    monkeypatch.setattr(orders_module, "fast_parser", lambda at: lambda line, cells: None)


def orders_and_errors(order_file):
    return [tuple(vars(o).values()) if hasattr(o, "__dict__") else (o.row, o.order_id, o.buyer, o.created_at, o.paid_at,
            o.paid_fen, o.status, o.status_text, o.title, o.quantity) for o in order_file.rows], order_file.errors


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_fast_paths_read_exactly_what_the_general_parsers_read(tmp_path, monkeypatch, seed):
    monkeypatch.setattr(csv_reader, "BATCH", 40)  # many batches: some all usual, some mixed
    rnd = random.Random(seed)
    path = write(tmp_path / "o.csv", [OLD_HEADER, *random_rows(rnd, 600, odd=0.03, ids=560)])
    fast = orders_and_errors(read_orders(path))
    slow_only(monkeypatch)
    slow = orders_and_errors(read_orders(path))
    assert fast == slow
    assert len(fast[0]) > 300 and fast[1]  # some of each
    assert any("already on line" in str(e) for e in fast[1])


def rollups(store) -> list:
    buyer_days = {day: sorted(bytes.fromhex(ids)[i:i + 4] for i in range(0, len(ids) // 2, 4))
                  for day, ids in store.conn.execute("SELECT day, ids FROM sales_buyer_days")}
    return [store.conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
            for t in ("sales_daily", "sales_daily_product", "sales_hourly")] + [buyer_days]


def recomputed(store) -> list:
    conn = store.conn
    conn.execute("BEGIN")
    try:
        recompute_rollups(conn, [d for (d,) in conn.execute("SELECT DISTINCT day FROM orders")])
        return rollups(store)
    finally:
        conn.execute("ROLLBACK")


@pytest.mark.parametrize("bulk", [False, True])
def test_rollups_kept_at_import_equal_a_full_recompute(tmp_path, store, monkeypatch, bulk):
    """First import (days the file alone fills: its totals), then overlapping exports (days that
    had orders: recomputed), updates, older exports and another platform's orders."""
    if bulk:
        monkeypatch.setattr(order_import, "BULK_ROWS", 50)
    rnd = random.Random(7)
    first = write(tmp_path / "a.csv", [OLD_HEADER, *random_rows(rnd, 800, odd=0.02, ids=700)])
    import_orders(store, read_orders(first), good_rows_only=True)
    assert rollups(store) == recomputed(store)
    later = [r.replace("买家已付款，等待卖家发货", "交易成功") for r in random_rows(random.Random(7), 800, odd=0.02, ids=700)]
    more = later[:300] + random_rows(rnd, 300, odd=0.02, start=5000)
    result = import_orders(store, read_orders(write(tmp_path / "b.csv", [OLD_HEADER, *more])), good_rows_only=True)
    assert result.added and result.updated and result.unchanged
    assert rollups(store) == recomputed(store)
    jd = read_orders(write(tmp_path / "c.csv", [OLD_HEADER, *random_rows(rnd, 200, odd=0, start=9000)]), platform="jd")
    import_orders(store, jd)
    assert rollups(store) == recomputed(store)
    stale = import_orders(store, read_orders(first), good_rows_only=True)
    assert stale.added == 0
    assert rollups(store) == recomputed(store)
    names = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE tbl_name = 'orders'")}
    assert "orders_day" in names


def test_a_big_first_import_rebuilds_the_indexes_and_cancel_restores_them(tmp_path, store, monkeypatch):
    monkeypatch.setattr(order_import, "BULK_ROWS", 10)
    monkeypatch.setattr(order_import, "PROGRESS_EVERY", 20)
    path = write(tmp_path / "o.csv", [OLD_HEADER, *random_rows(random.Random(3), 100, odd=0)])
    before = dump(store)

    class Cancelled(Exception):
        pass

    def cancel_at_the_end(done, total):
        if done == total:
            raise Cancelled

    with pytest.raises(Cancelled):
        import_orders(store, read_orders(path), progress=cancel_at_the_end)
    assert dump(store) == before
    result = import_orders(store, read_orders(path))
    assert result.added == 100
    plan = " ".join(r[3] for r in store.conn.execute(
        "EXPLAIN QUERY PLAN SELECT count(*) FROM orders WHERE day = '2024-11-11'"))
    assert "orders_day" in plan


def test_import_inside_a_callers_transaction(tmp_path, store):
    order_file = read_orders(write(tmp_path / "o.csv", [OLD_HEADER, *ROWS]))
    with store.write():
        result = import_orders(store, order_file, backup=False)
    assert result.added == 5
    assert sales_store.daily(store, "2024-11-11", "2024-11-11")[0].revenue_fen == 15290


def test_the_scratch_file_goes_with_the_order_file(tmp_path):
    order_file = read_orders(write(tmp_path / "o.csv", [OLD_HEADER, *ROWS]))
    scratch = order_file.rows.scratch.path
    assert scratch.exists() and not scratch.is_relative_to(tmp_path)
    assert [o.order_id for o in order_file.rows[3:5]] == ["1004", "1005"] and order_file.rows[-1].order_id == "1005"
    del order_file
    gc.collect()
    assert not scratch.exists()


def test_repeated_order_ids_in_one_file_are_row_errors(tmp_path):
    f = read_orders(write(tmp_path / "o.csv", [OLD_HEADER, *ROWS, ROWS[1].replace("bob", "bob2")]))
    assert [(e.row, e.column, e.params) for e in f.errors] == [(8, "订单编号", {"order": "1002", "line": 3})]
    assert [o.order_id for o in f.rows] == ["1001", "1002", "1003", "1004", "1005"]


def test_a_header_without_rows_is_refused_naming_the_file(tmp_path):
    with pytest.raises(OrderImportError, match="no orders") as info:
        read_orders(write(tmp_path / "ExportOrderList.csv", [OLD_HEADER]))
    assert "ExportOrderList.csv" in str(info.value)


def test_a_traffic_file_given_as_orders_says_so(tmp_path):
    with pytest.raises(OrderImportError, match="traffic") as info:
        read_orders(write(tmp_path / "流量.csv", ["日期,访客数,浏览量", "2024-11-11,100,300"]))
    assert not isinstance(info.value, MissingColumns)
