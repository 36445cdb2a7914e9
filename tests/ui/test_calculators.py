"""The price calculator (活动策划 → 价格计算) as a shop owner uses it: each tactic opens on the
worked example of domain.md §2, results follow every keystroke, losses are red and spelled out,
bad input is explained beside the field."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QTableWidget

from app.core import products as catalog
from app.ui.products.products_dialog import ProductsDialog
from app.ui.promotions.calc_widgets import RED, OutcomeView


@pytest.fixture
def panel(make_window, qtbot):
    window = make_window("zh_CN")
    window.tabs.setCurrentIndex(1)
    panel = window.promotions_tab.calculator_panel
    qtbot.waitUntil(panel.isVisible)
    return panel


def open_tactic(qtbot, panel, name: str):
    """Click the tactic's name in the list; its page."""
    [item] = panel.lstTactics.findItems(name, Qt.MatchFlag.MatchExactly)
    rect = panel.lstTactics.visualItemRect(item)
    qtbot.mouseClick(panel.lstTactics.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    return panel.current_page()


def retype(qtbot, edit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)


def column(table, col: int) -> list[str]:
    return [table.item(r, col).text() for r in range(table.rowCount())]


def shown(outcome) -> tuple[str, str, str]:
    return outcome.lblPrice.text(), outcome.lblDiscount.text(), outcome.lblProfit.text()


def test_the_tactics_are_listed_in_chinese(panel):
    names = [panel.lstTactics.item(r).text() for r in range(panel.lstTactics.count())]
    assert names == ["临界价格", "阶梯价格", "降价加打折", "错觉折扣", "一刻千金", "超值一元", "优惠叠加", "7天最低价"]
    assert panel.cmbProduct.currentText() == "手动输入" and panel.btnProducts.text() == "商品…"


def test_cut_then_discount_opens_on_the_worked_example(panel, qtbot):
    page = open_tactic(qtbot, panel, "降价加打折")
    assert page is panel.pgCut and page.isVisible()
    combined, straight = page.comparison.left, page.comparison.right
    assert combined.lblTitle.text() == "先降 ¥10.00，再打 8折"
    assert shown(combined) == ("¥72.00", "7.2折 / 优惠 ¥28.00", "¥22.00")
    assert shown(straight) == ("¥60.00", "6折 / 优惠 ¥40.00", "¥10.00")
    assert page.comparison.lblVerdict.text().startswith("先降价再打折，每件比直接打折少让利 ¥12.00")
    assert not combined.outcome.loss and combined.lblLoss.isHidden()


def test_a_higher_cost_turns_a_result_red_with_the_loss_line(panel, qtbot):
    page = open_tactic(qtbot, panel, "降价加打折")
    retype(qtbot, panel.edtCost, "65")
    straight, combined = page.comparison.right, page.comparison.left
    assert straight.lblLoss.isVisible() and straight.lblLoss.text() == "低于成本，每件亏 ¥5.00"
    assert straight.lblProfit.text() == "-¥5.00" and RED in straight.lblProfit.styleSheet()
    assert RED in straight.styleSheet()  # the whole result is framed in red
    assert combined.lblProfit.text() == "¥7.00" and combined.lblLoss.isHidden() and combined.styleSheet() == ""


def test_fees_and_commission_can_make_a_loss_above_cost(panel, qtbot):
    page = open_tactic(qtbot, panel, "降价加打折")
    retype(qtbot, panel.edtCost, "55")
    retype(qtbot, panel.edtFee, "5")
    retype(qtbot, panel.edtCommission, "10")
    straight = page.comparison.right  # 60 − 55 − 3 − 6
    assert (straight.lblFee.text(), straight.lblCommission.text()) == ("¥3.00", "¥6.00")
    assert straight.lblLoss.text() == "扣除平台费和佣金后，每件亏 ¥4.00"


def test_every_keystroke_updates_the_result_without_a_button(panel, qtbot):
    page = open_tactic(qtbot, panel, "降价加打折")
    retype(qtbot, page.edtCut, "2")
    assert shown(page.comparison.left)[0] == "¥78.40"  # (100 − 2) × 0.8
    qtbot.keyClicks(page.edtCut, "0")
    assert shown(page.comparison.left)[:2] == ("¥64.00", "6.4折 / 优惠 ¥36.00")
    retype(qtbot, page.edtStraight, "75")
    assert shown(page.comparison.right)[0] == "¥75.00" and page.lblStraightZhe.text() == "7.5折"
    assert page.comparison.lblVerdict.text().startswith("先降价再打折，每件比直接打折多让利 ¥11.00")
    retype(qtbot, panel.edtPrice, "200")
    assert shown(page.comparison.left)[0] == "¥144.00"


def test_invalid_input_is_explained_beside_the_field_and_clears_the_result(panel, qtbot):
    page = open_tactic(qtbot, panel, "降价加打折")
    retype(qtbot, page.edtDiscount, "8x")
    [(_edits, reason)] = [(e, label) for e, label in page.field_errors if page.edtDiscount in e]
    assert reason.isVisible() and "“8x”不是数字" in reason.text()
    assert page.edtDiscount.toolTip() == reason.text()
    assert shown(page.comparison.left)[0] == "—" and shown(page.comparison.right)[0] == "—"
    retype(qtbot, page.edtDiscount, "80")
    assert reason.isHidden() and shown(page.comparison.left)[0] == "¥72.00"
    retype(qtbot, page.edtCut, "100")  # a core rule: the cut must stay below the price
    assert page.lblError.isVisible() and page.lblError.text() == "降价金额必须从 ¥0 到低于原价。"
    assert shown(page.comparison.left)[0] == "—"
    panel.edtPrice.clear()
    assert panel.lblItemError.text() == "请输入售价。" and page.lblError.isHidden()


def test_stepped_price_is_a_dated_ladder_from_today_with_loss_days_red(panel, qtbot):
    page = open_tactic(qtbot, panel, "阶梯价格")
    today = date.today()
    assert column(page.tblDays, 1) == [(today + timedelta(days=n)).isoformat() for n in range(6)]
    assert column(page.tblDays, 2) == ["5折", "6折", "7折", "8折", "9折", "原价"]
    assert column(page.tblDays, 3) == ["¥50.00", "¥60.00", "¥70.00", "¥80.00", "¥90.00", "¥100.00"]
    assert page.lblSummary.text() == "每天都不亏本。"
    retype(qtbot, panel.edtCost, "62")
    assert page.lblSummary.text() == "6 天中有 2 天亏本（红色）。"
    colours = [page.tblDays.item(r, 4).foreground().color() for r in range(6)]
    assert colours[:2] == [QColor(RED)] * 2 and QColor(RED) not in colours[2:]


def test_stacking_shows_each_step_in_the_platforms_order(panel, qtbot):
    page = open_tactic(qtbot, panel, "优惠叠加")
    assert column(page.tblSteps, 0) == ["原价", "单品宝", "店铺宝（满减）", "优惠券"]
    assert column(page.tblSteps, 1) == ["", "9折", "满 ¥80.00 减 ¥10.00", "满 ¥50.00 减 ¥5.00"]
    assert column(page.tblSteps, 2) == ["", "−¥10.00", "−¥10.00", "−¥5.00"]
    assert column(page.tblSteps, 3) == ["¥100.00", "¥90.00", "¥80.00", "¥75.00"]
    assert page.outFinal.lblPrice.text() == "¥75.00" and page.lblFlags.isHidden()
    retype(qtbot, page.edtShopOver, "95")  # the 满减 is checked against the price after 单品宝
    assert column(page.tblSteps, 2)[2] == "未达门槛" and column(page.tblSteps, 3)[-1] == "¥85.00"
    retype(qtbot, page.edtCouponAmount, "40")
    assert column(page.tblSteps, 3)[-1] == "¥50.00" and page.lblFlags.isHidden()  # at cost is not below it
    retype(qtbot, page.edtCouponAmount, "45")
    assert page.lblFlags.text() == "最终价格 ¥45.00 低于成本 ¥50.00（破价）。"
    assert page.outFinal.lblLoss.text() == "低于成本，每件亏 ¥5.00"
    retype(qtbot, page.edtCouponAmount, "90")
    assert page.outFinal.lblPrice.text() == "¥0.00" and page.lblFlags.text().startswith("0 元单")


def test_stacking_item_tool_switches_between_discount_and_cut(panel, qtbot):
    page = open_tactic(qtbot, panel, "优惠叠加")
    page.cmbItemTool.setCurrentIndex(2)
    assert page.edtItemCut.isVisible() and not page.edtItemDiscount.isVisible()
    qtbot.keyClicks(page.edtItemCut, "3")
    assert column(page.tblSteps, 1)[1] == "立减 ¥3.00" and column(page.tblSteps, 3)[1] == "¥97.00"
    retype(qtbot, page.edtShopOver, "30")
    page.chkEvery.click()  # 每满 30 减 10 on ¥97.00: three times
    assert column(page.tblSteps, 1)[2] == "每满 ¥30.00 减 ¥10.00" and column(page.tblSteps, 3)[2] == "¥67.00"
    page.edtShopOff.clear()
    assert page.lblError.text() == "满减的门槛和减免金额要么都填，要么都不填。"


def test_the_other_tactics_open_on_their_worked_examples(panel, qtbot):
    threshold = open_tactic(qtbot, panel, "临界价格")
    assert column(threshold.tblOptions, 0) == ["¥99.00", "¥99.90", "¥98.00"]
    illusion = open_tactic(qtbot, panel, "错觉折扣")
    assert shown(illusion.comparison.left)[0] == "¥76.92" and shown(illusion.comparison.right)[0] == "¥70.00"
    assert illusion.comparison.lblVerdict.text() == "错觉折扣每件比 7折 多赚 ¥6.92。"
    flash = open_tactic(qtbot, panel, "一刻千金")
    assert (flash.tmeStart.time().toString("HH:mm"), flash.tmeEnd.time().toString("HH:mm")) == ("09:00", "09:30")
    assert flash.outFlash.lblPrice.text() == "¥5.00" and flash.outFlash.lblLoss.text() == "低于成本，每件亏 ¥45.00"
    one = open_tactic(qtbot, panel, "超值一元")
    assert one.outDeal.lblPrice.text() == "¥1.00" and one.lblSubsidy.text().startswith("50 件共要贴 ¥2,450.00")
    lowest = open_tactic(qtbot, panel, "7天最低价")
    assert lowest.lblLowest.text() == "活动前 7 天的最低价：¥90.00"
    retype(qtbot, lowest.edtCampaign, "95")
    assert lowest.lblVerdict.text().startswith("活动价 ¥95.00 不低于这个最低价")


def test_picking_a_product_fills_in_its_figures(panel, qtbot):
    product = catalog.add_product(panel.store, title="保温杯 500ml", price_fen=12900, cost_fen=9000, fee_bp=500,
                                  commission_bp=2000)
    panel.set_store(panel.store)
    page = open_tactic(qtbot, panel, "降价加打折")
    panel.choose_product(product.id)
    assert [e.text() for e in (panel.edtPrice, panel.edtCost, panel.edtFee, panel.edtCommission)] == [
        "129", "90", "5%", "20%"]
    assert shown(page.comparison.left)[0] == "¥95.20"  # (129 − 10) × 0.8
    assert page.comparison.right.lblLoss.text() == "低于成本，每件亏 ¥31.95"  # 77.40 − 90 − 3.87 − 15.48


def test_the_products_button_opens_the_catalogue_and_refreshes_the_picker(panel, monkeypatch):
    def exec_(dialog):
        catalog.add_product(dialog.store, title="竹制杯垫", price_fen=1990, cost_fen=300)
        dialog.reload()
        dialog._mark_changed()
        return 0
    monkeypatch.setattr(ProductsDialog, "exec", exec_)
    panel.btnProducts.click()
    assert [panel.cmbProduct.itemText(i) for i in range(panel.cmbProduct.count())] == [
        "手动输入", "竹制杯垫  ·  ¥19.90"]


def test_the_picker_searches_the_catalogue_as_you_type(panel, qtbot):
    catalog.add_product(panel.store, title="Mug 北欧风马克杯", price_fen=5900, cost_fen=2000)
    catalog.add_product(panel.store, title="保温杯 500ml", price_fen=12900, cost_fen=9000)
    panel.set_store(panel.store)
    panel.cmbProduct.lineEdit().clear()
    qtbot.keyClicks(panel.cmbProduct.lineEdit(), "500")
    popup = panel.cmbProduct.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())] == ["保温杯 500ml  ·  ¥129.00"]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert (panel.edtPrice.text(), panel.edtCost.text()) == ("129", "90")


