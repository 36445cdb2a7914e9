"""推广订单 as the owner uses it: import the affiliate platform's report through the dialog (preview,
bad rows, cancel, column mapping), read the period's figures, attach an unknown promoter to an
affiliate or add them to the register."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from app.core.affiliates import add_affiliate
from app.core.importing import columns
from app.ui.affiliates import orders_import_dialog as dialog_module
from app.ui.affiliates.orders_import_dialog import AffiliateOrdersImportDialog
from app.ui.sales.mapping_dialog import MappingDialog
from tests.core.test_affiliate_orders import HEADER, ROWS, write
from tests.ui.test_translations import english_left, visible_texts


@pytest.fixture
def shop(make_window):
    window = make_window("zh_CN")
    store = window.store
    ids = {"甲": add_affiliate(store, {"name": "甲"}, keys=[("pid", "mm_1_2_3")]),
           "乙": add_affiliate(store, {"name": "乙"}, keys=[("nick", "小李")]),
           "丙": add_affiliate(store, {"name": "丙"}, keys=[("media", "大茶网")])}
    window.tabs.setCurrentIndex(0)
    tab = window.affiliates_tab
    tab.pages.setCurrentIndex(4)
    panel = tab.orders_panel
    assert panel.store is store
    panel.picker.set_custom(date(2024, 11, 1), date(2024, 11, 30))
    return panel, store, ids


@pytest.fixture
def info(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    return shown


def drive(monkeypatch, action):
    """Run ``action(dialog)`` instead of the dialog's modal loop."""
    def exec_(self):
        action(self)
        return self.result()

    monkeypatch.setattr(AffiliateOrdersImportDialog, "exec", exec_)


def loaded(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.order_file is not None, timeout=5000)


def import_now(qtbot, dialog, button):
    button.click()
    qtbot.waitUntil(lambda: dialog.import_task is None and dialog.progress is None, timeout=10_000)


def count(store) -> int:
    return store.conn.execute("SELECT count(*) FROM affiliate_orders").fetchone()[0]


def cells(table, row) -> list[str]:
    return [table.item(row, c).text() for c in range(table.columnCount())]


def import_file(qtbot, monkeypatch, panel, path, check=None):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))

    def act(d):
        loaded(qtbot, d)
        if check:
            check(d)
        import_now(qtbot, d, d.btnImport)

    drive(monkeypatch, act)
    panel.btnImport.click()


def test_import_through_the_dialog_then_the_period_figures(qtbot, shop, tmp_path, monkeypatch, info):
    panel, store, ids = shop
    assert panel.stack.currentWidget() is panel.empty and "推广订单明细" in panel.empty.lblBody.text()
    path = write(tmp_path / "推广订单明细.csv", [HEADER, *ROWS])

    def check(d):
        assert d.windowTitle() == "导入推广订单" and d.lblEncoding.text() == "gb18030"
        assert d.lblRows.text() == "6 个订单" and d.tblRows.rowCount() == 6
        assert d.tblRows.item(0, 0).text() == "300001 300001-1" and not d.tblErrors.isVisible()
        assert d.btnImport.isEnabled() and d.btnGood.isHidden()

    import_file(qtbot, monkeypatch, panel, path, check)
    assert count(store) == 6 and info == ["新增 6，更新 0，未变 0，跳过 0"]
    assert panel.stack.currentIndex() == 1
    text = panel.lblSummary.text()
    # Valid orders: 甲 2 (178.00), 乙 1 (50.00), 丙 1 (399.00), unmatched 1 (50.00) = 5, ¥677.00, ¥160.30.
    assert "5 单" in text and "¥677.00" in text and "¥160.30" in text and "23.68%" in text
    assert [cells(panel.tblTop, r)[:3] for r in range(panel.tblTop.rowCount())] == [
        ["丙", "1", "¥399.00"], ["甲", "2", "¥178.00"], ["乙", "1", "¥50.00"], ["未匹配", "1", "¥50.00"]]
    assert cells(panel.tblTop, 1)[4] == "17.19%"  # 30.60 / 178.00
    panel.tblTop.selectRow(1)  # 甲, by product
    assert panel.boxProducts.title() == "按商品：甲"
    assert [cells(panel.tblProducts, r) for r in range(panel.tblProducts.rowCount())] == [
        ["铁观音 500g", "1", "¥128.00", "¥25.60", "20%"], ["公道杯", "1", "¥50.00", "¥5.00", "10%"]]
    assert cells(panel.tblImports, 0)[1:4] == ["推广订单明细.csv", "6", "6"]
    assert cells(panel.tblUnmatched, 0)[:5] == ["陌生人", "mm_7_7_7", "某站", "1", "¥50.00"]
    panel.picker.set_custom(date(2024, 11, 2), date(2024, 11, 2))  # the range decides
    assert [cells(panel.tblTop, r)[0] for r in range(panel.tblTop.rowCount())] == ["丙", "未匹配"]


