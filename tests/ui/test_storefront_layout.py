"""首页布局: adding, moving (keys and drag) and removing modules, and the rules' findings
appearing and clearing as the layout changes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QStyle

from app.core import storefront as sf
from app.core import storefront_layout as lay
from tests.ui.test_storefront import Ctrl, Key, tab, window  # noqa: F401 - fixtures

GOOD = [("signboard", 1, 950), ("carousel", 1, 950), ("search", 1, 190), ("category", 1, 190),
        ("service", 2, 190), ("follow", 2, 190)]


@pytest.fixture
def panel(tab):
    return tab.layout_panel


def open_shop(tab, modules, platform="tmall"):
    shop = sf.add_shop(tab.store, name="小林家居旗舰店", platform=platform)
    for kind, screen, width in modules:
        lay.add_module(tab.store, shop.id, kind=kind, screen=screen, width=width)
    tab.reload_shops(shop.id)
    tab.tabsShop.setCurrentWidget(tab.layout_panel)
    return shop


def kinds(tab, shop) -> list[str]:
    return [m.kind for m in lay.list_modules(tab.store, shop.id)]


def rows(panel) -> list[str]:
    return [panel.lstModules.item(r).text() for r in range(panel.lstModules.count())]


def test_an_empty_layout_says_how_to_start(tab, panel):
    open_shop(tab, [])
    assert panel.finding_texts() == ["布局还是空的。从上到下添加首页的模块，每加一个都会随时检查。"]
    assert not panel.lblLayoutOk.isVisible()


def test_add_modules_from_the_menu_below_the_selected_one(tab, panel):
    shop = open_shop(tab, [])
    panel.kind_actions["carousel"].trigger()
    panel.kind_actions["service"].trigger()
    panel.lstModules.setCurrentRow(0)
    panel.kind_actions["coupon"].trigger()
    assert kinds(tab, shop) == ["carousel", "coupon", "service"]
    assert rows(panel) == ["1. 海报/轮播 · 第1屏", "2. 优惠券 · 第1屏", "3. 客服中心 · 第1屏"]
    assert panel.lstModules.currentRow() == 1 and panel.editor.cmbKind.currentText() == "优惠券"


def test_the_editor_changes_the_selected_module_and_its_row(tab, panel, qtbot):
    shop = open_shop(tab, [("carousel", 1, None)])
    editor = panel.editor
    editor.cmbScreen.setCurrentIndex(editor.cmbScreen.findData(2))
    editor.cmbWidth.setCurrentIndex(editor.cmbWidth.findData(950))
    editor.edtTitle.setText("双11主海报")
    editor.edtTitle.editingFinished.emit()
    [module] = lay.list_modules(tab.store, shop.id)
    assert (module.screen, module.width, module.title) == (2, 950, "双11主海报")
    assert rows(panel) == ["1. 海报/轮播 · 第2屏 · 950px · 双11主海报"]


def test_ctrl_down_and_ctrl_up_move_a_module(tab, panel, qtbot):
    shop = open_shop(tab, GOOD)
    panel.lstModules.setCurrentRow(0)
    qtbot.keyClick(panel.lstModules, Key.Key_Down, Ctrl)
    qtbot.keyClick(panel.lstModules, Key.Key_Down, Ctrl)
    assert kinds(tab, shop)[:3] == ["carousel", "search", "signboard"]
    assert rows(panel)[2] == "3. 店招 · 第1屏 · 950px" and panel.lstModules.currentRow() == 2
    qtbot.keyClick(panel.lstModules, Key.Key_Up, Ctrl)
    assert kinds(tab, shop)[:3] == ["carousel", "signboard", "search"]


def test_a_drag_and_drop_move_is_saved(tab, panel, qtbot):
    shop = open_shop(tab, GOOD)
    ids = [m.id for m in lay.list_modules(tab.store, shop.id)]
    # What an internal drag does to the list: move row 0 to before row 3.
    assert panel.lstModules.model().moveRows(QModelIndex(), 0, 1, QModelIndex(), 3)
    qtbot.waitUntil(lambda: [m.id for m in lay.list_modules(tab.store, shop.id)] == [*ids[1:3], ids[0], *ids[3:]])
    assert rows(panel)[2].startswith("3. 店招")


def test_a_missing_service_centre_is_warned_about_until_one_is_added(tab, panel, qtbot):
    shop = open_shop(tab, [m for m in GOOD if m[0] != "service"])
    [text] = panel.finding_texts()
    assert text.startswith("没有客服中心")
    assert panel.lstFindings.isVisible() and not panel.lblLayoutOk.isVisible()
    assert tab.tabsShop.tabText(1) == "首页布局（1）"
    panel.lstModules.setCurrentRow(panel.lstModules.count() - 1)
    qtbot.keyClick(panel.lstModules, Key.Key_Insert)  # a new module below the selected one
    assert kinds(tab, shop)[-1] == "custom" and panel.finding_texts() == [text]
    assert panel.lstModules.currentRow() == len(GOOD) - 1
    panel.editor.cmbKind.setCurrentIndex(panel.editor.cmbKind.findData("service"))
    assert kinds(tab, shop)[-1] == "service"
    assert panel.finding_texts() == []
    assert panel.lblLayoutOk.isVisible() and "布局检查通过" in panel.lblLayoutOk.text()
    assert tab.tabsShop.tabText(1) == "首页布局"


def test_a_width_tmall_refuses_is_an_error_and_clicking_it_selects_the_module(tab, panel, qtbot):
    open_shop(tab, [*GOOD, ("ranking", 2, 750)])
    [text] = panel.finding_texts()
    assert "750" in text and "190" in text
    item = panel.lstFindings.item(0)
    critical = panel.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
    assert item.icon().pixmap(16).toImage() == critical.pixmap(16).toImage()
    panel.lstModules.clearSelection()
    panel._select_modules_of(item)
    assert [i.text() for i in panel.lstModules.selectedItems()] == ["7. 宝贝排行 · 第2屏 · 750px"]


def test_widths_are_not_checked_on_pinduoduo(tab, panel):
    open_shop(tab, [*GOOD, ("ranking", 2, 750)], platform="pdd")
    assert panel.finding_texts() == [] and panel.lblLayoutOk.isVisible()


def test_remove_a_module_with_delete_and_undo_it(tab, panel, qtbot):
    shop = open_shop(tab, GOOD)
    panel.lstModules.setCurrentRow(4)
    qtbot.keyClick(panel.lstModules, Key.Key_Delete)
    assert "service" not in kinds(tab, shop)
    assert panel.finding_texts()[0].startswith("没有客服中心")
    assert "客服中心" in tab.lblNotice.text() and tab.btnUndo.isVisible()
    qtbot.keyClick(panel.lstModules, Key.Key_Z, Ctrl)
    assert kinds(tab, shop) == [k for k, _s, _w in GOOD]
    assert panel.finding_texts() == [] and panel.current_module().kind == "service"