def test_the_picker_follows_edits_made_from_the_menu(panel, monkeypatch):
    window = panel.window()

    def exec_(dialog):
        catalog.add_product(dialog.store, title="竹制杯垫", price_fen=1990, cost_fen=300)
        return 0
    monkeypatch.setattr(ProductsDialog, "exec", exec_)
    window.actProducts.trigger()
    window.activateWindow()
    QApplication.sendEvent(panel, QEvent(QEvent.Type.ActivationChange))
    assert panel.cmbProduct.findText("竹制杯垫  ·  ¥19.90") == 1


NASTY = ("", "0", "-5", "abc", "1e9", "99999999999", "0.001", "100%", "１２")


def has_result(page) -> bool:
    tables = [t for t in page.findChildren(QTableWidget) if t is not getattr(page, "tblHistory", None)]
    return any(v.outcome is not None for v in page.findChildren(OutcomeView)) or any(t.rowCount() for t in tables)


def reasons(panel, page) -> list[str]:
    labels = [label for _edits, label in page.field_errors] + [page.lblError, panel.lblItemError]
    return [label.text() for label in labels if not label.isHidden() and label.text()]


def test_whatever_is_typed_a_page_shows_a_result_or_a_reason(panel):
    """Never both, never neither, never a traceback (pytest-qt fails the test on an exception in a slot)."""
    for page in panel.pages:
        panel.show_page(page)
        edits = [e for edits, _label in page.field_errors for e in edits] + [panel.edtPrice, panel.edtCost]
        for edit in edits:
            before = edit.text()
            for text in NASTY:
                edit.setText(text)
                assert bool(reasons(panel, page)) != has_result(page), (type(page).__name__, text, reasons(panel, page))
            edit.setText(before)
        assert has_result(page) and not reasons(panel, page)
