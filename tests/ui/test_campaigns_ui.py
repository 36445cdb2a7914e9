"""活动日历 as a shop owner uses it: plan a campaign through the editor and find it on the
calendar and the timeline, work through its tasks on the Gantt chart, see the reminders, the
checks and the principles, delete and undo, export the plan to PDF. Each test checks what the
user sees and what landed in the database."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QToolTip

from app.core import campaigns as cp
from app.core import products
from app.ui.promotions.campaign_dialog import CampaignDialog
from app.ui.promotions.campaign_tasks import DONE, DUE

Key, Ctrl, Left = Qt.Key, Qt.KeyboardModifier.ControlModifier, Qt.MouseButton.LeftButton
TODAY = date.today()
NEXT_MONTH = (TODAY.replace(day=1) + timedelta(days=32)).replace(day=1)


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def add(panel, name="天天特价：收纳盒", start=NEXT_MONTH + timedelta(days=9), days=3, **fields) -> cp.Campaign:
    campaign = cp.add_campaign(panel.store, name=name, start_date=start, end_date=start + timedelta(days=days - 1),
                               **fields)
    panel.refresh()
    return campaign


def center(rect) -> QPoint:
    return rect.center().toPoint()


# --- creating a campaign and finding it ---------------------------------------------------------


def test_create_a_campaign_with_tasks_in_the_editor_and_see_it_on_the_calendar_and_timeline(panel, qtbot,
                                                                                                monkeypatch):
    start = NEXT_MONTH + timedelta(days=9)

    def fill_and_ok(dialog):
        dialog.edtName.setText("双11预热")
        dialog.cmbGoal.setCurrentIndex(dialog.cmbGoal.findData("traffic"))
        dialog.cmbChannel.setEditText("聚划算")
        dialog.dteStart.setDate(qdate(start))
        dialog.dteEnd.setDate(qdate(start + timedelta(days=2)))
        dialog.chkSignup.setChecked(True)
        dialog.dteSignup.setDate(qdate(start - timedelta(days=5)))
        qtbot.keyClicks(dialog.edtWindow, "9:00-9:30")
        dialog.btnAddWindow.click()
        dialog.cmbStatus.setCurrentIndex(dialog.cmbStatus.findData("applied"))
        qtbot.keyClicks(dialog.edtBudget, "5,000")
        dialog.spnVisitors.setValue(20000)
        dialog.spnOrders.setValue(600)
        qtbot.keyClicks(dialog.edtRevenue, "120000")
        dialog.btnOk.click()
        return dialog.result()
    monkeypatch.setattr(CampaignDialog, "exec", fill_and_ok)
    qtbot.keyClick(panel, Key.Key_N, Ctrl)

    [c] = cp.list_campaigns(panel.store, start=start, end=start)
    assert (c.name, c.goal, c.channel, c.status) == ("双11预热", "traffic", "juhuasuan", "applied")
    assert (c.start_date, c.end_date, c.signup_deadline) == (start, start + timedelta(days=2),
                                                             start - timedelta(days=5))
    assert c.daily_windows == (("09:00", "09:30"),)
    assert (c.budget_fen, c.target_visitors, c.target_orders, c.target_revenue_fen) == (500_000, 20000, 600,
                                                                                        12_000_000)
    assert [t.title for t in cp.list_tasks(panel.store, c.id)] == ["设计海报", "报名", "设置价格", "通知淘客", "检查店铺"]
    # The calendar turned to the campaign's month and shows the new campaign selected, with its Gantt chart.
    assert (panel.views.year, panel.views.month) == (start.year, start.month)
    assert panel.views.lblPeriod.text() == f"{start.year}年{start.month}月"
    rect = panel.calendar.bar_rect(c.id)
    assert rect is not None and panel.calendar.day_at(rect.topLeft()) == start
    assert panel.calendar.bar_at(rect.center()) == c.id
    assert panel.details.lblName.text() == "双11预热"
    assert len(panel.details.tasks.gantt_view.row_states()) == 5
    assert "已添加活动“双11预热”" in panel.window().statusBar().currentMessage()

    panel.views.btnTimeline.click()
    assert panel.views.stack.currentWidget() is panel.timeline and panel.views.lblPeriod.text() == f"{start.year}年"
    rect = panel.timeline.bar_rect(c.id)
    assert rect is not None and panel.timeline.day_at(rect.center()) in (start, start + timedelta(days=1))
    panel.select_campaign(None)
    qtbot.mouseClick(panel.timeline, Left, pos=center(rect))
    assert panel.selected_id == c.id and panel.details.lblName.text() == "双11预热"


def test_an_error_is_explained_in_chinese_in_the_editor_and_nothing_is_saved(panel, monkeypatch):
    shown = []

    def fill_and_ok(dialog):
        dialog.edtName.setText("   ")
        dialog.btnOk.click()
        shown.append(dialog.lblError.text())
        dialog.reject()
        return dialog.result()
    monkeypatch.setattr(CampaignDialog, "exec", fill_and_ok)
    panel.btnNew.click()
    assert shown == ["请输入活动名称。"]
    assert cp.list_campaigns(panel.store, start=date.min, end=date.max) == []


def test_click_selects_and_double_clicks_open_the_editor(panel, qtbot, monkeypatch):
    c = add(panel)
    panel.views.go_to(c.start_date)
    calls = []
    monkeypatch.setattr(CampaignDialog, "edit", classmethod(
        lambda cls, store, campaign_id, parent=None, start=None: calls.append((campaign_id, start))))
    rect = panel.calendar.bar_rect(c.id)
    QApplication.sendEvent(panel.calendar, QHelpEvent(QEvent.Type.ToolTip, center(rect),
                                                      panel.calendar.mapToGlobal(center(rect))))
    assert QToolTip.text() == f"{c.name}\n{c.start_date} – {c.end_date}\n草稿 · 店内活动"
    qtbot.mouseClick(panel.calendar, Left, pos=center(rect))
    assert panel.selected_id == c.id and panel.details.lblName.text() == c.name
    qtbot.keyClick(panel.calendar, Key.Key_F2)
    qtbot.mouseDClick(panel.calendar, Left, pos=center(rect))
    empty = c.end_date + timedelta(days=3)
    day = panel.calendar.day_rect(empty)
    qtbot.mouseDClick(panel.calendar, Left, pos=QPoint(int(day.center().x()), int(day.bottom()) - 4))
    assert calls == [(c.id, None), (c.id, None), (None, empty)]


def test_keys_page_through_months_and_move_the_selected_day(panel, qtbot):
    panel.views.go_to(date(2026, 11, 30))
    panel.calendar.setFocus()
    qtbot.keyClick(panel.calendar, Key.Key_PageDown)
    assert (panel.views.year, panel.views.month, panel.views.lblPeriod.text()) == (2026, 12, "2026年12月")
    qtbot.keyClick(panel.calendar, Key.Key_PageUp)
    qtbot.keyClick(panel.calendar, Key.Key_Right)
    assert panel.views.selected_day == date(2026, 12, 1) and (panel.views.year, panel.views.month) == (2026, 12)
    qtbot.keyClick(panel.calendar, Key.Key_Up)
    assert panel.views.selected_day == date(2026, 11, 24) and panel.views.month == 11
    panel.views.btnToday.click()
    assert (panel.views.year, panel.views.month, panel.views.selected_day) == (TODAY.year, TODAY.month, TODAY)


def test_a_crowded_week_shows_plus_n_for_the_campaigns_that_do_not_fit(panel):
    start = date(2026, 11, 10)
    ids = [cp.add_campaign(panel.store, name=f"活动{n}", start_date=start, end_date=start, with_tasks=False).id
           for n in range(12)]
    panel.views.go_to(start)
    panel.calendar.resize(700, 500)
    shown = panel.calendar.bar_ids()
    index = (start - panel.calendar.view.first).days
    assert 0 < len(shown) < 12 and panel.calendar.more[index] == 12 - len(shown)
    assert shown <= set(ids)


# --- tasks on the Gantt chart ---------------------------------------------------------------------


def test_add_a_task_rename_it_and_tick_it_done_in_the_gantt_table(panel, qtbot):
    c = add(panel, with_tasks=False)
    panel.show_campaign(c.id)
    tasks = panel.details.tasks
    assert tasks.gantt_view.row_states() == []
    tasks.actAddTask.trigger()
    [task] = cp.list_tasks(panel.store, c.id)
    assert (task.title, task.owner, task.done) == ("新任务", "小王", False)
    editor = tasks.tblTasks.viewport().findChild(QLineEdit)
    editor.setText("联系主播")
    qtbot.keyClick(editor, Key.Key_Return)  # the delegate commits from the event loop
    qtbot.waitUntil(lambda: cp.list_tasks(panel.store, c.id)[0].title == "联系主播", timeout=2000)
    assert tasks.gantt_view.row_states() == [(task.id, "open")]

    tasks.tblTasks.item(0, DONE).setCheckState(Qt.CheckState.Checked)
    assert cp.list_tasks(panel.store, c.id)[0].done is True
    assert tasks.gantt_view.row_states() == [(task.id, "done")]
    assert tasks.tblTasks.item(0, 0).font().strikeOut()


def test_delete_a_task_and_undo_it(panel, qtbot):
    c = add(panel)
    panel.show_campaign(c.id)
    tasks = panel.details.tasks
    first, *_ = before = cp.list_tasks(panel.store, c.id)
    assert len(tasks.gantt_view.row_states()) == len(before) == 4  # no sign-up task in the shop's own promotion
    tasks.tblTasks.selectRow(0)
    tasks.actDown.trigger()
    assert [t.id for t in cp.list_tasks(panel.store, c.id)][1] == first.id
    tasks.actDeleteTask.trigger()
    assert first.id not in [t.id for t in cp.list_tasks(panel.store, c.id)]
    assert len(tasks.gantt_view.row_states()) == 3
    assert panel.notice.lblText.text() == f"已把任务“{first.title}”移到回收站。"
    qtbot.keyClick(panel, Key.Key_Z, Ctrl)
    assert first.id in [t.id for t in cp.list_tasks(panel.store, c.id)]
    assert len(tasks.gantt_view.row_states()) == 4


def test_a_task_due_before_it_starts_is_explained_and_not_saved(panel, monkeypatch):
    c = add(panel)
    panel.show_campaign(c.id)
    tasks = panel.details.tasks
    task = cp.list_tasks(panel.store, c.id)[0]
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    tasks.tblTasks.item(0, DUE).setText((task.start_date - timedelta(days=1)).isoformat())
    assert warnings == [f"任务截止日期（{task.start_date - timedelta(days=1)}）早于开始日期（{task.start_date}）。"]
    assert cp.list_tasks(panel.store, c.id)[0] == task
    assert tasks.tblTasks.item(0, DUE).text() == task.due_date.isoformat()
    tasks.tblTasks.item(0, DUE).setText((task.due_date + timedelta(days=2)).isoformat())
    assert cp.list_tasks(panel.store, c.id)[0].due_date == task.due_date + timedelta(days=2)
    assert tasks.gantt_view.row_rect(0).width() > 0


# --- reminders, checks, principles --------------------------------------------------------------


def test_the_reminders_list_a_sign_up_deadline_within_three_days_and_show_its_campaign(panel):
    soon = add(panel, name="年货节预热", start=TODAY + timedelta(days=30), signup_deadline=TODAY + timedelta(days=2),
               with_tasks=False)
    add(panel, name="later", start=TODAY + timedelta(days=40), signup_deadline=TODAY + timedelta(days=5),
        with_tasks=False)
    text = panel.reminders.text()
    assert "3 天内：" in text
    assert f"报名截止 年货节预热（{(TODAY + timedelta(days=2)):%m-%d}）" in text
    assert "later" not in text
    panel.reminders.linkActivated.emit(soon.id)
    assert panel.selected_id == soon.id
    assert (panel.views.year, panel.views.month) == (soon.start_date.year, soon.start_date.month)
    assert soon.id in panel.calendar.bar_ids()


def test_a_product_below_cost_shows_its_finding_and_a_loss_in_the_editor(panel):
    table = products.add_product(panel.store, title="北欧实木餐桌", price_fen=100_000, cost_fen=80_000)
    c = add(panel, name="清仓", with_tasks=False)
    cp.set_campaign_products(panel.store, c.id, [cp.CampaignProduct(c.id, table.id, "discount", "{}", 50_000)])
    panel.show_campaign(c.id)
    texts = panel.details.finding_texts()
    assert any("“清仓”中“北欧实木餐桌”售价 ¥500.00，每卖一件亏 ¥300.00" in t for t in texts), texts
    assert panel.details.tabsDetail.tabText(1) == f"检查（{len(texts)}）"
    assert panel.details.tblProducts.item(0, 4).text() == "-¥300.00（亏损）"
    dialog = CampaignDialog(panel.store, c.id, panel)
    assert dialog.products.profit_texts() == ["-¥300.00  ▼ 亏损"]
    dialog.products.rows[0].price.setText("900")
    assert dialog.products.profit_texts() == ["¥100.00"]
    dialog.reject()


def test_tick_a_principle_with_a_note(panel):
    c = add(panel, with_tasks=False)
    panel.show_campaign(c.id)
    details = panel.details
    assert any("门槛低" in t for t in details.finding_texts())
    details.chkPrinciples["low_threshold"].click()
    details.edtPrinciples["low_threshold"].setText("满199减20")
    details.edtPrinciples["low_threshold"].editingFinished.emit()
    assert cp.get_campaign(panel.store, c.id).principles["low_threshold"] == (True, "满199减20")
    assert not any("门槛低" in t for t in details.finding_texts())
    assert details.chkPrinciples["fun"].toolTip() == "活动好玩，买家愿意参与。"


# --- delete and undo, PDF ---------------------------------------------------------------------


def test_delete_a_campaign_then_undo_with_ctrl_z(panel, qtbot):
    c = add(panel)
    panel.show_campaign(c.id)
    qtbot.keyClick(panel.calendar, Key.Key_Delete)
    assert cp.list_campaigns(panel.store, start=c.start_date, end=c.end_date) == []
    assert c.id not in panel.calendar.bar_ids() and panel.details.campaign is None
    assert panel.notice.lblText.text() == f"已把活动“{c.name}”移到回收站。" and panel.notice.btnUndo.isVisibleTo(panel)
    qtbot.keyClick(panel, Key.Key_Z, Ctrl)
    assert [x.id for x in cp.list_campaigns(panel.store, start=c.start_date, end=c.end_date)] == [c.id]
    assert c.id in panel.calendar.bar_ids() and panel.selected_id == c.id
    assert not panel.actUndo.isEnabled()


def test_export_a_campaign_to_pdf(panel, tmp_path, monkeypatch):
    c = add(panel)
    panel.show_campaign(c.id)
    target = tmp_path / "活动"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    panel.btnExport.click()
    data = (tmp_path / "活动.pdf").read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 2000
    assert "PDF 已保存到" in panel.window().statusBar().currentMessage()
