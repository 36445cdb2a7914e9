"""The sales tab's demo data: a year with a shape, known conversion, deterministic and fast."""

import statistics
import time
from datetime import date, timedelta

from app.core import products, sales_buyers, sales_report, sales_store
from app.core.db import open_database
from app.core.sales_demo import TITLES, load_demo

TODAY = date(2025, 3, 14)


def test_a_year_of_orders_with_figures(store):
    t = time.perf_counter()
    added = load_demo(store, today=TODAY)
    assert time.perf_counter() - t < 1.0
    assert 2000 < added < 8000
    start, end = TODAY - timedelta(days=365), TODAY - timedelta(days=1)
    days, figures = sales_report.period(store, start, end)
    assert figures.revenue_fen > 0 and figures.orders > 0 and figures.buyers > 0
    assert figures.conversion_bp is not None and 100 < figures.conversion_bp < 1000  # 1 % .. 10 %
    assert figures.visitors and figures.aov_fen
    assert sales_buyers.counts(store, TODAY - timedelta(days=30), TODAY - timedelta(days=1)).returning > 0
    daily = sales_store.daily(store, start, end)
    assert sum(d.closed for d in daily) > 0 and sum(d.unpaid for d in sales_store.daily(store, end, TODAY)) >= 1
    assert len({p.title for p in sales_store.products(store, start, end, 50)}) == len(TITLES)


def test_double_eleven_and_the_evening_stand_out(store):
    load_demo(store, today=TODAY)
    revenue = {d.day: d.revenue_fen for d in sales_store.daily(store, TODAY - timedelta(days=365), TODAY)}
    median = statistics.median(revenue.values())
    assert revenue["2024-11-11"] > 4 * median
    assert revenue["2024-06-18"] > 2 * median
    grid = sales_store.heatmap(store, TODAY - timedelta(days=365), TODAY)
    by_hour = [sum(grid[w][h] for w in range(7)) for h in range(24)]
    assert max(range(24), key=by_hour.__getitem__) in (20, 21, 22)
    by_weekday = [sum(row) for row in grid]
    assert by_weekday[5] > by_weekday[1]  # Saturday beats Tuesday


def test_conversion_known_for_every_day(store):
    load_demo(store, today=TODAY)
    start, end = TODAY - timedelta(days=365), TODAY - timedelta(days=1)
    assert len(sales_store.traffic(store, start, end)) == 365
    report = sales_report.report(store, TODAY - timedelta(days=7), TODAY - timedelta(days=1))
    assert all(row["conversion"] for row in report["rows"])


def test_deterministic(tmp_path):
    dumps = []
    for name in ("a", "b"):
        s = open_database(tmp_path / f"{name}.sqlite3")
        load_demo(s, today=TODAY)
        dumps.append([s.conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
                      for t in ("orders", "sales_daily", "traffic_daily")])
        s.close()
    assert dumps[0] == dumps[1]


def test_sells_the_catalogues_products_when_there_are_some(store):
    titles = {"北欧实木餐桌": 129900, "桌面收纳盒": 3900, "布艺沙发": 259900}
    for title, price in titles.items():
        products.add_product(store, title=title, price_fen=price, cost_fen=price // 2)
    load_demo(store, today=TODAY)
    sold = {p.title for p in sales_store.products(store, TODAY - timedelta(days=365), TODAY, 50)}
    assert sold == set(titles)
