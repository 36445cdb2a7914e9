"""The storefront tab as a shop owner uses it: shops, ticking the checklist with the keyboard,
progress and scores, stale items, reviews and their comparison, undo. Each test checks what the
user sees and what landed in the database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox

from app.core import storefront as sf
from app.core import storefront_reviews as rv
from app.ui.settings import set_staff_name
from app.ui.storefront import checklist_model as cm
from app.ui.widgets.common import AMBER
from app.ui.storefront.compare_dialog import CompareDialog
from app.ui.storefront.item_dialog import ItemDialog
from app.ui.storefront.shop_dialog import ShopDialog
from app.ui.storefront.tab import NO_SHOPS, SHOPS
from tests.ui.test_translations import english_left, visible_texts

Key, Ctrl = Qt.Key, Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(make_window):
    set_staff_name("小王")
    window = make_window("zh_CN")
    window.tabs.setCurrentIndex(2)
    return window


@pytest.fixture
def tab(window):
    return window.storefront_tab


@pytest.fixture
def shop(tab):
    shop = sf.add_shop(tab.store, name="小林家居旗舰店", platform="tmall", url="https://xiaolin.tmall.com")
    tab.reload_shops(shop.id)
    return shop


def states(tab, shop) -> dict[str, rv.ItemState]:
    return {s.item.id: s for s in rv.checklist(tab.store, shop.id)}


def select(tab, item_id: str) -> int:
    row = tab.checklist.model.row_of(item_id)
    tab.checklist.tblChecklist.select_row(row)
    return row


def cell(tab, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    model = tab.checklist.model
    return model.data(model.index(row, column), role)


def fill_and_ok(**fields):
    """A stand-in for a dialog's exec: type into its fields, press OK, return its result."""
    def run(dialog):
        for name, value in fields.items():
            widget = getattr(dialog, name)
            if isinstance(widget, QComboBox) and widget.isEditable():
                widget.setEditText(value)
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(widget.findText(value))
            else:
                widget.clear()
                widget.insert(value) if isinstance(widget, QLineEdit) else widget.setPlainText(value)
        dialog.btnOk.click()
        if dialog.result() != dialog.DialogCode.Accepted:
            run.errors.append(dialog.lblError.text())
            dialog.reject()
        return dialog.result()
    run.errors = []
    return run


# --- shops --------------------------------------------------------------------------------


def test_without_shops_a_friendly_empty_state_offers_to_add_one(tab):
    assert tab.stack.currentIndex() == NO_SHOPS
    assert tab.emptyShops.lblTitle.text().endswith("还没有店铺</p>")
    assert tab.btnAddFirstShop.text() == "添加店铺…"


def test_add_a_shop_through_the_dialog(tab, monkeypatch):
    monkeypatch.setattr(ShopDialog, "exec", fill_and_ok(edtName=" 小林家居旗舰店 ", cmbPlatform="天猫",
                                                        edtUrl="https://xiaolin.tmall.com"))
    tab.btnAddFirstShop.click()
    [shop] = sf.list_shops(tab.store)
    assert (shop.name, shop.platform, shop.url) == ("小林家居旗舰店", "tmall", "https://xiaolin.tmall.com")
    assert tab.stack.currentIndex() == SHOPS
    assert tab.lstShops.currentItem().text() == "小林家居旗舰店  ·  天猫  ·  0分"
    assert tab.header.lblShopName.text() == "小林家居旗舰店"
    assert tab.header.barScore.value() == 0
    assert tab.checklist.model.rowCount() == 18


def test_an_empty_shop_name_is_explained_in_chinese_and_changes_nothing(tab, monkeypatch):
    exec_ = fill_and_ok(edtName="   ", cmbPlatform="淘宝")
    monkeypatch.setattr(ShopDialog, "exec", exec_)
    tab.btnAddFirstShop.click()
    assert exec_.errors == ["请输入店铺名称。"]
    assert sf.list_shops(tab.store) == []
    assert tab.stack.currentIndex() == NO_SHOPS


def test_edit_a_shop_with_f2(tab, shop, qtbot, monkeypatch):
    monkeypatch.setattr(ShopDialog, "exec", fill_and_ok(edtName="小林家居", cmbPlatform="淘宝"))
    qtbot.keyClick(tab.lstShops, Key.Key_F2)
    assert (sf.get_shop(tab.store, shop.id).name, sf.get_shop(tab.store, shop.id).platform) == ("小林家居", "taobao")
    assert tab.lstShops.currentItem().text().startswith("小林家居  ·  淘宝")