def test_bad_rows_are_shown_and_nothing_is_written_until_good_rows_only(qtbot, shop, tmp_path, monkeypatch, info):
    panel, store, ids = shop
    path = write(tmp_path / "bad.csv", [HEADER, ROWS[0], ROWS[1].replace(",50.00,", ",五十,")])
    seen = []

    def act(d):
        loaded(qtbot, d)
        seen.append(cells(d.tblErrors, 0))
        assert not d.btnImport.isEnabled() and not d.btnGood.isHidden()
        d.reject()

    drive(monkeypatch, act)
    assert AffiliateOrdersImportDialog.run(store, panel, str(path)) is None
    assert seen[0][:2] == ["3", "付款金额"] and "五十" in seen[0][2]
    assert count(store) == 0 and info == []
    drive(monkeypatch, lambda d: (loaded(qtbot, d), import_now(qtbot, d, d.btnGood)))
    result = AffiliateOrdersImportDialog.run(store, panel, str(path))
    assert (result.added, result.skipped) == (1, 1) and count(store) == 1


def test_cancel_during_import_leaves_the_data_as_before(qtbot, shop, tmp_path, monkeypatch, info):
    panel, store, ids = shop
    before = list(store.conn.iterdump())
    started, go = threading.Event(), threading.Event()
    real = dialog_module.import_affiliate_orders

    def held(*args, **kwargs):
        started.set()
        go.wait(5)
        return real(*args, **kwargs)

    monkeypatch.setattr(dialog_module, "import_affiliate_orders", held)

    def act(d):
        loaded(qtbot, d)
        d.btnImport.click()
        qtbot.waitUntil(started.is_set, timeout=5000)
        d.progress.findChild(QPushButton).click()  # 取消
        go.set()
        qtbot.waitUntil(lambda: d.import_task is None, timeout=10_000)
        assert "取消" in d.lblStatus.text() and d.btnImport.isEnabled()
        d.reject()

    drive(monkeypatch, act)
    assert AffiliateOrdersImportDialog.run(store, panel, str(write(tmp_path / "a.csv", [HEADER, *ROWS]))) is None
    assert list(store.conn.iterdump()) == before and info == []


