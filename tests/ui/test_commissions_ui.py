"""佣金设置 as the owner uses it, in Chinese: a loss-making rate needs "我知道会亏本" before OK does
anything, lowering a 爆款's rate shows the brief's warning, 定向佣金 added through the affiliate
picker and removed with undo, the history, and 商品… opening the catalogue."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.core import commissions as cm
from app.core import products as catalog
from app.ui.affiliates import affiliate_picker
from app.ui.affiliates.commission_panel import CommissionPanel
from app.ui.affiliates.rate_dialog import RateDialog
from app.ui.settings import set_staff_name


@pytest.fixture
def store(make_window):
    set_staff_name("小王")
    return make_window("zh_CN").store


@pytest.fixture
def shop(store):
    star = catalog.add_product(store, title="爆款保温杯", price_fen=10000, cost_fen=4000, fee_bp=500, bestseller=True,
                               commission_bp=3000)
    plain = catalog.add_product(store, title="竹制杯垫", price_fen=2000, cost_fen=1000)
    store.conn.execute("INSERT INTO affiliates (id, name, sort_name, created_at, updated_at) "
                       "VALUES ('zs', '张三', 'zhangsan', '2024-01-01T00:00:00', '2024-01-01T00:00:00')")
    store.conn.commit()
    return star, plain


@pytest.fixture
def panel(store, shop, qtbot):
    panel = CommissionPanel()
    qtbot.addWidget(panel)
    panel.set_store(store)
    panel.resize(1200, 800)
    panel.show()
    return panel


def cells(view, row):
    return [view.item(row, c).text() for c in range(view.columnCount())]


def row_of(view, text):
    return next(r for r in range(view.rowCount()) if view.item(r, 0).text() == text)


def drive(monkeypatch, steps):
    """Stand in for RateDialog.exec: ``steps(dialog)`` types, looks and clicks; the dialog's result is returned."""
    seen = {}

    def run(dialog):
        steps(dialog, seen)
        if dialog.result() != dialog.DialogCode.Accepted:
            dialog.reject()
        return dialog.result()
    monkeypatch.setattr(RateDialog, "exec", run)
    return seen


def test_the_product_table_shows_rate_source_commission_and_what_is_left(panel):
    row = row_of(panel.tblProducts, "爆款保温杯")
    assert cells(panel.tblProducts, row) == ["爆款保温杯", "★", "¥100.00", "¥40.00", "5%", "¥55.00 (55%)",
                                             "30% · 商品佣金", "¥30.00", "¥25.00"]
    assert cells(panel.tblProducts, row_of(panel.tblProducts, "竹制杯垫"))[6:] == ["20% · 店铺默认", "¥4.00", "¥6.00"]
    assert panel.lblDefault.text() == "<b>20%</b>" and panel.cmbStage.currentText() == "稳定期"
    assert "中上水平" in panel.lblAdvice.text()


def test_a_loss_making_rate_needs_the_box_ticked_before_ok_saves(panel, store, shop, monkeypatch):
    star, _plain = shop

    def steps(dialog, seen):
        dialog.edtRate.setText("60%")
        dialog.edtReason.setText("清仓冲量")
        seen["loss"] = dialog.lblLoss.text()
        seen["loss_shown"] = dialog.lblLoss.isVisibleTo(dialog) and dialog.chkLoss.isVisibleTo(dialog)
        seen["style"] = dialog.lblLoss.styleSheet()
        seen["ok_before"] = dialog.btnOk.isEnabled()
        dialog.accept()  # what pressing Enter would try: refused while the box is unticked
        seen["accepted_before"] = dialog.result() == dialog.DialogCode.Accepted
        seen["db_before"] = (catalog.get_product(store, star.id).commission_bp, cm.count_changes(store))
        dialog.chkLoss.setChecked(True)
        seen["ok_after"] = dialog.btnOk.isEnabled()
        dialog.btnOk.click()

    panel.tblProducts.selectRow(row_of(panel.tblProducts, "爆款保温杯"))
    seen = drive(monkeypatch, steps)
    panel.btnRate.click()
    assert seen["loss_shown"] and "b00020" in seen["style"]
    assert seen["loss"] == "按 60%，“爆款保温杯”每件佣金 ¥60.00，达到或超过了它的毛利 ¥55.00（55%）：卖一件亏一件。"
    assert not seen["ok_before"] and not seen["accepted_before"]
    assert seen["db_before"] == (3000, 0)  # nothing written before the box was ticked
    assert seen["ok_after"]
    assert catalog.get_product(store, star.id).commission_bp == 6000
    (change,) = cm.list_changes(store)
    assert (change.old_bp, change.new_bp, change.reason, change.changed_by) == (3000, 6000, "清仓冲量", "小王")
    row = row_of(panel.tblProducts, "爆款保温杯")
    assert panel.tblProducts.item(row, 0).foreground().color().name() == "#b00020"
    assert "卖一件亏一件" in panel.tblProducts.item(row, 0).toolTip()
    assert panel.lblProducts.text() == "有 1 件商品按现在的佣金卖一件亏一件。"


