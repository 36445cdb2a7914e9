"""The register (淘客名录) driven through its real widgets in a Chinese window: adding and editing
through the form, validation in Chinese, searching by pinyin initials, the duplicate warning
and its link, delete with Ctrl+Z undo, the filters, the due colours, the trash, the picker."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from app.core import affiliates as af
from app.ui.affiliates import register_model as rm
from app.ui.affiliates.affiliate_form import AffiliateForm
from app.ui.affiliates.affiliate_picker import AffiliatePickerDialog
from app.ui.affiliates.register_panel import EMPTY, TABLE
from app.ui.affiliates.trash_dialog import TrashDialog

Key, Ctrl = Qt.Key, Qt.KeyboardModifier.ControlModifier
TODAY = date.today()


@pytest.fixture
def window(make_window):
    return make_window("zh_CN")


@pytest.fixture
def store(window):
    return window.store


@pytest.fixture
def people(store):
    group = af.add_group(store, "淘客交流1群")
    ids = {
        "张三": af.add_affiliate(store, {"name": "张三", "nickname": "省钱小张", "qq": "12345", "province": "浙江",
                                        "city": "杭州", "vip": True}, tags=["高佣"], group_ids=[group]),
        "李四": af.add_affiliate(store, {"name": "李四", "kind": "leader", "phone": "13800138000",
                                        "province": "广东", "city": "广州"}, tags=["宝妈"]),
        "王五": af.add_affiliate(store, {"name": "王五", "kind": "creator", "status": "paused", "wechat": "wx_ww"},
                                 channels=[{"kind": "short_video", "name": "王五说"}]),
    }
    due = {"张三": TODAY - timedelta(days=2), "李四": TODAY, "王五": TODAY + timedelta(days=3)}
    for name, day in due.items():
        store.conn.execute("UPDATE affiliates SET due_on = ? WHERE id = ?", (day.isoformat(), ids[name]))
    return ids


@pytest.fixture
def panel(window, people, qtbot):
    panel = window.affiliates_tab.register_panel
    panel.model.today = TODAY
    panel.refresh()
    return panel


def shown(panel) -> list[str]:
    model = panel.model
    return [model.row(r).name for r in range(model.rowCount())]


def cell(panel, name: str, column: int, role=Qt.ItemDataRole.DisplayRole):
    row = shown(panel).index(name)
    return panel.model.data(panel.model.index(row, column), role)


def select(panel, name: str) -> None:
    panel.tblRegister.selectRow(shown(panel).index(name))


def fill_form(**values):
    """Replace AffiliateForm.exec: set the fields (Chinese with setText), leave each one as the
    user would (so checks and duplicate look-ups run), then press OK. Keeps what the form said."""
    seen = []

    def run(form):
        for name, value in values.items():
            widget = getattr(form, name)
            if isinstance(value, bool):
                widget.setChecked(value)
            elif hasattr(widget, "setCurrentIndex") and not hasattr(widget, "setText"):
                widget.setCurrentIndex(widget.findText(value)) if widget.findText(value) >= 0 \
                    else widget.setCurrentText(value)
            else:
                widget.setText(value)
                widget.editingFinished.emit()
        form.btnOk.click()
        seen.append((form.lblError.text(), form.lblDuplicate.text()))
        if form.result() != QDialog.DialogCode.Accepted:
            form.reject()
        return form.result()
    run.seen = seen
    return run


def test_an_empty_register_says_what_to_do(window):
    panel = window.affiliates_tab.register_panel
    assert panel.stack.currentIndex() == EMPTY
    assert panel.emptyRegister.lblTitle.text().find("还没有淘客") >= 0
    assert panel.btnAdd.text() == "新增…" and panel.btnTrash.text() == "回收站…"


def test_the_list_shows_columns_in_chinese_sorted_by_pinyin(panel):
    assert panel.stack.currentIndex() == TABLE
    assert shown(panel) == ["李四", "王五", "张三"]
    headers = [panel.model.headerData(c, Qt.Orientation.Horizontal) for c in range(rm.COLUMNS)]
    assert headers == ["姓名", "昵称", "类型", "状态", "下次跟进", "订单数", "推广金额", "佣金", "最近订单", "地区",
                       "QQ", "微信", "电话", "标签"]
    hidden = [h for c, h in enumerate(headers) if panel.tblRegister.isColumnHidden(c)]
    assert hidden == ["微信", "电话"]  # until the header's menu shows them
    panel.show_column(rm.PHONE, True)
    assert not panel.tblRegister.isColumnHidden(rm.PHONE) and panel.hidden_columns() == [rm.WECHAT]
    assert cell(panel, "张三", rm.NAME) == "★ 张三"
    assert cell(panel, "李四", rm.KIND) == "团长" and cell(panel, "王五", rm.STATUS) == "暂停"
    assert cell(panel, "张三", rm.REGION) == "浙江 杭州" and cell(panel, "张三", rm.TAGS) == "高佣"
    assert panel.lblCount.text() == "共 3 位"


def test_a_header_click_sorts_in_sql(panel, qtbot):
    panel.tblRegister.horizontalHeader().setSortIndicator(rm.DUE, Qt.SortOrder.DescendingOrder)
    assert shown(panel) == ["王五", "李四", "张三"]
    panel.tblRegister.horizontalHeader().setSortIndicator(rm.KIND, Qt.SortOrder.AscendingOrder)
    assert shown(panel) == ["张三", "李四", "王五"]  # 淘客, 团长, 达人


def test_due_dates_are_coloured_like_a_crm(panel):
    colour = lambda name: cell(panel, name, rm.DUE, Qt.ItemDataRole.BackgroundRole).color().name()  # noqa: E731
    assert (colour("张三"), colour("李四"), colour("王五")) == (rm.OVERDUE[1], rm.TODAY[1], rm.LATER[1])
    assert cell(panel, "张三", rm.DUE, Qt.ItemDataRole.ToolTipRole) == "已逾期"


def test_search_by_pinyin_initials(panel, qtbot):
    qtbot.keyClicks(panel.edtSearch, "zs")
    qtbot.waitUntil(lambda: shown(panel) == ["张三"], timeout=2000)
    assert panel.lblCount.text() == "找到 1 位"
    panel.edtSearch.setText("138001")
    panel.apply_filters()
    assert shown(panel) == ["李四"]
    panel.edtSearch.setText("没有这个人")
    panel.apply_filters()
    assert shown(panel) == [] and panel.stack.currentIndex() == TABLE and panel.lblCount.text() == "找到 0 位"


def test_ctrl_f_focuses_the_search_box(panel, qtbot):
    panel.window().activateWindow()
    panel.tblRegister.setFocus()
    qtbot.keyClick(panel.tblRegister, Key.Key_F, Ctrl)
    assert panel.edtSearch.hasFocus()


def test_filters(panel):
    panel.cmbKind.setCurrentIndex(panel.cmbKind.findText("团长"))
    assert shown(panel) == ["李四"]
    panel.clear_filters()
    panel.cmbDue.setCurrentIndex(panel.cmbDue.findData("overdue"))
    assert shown(panel) == ["张三"]
    panel.cmbDue.setCurrentIndex(panel.cmbDue.findData("due"))
    assert shown(panel) == ["李四", "张三"]
    panel.clear_filters()
    panel.cmbRegion.setCurrentIndex(panel.cmbRegion.findText("广东"))
    assert shown(panel) == ["李四"]
    panel.clear_filters()
    panel.cmbTag.setCurrentIndex(panel.cmbTag.findText("宝妈"))
    assert shown(panel) == ["李四"]
    panel.clear_filters()
    panel.cmbChannel.setCurrentIndex(panel.cmbChannel.findText("短视频"))
    assert shown(panel) == ["王五"]
    panel.clear_filters()
    panel.cmbGroup.setCurrentIndex(panel.cmbGroup.findText("淘客交流1群"))
    assert shown(panel) == ["张三"]
    panel.clear_filters()
    panel.chkVip.setChecked(True)
    assert shown(panel) == ["张三"]
    panel.clear_filters()
    panel.cmbStatus.setCurrentIndex(panel.cmbStatus.findText("暂停"))
    assert shown(panel) == ["王五"]
    panel.clear_filters()
    panel.cmbNoOrders.setCurrentIndex(panel.cmbNoOrders.findText("30 天无订单"))
    assert shown(panel) == ["李四", "王五", "张三"]
    assert panel.lblCount.text() == "找到 3 位"


def test_add_through_the_form_with_ctrl_n(panel, store, qtbot, monkeypatch):
    run = fill_form(edtName="赵六", edtNickname="六六优惠", edtQq="888888", edtPhone="139 0013 9000",
                    edtTags="新人、学生", cmbProvince="四川", cmbCity="成都", chkVip=True)
    monkeypatch.setattr(AffiliateForm, "exec", run)
    qtbot.keyClick(panel.tblRegister, Key.Key_N, Ctrl)
    row = store.conn.execute("SELECT id, name, nickname, qq, phone, province, city, vip FROM affiliates "
                             "WHERE name = '赵六'").fetchone()
    assert row[1:] == ("赵六", "六六优惠", "888888", "13900139000", "四川", "成都", 1)
    assert af.get_affiliate(store, row[0]).tags == ("学生", "新人")
    assert "赵六" in shown(panel) and panel.selected_ids() == [row[0]]
    assert panel.detail.lblName.text().startswith("赵六")


def test_the_form_explains_a_bad_qq_in_chinese_and_keeps_ok_off(store, people, window, qtbot):
    form = AffiliateForm(store)
    qtbot.addWidget(form)
    assert not form.btnOk.isEnabled()  # no name yet
    form.edtName.setText("赵六")
    assert form.btnOk.isEnabled()
    form.edtQq.setText("0123")
    form.edtQq.editingFinished.emit()
    assert form.lblError.text() == "QQ：“0123”不是QQ号（5 到 11 位数字，不以 0 开头）。"
    assert not form.btnOk.isEnabled() and "b00020" in form.edtQq.styleSheet()
    form.edtQq.setText("1234567")
    assert form.btnOk.isEnabled() and form.lblError.isHidden()
    form.edtPhone.setText("12345")
    form.edtPhone.editingFinished.emit()
    assert form.lblError.text().startswith("电话：“12345”不是电话号码")
    assert store.conn.execute("SELECT count(*) FROM affiliates WHERE name = '赵六'").fetchone()[0] == 0


def test_a_taken_promoter_key_is_refused_naming_the_holder(panel, store, monkeypatch, qtbot):
    af.update_affiliate(store, panel.model.row(0).id, keys=[("nick", "ls_001")])  # 李四
    run = fill_form(edtName="赵六")

    def with_key(form):
        form.keyEdits["nick"].setText("ls_001")
        return run(form)
    monkeypatch.setattr(AffiliateForm, "exec", with_key)
    panel.add()
    assert run.seen[0][0] == "推广者标识“ls_001”已属于李四。"
    assert store.conn.execute("SELECT count(*) FROM affiliates WHERE name = '赵六'").fetchone()[0] == 0


def test_enter_edits_the_selected_affiliate(panel, store, people, qtbot, monkeypatch):
    select(panel, "王五")
    monkeypatch.setattr(AffiliateForm, "exec", fill_form(cmbStatus="合作中", edtWechat="wx_wang5"))
    qtbot.keyClick(panel.tblRegister, Key.Key_Return)
    a = af.get_affiliate(store, people["王五"])
    assert (a.status, a.wechat, a.channels[0].name) == ("active", "wx_wang5", "王五说")
    assert cell(panel, "王五", rm.STATUS) == "合作中" and panel.selected_ids() == [people["王五"]]


def test_the_duplicate_warning_links_to_the_record_on_file(panel, store, people, qtbot, monkeypatch):
    seen = {}

    def run(form):
        form.edtName.setText("张三丰")
        form.edtQq.setText("12345")
        form.edtQq.editingFinished.emit()
        seen["text"] = form.lblDuplicate.text()
        seen["visible"] = form.lblDuplicate.isVisibleTo(form)
        form.lblDuplicate.linkActivated.emit(people["张三"])  # the user clicks 打开
        return form.result()
    monkeypatch.setattr(AffiliateForm, "exec", run)
    panel.cmbKind.setCurrentIndex(panel.cmbKind.findText("团长"))  # 张三 is hidden by a filter
    panel.add()
    assert seen["visible"] and seen["text"].startswith("该QQ已登记：张三（<a href=")
    assert seen["text"].endswith(">打开</a>）")
    assert panel.selected_ids() == [people["张三"]] and panel.detail.affiliate.id == people["张三"]
    assert store.conn.execute("SELECT count(*) FROM affiliates WHERE name = '张三丰'").fetchone()[0] == 0


def test_the_link_asks_before_dropping_other_typing(store, people, window, qtbot, monkeypatch):
    form = AffiliateForm(store)
    qtbot.addWidget(form)
    form.edtNickname.setText("太极")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    form.open_existing(people["张三"])
    assert form.open_id is None and form.result() == 0


def test_delete_goes_to_the_trash_and_ctrl_z_brings_it_back(panel, store, people, qtbot):
    select(panel, "张三")
    qtbot.keyClick(panel.tblRegister, Key.Key_Delete)
    assert shown(panel) == ["李四", "王五"]
    assert store.conn.execute("SELECT deleted_at FROM affiliates WHERE id = ?", (people["张三"],)).fetchone()[0]
    assert panel.notice.lblText.text() == "已把 张三 移到回收站" and panel.notice.btnUndo.isVisibleTo(panel)
    qtbot.keyClick(panel.tblRegister, Key.Key_Z, Ctrl)
    assert shown(panel) == ["李四", "王五", "张三"] and panel.selected_ids() == [people["张三"]]
    assert store.conn.execute("SELECT deleted_at FROM affiliates WHERE id = ?", (people["张三"],)).fetchone()[0] is None


def test_the_trash_restores_and_deletes_forever_after_asking(panel, store, people, qtbot, monkeypatch):
    af.delete_affiliates(store, [people["张三"], people["李四"]])
    panel.refresh()
    dialog = TrashDialog(store, panel)
    qtbot.addWidget(dialog)
    dialog.changed.connect(panel.refresh)
    assert dialog.tblTrash.rowCount() == 2 and dialog.lblInfo.text() == "回收站中有 2 位"
    dialog.tblTrash.selectRow([dialog.tblTrash.item(r, 0).text() for r in range(2)].index("张三"))
    dialog.btnRestore.click()
    assert "张三" in shown(panel) and dialog.tblTrash.rowCount() == 1
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    dialog.tblTrash.selectRow(0)
    dialog.btnPurge.click()
    assert store.conn.execute("SELECT count(*) FROM affiliates WHERE id = ?", (people["李四"],)).fetchone()[0] == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    dialog.btnPurge.click()
    assert store.conn.execute("SELECT count(*) FROM affiliates WHERE id = ?", (people["李四"],)).fetchone()[0] == 0
    assert asked[0].startswith("永久删除这 1 位淘客") and dialog.lblInfo.text() == "回收站是空的。"


def test_the_detail_pane_and_the_private_fee_banner(panel, store, people, qtbot):
    changed = []
    panel.current_changed.connect(changed.append)
    store.conn.execute("UPDATE affiliates SET private_fee = 1, orders = 4, paid_fen = 40000, commission_fen = 8000 "
                       "WHERE id = ?", (people["张三"],))
    panel.refresh()
    select(panel, "张三")
    assert changed[-1] == people["张三"]
    detail = panel.detail
    assert detail.lblBanner.isVisibleTo(detail) and detail.lblBanner.text() == "此人有私下收费记录 — 违反平台结算规则"
    assert "大客户" in detail.lblName.text()
    summary = detail.lblSummary.text()
    assert "4 单，推广金额 ¥400.00，佣金 ¥80.00" in summary and "实际佣金率 20%" in summary
    assert "淘客交流1群" in summary and "高佣" in summary
    assert cell(panel, "张三", rm.NAME) == "★ 张三 ⚠"
    select(panel, "李四")
    assert not detail.lblBanner.isVisibleTo(detail)
    panel.tblRegister.clearSelection()
    assert changed[-1] == "" and detail.stack.currentIndex() == 0


def test_select_affiliate_clears_a_filter_that_hides_it(panel, people):
    panel.edtSearch.setText("ls")
    panel.apply_filters()
    assert shown(panel) == ["李四"]
    assert panel.select_affiliate(people["王五"])
    assert panel.edtSearch.text() == "" and panel.selected_ids() == [people["王五"]]
    assert not panel.select_affiliate("no-such-id")


def test_the_picker_finds_by_initials_and_enter_picks(store, people, window, qtbot):
    dialog = AffiliatePickerDialog(store, "选择")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.lstFound.count() == 3
    qtbot.keyClicks(dialog.edtSearch, "ls")
    qtbot.keyClick(dialog.edtSearch, Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.chosen == people["李四"]
    other = AffiliatePickerDialog(store)
    qtbot.addWidget(other)
    other.edtSearch.setText("没有")
    other.search()
    assert other.lstFound.count() == 0 and other.lblCount.text() == "没有找到匹配的淘客。"
    assert not other.btnOk.isEnabled() and other.windowTitle() == "选择淘客"


@pytest.mark.parametrize("text", ["", "a0"])  # paged by LIMIT/OFFSET; by rowids (a search scans anyway)
def test_a_long_register_is_read_a_block_at_a_time(panel, store, monkeypatch, text):
    monkeypatch.setattr(rm, "BLOCK", 2)
    names = [f"A{n:02d}" for n in range(7)]
    for name in names:
        af.add_affiliate(store, {"name": name})
    panel.edtSearch.setText(text)
    panel.apply_filters()
    assert (panel.model.rowids is None) == (text == "")
    assert panel.model.rowCount() == (10 if text == "" else 7)
    assert [panel.model.row(r).name for r in range(7)] == names
    panel.tblRegister.horizontalHeader().setSortIndicator(rm.NAME, Qt.SortOrder.DescendingOrder)
    last = store.conn.execute("SELECT id FROM affiliates WHERE name = 'A00'").fetchone()[0]
    if text == "":
        assert panel.model.row_of(last, exhaustive=False) is None  # paged: not read yet
    assert panel.select_affiliate(last) and panel.tblRegister.selected_rows() == [panel.model.rowCount() - 1]


def test_typing_then_down_goes_to_the_first_match(panel, qtbot):
    qtbot.keyClicks(panel.edtSearch, "ww")
    qtbot.keyClick(panel.edtSearch, Key.Key_Down)
    assert shown(panel) == ["王五"] and panel.selected_ids() == [panel.model.row(0).id]


def test_record_private_fee_opens_the_dialog_and_shows_the_banner(panel, store, people, monkeypatch):
    from app.ui.affiliates import private_fee_dialog

    opened = []

    def exec_(dialog):
        opened.append(dialog)
        store.conn.execute("UPDATE affiliates SET private_fee = 1 WHERE id = ?", (people["王五"],))
        return 1
    monkeypatch.setattr(private_fee_dialog.PrivateFeeDialog, "exec", exec_)
    select(panel, "王五")
    assert not panel.detail.lblBanner.isVisibleTo(panel.detail)
    panel.detail.btnPrivateFee.click()
    assert len(opened) == 1 and panel.detail.lblBanner.isVisibleTo(panel.detail)
    assert cell(panel, "王五", rm.NAME) == "王五 ⚠"


def test_import_and_export_call_the_register_io_module(panel, people, monkeypatch):
    import sys
    import types

    calls = []
    fake = types.ModuleType("app.ui.affiliates.register_io")

    def import_register(parent, store):
        calls.append(("import", parent is panel))
        af.add_affiliate(store, {"name": "新来的"})
        return True
    fake.import_register = import_register
    fake.export_register = lambda parent, store, ids: calls.append(("export", ids))
    monkeypatch.setitem(sys.modules, "app.ui.affiliates.register_io", fake)
    import app.ui.affiliates as package
    monkeypatch.setattr(package, "register_io", fake, raising=False)
    panel.btnImport.click()
    assert "新来的" in shown(panel)
    panel.btnExport.click()
    panel.cmbKind.setCurrentIndex(panel.cmbKind.findText("团长"))
    panel.btnExport.click()
    assert calls == [("import", True), ("export", None), ("export", [people["李四"]])]