def test_delete_a_shop_then_undo_with_ctrl_z(tab, shop, qtbot):
    other = sf.add_shop(tab.store, name="阿美手工饰品", platform="taobao")
    tab.reload_shops(shop.id)
    tab.btnDeleteShop.click()
    assert [s.name for s in sf.list_shops(tab.store)] == ["阿美手工饰品"]
    assert tab.header.lblShopName.text() == "阿美手工饰品"
    assert tab.frmNotice.isVisible() and "小林家居旗舰店" in tab.lblNotice.text()
    assert tab.btnUndo.isVisible() and tab.btnUndo.text() == "撤销"
    qtbot.keyClick(tab.lstShops, Key.Key_Z, Ctrl)
    assert [s.id for s in sf.list_shops(tab.store)] == [shop.id, other.id]
    assert tab.header.lblShopName.text() == "小林家居旗舰店"
    assert tab.lblNotice.text().startswith("已撤销") and not tab.btnUndo.isVisible()


def test_deleting_the_last_shop_shows_the_empty_state_and_the_undo_button(tab, shop):
    tab.btnDeleteShop.click()
    assert tab.stack.currentIndex() == NO_SHOPS
    tab.btnUndo.click()
    assert tab.stack.currentIndex() == SHOPS and [s.id for s in sf.list_shops(tab.store)] == [shop.id]


# --- ticking the checklist ---------------------------------------------------------------------


def test_tick_an_item_with_the_keyboard(tab, shop, qtbot):
    view = tab.checklist.tblChecklist
    row = select(tab, "required.carousel")
    assert cell(tab, row, cm.TITLE) == "★ 海报、轮播图"
    qtbot.keyClick(view, Key.Key_3)
    state = states(tab, shop)["required.carousel"]
    assert (state.status, state.checked_by) == ("done", "小王")
    assert cell(tab, row, cm.STATUS) == "已完成"
    assert cell(tab, row, cm.CHECKED).endswith(" 小王")
    assert tab.header.barScore.value() == rv.progress(states(tab, shop).values()).score > 0
    assert tab.header.lblProgress.text() == "已完成 1 / 适用 18 · 必备 1/6 · 过期 17"
    assert tab.lstShops.currentItem().text() == f"小林家居旗舰店  ·  天猫  ·  {tab.header.barScore.value()}分"