def test_cancelling_a_loss_leaves_everything_as_it_was(panel, store, shop, monkeypatch):
    star, _plain = shop

    def steps(dialog, seen):
        dialog.edtRate.setText("55%")
        dialog.edtReason.setText("试试")
        seen["ok"] = dialog.btnOk.isEnabled()
        dialog.btnOk.click()
        dialog.reject()

    panel.tblProducts.selectRow(row_of(panel.tblProducts, "爆款保温杯"))
    seen = drive(monkeypatch, steps)
    panel.btnRate.click()
    assert not seen["ok"]
    assert catalog.get_product(store, star.id).commission_bp == 3000 and cm.count_changes(store) == 0


def test_lowering_a_bestseller_shows_the_warning_and_raising_does_not(panel, store, shop, monkeypatch):
    star, _plain = shop

    def steps(dialog, seen):
        dialog.edtRate.setText("20%")
        dialog.edtReason.setText("利润变薄")
        seen["cut"] = dialog.lblCut.text() if dialog.lblCut.isVisibleTo(dialog) else ""
        seen["style"] = dialog.lblCut.styleSheet()
        dialog.edtRate.setText("40%")
        seen["raised"] = dialog.lblCut.isVisibleTo(dialog)
        dialog.edtRate.setText("20%")
        dialog.btnOk.click()

    panel.tblProducts.selectRow(row_of(panel.tblProducts, "爆款保温杯"))
    seen = drive(monkeypatch, steps)
    panel.btnRate.click()
    assert seen["cut"].startswith("“爆款保温杯”是爆款：降低它的佣金（30% → 20%）会让淘客流失")
    assert "只在销量下滑时上调" in seen["cut"] and "fff1c7" in seen["style"]
    assert not seen["raised"]
    assert catalog.get_product(store, star.id).commission_bp == 2000  # a warning, not a refusal
    row = row_of(panel.tblHistory, panel.tblHistory.item(0, 0).text())
    assert cells(panel.tblHistory, row)[1:] == ["小王", "爆款保温杯", "30%", "20%", "利润变薄"]
    assert panel.tblHistory.item(row, 0).background().color().name() == "#fff1c7"


def test_a_reason_is_required(panel, store, shop, monkeypatch):
    def steps(dialog, seen):
        dialog.edtRate.setText("25%")
        seen["ok_empty"] = dialog.btnOk.isEnabled()
        seen["tip"] = dialog.btnOk.toolTip()
        dialog.edtReason.setText("主推")
        seen["ok"] = dialog.btnOk.isEnabled()
        dialog.reject()

    panel.tblProducts.selectRow(row_of(panel.tblProducts, "竹制杯垫"))
    seen = drive(monkeypatch, steps)
    panel.btnRate.click()
    assert (seen["ok_empty"], seen["tip"], seen["ok"]) == (False, "请先填写原因", True)


def test_changing_the_stage_changes_the_advice(panel, store):
    panel.cmbStage.setCurrentIndex(panel.cmbStage.findData("new"))
    panel.cmbStage.activated.emit(panel.cmbStage.currentIndex())
    assert cm.shop_stage(store) == "new"
    assert "极端的例子是50%：100元的商品给淘客50元" in panel.lblAdvice.text()


