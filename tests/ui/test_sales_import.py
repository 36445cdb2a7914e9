"""The order import dialog (preview, bad rows, cancel, column mapping) and the traffic grid."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from app.core import sales_store
from app.core.db import open_database
from app.core.importing import columns
from app.ui.app import create_app
from app.ui.sales import import_dialog as import_module
from app.ui.sales.import_dialog import ImportDialog
from app.ui.sales.mapping_dialog import MappingDialog
from app.ui.sales.traffic_dialog import TrafficDialog

HEADER = "订单编号,买家会员名,买家实际支付金额,订单状态,订单创建时间,订单付款时间,宝贝标题,宝贝总数量,联系手机,"
ROWS = [
    '="1001",alice,128.00,"买家已付款，等待卖家发货",2024-11-11 03:00:24,2024-11-11 03:02:25,铁观音 500g,1,\'13800000001,',
    '="1002",bob,24.90,"卖家已发货，等待买家确认",2024-11-11 04:50:33,2024-11-11 04:55:33,公道杯,2,\'13800000002,',
    '="1003",carol,0.00,等待买家付款,2024-11-11 05:20:10,,铁观音 500g,1,\'13800000003,',
    '="1004",alice,50.00,交易成功,2024-11-12 09:00:00,2024-11-12 09:10:00,铁观音 500g,1,\'13800000001,',
]
BAD = '="1009",erin,10.00,发货中,2024-11-11 06:00:00,2024-11-11 06:01:00,铁观音 500g,1,\'13800000009,'
ODD_HEADER = "单号,客户,金额,状态,下单,付款"
ODD_CHOICE = {"order_id": "单号", "buyer": "客户", "paid": "金额", "status": "状态", "created_at": "下单",
              "paid_at": "付款"}


def write(path: Path, lines: list[str], encoding: str = "gbk") -> Path:
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


@pytest.fixture
def store(qapp, tmp_path):
    create_app(lang="zh_CN")
    s = open_database(tmp_path / "shop.sqlite3")
    yield s
    s.close()


@pytest.fixture
def info(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    return shown


def drive(monkeypatch, action):
    """Run ``action(dialog)`` instead of the modal loop; returns the dialogs seen."""
    seen = []

    def exec_(self):
        seen.append(self)
        action(self)
        return self.result()

    monkeypatch.setattr(ImportDialog, "exec", exec_)
    return seen


def loaded(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.order_file is not None, timeout=5000)


def import_now(qtbot, dialog, button):
    button.click()
    qtbot.waitUntil(lambda: dialog.import_task is None and dialog.progress is None, timeout=10_000)


def orders(store) -> int:
    return store.conn.execute("SELECT count(*) FROM orders").fetchone()[0]


def test_good_gbk_file_previews_and_imports(qtbot, store, tmp_path, monkeypatch, info):
    path = write(tmp_path / "ExportOrderList.csv", [HEADER, *ROWS])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))

    def act(d):
        loaded(qtbot, d)
        assert d.lblFile.text() == "ExportOrderList.csv"
        assert d.lblEncoding.text() == "gb18030"
        assert d.tblRows.rowCount() == 4
        assert d.tblRows.horizontalHeaderItem(0).text() == "订单编号"
        assert d.tblRows.item(1, 0).text() == "1002" and d.tblRows.item(1, 2).text() == "24.90"
        assert d.btnImport.isEnabled() and d.btnGood.isHidden() and d.tblErrors.isHidden()
        import_now(qtbot, d, d.btnImport)

    drive(monkeypatch, act)
    result = ImportDialog.run(store, None)
    assert (result.added, result.updated, result.unchanged, result.skipped) == (4, 0, 0, 0)
    assert info == ["新增 4，更新 0，未变 0，跳过 0"]
    days = sales_store.daily(store, "2024-11-11", "2024-11-12")
    assert [(d.day, d.orders, d.revenue_fen, d.unpaid) for d in days] == [
        ("2024-11-11", 2, 15290, 1), ("2024-11-12", 1, 5000, 0)]


def test_cancelled_file_dialog_returns_none(store, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    assert ImportDialog.run(store, None) is None


def test_encoding_override_rereads(qtbot, store, tmp_path, monkeypatch):
    path = write(tmp_path / "o.csv", [HEADER, *ROWS])

    def act(d):
        loaded(qtbot, d)
        d.cmbEncoding.setCurrentIndex(d.cmbEncoding.findData("utf-8"))
        qtbot.waitUntil(lambda: d.read_task is None, timeout=5000)
        assert d.order_file is None and not d.btnImport.isEnabled()
        assert "UTF-8" in d.lblStatus.text() or "utf-8" in d.lblStatus.text()
        assert "Traceback" not in d.lblStatus.text()
        d.cmbEncoding.setCurrentIndex(d.cmbEncoding.findData("gbk"))
        loaded(qtbot, d)
        assert d.lblEncoding.text() == "gbk" and d.tblRows.rowCount() == 4
        d.reject()

    drive(monkeypatch, act)
    assert ImportDialog.run(store, None, str(path)) is None
    assert orders(store) == 0


def test_bad_row_listed_and_good_rows_imported(qtbot, store, tmp_path, monkeypatch, info):
    path = write(tmp_path / "bad.csv", [HEADER, ROWS[0], BAD, *ROWS[1:]])

    def act(d):
        loaded(qtbot, d)
        assert not d.btnImport.isEnabled()
        assert not d.btnGood.isHidden()
        assert d.tblErrors.rowCount() == 1
        assert [d.tblErrors.horizontalHeaderItem(i).text() for i in range(3)] == ["行", "列", "原因"]
        errors = [d.tblErrors.item(0, i).text() for i in range(3)]
        assert errors == ["3", "订单状态", "“发货中”不是已知的订单状态"]
        import_now(qtbot, d, d.btnGood)

    drive(monkeypatch, act)
    result = ImportDialog.run(store, None, str(path))
    assert (result.added, result.skipped) == (4, 1)
    assert info == ["新增 4，更新 0，未变 0，跳过 1"]
    assert orders(store) == 4


def test_cancel_during_import_leaves_data_unchanged(qtbot, store, tmp_path, monkeypatch, info):
    write_first = write(tmp_path / "first.csv", [HEADER, ROWS[0]])
    drive(monkeypatch, lambda d: (loaded(qtbot, d), import_now(qtbot, d, d.btnImport)))
    ImportDialog.run(store, None, str(write_first))
    before = list(store.conn.iterdump())

    started, go = threading.Event(), threading.Event()
    real = import_module.import_orders

    def held(*args, **kwargs):
        started.set()
        go.wait(5)
        return real(*args, **kwargs)

    monkeypatch.setattr(import_module, "import_orders", held)
    path = write(tmp_path / "o.csv", [HEADER, *ROWS])

    def act(d):
        loaded(qtbot, d)
        d.btnImport.click()
        qtbot.waitUntil(started.is_set, timeout=5000)
        d.progress.findChild(QPushButton).click()  # the progress dialog's 取消
        go.set()
        qtbot.waitUntil(lambda: d.import_task is None, timeout=10_000)
        assert "取消" in d.lblStatus.text() and "Traceback" not in d.lblStatus.text()
        assert d.btnImport.isEnabled()  # may try again
        d.reject()

    drive(monkeypatch, act)
    assert ImportDialog.run(store, None, str(path)) is None
    assert list(store.conn.iterdump()) == before
    assert info == ["新增 1，更新 0，未变 0，跳过 0"]  # only the first import's


def test_unknown_header_mapping_dialog_then_remembered(qtbot, store, tmp_path, monkeypatch, info):
    rows = ["A1,alice,12.50,交易成功,2024-11-11 08:00:00,2024-11-11 08:01:00"]
    path = write(tmp_path / "odd.csv", [ODD_HEADER, *rows], "utf-8")
    asked = []

    def choose(self):
        asked.append(self)
        self.accept()  # the required ones are not all chosen: refused, stays open
        assert self.result() != MappingDialog.DialogCode.Accepted and not self.lblError.isHidden()
        for field, name in ODD_CHOICE.items():
            self.combos[field].setCurrentIndex(self.combos[field].findData(name))
        self.accept()
        return self.result()

    monkeypatch.setattr(MappingDialog, "exec", choose)
    drive(monkeypatch, lambda d: (loaded(qtbot, d), import_now(qtbot, d, d.btnImport)))
    result = ImportDialog.run(store, None, str(path))
    assert len(asked) == 1 and result.added == 1
    assert columns.get_mapping(store, ODD_HEADER.split(",")) == ODD_CHOICE

    other = write(tmp_path / "odd2.csv", [ODD_HEADER, "A2,bob,3.00,交易成功,2024-11-12 08:00:00,2024-11-12 08:01:00"],
                  "utf-8")
    result = ImportDialog.run(store, None, str(other))
    assert len(asked) == 1 and result.added == 1  # not asked again
    assert orders(store) == 2


def test_traffic_grid_edit_saved(qtbot, store):
    dialog = TrafficDialog(store, today=date(2024, 11, 12))
    qtbot.addWidget(dialog)
    assert dialog.grid.rowCount() == 30 and dialog.grid.item(0, 0).text() == "2024-11-12"
    dialog.grid.item(0, 1).setText("abc")
    dialog.grid.item(0, 2).setText("300")
    dialog.accept()
    assert "abc" in dialog.lblStatus.text() and dialog.result() != TrafficDialog.DialogCode.Accepted
    dialog.grid.item(0, 1).setText("1,200")
    dialog.accept()
    assert dialog.result() == TrafficDialog.DialogCode.Accepted
    saved = sales_store.traffic(store, "2024-11-01", "2024-11-30")
    assert [(t.day, t.visitors, t.page_views) for t in saved] == [("2024-11-12", 1200, 300)]


def test_traffic_csv_import(qtbot, store, tmp_path, monkeypatch):
    path = write(tmp_path / "traffic.csv", ["日期,访客数,浏览量", "2024-11-11,100,300", "2024-11-12,120,360"])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    dialog = TrafficDialog(store, today=date(2024, 11, 12))
    qtbot.addWidget(dialog)
    dialog.btnImport.click()
    assert (dialog.grid.item(1, 1).text(), dialog.grid.item(1, 2).text()) == ("100", "300")
    assert dialog.lblStatus.text() == "新增 2，更新 0，未变 0，跳过 0"
    assert len(sales_store.traffic(store, "2024-11-01", "2024-11-30")) == 2


# ---------------------------------------------------------------- files that are not a whole order report


def nothing_imported(store) -> bool:
    return all(store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] == 0
               for t in ("orders", "sales_daily", "imports"))


def refused(qtbot, monkeypatch, store, path: Path) -> str:
    """Open ``path`` in the dialog; the message it shows (the file was refused: nothing to import)."""
    shown = []
    monkeypatch.setattr(MappingDialog, "exec", lambda self: pytest.fail("asked for columns"))

    def act(d):
        qtbot.waitUntil(lambda: d.read_task is None, timeout=10_000)
        assert d.order_file is None and not d.btnImport.isEnabled() and d.btnGood.isHidden()
        assert d.tblRows.rowCount() == 0
        shown.append(d.lblStatus.text())
        d.reject()

    drive(monkeypatch, act)
    assert ImportDialog.run(store, None, str(path)) is None
    assert nothing_imported(store)
    (text,) = shown
    assert path.name in text and "Traceback" not in text
    return text


@pytest.mark.parametrize(("cut", "line"), [
    (lambda data: data[: data.rindex(b",=") if b",=" in data else -40], 5),  # cut mid-row, between cells
    (lambda data: data[:-3], 5),  # cut inside the last row's cells
    (lambda data: data[: data.rindex("交易成功".encode("gbk")) + 3], 5),  # cut inside a two-byte character
])
def test_a_truncated_report_is_refused_naming_the_file(qtbot, store, tmp_path, monkeypatch, cut, line):
    data = ("\r\n".join([HEADER, *ROWS]) + "\r\n").encode("gbk").rstrip(b"\r\n")
    path = tmp_path / "ExportOrderList_cut.csv"
    path.write_bytes(cut(data))
    text = refused(qtbot, monkeypatch, store, path)
    assert "不完整" in text and f"第 {line} 行" in text


def test_an_empty_report_is_refused_naming_the_file(qtbot, store, tmp_path, monkeypatch):
    path = tmp_path / "ExportOrderList_empty.csv"
    path.write_bytes(b"")
    assert "空" in refused(qtbot, monkeypatch, store, path)


def test_a_report_with_only_its_header_is_refused_naming_the_file(qtbot, store, tmp_path, monkeypatch):
    path = write(tmp_path / "ExportOrderList_header.csv", [HEADER])
    assert "没有订单" in refused(qtbot, monkeypatch, store, path)


def test_a_picture_renamed_csv_is_refused_naming_the_file(qtbot, store, tmp_path, monkeypatch):
    path = tmp_path / "ExportOrderList.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 4)
    assert "不是表格文件" in refused(qtbot, monkeypatch, store, path)


def test_a_traffic_file_given_as_orders_is_refused_naming_the_file(qtbot, store, tmp_path, monkeypatch):
    path = write(tmp_path / "流量_11月.csv", ["日期,访客数,浏览量", "2024-11-11,1000,3000", "2024-11-12,800,2400"])
    text = refused(qtbot, monkeypatch, store, path)
    assert "流量" in text and "不是订单报表" in text


def test_reading_a_big_file_shows_how_far_it_is(qtbot, store, tmp_path, monkeypatch):
    path = write(tmp_path / "o.csv", [HEADER, *ROWS])
    halfway, release = threading.Event(), threading.Event()
    real = import_module.read_orders

    def slow_read(p, *, progress=None, **kwargs):
        progress(50, 200)
        halfway.set()
        release.wait(10)
        return real(p, progress=progress, **kwargs)

    monkeypatch.setattr(import_module, "read_orders", slow_read)

    def act(d):
        qtbot.waitUntil(lambda: "25%" in d.lblStatus.text(), timeout=5000)
        assert d.lblStatus.text() == "正在读取 o.csv… 25%"
        release.set()
        loaded(qtbot, d)
        d.reject()

    drive(monkeypatch, act)
    ImportDialog.run(store, None, str(path))
    assert halfway.is_set()
