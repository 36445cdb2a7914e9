"""The follow-up log driven through its real widgets: logging a contact and scheduling the next,
the due colours, the 待跟进 page and its suggestions, and the start-up reminder."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.core import follow_ups as fu
from app.core import staff as staff_core
from app.core.db import open_database
from app.core.records import new_id
from app.ui.affiliates.follow_up_dialog import FollowUpDialog
from app.ui.affiliates.follow_up_log import DUE_COLORS, FollowUpLog
from app.ui.settings import app_settings, set_staff_name

TODAY = date.today()


def add_affiliate(store, name, *, vip=False, phone="", qq="", last_order_on=None, every=None):
    aid = new_id()
    with store.write() as conn:
        conn.execute("INSERT INTO affiliates (id, name, vip, phone, qq, last_order_on, contact_every_days, sort_name, "
                     "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '2024-01-01T09:00:00', "
                     "'2024-01-01T09:00:00')", (aid, name, int(vip), phone, qq, last_order_on, every, name))
    return aid


def open_rows(store, aid):
    return store.conn.execute("SELECT due_on, kind, staff FROM follow_ups WHERE affiliate_id = ? AND done_at IS NULL "
                              "AND deleted_at IS NULL ORDER BY due_on", (aid,)).fetchall()


def colours(item):
    return item.background().color().name(), item.foreground().color().name()


def expected(state):
    background, text = DUE_COLORS[state]
    return background.name(), text.name()


@pytest.fixture
def window(make_window):
    set_staff_name("小王")
    return make_window("zh_CN")


@pytest.fixture
def log(window, qtbot):
    widget = FollowUpLog()
    qtbot.addWidget(widget)
    widget.set_store(window.store)
    widget.show()
    return widget


def fill_dialog(monkeypatch, **values):
    """Replace FollowUpDialog.exec with filling in ``values`` and pressing OK; returns what it saw."""
    seen = {}

    def run(dialog):
        seen["dialog"] = dialog
        seen["title"] = dialog.windowTitle()
        seen["next"] = dialog.next_due()
        if "channel" in values:
            dialog.cmbChannel.setCurrentIndex(dialog.cmbChannel.findData(values["channel"]))
        if "content" in values:
            dialog.txtContent.setPlainText(values["content"])
        if "outcome" in values:
            dialog.edtOutcome.setText(values["outcome"])
        if "staff" in values:
            dialog.cmbStaff.setEditText(values["staff"])
        if "quick" in values:
            dialog.quick_buttons[values["quick"]].click()
        dialog.btnOk.click()
        seen["error"] = dialog.lblError.text() if dialog.lblError.isVisibleTo(dialog) else ""
        if dialog.result() != FollowUpDialog.DialogCode.Accepted:
            dialog.reject()
        return dialog.result()
    monkeypatch.setattr(FollowUpDialog, "exec", run)
    return seen


def test_done_and_schedule_next_from_the_log(window, log, qtbot, monkeypatch):
    store = window.store
    aid = add_affiliate(store, "张三")
    planned = fu.plan_follow_up(store, aid, due_on=TODAY - timedelta(days=2), content="问转化", staff="小王")
    log.set_affiliate(aid)
    assert log.table.rowCount() == 1 and log.table.item(0, 0).text() == f"应跟进 {(TODAY - timedelta(days=2)).isoformat()}"
    assert colours(log.table.item(0, 0)) == expected("overdue")
    assert not log.btnComplete.isEnabled()
    log.table.selectRow(0)
    assert log.btnComplete.isEnabled() and log.btnComplete.text() == "完成并安排下次"

    seen = fill_dialog(monkeypatch, channel="phone", content="电话问了转化，说这周会加推", outcome="继续推",
                       staff="小赵", quick=3)
    with qtbot.waitSignal(log.changed):
        log.btnComplete.click()
    assert seen["title"] == "完成并安排下次：张三" and seen["next"] == TODAY + timedelta(days=7)
    done = fu.get_follow_up(store, planned)
    assert (done.channel, done.content, done.outcome, done.staff) == ("phone", "电话问了转化，说这周会加推", "继续推", "小赵")
    assert done.done_at is not None
    assert open_rows(store, aid) == [((TODAY + timedelta(days=3)).isoformat(), "routine", "小赵")]
    assert "小赵" in staff_core.staff_list(store)  # a new name typed in the combo joins the list
    # The list: the new planned one on top (green), then the contact just logged.
    assert log.table.rowCount() == 2
    assert log.table.item(0, 0).text() == f"应跟进 {(TODAY + timedelta(days=3)).isoformat()}"
    assert colours(log.table.item(0, 0)) == expected("future")
    assert [log.table.item(1, c).text() for c in (1, 2, 3, 4, 5)] == ["小赵", "电话", "日常沟通", "电话问了转化，说这周会加推", "继续推"]
    assert store.conn.execute("SELECT due_on FROM affiliates WHERE id = ?", (aid,)).fetchone()[0] == \
        (TODAY + timedelta(days=3)).isoformat()


def test_ctrl_l_logs_a_contact_and_the_rhythm_sets_the_next_date(window, log, monkeypatch):
    store = window.store
    aid = add_affiliate(store, "李四", vip=True, every=14)
    log.set_affiliate(aid)
    seen = fill_dialog(monkeypatch, content="聊了新品")
    QTest.keyClick(log.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert seen["title"] == "记录跟进：李四" and seen["next"] == TODAY + timedelta(days=14)
    assert seen["dialog"].cmbChannel.currentData() == "phone"  # 大客户 are phoned
    assert seen["dialog"].cmbStaff.currentText() == "小王"
    assert open_rows(store, aid) == [((TODAY + timedelta(days=14)).isoformat(), "routine", "小王")]
    assert log.table.rowCount() == 2


def test_an_empty_contact_is_explained_and_nothing_is_written(window, log, monkeypatch):
    store = window.store
    aid = add_affiliate(store, "王五")
    log.set_affiliate(aid)
    seen = fill_dialog(monkeypatch, content="   ", quick=1)
    log.btnLog.click()
    assert seen["error"] == "写下沟通的内容。"
    assert store.conn.execute("SELECT count(*) FROM follow_ups").fetchone()[0] == 0
    assert log.table.rowCount() == 0 and log.lblEmpty.isVisible()


def test_the_due_colours(window, log):
    store = window.store
    aid = add_affiliate(store, "赵六")
    for days in (1, 0, -1):
        fu.plan_follow_up(store, aid, due_on=TODAY + timedelta(days=days))
    log.set_affiliate(aid)
    assert [colours(log.table.item(r, 0)) for r in range(3)] == [expected("overdue"), expected("today"),
                                                                  expected("future")]
    assert expected("overdue")[0] == "#fbd5d5" and expected("today")[0] == "#fff1b8" and expected("future")[0] == "#d9f2dc"
    assert log.table.item(1, 0).toolTip() == "今天到期"


def test_delete_an_entry_and_undo(window, log):
    store = window.store
    aid = add_affiliate(store, "钱七")
    fu.log_follow_up(store, aid, channel="qq", kind="routine", content="发了海报", staff="小王")
    log.set_affiliate(aid)
    log.table.selectRow(0)
    log.btnDelete.click()
    assert log.table.rowCount() == 0 and log.undo.isVisible()
    assert store.conn.execute("SELECT last_contact_at FROM affiliates WHERE id = ?", (aid,)).fetchone()[0] is None
    log.undo.btnUndo.click()
    assert log.table.rowCount() == 1 and log.table.item(0, 4).text() == "发了海报"


@pytest.fixture
def panel(window):
    window.tabs.setCurrentIndex(0)
    tab = window.affiliates_tab
    tab.pages.setCurrentIndex(1)
    return tab.follow_up_panel


def test_the_follow_ups_page_lists_overdue_and_today_not_later(window, panel, monkeypatch):
    store = window.store
    late = add_affiliate(store, "迟到", qq="12345")
    today = add_affiliate(store, "今天", phone="13800138000")
    later = add_affiliate(store, "以后")
    vip = add_affiliate(store, "大客户", vip=True)
    fu.plan_follow_up(store, late, due_on=TODAY - timedelta(days=3), kind="payment_reminder", staff="小李")
    fu.plan_follow_up(store, today, due_on=TODAY)
    fu.plan_follow_up(store, later, due_on=TODAY + timedelta(days=1))
    fu.plan_follow_up(store, vip, due_on=TODAY)
    panel.reload()
    table = panel.tblDue
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["大客户", "迟到", "今天"]
    assert table.item(0, 2).text() == "★"
    assert [colours(table.item(r, 3)) for r in range(3)] == [expected("today"), expected("overdue"), expected("today")]
    assert table.item(1, 4).text() == "催付提醒" and table.item(1, 7).text() == "QQ 12345"
    assert table.item(2, 7).text() == "电话 13800138000"
    assert panel.lblDue.text() == "今日待跟进：3 项（已逾期 1 项）"
    panel.cmbKind.setCurrentIndex(panel.cmbKind.findData("payment_reminder"))
    assert table.rowCount() == 1 and table.item(0, 0).text() == "迟到"
    panel.cmbKind.setCurrentIndex(0)

    # 完成并安排下次 on a row: the row leaves the list, the next one is planned.
    seen = fill_dialog(monkeypatch, content="催了付款", quick=7)
    table.cellWidget(1, 9).click()
    assert seen["title"] == "完成并安排下次：迟到"
    assert open_rows(store, late) == [((TODAY + timedelta(days=7)).isoformat(), "routine", "小王")]
    assert fu.history(store, late)[1].content == "催了付款"
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["大客户", "今天"]


def test_double_click_opens_the_affiliate_in_the_register(window, panel, monkeypatch):
    store = window.store
    aid = add_affiliate(store, "孙八")
    fu.plan_follow_up(store, aid, due_on=TODAY)
    panel.reload()
    tab = window.affiliates_tab
    shown = []
    monkeypatch.setattr(tab.register_panel, "select_affiliate", shown.append, raising=False)
    panel.tblDue.cellDoubleClicked.emit(0, 0)
    assert tab.pages.currentIndex() == 0 and shown == [aid]


def test_suggested_follow_ups_for_no_orders(window, panel):
    store = window.store
    quiet = add_affiliate(store, "好久没单", last_order_on=(TODAY - timedelta(days=45)).isoformat())
    add_affiliate(store, "刚出单", last_order_on=(TODAY - timedelta(days=2)).isoformat())
    panel.reload()
    assert [panel.tblSuggest.item(r, 0).text() for r in range(panel.tblSuggest.rowCount())] == ["好久没单"]
    assert panel.tblSuggest.item(0, 4).text() == "45"
    panel.spnDays.setValue(60)
    assert panel.tblSuggest.rowCount() == 0
    panel.spnDays.setValue(30)
    panel.btnPlan.click()
    assert open_rows(store, quiet) == [((TODAY + timedelta(days=1)).isoformat(), "routine", "小王")]
    assert panel.tblSuggest.rowCount() == 0


def test_the_startup_reminder(make_window, db_path, qtbot, monkeypatch):
    store = open_database(db_path)
    aid = add_affiliate(store, "周九", phone="13900139000")
    fu.plan_follow_up(store, aid, due_on=TODAY - timedelta(days=1))
    store.close()
    monkeypatch.delenv("ZHANGGUI_NO_DUE_POPUP")
    window = make_window("zh_CN")
    qtbot.waitUntil(lambda: getattr(window, "due_today_dialog", None) is not None, timeout=5000)
    dialog = window.due_today_dialog
    assert dialog.isVisible() and not dialog.isModal()
    assert dialog.lblSummary.text() == "今天有 1 位淘客需要跟进（已逾期 1 位）。"
    assert dialog.table.item(0, 0).text() == "周九" and colours(dialog.table.item(0, 2)) == expected("overdue")
    dialog.chkQuiet.setChecked(True)
    assert app_settings().value("follow_ups/quiet_on") == TODAY.isoformat()
    dialog.btnOpen.click()
    assert window.tabs.currentIndex() == 0 and window.affiliates_tab.pages.currentIndex() == 1
    from app.ui.affiliates import due_today
    assert due_today.maybe_show(window) is None  # silenced for today


def test_no_startup_reminder_in_tests_or_when_nothing_is_due(make_window, db_path, qtbot):
    store = open_database(db_path)
    fu.plan_follow_up(store, add_affiliate(store, "吴十"), due_on=TODAY)
    store.close()
    window = make_window("zh_CN")
    qtbot.wait(50)
    assert getattr(window, "due_today_dialog", None) is None


def test_edit_a_logged_contact_and_a_planned_one(window, log, monkeypatch):
    store = window.store
    aid = add_affiliate(store, "郑一")
    logged = fu.log_follow_up(store, aid, channel="qq", kind="routine", content="初稿", staff="小王")
    planned = fu.plan_follow_up(store, aid, due_on=TODAY + timedelta(days=2), content="发素材")
    log.set_affiliate(aid)
    log.table.selectRow(1)
    seen = fill_dialog(monkeypatch, content="改过的内容", channel="wechat")
    log.btnEdit.click()
    assert seen["title"] == "编辑跟进记录：郑一"
    assert (fu.get_follow_up(store, logged).content, fu.get_follow_up(store, logged).channel) == ("改过的内容", "wechat")

    def move_due(dialog):
        dialog.dteDue.setDate(dialog.dteDue.date().addDays(3))
        dialog.btnOk.click()
        return dialog.result()
    monkeypatch.setattr(FollowUpDialog, "exec", move_due)
    log.table.selectRow(0)
    log.btnEdit.click()
    assert fu.get_follow_up(store, planned).due_on == TODAY + timedelta(days=5)
    assert log.table.item(0, 0).text() == f"应跟进 {(TODAY + timedelta(days=5)).isoformat()}"
