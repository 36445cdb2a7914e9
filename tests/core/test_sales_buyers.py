"""A period's buyers from the per-day buyer roll-up, checked against counting the orders."""

import random
import sqlite3
from datetime import date, timedelta

import pytest

from app.core import migrations, sales_buyers
from app.core.importing.orders import recompute_rollups
from app.core.sales_demo import load_demo
from app.core.sales_figures import BuyerCounts

TODAY = date(2025, 3, 14)
PAID = "status IN ('paid', 'shipped', 'completed') AND paid_at IS NOT NULL"


def by_orders(conn, start: date, end: date) -> BuyerCounts:
    """The definitions, straight from the orders."""
    inside = dict(conn.execute(
        f"SELECT buyer, count(*) FROM orders WHERE {PAID} AND day BETWEEN ? AND ? GROUP BY buyer",
        (start.isoformat(), end.isoformat())).fetchall())
    before = {b for (b,) in conn.execute(f"SELECT DISTINCT buyer FROM orders WHERE {PAID} AND day < ?",
                                         (start.isoformat(),))}
    return BuyerCounts(len(inside), returning=len(inside.keys() & before),
                       multi_order=sum(1 for n in inside.values() if n > 1))


@pytest.fixture
def demo(store):
    load_demo(store, today=TODAY)
    return store


def test_counts_equal_counting_the_orders_for_any_range(demo):
    rnd = random.Random(5)
    first = TODAY - timedelta(days=370)
    ranges = [(TODAY - timedelta(days=6), TODAY), (first, TODAY), (date(2024, 11, 11), date(2024, 11, 11)),
              (date(2020, 1, 1), date(2020, 1, 31)), (TODAY + timedelta(days=1), TODAY + timedelta(days=9))]
    for _ in range(20):
        a = first + timedelta(days=rnd.randrange(380))
        ranges.append((a, a + timedelta(days=rnd.randrange(120))))
    for start, end in ranges:
        assert sales_buyers.counts(demo, start, end) == by_orders(demo.conn, start, end), (start, end)
    year = sales_buyers.counts(demo, first, TODAY)
    assert year.buyers > 100 and 0 < year.multi_order < year.buyers


def test_distinct_per_span_equals_counting_each_span(demo):
    spans = {date(2024, m, 1): (date(2024, m, 1), date(2024, m + 1, 1) - timedelta(days=1)) for m in range(3, 12)}
    spans[date(2019, 1, 1)] = (date(2019, 1, 1), date(2019, 1, 7))  # before any order
    got = sales_buyers.BuyerDays(demo, date(2024, 11, 30)).distinct_per_span(spans)
    assert got == {label: by_orders(demo.conn, *span).buyers for label, span in spans.items()}
    assert got[date(2019, 1, 1)] == 0 and got[date(2024, 11, 1)] > got[date(2024, 10, 1)]


def test_counting_reads_no_order(demo):
    tables = set()

    def watch(action, table, *_rest):
        if action == sqlite3.SQLITE_READ:
            tables.add(table)
        return sqlite3.SQLITE_OK

    demo.conn.set_authorizer(watch)
    try:
        sales_buyers.counts(demo, TODAY - timedelta(days=365), TODAY)
        sales_buyers.BuyerDays(demo, TODAY).distinct_per_span({TODAY: (TODAY - timedelta(days=30), TODAY)})
    finally:
        demo.conn.set_authorizer(None)
    assert tables == {"sales_buyer_days"}


def test_an_order_changed_by_hand_is_recounted_when_its_day_is_recomputed(demo):
    day = "2024-11-11"
    buyer, order_id = demo.conn.execute(
        f"SELECT buyer, order_id FROM orders WHERE day = ? AND {PAID} LIMIT 1", (day,)).fetchone()
    before = sales_buyers.counts(demo, day, day)
    with demo.write() as conn:
        conn.execute("UPDATE orders SET buyer = '从未见过的新买家' WHERE order_id = ?", (order_id,))
        recompute_rollups(conn, [day])
    after = sales_buyers.counts(demo, day, day)
    assert after == by_orders(demo.conn, date(2024, 11, 11), date(2024, 11, 11))
    only_order = demo.conn.execute(f"SELECT count(*) FROM orders WHERE buyer = ? AND day = ? AND {PAID}",
                                   (buyer, day)).fetchone()[0] == 0
    assert after.buyers == before.buyers + (0 if only_order else 1)
    assert demo.conn.execute("SELECT buyers FROM sales_daily WHERE day = ?", (day,)).fetchone()[0] == after.buyers


def test_upgrading_a_v6_database_fills_the_buyer_roll_up(tmp_path):
    path = tmp_path / "v6.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.migrate(conn, migrations.MIGRATIONS[:6])
    rows = [("taobao", "1", "alice", "2024-11-10T10:00:00", "2024-11-10T10:01:00", 100, "paid", "", "茶", 1,
             "2024-11-10", "t", "t"),
            ("taobao", "2", "alice", "2024-11-11T10:00:00", "2024-11-11T10:01:00", 100, "completed", "", "茶", 1,
             "2024-11-11", "t", "t"),
            ("taobao", "3", "bob", "2024-11-11T11:00:00", "2024-11-11T11:01:00", 100, "shipped", "", "茶", 1,
             "2024-11-11", "t", "t"),
            ("taobao", "4", "bob", "2024-11-11T12:00:00", "2024-11-11T12:01:00", 100, "paid", "", "茶", 1,
             "2024-11-11", "t", "t"),
            ("taobao", "5", "carol", "2024-11-11T13:00:00", None, 0, "awaiting_payment", "", "茶", 1,
             "2024-11-11", "t", "t"),
            ("taobao", "6", "dave", "2024-11-11T14:00:00", "2024-11-11T14:01:00", 100, "closed", "", "茶", 1,
             "2024-11-11", "t", "t")]
    conn.executemany("INSERT INTO orders (platform, order_id, buyer, created_at, paid_at, paid_fen, status, "
                     "status_text, title, quantity, day, imported_at, updated_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    migrations.migrate(conn)
    assert migrations.schema_version(conn) == migrations.LATEST
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert "orders_paid_at" not in names and "orders_buyer" not in names
    assert conn.execute("SELECT buyer FROM sales_buyers ORDER BY id").fetchall() == [("alice",), ("bob",)]
    conn.close()

    from app.core.db import open_database

    store = open_database(path)
    try:
        assert sales_buyers.counts(store, "2024-11-11", "2024-11-11") == BuyerCounts(2, returning=1, multi_order=1)
        assert sales_buyers.counts(store, "2024-11-10", "2024-11-11") == BuyerCounts(2, returning=0, multi_order=2)
    finally:
        store.close()