def test_a_targeted_rate_through_the_picker_then_removed_and_undone(panel, store, shop, monkeypatch):
    star, _plain = shop
    monkeypatch.setattr(affiliate_picker, "pick_affiliate", lambda parent, store, title="": "zs")

    def steps(dialog, seen):
        seen["products"] = dialog.cmbProduct.count()
        dialog.cmbProduct.setCurrentIndex(0)  # 全部商品
        dialog.edtRate.setText("25%")
        dialog.edtReason.setText("大淘客")
        seen["what"] = dialog.lblWhat.text()
        dialog.btnOk.click()

    seen = drive(monkeypatch, steps)
    panel.btnAddOverride.click()
    assert seen["products"] == 3 and seen["what"] == "张三 的定向佣金，适用于：全部商品"
    assert cm.effective_rate(store, star.id, "zs") == (2500, "affiliate")
    assert cells(panel.tblOverrides, 0)[:3] == ["张三", "全部商品", "25%"]
    panel.tblOverrides.selectRow(0)
    panel.btnRemoveOverride.click()
    assert panel.tblOverrides.rowCount() == 0 and cm.effective_rate(store, star.id, "zs") == (3000, "product")
    assert "已取消 张三 的定向佣金（全部商品）" in panel.notice.lblText.text()
    panel.notice.btnUndo.click()
    assert cm.effective_rate(store, star.id, "zs") == (2500, "affiliate") and panel.tblOverrides.rowCount() == 1
    panel.cmbHistory.setCurrentIndex(panel.cmbHistory.findText("淘客：张三"))
    panel.cmbHistory.activated.emit(panel.cmbHistory.currentIndex())
    assert [cells(panel.tblHistory, r)[5] for r in range(panel.tblHistory.rowCount())] == [
        "撤销取消定向佣金", "取消定向佣金", "大淘客"]


def test_a_cancelled_pick_opens_nothing(panel, store, monkeypatch):
    monkeypatch.setattr(affiliate_picker, "pick_affiliate", lambda *args: None)
    monkeypatch.setattr(RateDialog, "exec", lambda dialog: pytest.fail("no dialog without an affiliate"))
    panel.btnAddOverride.click()
    assert cm.count_overrides(store) == 0


def test_the_products_button_opens_the_catalogue(panel, monkeypatch):
    from app.ui.products.products_dialog import ProductsDialog

    opened = []
    monkeypatch.setattr(ProductsDialog, "exec", lambda dialog: opened.append(dialog.windowTitle()) or 0)
    assert panel.btnProducts.text() == "商品…"
    panel.btnProducts.click()
    assert opened == ["商品"]


def test_the_shop_default_dialog_lists_products_it_would_sell_at_a_loss(panel, store, monkeypatch):
    def steps(dialog, seen):
        dialog.edtRate.setText("50%")  # the coaster's margin is 50%
        dialog.edtReason.setText("新店冲量")
        seen["loss"] = dialog.lblLoss.text()
        seen["ok"] = dialog.btnOk.isEnabled()
        dialog.reject()

    seen = drive(monkeypatch, steps)
    panel.btnDefault.click()
    assert "竹制杯垫" in seen["loss"] and not seen["ok"] and cm.shop_default(store) == 2000


def test_double_click_on_a_product_opens_its_rate(panel, monkeypatch, qtbot):
    seen = drive(monkeypatch, lambda dialog, seen: seen.setdefault("title", dialog.lblWhat.text()))
    view = panel.tblProducts
    row = row_of(view, "竹制杯垫")
    view.selectRow(row)
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert seen["title"] == "竹制杯垫"


def test_the_page_lives_in_the_affiliates_tab_and_follows_the_database(make_window, qtbot):
    window = make_window("zh_CN")
    tab = window.affiliates_tab
    window.tabs.setCurrentIndex(next(i for i in range(window.tabs.count()) if window.tabs.tabText(i) == "淘客管理"))
    tab.pages.setCurrentIndex(2)
    panel = tab.commission_panel
    qtbot.waitUntil(panel.isVisible)  # a widget added to a shown page is shown by a queued call
    assert tab.pages.tabText(2) == "佣金设置"
    assert isinstance(panel, CommissionPanel) and panel.store is window.store and panel.isEnabled()
    catalog.add_product(window.store, title="新品", price_fen=5000, cost_fen=1000)
    tab.pages.setCurrentIndex(3)
    assert not panel.isVisible()
    tab.pages.setCurrentIndex(2)  # shown again: the catalogue changed meanwhile
    assert panel.tblProducts.item(0, 0).text() == "新品"
    panel.set_store(None)
    assert not panel.isEnabled() and panel.tblProducts.rowCount() == 0
