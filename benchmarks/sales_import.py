"""Sales import: a 1,000,000-order report (GB18030 CSV, as Taobao exports it) against sqlite3's .import.

    python benchmarks/sales_import.py [--orders 1000000] [--db PATH] [--runs 1]

The target (issue #7): reading and importing the report within 2.5 x the time the sqlite3
command-line shell's ``.import`` takes for the same file, and the app's memory under 300 MB.
The report is generated once into the temporary folder and kept there (``--fresh`` makes it
again); ``.import`` loads it into a new table of a new database, the way the shell does, as
the baseline. Then, on a new database: read_orders (decode, CSV, every cell parsed, into the
scratch file) and import_orders (one transaction: orders, indexes, roll-ups); a second import
of the same file (all unchanged); and a range query over the roll-ups. Prints seconds, rows/s,
the ratio to .import, and the peak resident memory of this process (ru_maxrss).
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

# The project's root first, and not this folder: its packaging.py would hide the library.
HERE = Path(__file__).resolve().parent
sys.path[:] = [str(HERE.parent)] + [p for p in sys.path if Path(p or ".").resolve() != HERE]

from app.core import sales_buyers, sales_store  # noqa: E402
from app.core.db import open_database  # noqa: E402
from app.core.importing.orders import import_orders, read_orders  # noqa: E402

HEADER = "订单编号,买家会员名,买家实际支付金额,订单状态,订单创建时间,订单付款时间,宝贝标题,宝贝总数量,联系手机,"
STATUSES = ["等待买家付款", "买家已付款，等待卖家发货", "卖家已发货，等待买家确认", "交易成功", "交易成功", "交易关闭"]
TITLES = [f"安溪铁观音 浓香型 {n}g" for n in range(100, 600, 10)] + ['"玻璃公道杯, 加厚耐热 350ml"']
TARGET_RATIO = 2.5
TARGET_MB = 300


def generate(path: Path, n: int, start: datetime = datetime(2024, 1, 1), days: int = 365) -> None:
    """Orders at random times over ``days`` from ``start`` (2024), in random order (worse for the
    indexes than the newest-first order of a real export)."""
    rnd = random.Random(5)
    with path.open("w", encoding="gb18030", newline="") as f:
        f.write(HEADER + "\r\n")
        for i in range(n):
            created = start + timedelta(seconds=rnd.randrange(days * 86400))
            status = rnd.choice(STATUSES)
            paid = "" if status == "等待买家付款" else (created + timedelta(minutes=3)).strftime("%Y-%m-%d %H:%M:%S")
            amount = "0.00" if not paid else f"{rnd.randrange(990, 99900) / 100:.2f}"
            f.write(f'="{4000000000000000000 + i}",buyer{rnd.randrange(n // 3)},{amount},"{status}",'
                    f"{created:%Y-%m-%d %H:%M:%S},{paid},{rnd.choice(TITLES)},{rnd.randrange(1, 4)},"
                    f"'138{rnd.randrange(10**8):08d},\r\n")


def report_file(n: int, fresh: bool) -> Path:
    path = Path(tempfile.gettempdir()) / f"zhanggui-bench-orders-{n}.csv"
    if fresh or not path.exists():
        t = time.perf_counter()
        partial = path.with_suffix(".part")
        generate(partial, n)
        partial.replace(path)
        print(f"generated {n:,} orders ({path.stat().st_size / 1e6:.0f} MB) in {time.perf_counter() - t:.1f} s: {path}")
    else:
        print(f"using {path} ({path.stat().st_size / 1e6:.0f} MB; --fresh makes it again)")
    return path


def sqlite_import_seconds(csv_path: Path, folder: Path) -> float | None:
    """The sqlite3 shell's .import of the file into a new table of a new database."""
    shell = shutil.which("sqlite3")
    if shell is None:
        print("sqlite3 shell not found (apt-get install sqlite3): no baseline")
        return None
    db = folder / "shell.sqlite3"
    db.unlink(missing_ok=True)
    t = time.perf_counter()
    subprocess.run([shell, str(db), f".import --csv {csv_path} t"], check=True)
    return time.perf_counter() - t


def peak_mb() -> float:
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux
    return kb / 1024 if sys.platform != "darwin" else kb / 1024 / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, help="import into this new file instead of a temporary one")
    parser.add_argument("--runs", type=int, default=1, help="time the import this many times (best is kept)")
    parser.add_argument("--fresh", action="store_true", help="generate the report again")
    args = parser.parse_args()
    csv_path = report_file(args.orders, args.fresh)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        shell_s = sqlite_import_seconds(csv_path, folder)
        if shell_s:
            print(f"sqlite3 .import:  {shell_s:6.2f} s  {args.orders / shell_s:10,.0f} rows/s  (the baseline)")
        best = None
        for run in range(args.runs):
            db = args.db if args.db and run == 0 else folder / f"bench{run}.sqlite3"
            store = open_database(db)
            try:
                t = time.perf_counter()
                f = read_orders(csv_path)
                read_s = time.perf_counter() - t
                assert not f.errors, f.errors[:3]
                t = time.perf_counter()
                r = import_orders(store, f, backup=False)
                import_s = time.perf_counter() - t
                total = read_s + import_s
                print(f"read:    {read_s:6.2f} s  {len(f.rows) / read_s:10,.0f} rows/s  ({f.encoding})")
                print(f"import:  {import_s:6.2f} s  {len(f.rows) / import_s:10,.0f} rows/s  "
                      f"(added {r.added:,}, {r.days} days of roll-ups)")
                print(f"total:   {total:6.2f} s  {len(f.rows) / total:10,.0f} rows/s"
                      + (f"  = {total / shell_s:.2f} x .import (target <= {TARGET_RATIO})" if shell_s else ""))
                best = total if best is None else min(best, total)
                if run == 0:
                    t = time.perf_counter()
                    again = import_orders(store, read_orders(csv_path), backup=False)
                    again_s = time.perf_counter() - t
                    print(f"re-read and re-import: {again_s:6.2f} s  {len(f.rows) / again_s:10,.0f} rows/s  "
                          f"(unchanged {again.unchanged:,})")
                    t = time.perf_counter()
                    days = sales_store.daily(store, "2024-01-01", "2024-12-31")
                    top = sales_store.products(store, "2024-01-01", "2024-12-31", 10)
                    grid = sales_store.heatmap(store, "2024-01-01", "2024-12-31")
                    print(f"year of daily + products + heatmap: {(time.perf_counter() - t) * 1000:.1f} ms "
                          f"({len(days)} days, {len(top)} products, {sum(map(sum, grid)):,} orders)")
                    t = time.perf_counter()
                    buyers = sales_buyers.counts(store, "2024-06-01", "2024-06-30")
                    print(f"a month's distinct + returning buyers: {(time.perf_counter() - t) * 1000:.1f} ms "
                          f"({buyers.buyers:,}, {buyers.returning:,})")
                f.close()
            finally:
                store.close()
        mb = peak_mb()
        print(f"peak memory of this process: {mb:.0f} MB (target <= {TARGET_MB} MB for the whole app)")
        if shell_s and best:
            verdict = "met" if best <= TARGET_RATIO * shell_s else "MISSED"
            print(f"speed target {verdict}: best {best:.2f} s = {best / shell_s:.2f} x sqlite3 .import ({shell_s:.2f} s)")


if __name__ == "__main__":
    main()
