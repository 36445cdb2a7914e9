"""Sales import: read and import a 1,000,000-order report (GB18030 CSV, as Taobao exports it).

    python benchmarks/sales_import.py [--orders 1000000] [--db PATH]

Generates the file in a temporary folder (never committed), then times read_orders (decode,
CSV, parse every cell) and import_orders (one transaction: executemany inserts, roll-ups of
every day recomputed) on a new database, a second import of the same file (all unchanged),
and a range query over the roll-ups; prints seconds and rows/s.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core import sales_store  # noqa: E402
from app.core.db import open_database  # noqa: E402
from app.core.importing.orders import import_orders, read_orders  # noqa: E402

HEADER = "订单编号,买家会员名,买家实际支付金额,订单状态,订单创建时间,订单付款时间,宝贝标题,宝贝总数量,联系手机,"
STATUSES = ["等待买家付款", "买家已付款，等待卖家发货", "卖家已发货，等待买家确认", "交易成功", "交易成功", "交易关闭"]
TITLES = [f"安溪铁观音 浓香型 {n}g" for n in range(100, 600, 10)] + ['"玻璃公道杯, 加厚耐热 350ml"']


def generate(path: Path, n: int) -> None:
    rnd = random.Random(5)
    start = datetime(2024, 1, 1)
    with path.open("w", encoding="gb18030", newline="") as f:
        f.write(HEADER + "\r\n")
        for i in range(n):
            created = start + timedelta(seconds=rnd.randrange(365 * 86400))
            status = rnd.choice(STATUSES)
            paid = "" if status == "等待买家付款" else (created + timedelta(minutes=3)).strftime("%Y-%m-%d %H:%M:%S")
            amount = "0.00" if not paid else f"{rnd.randrange(990, 99900) / 100:.2f}"
            f.write(f'="{4000000000000000000 + i}",buyer{rnd.randrange(n // 3)},{amount},"{status}",'
                    f'{created:%Y-%m-%d %H:%M:%S},{paid},{rnd.choice(TITLES)},{rnd.randrange(1, 4)},'
                    f"'138{rnd.randrange(10**8):08d},\r\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        csv_path = Path(tmp) / "ExportOrderList_bench.csv"
        t = time.perf_counter()
        generate(csv_path, args.orders)
        print(f"generated {args.orders:,} orders ({csv_path.stat().st_size / 1e6:.0f} MB) in {time.perf_counter() - t:.1f} s")
        store = open_database(args.db or Path(tmp) / "bench.sqlite3")
        try:
            t = time.perf_counter()
            f = read_orders(csv_path)
            read_s = time.perf_counter() - t
            assert not f.errors, f.errors[:3]
            print(f"read:     {read_s:6.1f} s  {len(f.rows) / read_s:10,.0f} rows/s  ({f.encoding})")
            t = time.perf_counter()
            r = import_orders(store, f, backup=False)
            import_s = time.perf_counter() - t
            print(f"import:   {import_s:6.1f} s  {len(f.rows) / import_s:10,.0f} rows/s  "
                  f"(added {r.added:,}, {r.days} days of roll-ups)")
            print(f"total:    {read_s + import_s:6.1f} s  {len(f.rows) / (read_s + import_s):10,.0f} rows/s")
            t = time.perf_counter()
            r = import_orders(store, f, backup=False)
            again_s = time.perf_counter() - t
            print(f"re-import:{again_s:6.1f} s  {len(f.rows) / again_s:10,.0f} rows/s  (unchanged {r.unchanged:,})")
            t = time.perf_counter()
            days = sales_store.daily(store, "2024-01-01", "2024-12-31")
            top = sales_store.products(store, "2024-01-01", "2024-12-31", 10)
            grid = sales_store.heatmap(store, "2024-01-01", "2024-12-31")
            print(f"year of daily + products + heatmap: {(time.perf_counter() - t) * 1000:.1f} ms "
                  f"({len(days)} days, {len(top)} products, {sum(map(sum, grid)):,} orders)")
            t = time.perf_counter()
            buyers = sales_store.distinct_buyers(store, "2024-06-01", "2024-06-30")
            back = sales_store.returning_buyers(store, "2024-06-01", "2024-06-30")
            print(f"a month's distinct + returning buyers: {(time.perf_counter() - t) * 1000:.1f} ms ({buyers:,}, {back:,})")
        finally:
            store.close()


if __name__ == "__main__":
    main()