def test_unknown_layout_asks_for_the_columns_once(qtbot, shop, tmp_path, monkeypatch, info):
    panel, store, ids = shop
    header = "单号,状态,金额,时间,昵称"
    choice = {"order_id": "单号", "status": "状态", "paid": "金额", "created_at": "时间", "nick": "昵称"}
    asked = []

    def choose(self):
        asked.append(self)
        assert "cmb_pid" in [c.objectName() for c in self.combos.values()]  # the affiliate report's fields
        for field, name in choice.items():
            self.combos[field].setCurrentIndex(self.combos[field].findData(name))
        self.accept()
        return self.result()

    monkeypatch.setattr(MappingDialog, "exec", choose)
    drive(monkeypatch, lambda d: (loaded(qtbot, d), import_now(qtbot, d, d.btnImport)))
    for n in (1, 2):
        path = write(tmp_path / f"odd{n}.csv", [header, f"B{n},订单付款,12.00,2024-11-0{n} 08:00:00,小李"], "utf-8")
        assert AffiliateOrdersImportDialog.run(store, panel, str(path)).added == 1
    assert len(asked) == 1 and columns.get_mapping(store, header.split(","), "affiliate_orders") == choice
    assert store.conn.execute("SELECT count(*) FROM affiliate_orders WHERE affiliate_id = ?", (ids["乙"],)).fetchone() == (2,)


def imported(qtbot, monkeypatch, panel, tmp_path):
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    import_file(qtbot, monkeypatch, panel, write(tmp_path / "r.csv", [HEADER, *ROWS]))
    panel.tblUnmatched.selectRow(0)


def test_attach_an_unmatched_promoter_to_an_affiliate(qtbot, shop, tmp_path, monkeypatch):
    panel, store, ids = shop
    assert not panel.btnAttach.isEnabled()
    imported(qtbot, monkeypatch, panel, tmp_path)
    assert panel.btnAttach.isEnabled() and "1 位推广者" in panel.lblUnmatched.text()
    asked = []
    monkeypatch.setattr("app.ui.affiliates.affiliate_picker.pick_affiliate",
                        lambda parent, store, title: asked.append(title) or ids["乙"])
    panel.btnAttach.click()
    assert asked and "陌生人" in asked[0]
    assert sorted(store.conn.execute("SELECT kind, value FROM affiliate_keys WHERE affiliate_id = ?", (ids["乙"],))) == [
        ("nick", "小李"), ("nick", "陌生人"), ("pid", "mm_7_7_7")]
    assert store.conn.execute("SELECT affiliate_id FROM affiliate_orders WHERE order_id = '300005'").fetchone() == (
        ids["乙"],)
    assert store.conn.execute("SELECT orders, paid_fen FROM affiliates WHERE id = ?", (ids["乙"],)).fetchone() == (
        2, 10000)
    assert panel.tblUnmatched.rowCount() == 0 and panel.lblUnmatched.text() == "每一单都已匹配到淘客。"
    assert [cells(panel.tblTop, r)[:3] for r in range(panel.tblTop.rowCount())][-1] == ["乙", "2", "¥100.00"]
    assert "陌生人" in panel.window().statusBar().currentMessage()


def test_cancelled_picker_changes_nothing(qtbot, shop, tmp_path, monkeypatch):
    panel, store, ids = shop
    imported(qtbot, monkeypatch, panel, tmp_path)
    monkeypatch.setattr("app.ui.affiliates.affiliate_picker.pick_affiliate", lambda *a: None)
    before = list(store.conn.iterdump())
    panel.btnAttach.click()
    assert list(store.conn.iterdump()) == before and panel.tblUnmatched.rowCount() == 1


def test_a_new_affiliate_from_a_promoter(qtbot, shop, tmp_path, monkeypatch):
    panel, store, ids = shop
    imported(qtbot, monkeypatch, panel, tmp_path)
    panel.btnCreate.click()
    row = store.conn.execute("SELECT id, name, orders, paid_fen FROM affiliates WHERE name = '陌生人'").fetchone()
    assert row[1:] == ("陌生人", 1, 5000)
    assert panel.tblUnmatched.rowCount() == 0
    assert "陌生人" in [cells(panel.tblTop, r)[0] for r in range(panel.tblTop.rowCount())]


def test_chinese_page_has_no_english(qtbot, shop, tmp_path, monkeypatch):
    panel, store, ids = shop
    imported(qtbot, monkeypatch, panel, tmp_path)
    assert english_left(visible_texts(panel)) == []