def test_space_cycles_the_status_and_keys_1_to_4_set_it(tab, shop, qtbot):
    view = tab.checklist.tblChecklist
    select(tab, "layout.alternate_modules")
    seen = []
    for _ in range(3):
        qtbot.keyClick(view, Key.Key_Space)
        seen.append(states(tab, shop)["layout.alternate_modules"].status)
    assert seen == ["doing", "done", "todo"]
    qtbot.keyClick(view, Key.Key_4)
    assert states(tab, shop)["layout.alternate_modules"].status == "na"
    assert tab.header.lblProgress.text().startswith("已完成 0 / 适用 17")
    help_text = tab.checklist.model.headerData(cm.STATUS, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "空格键" in help_text and "1–4" in help_text


def test_several_rows_at_once(tab, shop, qtbot):
    view = tab.checklist.tblChecklist
    view.select_row(0)
    view.selectionModel().select(tab.checklist.model.index(1, 0), view.selectionModel().SelectionFlag.Select
                                 | view.selectionModel().SelectionFlag.Rows)
    qtbot.keyClick(view, Key.Key_2)
    assert [s.status for s in rv.checklist(tab.store, shop.id)][:3] == ["doing", "doing", "todo"]


def test_status_screen_and_notes_through_the_cell_editors(tab, shop, qtbot):
    view = tab.checklist.tblChecklist
    row = select(tab, "required.ranking")
    view.edit(tab.checklist.model.index(row, cm.STATUS))
    combo = view.indexWidget(tab.checklist.model.index(row, cm.STATUS))
    assert [combo.itemText(i) for i in range(combo.count())] == ["未做", "进行中", "已完成", "不适用"]
    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    view.edit(tab.checklist.model.index(row, cm.SCREEN))
    combo = view.indexWidget(tab.checklist.model.index(row, cm.SCREEN))
    combo.setCurrentIndex(combo.findText("3屏以下"))
    combo.activated.emit(combo.currentIndex())
    view.edit(tab.checklist.model.index(row, cm.NOTES))
    editor = view.indexWidget(tab.checklist.model.index(row, cm.NOTES))
    assert isinstance(editor, QLineEdit)
    editor.setText("排行榜放第2屏")  # QTest types ASCII only
    qtbot.keyClick(editor, Key.Key_Return)  # commits through a queued call
    qtbot.waitUntil(lambda: states(tab, shop)["required.ranking"].notes != "")
    state = states(tab, shop)["required.ranking"]
    assert (state.status, state.screen, state.notes) == ("doing", 4, "排行榜放第2屏")
    assert (cell(tab, row, cm.STATUS), cell(tab, row, cm.SCREEN)) == ("进行中", "3屏以下")


def test_unchecked_and_old_items_are_stale_in_amber(tab, shop):
    row = select(tab, "required.carousel")
    assert cell(tab, row, cm.STATUS, Qt.ItemDataRole.BackgroundRole).color() == QColor(AMBER)
    assert "过期" in cell(tab, row, cm.CHECKED, Qt.ItemDataRole.ToolTipRole)
    tab.checklist.set_status("done")
    assert cell(tab, row, cm.STATUS, Qt.ItemDataRole.BackgroundRole) is None
    assert not states(tab, shop)["required.carousel"].stale


def test_the_title_tooltip_gives_the_reason(tab, shop):
    row = select(tab, "required.ranking")
    tip = cell(tab, row, cm.TITLE, Qt.ItemDataRole.ToolTipRole)
    assert "打造爆款" in tip and "必备模块" in tip


# --- the user's own items -------------------------------------------------------------------


def test_add_move_delete_and_undo_an_own_item(tab, shop, qtbot, monkeypatch):
    monkeypatch.setattr(ItemDialog, "exec", fill_and_ok(edtTitle="详情页首屏放买家秀", edtReason="买家先看评价",
                                                        cmbGroup="详情页"))
    view = tab.checklist.tblChecklist
    qtbot.keyClick(view, Key.Key_Insert)
    [own] = [i for i in sf.list_items(tab.store, shop_id=shop.id) if not i.builtin]
    assert (own.group, own.reason_zh, own.shop_id) == ("详情页", "买家先看评价", None)
    last = tab.checklist.model.rowCount() - 1
    assert (cell(tab, last, cm.GROUP), cell(tab, last, cm.TITLE)) == ("详情页", "详情页首屏放买家秀")
    assert view.selected_rows() == [last]
    qtbot.keyClick(view, Key.Key_Up, Ctrl)
    qtbot.keyClick(view, Key.Key_Up, Ctrl)
    ids = [i.id for i in sf.list_items(tab.store, shop_id=shop.id)]
    assert ids.index(own.id) == last - 2 and view.selected_rows() == [last - 2]
    qtbot.keyClick(view, Key.Key_Down, Ctrl)
    assert [i.id for i in sf.list_items(tab.store, shop_id=shop.id)].index(own.id) == last - 1
    qtbot.keyClick(view, Key.Key_Delete)
    assert own.id not in [i.id for i in sf.list_items(tab.store, shop_id=shop.id)]
    assert tab.checklist.model.rowCount() == 18 and "详情页首屏放买家秀" in tab.lblNotice.text()
    qtbot.keyClick(view, Key.Key_Z, Ctrl)
    assert [i.id for i in sf.list_items(tab.store, shop_id=shop.id)].index(own.id) == last - 1


def test_built_in_items_cannot_be_deleted_only_hidden(tab, shop, qtbot):
    view = tab.checklist.tblChecklist
    select(tab, "follow.left_sidebar")
    assert not tab.checklist.actDeleteItem.isEnabled()
    qtbot.keyClick(view, Key.Key_Delete)
    assert "follow.left_sidebar" in states(tab, shop)
    qtbot.keyClick(view, Key.Key_H, Ctrl)
    assert "follow.left_sidebar" not in states(tab, shop)
    assert tab.checklist.model.rowCount() == 17
    assert tab.header.lblProgress.text().startswith("已完成 0 / 适用 17")
    tab.checklist.chkShowHidden.setChecked(True)
    row = tab.checklist.model.row_of("follow.left_sidebar")
    assert cell(tab, row, cm.TITLE).endswith("（已隐藏）")
    tab.checklist.tblChecklist.select_row(row)
    assert tab.checklist.actHideItem.text() == "取消隐藏"
    tab.checklist.actHideItem.trigger()
    assert "follow.left_sidebar" in states(tab, shop)


# --- reviews ------------------------------------------------------------------------------


def test_start_a_review_after_confirming_then_compare(tab, shop, qtbot, monkeypatch):
    select(tab, "required.carousel")
    qtbot.keyClick(tab.checklist.tblChecklist, Key.Key_3)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text: asked.append(text)
                        or QMessageBox.StandardButton.Yes)
    tab.header.btnStartReview.click()
    assert "小林家居旗舰店" in asked[0] and "未做" in asked[0]
    assert {s.status for s in states(tab, shop).values()} == {"todo"}
    assert [r.review.number for r in rv.list_reviews(tab.store, shop.id)] == [2, 1]
    assert tab.header.barScore.value() == 0 and cell(tab, 0, cm.STATUS) == "未做"
    assert "第2轮" in tab.window().statusBar().currentMessage()

    shown = []
    monkeypatch.setattr(CompareDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    tab.header.btnCompare.click()
    dialog = shown[0]
    assert dialog.cmbA.currentText().startswith("第1轮") and dialog.cmbB.currentText().startswith("第2轮")
    assert dialog.cmbB.currentText().endswith("（当前）")
    table = dialog.tblCompare
    rows = {table.item(r, 0).text(): [table.item(r, c).text() for c in (1, 2, 3)] for r in range(table.rowCount())}
    assert rows["海报、轮播图"] == ["已完成", "未做", "退步"]
    assert rows["排行榜"] == ["未做", "未做", "不变"]
    assert "退步 1" in dialog.lblCounts.text() and "不变 17" in dialog.lblCounts.text()
    assert table.horizontalHeaderItem(1).text() == "第1轮"


def test_declining_the_confirmation_changes_nothing(tab, shop, monkeypatch):
    tab.checklist.set_status("done")
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    tab.header.btnStartReview.click()
    assert len(rv.list_reviews(tab.store, shop.id)) == 1
    assert states(tab, shop)["required.carousel"].status == "done"


# --- the model and the language -----------------------------------------------------------


def test_checklist_model_passes_the_model_tester(tab, shop, qtmodeltester):
    tab.checklist.set_status("done")
    qtmodeltester.check(tab.checklist.model)


def test_chinese_storefront_has_no_english_left(window, tab):
    from app.core.demo import load_demo

    load_demo(tab.store)
    tab.set_store(tab.store)
    texts = visible_texts(window)
    model = tab.checklist.model
    texts += [model.headerData(c, Qt.Orientation.Horizontal, role) for c in range(model.columnCount())
              for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)]
    texts += [model.data(model.index(r, c), Qt.ItemDataRole.ToolTipRole) for r in range(model.rowCount())
              for c in range(model.columnCount())]
    texts += tab.layout_panel.finding_texts()
    assert "检查清单" in texts and len(texts) > 100
    assert english_left([t for t in texts if t]) == []


