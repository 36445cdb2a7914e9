"""复盘: a campaign's window against the same number of days just before it, and its targets,
from a small order report checked by hand."""

from __future__ import annotations

import codecs
from datetime import date
from pathlib import Path

import pytest

from app.core import campaigns as cp
from app.core.campaign_review import TargetCheck, review_campaign
from app.core.db import open_database
from app.core.importing.orders import import_orders, read_orders
from app.core.importing.traffic import set_traffic
from app.core.sales_figures import Change

HEADER = "订单编号,买家会员名,买家实际支付金额,订单状态,订单创建时间,订单付款时间,宝贝标题,宝贝总数量"
# The campaign runs 11–12 November; the period before it is 9–10 November. Order 0 is before
# both (it makes alice a returning buyer), order 9 after the campaign.
ORDERS = [
    '="0",alice,999.00,交易成功,2024-11-08 09:00:00,2024-11-08 09:01:00,茶,1',
    '="1",alice,100.00,交易成功,2024-11-09 10:00:00,2024-11-09 10:01:00,茶,1',
    '="2",bob,60.00,交易成功,2024-11-10 11:00:00,2024-11-10 11:01:00,茶,1',
    '="3",alice,40.00,交易成功,2024-11-10 12:00:00,2024-11-10 12:01:00,茶,1',
    '="4",alice,128.00,"买家已付款，等待卖家发货",2024-11-11 03:00:00,2024-11-11 03:02:00,茶,1',
    '="5",carol,72.00,交易成功,2024-11-11 08:00:00,2024-11-11 08:01:00,杯,1',
    '="6",dave,50.00,"卖家已发货，等待买家确认",2024-11-12 09:00:00,2024-11-12 09:01:00,杯,1',
    '="7",erin,0.00,等待买家付款,2024-11-12 10:00:00,,杯,1',
    '="8",bob,30.00,交易关闭,2024-11-12 11:00:00,2024-11-12 11:01:00,杯,1',
    '="9",frank,500.00,交易成功,2024-11-13 09:00:00,2024-11-13 09:01:00,茶,1',
]
START, END = date(2024, 11, 11), date(2024, 11, 12)


def write_orders(path: Path, lines: list[str]) -> Path:
    path.write_bytes(codecs.BOM_UTF8 + ("\r\n".join([HEADER, *lines]) + "\r\n").encode("utf-8"))
    return path


@pytest.fixture
def store(tmp_path):
    s = open_database(tmp_path / "shop.sqlite3")
    import_orders(s, read_orders(write_orders(tmp_path / "orders.csv", ORDERS)))
    yield s
    s.close()


def campaign(store, start=START, end=END, **targets) -> str:
    return cp.add_campaign(store, name="双11", start_date=start, end_date=end, **targets).id


def test_both_windows_hand_computed(store):
    set_traffic(store, "2024-11-11", 300, 900)
    set_traffic(store, "2024-11-12", 200, 500)
    r = review_campaign(store, campaign(store))
    cur, prev = r.current, r.previous
    assert (cur.start, cur.end, prev.start, prev.end) == (START, END, date(2024, 11, 9), date(2024, 11, 10))
    # 128 + 72 + 50 paid by alice, carol, dave; bob's closed and erin's unpaid order do not count.
    assert (cur.revenue_fen, cur.orders, cur.buyers, cur.closed, cur.unpaid) == (25000, 3, 3, 1, 1)
    assert cur.aov_fen == 8333  # 250.00 / 3 = 83.333…
    assert (cur.visitors, cur.conversion_bp) == (500, 60)  # 3 / 500 = 0.6% = 60 bp
    assert cur.repurchase_bp == 3333  # alice bought before 11 November
    # 100 + 60 + 40 by alice and bob; traffic was not entered for those days.
    assert (prev.revenue_fen, prev.orders, prev.buyers, prev.aov_fen) == (20000, 3, 2, 10000)
    assert (prev.visitors, prev.conversion_bp) == (None, None)
    c = r.changes
    assert c["revenue_fen"] == Change(25000, 20000, 5000, 2500)
    assert c["orders"] == Change(3, 3, 0, 0)
    assert c["buyers"] == Change(3, 2, 1, 5000)
    assert c["aov_fen"] == Change(8333, 10000, -1667, -1667)
    assert c["conversion_bp"] == Change(60, None, None, None)
    assert r.has_orders and r.targets == []


def test_targets_reached_and_not(store):
    set_traffic(store, "2024-11-11", 300, 900)
    set_traffic(store, "2024-11-12", 200, 500)
    r = review_campaign(store, campaign(store, target_visitors=400, target_orders=5, target_revenue_fen=25000))
    assert r.targets == [TargetCheck("visitors", 400, 500, True, 12500),
                         TargetCheck("orders", 5, 3, False, 6000),
                         TargetCheck("revenue", 25000, 25000, True, 10000)]  # exactly on target counts


def test_only_set_targets_and_unknown_visitors(store):
    set_traffic(store, "2024-11-11", 300, 900)  # 12 November missing: visitors unknown
    r = review_campaign(store, campaign(store, target_visitors=100, target_revenue_fen=30000))
    assert r.targets == [TargetCheck("visitors", 100, None, False, None),
                         TargetCheck("revenue", 30000, 25000, False, 8333)]


def test_window_without_orders(store):
    r = review_campaign(store, campaign(store, date(2025, 3, 1), date(2025, 3, 10), target_orders=10))
    assert (r.previous.start, r.previous.end) == (date(2025, 2, 19), date(2025, 2, 28))
    assert not r.has_orders
    assert (r.current.revenue_fen, r.current.aov_fen, r.previous.orders) == (0, None, 0)
    assert r.changes["revenue_fen"] == Change(0, 0, 0, None)
    assert r.targets == [TargetCheck("orders", 10, 0, False, 0)]


def test_one_day_campaign_compares_with_the_day_before(store):
    r = review_campaign(store, campaign(store, END, END))
    assert (r.previous.start, r.previous.end) == (START, START)
    assert (r.current.revenue_fen, r.previous.revenue_fen) == (5000, 20000)
    assert (r.current.buyers, r.previous.buyers) == (1, 2)
