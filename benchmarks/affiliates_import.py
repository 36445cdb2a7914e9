"""Affiliate register import and export: 100,000 rows of the owner's spreadsheet (GBK CSV) and
10,000 as XLSX, into a new database and again (all duplicates), then the export of all of them.

    python benchmarks/affiliates_import.py [--rows 100000] [--xlsx-rows 10000]

The issue's target: importing a 100,000-row register ≤ 10 s, pinyin search keys included.
Files are generated in a temporary folder (never committed); the timings include reading the
file (decode, CSV, every cell checked), the duplicate plan and the one-transaction write.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.affiliates_data import GIVEN, NICK_WORDS, SURNAMES, TAGS  # noqa: E402

from app.core.affiliates_export import export_affiliates  # noqa: E402
from app.core.db import open_database  # noqa: E402
from app.core.importing.affiliates_file import read_affiliates  # noqa: E402
from app.core.importing.affiliates_merge import import_affiliates  # noqa: E402
from app.core.regions import PROVINCES  # noqa: E402

HEADER = ["姓名", "昵称", "类型", "性别", "所在地区", "QQ号", "微信", "手机", "推广途径", "网站", "粉丝数", "所在群",
          "大客户", "状态", "标签", "合作时间", "备注", "PID"]
KINDS = ("淘客", "淘客", "淘客", "团长", "达人", "优站站长", "其他")
STATUSES = ("合作中", "合作中", "合作中", "潜在", "暂停", "流失")
NOTES = ("", "", "", "大客户，电话联系", "只推母婴类", "晚上在线", "要海报素材", "=先别发")


def rows(n: int, seed: int = 4):
    rnd = random.Random(seed)
    provinces = list(PROVINCES)
    for i in range(n):
        name = rnd.choice(SURNAMES) + "".join(rnd.choice(GIVEN) for _ in range(rnd.choice((1, 2, 2))))
        province = rnd.choice(provinces)
        region = f"{province}省{rnd.choice(PROVINCES[province])}市" if rnd.random() < .5 else \
            f"{province} {rnd.choice(PROVINCES[province])}"
        site = rnd.random() < .4
        yield [name, rnd.choice(NICK_WORDS) + rnd.choice(NICK_WORDS), rnd.choice(KINDS), rnd.choice(("男", "女", "")),
               region, str(10_000_000 + i) if rnd.random() < .8 else "", f"wx{i:07d}" if rnd.random() < .6 else "",
               f"13{i:09d}" if rnd.random() < .6 else "", f"{rnd.choice(NICK_WORDS)}群{i % 500}",
               f"https://s{i}.example.com/" if site else "", str(rnd.choice((200, 500, 2000, 50000))),
               f"淘客{rnd.randint(1, 20)}群", rnd.choice(("是", "否", "否", "")), rnd.choice(STATUSES),
               "，".join(rnd.sample(TAGS, rnd.choice((0, 1, 2)))), f"2024/{rnd.randint(1, 12)}/{rnd.randint(1, 28)}",
               rnd.choice(NOTES), f"mm_{i:07d}_1_0" if rnd.random() < .5 else ""]


def write_csv(path: Path, n: int) -> None:
    import csv

    with path.open("w", encoding="gbk", newline="") as f:
        writer = csv.writer(f, lineterminator="\r\n")
        writer.writerow(HEADER)
        writer.writerows(rows(n))


def write_xlsx(path: Path, n: int) -> None:
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(HEADER)
    for row in rows(n, seed=5):
        row[10] = int(row[10])  # 粉丝数 as a number, as owners type it
        sheet.append(row)
    book.save(path)


def timed(label: str, action):
    """Wall-clock seconds, and the CPU seconds of this process (other work on a shared machine
    shows as the difference)."""
    start, cpu = time.perf_counter(), time.process_time()
    result = action()
    seconds = time.perf_counter() - start
    print(f"{label:<52} {seconds:7.2f} s  (CPU {time.process_time() - cpu:.2f} s)")
    return result, seconds


def bench(tmp: Path, path: Path, n: int, label: str) -> None:
    store = open_database(tmp / f"{label}.sqlite3")
    try:
        def first():
            af = read_affiliates(path)
            assert not af.errors, af.errors[:3]
            return import_affiliates(store, af, backup=False)

        result, seconds = timed(f"{label}: read + import {n:,} rows (new database)", first)
        print(f"{'':<52} {n / seconds:9,.0f} rows/s; {result}")
        result, _ = timed(f"{label}: the same file again (merge: all duplicates)",
                          lambda: import_affiliates(store, read_affiliates(path), backup=False))
        assert result.added == 0, result
        out = tmp / f"{label}-export"
        timed(f"{label}: export {n:,} to CSV", lambda: export_affiliates(store, out.with_suffix(".csv")))
        timed(f"{label}: export {n:,} to XLSX", lambda: export_affiliates(store, out.with_suffix(".xlsx")))
    finally:
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--xlsx-rows", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        csv_path, xlsx_path = tmp / "淘客名录.csv", tmp / "淘客名录.xlsx"
        write_csv(csv_path, args.rows)
        write_xlsx(xlsx_path, args.xlsx_rows)
        bench(tmp, csv_path, args.rows, "GBK CSV")
        bench(tmp, xlsx_path, args.xlsx_rows, "XLSX")


if __name__ == "__main__":
    main()
