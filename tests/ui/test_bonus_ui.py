"""奖金计划 as the owner uses it, in Chinese: a plan created through the dialog, its ladder computed
from the affiliate orders on file and shown for a month, 月底结算, 标记已发放 with undo, stopping a
plan, a bad ladder refused in the dialog; and the 私下收费 dialog."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox

from app.core import bonus_plans as bp
from app.ui.affiliates import bonus_panel as panel_module
from app.ui.affiliates.bonus_plan_dialog import BonusPlanDialog
from app.ui.affiliates.private_fee_dialog import PrivateFeeDialog
from app.ui.settings import set_staff_name

TODAY = date(2024, 8, 12)  # July is over; August is running


@pytest.fixture
def store(make_window):
    set_staff_name("小王")
    store = make_window("zh_CN").store
    for aid, name, july, august in (("zs", "张三", 35, 12), ("ls", "李四", 120, 80), ("ww", "王五", 8, 310)):
        store.conn.execute("INSERT INTO affiliates (id, name, sort_name, created_at, updated_at) "
                           "VALUES (?, ?, ?, '2024-01-01T00:00:00', '2024-01-01T00:00:00')", (aid, name, aid))
        for day, orders in (("2024-07-09", july), ("2024-08-03", august)):
            for n in range(orders):  # the import's rows, and the roll-up it keeps
                store.conn.execute("INSERT INTO affiliate_orders (order_id, paid_fen, status, affiliate_id, day, "
                                   "imported_at, updated_at) VALUES (?, 5000, 'settled', ?, ?, '', '')",
                                   (f"{aid}{day}{n}", aid, day))
            store.conn.execute("INSERT INTO affiliate_daily VALUES (?, ?, ?, ?, 0)", (aid, day, orders, orders * 5000))
    store.conn.commit()
    return store


@pytest.fixture
def panel(store, qtbot):
    panel = panel_module.BonusPanel(today=TODAY)
    qtbot.addWidget(panel)
    panel.set_store(store)
    panel.resize(1200, 700)
    panel.show()
    return panel


def fill_plan(name, tiers, *, metric_index=0):
    """Stand in for BonusPlanDialog.exec: type the name and the ladder, press OK."""
    def run(dialog):
        dialog.edtName.setText(name)
        dialog.cmbMetric.setCurrentIndex(metric_index)
        dialog.tblTiers.setRowCount(0)
        for threshold, bonus in tiers:
            dialog.add_tier(threshold, bonus)
        dialog.btnOk.click()
        if dialog.result() != dialog.DialogCode.Accepted:
            run.errors.append(dialog.lblError.text())
            dialog.reject()
        return dialog.result()
    run.errors = []
    return run


def table(panel):
    model = panel.model
    return [[model.data(model.index(r, c)) for c in range(panel_module.COLUMNS)] for r in range(model.rowCount())]


def create(panel, monkeypatch):
    monkeypatch.setattr(BonusPlanDialog, "exec", fill_plan("月度冲单奖", [("30", "100"), ("100", "500"), ("300", "2000")]))
    panel.btnFirstPlan.click()


def test_no_plan_yet_shows_the_empty_state(panel):
    assert panel.stack.currentIndex() == 0 and "还没有奖金计划" in panel.emptyPlans.lblTitle.text()


def test_a_plan_created_in_the_dialog_shows_this_months_progress(panel, store, monkeypatch):
    create(panel, monkeypatch)
    (plan,) = bp.list_plans(store)
    assert (plan.name, plan.metric, plan.first_month, plan.group_id) == ("月度冲单奖", "orders", "2024-08", "")
    assert plan.tiers == (bp.Tier(30, 10_000), bp.Tier(100, 50_000), bp.Tier(300, 200_000))
    assert panel.stack.currentIndex() == 1 and panel.cmbMonth.currentText() == "2024-08"
    assert panel.lstPlans.item(0).text() == "月度冲单奖\n推广单量 · 2024-08 – 直到停止"
    assert panel.lblPlan.text() == "奖励阶梯：30 → ¥100.00  ·  100 → ¥500.00  ·  300 → ¥2,000.00"
    assert table(panel) == [
        ["王五", "310", "第 3 档", "¥2,000.00", "—", "已达最高档", "100%", ""],
        ["李四", "80", "第 1 档", "¥100.00", "100", "20", "80%", ""],
        ["张三", "12", "—", "—", "30", "18", "40%", ""],
    ]
    assert panel.lblSummary.text() == "共 3 位淘客"
    assert not panel.btnSettle.isEnabled()  # August is not over


def test_july_is_settled_paid_and_the_payment_undone(panel, store, monkeypatch):
    create(panel, monkeypatch)
    plan = bp.list_plans(store)[0]
    bp.update_plan(store, plan.id, first_month="2024-07")
    panel.reload()
    panel.set_month("2024-07")
    assert [row[:6] for row in table(panel)] == [
        ["李四", "120", "第 2 档", "¥500.00", "300", "180"],
        ["张三", "35", "第 1 档", "¥100.00", "100", "65"],
        ["王五", "8", "—", "—", "30", "22"],
    ]
    assert panel.btnSettle.isEnabled()
    panel.btnSettle.click()
    assert panel.lblSummary.text() == "2024-07 已结算：2 位淘客共获得奖金 ¥600.00（其中 0 位已发放）。"
    assert [row[0] for row in table(panel)] == ["李四", "张三"] and panel.chkEarned.isChecked()
    assert table(panel)[0][7] == "¥500.00，待发放"
    panel.tblProgress.selectRow(0)
    assert panel.btnPaid.isEnabled() and not panel.btnUnpaid.isEnabled()
    panel.btnPaid.click()
    paid = store.conn.execute("SELECT paid_at IS NOT NULL, paid_by FROM bonus_payouts WHERE affiliate_id = 'ls'")
    assert paid.fetchone() == (1, "小王")
    assert table(panel)[0][7] == "¥500.00，已发放"
    assert panel.notice.lblText.text() == "已把 李四 的奖金标记为已发放。"
    panel.notice.btnUndo.click()
    assert store.conn.execute("SELECT paid_at FROM bonus_payouts WHERE affiliate_id = 'ls'").fetchone() == (None,)
    assert table(panel)[0][7] == "¥500.00，待发放"
    panel.btnSettle.click()  # again: the same
    assert store.conn.execute("SELECT count(*), sum(bonus_fen) FROM bonus_payouts").fetchone() == (2, 60_000)


def test_mark_unpaid_asks_first(panel, store, monkeypatch):
    create(panel, monkeypatch)
    plan = bp.update_plan(store, bp.list_plans(store)[0].id, first_month="2024-07")
    bp.settle_month(store, plan.id, "2024-07", today=TODAY)
    bp.mark_paid(store, plan.id, "zs", "2024-07", paid_by="店长")
    panel.reload()
    panel.set_month("2024-07")
    panel.tblProgress.selectRow(1)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    panel.btnUnpaid.click()
    assert store.conn.execute("SELECT paid_by FROM bonus_payouts WHERE affiliate_id = 'zs'").fetchone() == ("店长",)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    panel.btnUnpaid.click()
    assert store.conn.execute("SELECT paid_at FROM bonus_payouts WHERE affiliate_id = 'zs'").fetchone() == (None,)


def test_a_bad_ladder_is_refused_in_the_dialog_and_nothing_is_saved(panel, store, monkeypatch):
    run = fill_plan("冲单奖", [("100", "500"), ("30", "100")])
    monkeypatch.setattr(BonusPlanDialog, "exec", run)
    panel.btnFirstPlan.click()
    assert run.errors == ["第 2 档：门槛必须大于 0，并且高于上一档。"]
    run = fill_plan("冲单奖", [("三十", "100")])
    monkeypatch.setattr(BonusPlanDialog, "exec", run)
    panel.btnFirstPlan.click()
    assert run.errors == ["第 1 档：“三十”不是订单数。"]
    assert bp.list_plans(store) == []


def test_an_amount_plan_reads_yuan(panel, store, monkeypatch):
    monkeypatch.setattr(BonusPlanDialog, "exec", fill_plan("销售额奖", [("5000", "300")], metric_index=1))
    panel.btnFirstPlan.click()
    (plan,) = bp.list_plans(store)
    assert plan.metric == "amount" and plan.tiers == (bp.Tier(500_000, 30_000),)
    assert table(panel)[0][:6] == ["王五", "¥15,500.00", "第 1 档", "¥300.00", "—", "已达最高档"]


def test_stopping_a_plan_and_undoing_it(panel, store, monkeypatch):
    create(panel, monkeypatch)
    panel.btnStopPlan.click()
    assert bp.list_plans(store)[0].last_month == "2024-08" and not panel.btnStopPlan.isEnabled()
    assert panel.notice.lblText.text() == "“月度冲单奖”将在 2024-08 之后停止。"
    panel.notice.btnUndo.click()
    assert bp.list_plans(store)[0].last_month is None


def test_the_private_fee_dialog_explains_the_rule_and_records(store, qtbot):
    dialog = PrivateFeeDialog(store, "zs", today=TODAY)
    qtbot.addWidget(dialog)
    assert "按成交付费（CPS）" in dialog.lblRule.text() and "违反规则" in dialog.lblRule.text()
    assert dialog.windowTitle() == "私下收费记录：张三"
    dialog.edtAmount.setText("200")
    dialog.edtNote.setText("要求先付坑位费")
    dialog.btnAdd.click()
    assert dialog.tblFees.rowCount() == 1 and dialog.was_changed
    assert [dialog.tblFees.item(0, c).text() for c in range(4)] == ["2024-08-12", "¥200.00", "要求先付坑位费", "小王"]
    assert store.conn.execute("SELECT private_fee FROM affiliates WHERE id = 'zs'").fetchone() == (1,)
    dialog.tblFees.selectRow(0)
    dialog.btnDelete.click()
    assert dialog.tblFees.rowCount() == 0
    assert store.conn.execute("SELECT private_fee FROM affiliates WHERE id = 'zs'").fetchone() == (0,)
    dialog.notice.btnUndo.click()
    assert dialog.tblFees.rowCount() == 1
    assert store.conn.execute("SELECT private_fee FROM affiliates WHERE id = 'zs'").fetchone() == (1,)
    dialog.edtAmount.setText("abc")
    dialog.btnAdd.click()
    assert "abc" in dialog.lblError.text() and dialog.tblFees.rowCount() == 1
