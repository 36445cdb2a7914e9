"""Exporting the register: CSV for Excel and XLSX, formula-safe text, numbers as numbers, the
importer's own headers (so export -> import gives the same register), atomic writes."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from decimal import Decimal

import pytest

from app.core import affiliates
from app.core.affiliates_export import export_affiliates, header, table
from app.core.csv_export import ExportError
from app.core.db import open_database
from app.core.importing.affiliates_file import read_affiliates
from app.core.importing.affiliates_merge import import_affiliates

EVIL = "=cmd|' /C calc'!A0"


@pytest.fixture
def register(store):
    group = affiliates.add_group(store, "淘客1群")
    evil = affiliates.add_affiliate(
        store, {"name": EVIL, "nickname": "-2+3", "kind": "leader", "gender": "f", "province": "浙江",
                "city": "杭州", "qq": "12345", "phone": "13800138000", "vip": 1, "status": "paused",
                "joined_on": "2024-05-01", "notes": "@SUM(A1)\n第二行"},
        channels=[{"kind": "qq_group", "name": "群A", "audience": 500},
                  {"kind": "guide_site", "name": "+站", "url": "https://a.example.com/x"}],
        tags=["高佣", "+1"], group_ids=[group], keys=[("pid", "mm_1"), ("nick", "tk1"), ("nick", "tk2")])
    plain = affiliates.add_affiliate(store, {"name": "李四", "wechat": "li4"})
    store.conn.execute("UPDATE affiliates SET orders = 12, paid_fen = 123456, commission_fen = 12346, "
                       "last_order_on = '2024-06-30' WHERE id = ?", (evil,))
    return store, evil, plain


def test_headers_are_the_importers_names():
    assert header(1)[:6] == ["姓名", "昵称", "类型", "性别", "省份", "城市"]
    assert "推广途径2" not in header(1) and header(2).count("粉丝数2") == 1


def test_csv_is_formula_safe_with_numbers_as_numbers(register, tmp_path):
    store, _evil, _plain = register
    path = tmp_path / "淘客.csv"
    assert export_affiliates(store, path) == 2
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    head = rows[0]
    evil = dict(zip(head, rows[1 if rows[1][0] != "李四" else 2]))
    assert evil["姓名"] == "'" + EVIL and evil["昵称"] == "'-2+3"
    assert evil["备注"] == "'@SUM(A1)\n第二行" and evil["推广途径2"] == "'+站" and evil["标签"] == "'+1，高佣"
    assert evil["粉丝数"] == "500" and evil["推广单量"] == "12"
    assert evil["推广金额(元)"] == "1234.56" and evil["佣金(元)"] == "123.46"
    assert (evil["类型"], evil["性别"], evil["大客户"], evil["状态"]) == ("团长", "女", "是", "暂停")
    assert evil["推广者昵称"] == "tk1；tk2" and evil["PID"] == "mm_1" and evil["所在群"] == "淘客1群"
    text = data.decode("utf-8-sig")
    assert ",500," in text and ",1234.56," in text  # unquoted: numbers a spreadsheet sums
    assert "\n=" not in text and ",=" not in text and ",-" not in text and ",@" not in text


def test_xlsx_is_formula_safe_with_numbers_as_numbers(register, tmp_path):
    import openpyxl

    store, _evil, _plain = register
    path = tmp_path / "淘客.xlsx"
    assert export_affiliates(store, path) == 2
    sheet = openpyxl.load_workbook(path).active
    rows = list(sheet.iter_rows())
    head = [c.value for c in rows[0]]
    evil = {h: c for h, c in zip(head, rows[1] if rows[1][0].value != "李四" else rows[2])}
    assert evil["姓名"].value == "'" + EVIL and evil["姓名"].data_type == "s"
    assert evil["昵称"].value == "'-2+3" and evil["备注"].value.startswith("'@") and evil["推广途径2"].value == "'+站"
    assert all(c.data_type != "f" for row in rows for c in row)
    assert evil["粉丝数"].value == 500 and evil["粉丝数"].data_type == "n"
    assert evil["推广单量"].value == 12 and evil["推广金额(元)"].value == pytest.approx(1234.56)
    assert evil["推广金额(元)"].number_format == "0.00" and evil["推广金额(元)"].data_type == "n"
    assert evil["加入时间"].value == datetime(2024, 5, 1) and evil["最近出单"].value == datetime(2024, 6, 30)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_round_trip(register, tmp_path, suffix):
    store, _evil, _plain = register
    path = tmp_path / f"register{suffix}"
    export_affiliates(store, path)
    fresh = open_database(tmp_path / "fresh.sqlite3")
    try:
        af = read_affiliates(path)
        assert af.errors == []
        result = import_affiliates(fresh, af, backup=False)
        assert (result.added, result.groups_added) == (2, 1)
        head, rows = table(store)
        head2, rows2 = table(fresh)
        rows, rows2 = list(rows), list(rows2)
        figures = slice(-4, None)  # orders and amounts come from order reports, not from this file
        assert head2 == head
        assert [r[:-4] for r in rows2] == [r[:-4] for r in rows]
        assert [r[figures] for r in rows2] == [[0, Decimal("0.00"), Decimal("0.00"), ""]] * 2
        again = import_affiliates(fresh, read_affiliates(path), backup=False)
        assert (again.added, again.updated, again.unchanged) == (0, 0, 2)
    finally:
        fresh.close()


def test_given_ids_in_their_order(register, tmp_path):
    store, evil, plain = register
    _head, rows = table(store, [plain, evil])
    assert [r[0] for r in rows] == ["李四", EVIL]
    assert export_affiliates(store, tmp_path / "one.csv", [plain]) == 1
    affiliates.delete_affiliates(store, [plain])
    assert export_affiliates(store, tmp_path / "all.csv") == 1  # the trash is not exported


def test_unknown_suffix_and_unwritable_target(register, tmp_path):
    store, _evil, _plain = register
    with pytest.raises(ExportError, match=r"\.csv or \.xlsx"):
        export_affiliates(store, tmp_path / "a.txt")
    for suffix in (".csv", ".xlsx"):
        blocked = tmp_path / f"open{suffix}"
        blocked.mkdir()  # as good as a file Excel holds open: it cannot be replaced
        with pytest.raises(ExportError, match="Excel"):
            export_affiliates(store, blocked)
        assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")) == []


def test_cancel_leaves_no_file(store, tmp_path):
    for i in range(6):
        affiliates.add_affiliate(store, {"name": f"淘客{i}"})

    def cancel(done, total):
        raise KeyboardInterrupt  # what the worker's Cancelled does: anything that stops the export

    import app.core.affiliates_export as module

    old, module.PROGRESS_EVERY = module.PROGRESS_EVERY, 2
    try:
        for suffix in (".csv", ".xlsx"):
            with pytest.raises(KeyboardInterrupt):
                export_affiliates(store, tmp_path / f"x{suffix}", progress=cancel)
    finally:
        module.PROGRESS_EVERY = old
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("x")] == []