def test_a_built_in_item_can_move_to_another_group_but_keeps_its_text(tab, shop, monkeypatch):
    monkeypatch.setattr(ItemDialog, "exec", fill_and_ok(edtTitle="改不了", cmbGroup="上新前检查"))
    row = select(tab, "follow.left_sidebar")
    tab.checklist.actEditItem.trigger()
    item = states(tab, shop)["follow.left_sidebar"].item
    assert (item.group, item.title_zh) == ("上新前检查", "左侧栏引导关注微信公众号")
    assert cell(tab, row, cm.GROUP) == "上新前检查"


def test_in_english_the_same_tab_speaks_english(make_window):
    window = make_window("en")
    tab = window.storefront_tab
    shop = sf.add_shop(tab.store, name="Xiaolin Home", platform="tmall")
    tab.reload_shops(shop.id)
    assert tab.lstShops.currentItem().text() == "Xiaolin Home  ·  Tmall  ·  0 pts"
    assert tab.header.lblProgress.text() == "Done 0 / applicable 18 · required 0/6 · stale 18"
    assert (cell(tab, 0, cm.TITLE), cell(tab, 0, cm.STATUS)) == ("★ Poster / carousel", "To do")


def test_a_campaign_within_a_week_asks_for_the_stale_items(tab, shop):
    from datetime import date, timedelta

    from app.core import campaigns

    header = tab.header
    assert header.lblCampaign.isHidden()
    start = date.today() + timedelta(days=3)
    campaigns.add_campaign(tab.store, name="双11预热", start_date=start, end_date=start + timedelta(days=2),
                           with_tasks=False)
    tab.reload_shops(shop.id)
    stale = [s for s in rv.checklist(tab.store, shop.id) if s.stale]
    assert not header.lblCampaign.isHidden()
    assert header.lblCampaign.text() == f"活动“双11预热”3 天后开始：本店有 {len(stale)} 项检查已过期，请在活动前检查。"
    assert stale[0].item.title("zh_CN") in header.lblCampaign.toolTip()
