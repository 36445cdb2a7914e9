"""The products dialog (Edit → 商品…) as a shop owner uses it: adding through the form, bad input
explained in Chinese, sorting by a header click, searching, deleting and undoing. Each test
checks what the user sees and what is in the database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from app.core import products as catalog
from app.ui.products import product_model as pm
from app.ui.products.product_form import ProductForm
from app.ui.products.products_dialog import EMPTY, TABLE, ProductsDialog

Key, Ctrl = Qt.Key, Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def store(make_window):
    return make_window("zh_CN").store


@pytest.fixture
def dialog(store, qtbot):
    dialog = ProductsDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.fixture
def three(store):
    return [catalog.add_product(store, title=t, price_fen=p, cost_fen=c, fee_bp=500)
            for t, p, c in (("Mug 北欧风马克杯", 5900, 2000), ("保温杯 500ml", 12900, 9000), ("竹制杯垫", 1990, 300))]


def titles(dialog) -> list[str]:
    return [dialog.model.data(dialog.model.index(r, pm.TITLE)) for r in range(dialog.model.rowCount())]


def cell(dialog, row: int, column: int) -> str:
    return dialog.model.data(dialog.model.index(row, column))


def fill_form(qtbot, **fields):
    """A stand-in for the form's exec: type into its fields, tick boxes, press OK; returns its result."""
    def run(form):
        for name, value in fields.items():
            widget = getattr(form, name)
            if isinstance(value, bool):
                widget.setChecked(value)
            else:
                widget.clear()
                qtbot.keyClicks(widget, value) if value.isascii() else widget.setText(value)
        form.btnOk.click()
        if form.result() != form.DialogCode.Accepted:
            run.errors.append(form.lblError.text())
            form.reject()
        return form.result()
    run.errors = []
    return run


def click_header(qtbot, dialog, column: int) -> None:
    header = dialog.tblProducts.horizontalHeader()
    pos = QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=pos)


# --- adding and editing ------------------------------------------------------------------


def test_an_empty_catalogue_says_so_and_offers_to_add(dialog):
    assert dialog.stack.currentIndex() == EMPTY
    assert dialog.emptyProducts.lblTitle.text().endswith("还没有商品</p>")
    assert dialog.btnAdd.text() == "添加…" and dialog.lblCount.text() == "共 0 件商品"


def test_add_a_product_through_the_form_with_the_insert_key(dialog, store, qtbot, monkeypatch):
    monkeypatch.setattr(ProductForm, "exec", fill_form(
        qtbot, edtTitle="北欧风陶瓷马克杯", edtItemId="600123456", edtPrice="99.9", edtCost="35", edtFee="5%",
        edtCommission="20", chkBestseller=True))
    qtbot.keyClick(dialog.tblProducts, Key.Key_Insert)
    [product] = catalog.list_products(store)
    assert (product.title, product.platform_item_id, product.price_fen, product.cost_fen, product.fee_bp,
            product.commission_bp, product.bestseller, product.listed) == (
        "北欧风陶瓷马克杯", "600123456", 9990, 3500, 500, 2000, True, True)
    assert dialog.stack.currentIndex() == TABLE and dialog.lblCount.text() == "共 1 件商品"
    assert [cell(dialog, 0, c) for c in range(pm.COLUMNS)] == [
        "北欧风陶瓷马克杯", "600123456", "¥99.90", "¥35.00", "5%", "¥59.90 (59.96%)", "★", "在售", "20%"]


def test_an_empty_title_is_refused_in_chinese_and_nothing_is_written(dialog, store, qtbot, monkeypatch):
    run = fill_form(qtbot, edtTitle="   ", edtPrice="10")
    monkeypatch.setattr(ProductForm, "exec", run)
    dialog.btnAdd.click()
    assert run.errors == ["请输入商品标题。"]
    assert catalog.count_products(store) == 0 and dialog.model.rowCount() == 0


def test_ok_is_disabled_while_an_amount_is_invalid(store, qtbot):
    form = ProductForm(store)
    qtbot.addWidget(form)
    qtbot.keyClicks(form.edtPrice, "12abc")
    assert not form.btnOk.isEnabled()
    assert "12abc" in form.lblError.text() and not form.lblError.isHidden()
    form.edtPrice.clear()
    qtbot.keyClicks(form.edtPrice, "12")
    qtbot.keyClicks(form.edtCost, "20")
    assert form.btnOk.isEnabled() and form.lblError.isHidden()
    assert form.lblMargin.text() == "每件 -¥8.00（占售价 -66.67%）" and "b00020" in form.lblMargin.styleSheet()


def test_lowering_a_bestsellers_commission_warns(store, qtbot):
    product = catalog.add_product(store, title="爆款T恤", price_fen=9900, cost_fen=3000, bestseller=True,
                                  commission_bp=3000)
    form = ProductForm(store, product)
    qtbot.addWidget(form)
    assert form.lblWarning.isHidden()
    form.edtCommission.clear()
    qtbot.keyClicks(form.edtCommission, "20%")
    assert not form.lblWarning.isHidden() and "爆款" in form.lblWarning.text()


def test_enter_edits_the_selected_product(dialog, store, three, qtbot, monkeypatch):
    dialog.reload()
    row = titles(dialog).index("竹制杯垫")
    dialog.tblProducts.select_row(row)
    monkeypatch.setattr(ProductForm, "exec", fill_form(qtbot, edtPrice="25", chkListed=False))
    qtbot.keyClick(dialog.tblProducts, Key.Key_Return)
    product = catalog.get_product(store, three[2].id)
    assert (product.price_fen, product.listed) == (2500, False)
    row = titles(dialog).index("竹制杯垫")
    assert (cell(dialog, row, pm.PRICE), cell(dialog, row, pm.STATUS)) == ("¥25.00", "已下架")
    assert dialog.isVisible()  # Enter edited; it did not close the dialog


def test_double_click_edits_and_cancel_changes_nothing(dialog, store, three, qtbot, monkeypatch):
    dialog.reload()
    row = titles(dialog).index("保温杯 500ml")
    seen = []
    monkeypatch.setattr(ProductForm, "exec", lambda form: seen.append(form.edtPrice.text()) or form.reject())
    view = dialog.tblProducts
    pos = view.visualRect(dialog.model.index(row, pm.PRICE)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)  # a double-click starts with a press
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert seen == ["129"] and not dialog.was_changed
    assert catalog.get_product(store, three[1].id) == three[1]


# --- sorting and searching -------------------------------------------------------------------


def test_a_header_click_sorts_in_the_database(dialog, store, three, qtbot):
    dialog.reload()
    assert titles(dialog) == [p.title for p in catalog.list_products(store, sort="title")]
    click_header(qtbot, dialog, pm.PRICE)
    assert titles(dialog) == [p.title for p in catalog.list_products(store, sort="price")] == [
        "竹制杯垫", "Mug 北欧风马克杯", "保温杯 500ml"]
    click_header(qtbot, dialog, pm.PRICE)
    assert titles(dialog) == ["保温杯 500ml", "Mug 北欧风马克杯", "竹制杯垫"]
    click_header(qtbot, dialog, pm.MARGIN)
    assert titles(dialog) == [p.title for p in catalog.list_products(store, sort="margin")]
    click_header(qtbot, dialog, pm.STATUS)  # not sortable: the order and its indicator stay
    assert titles(dialog) == [p.title for p in catalog.list_products(store, sort="margin")]
    assert dialog.tblProducts.horizontalHeader().sortIndicatorSection() == pm.MARGIN


def test_search_filters_by_title_or_item_id(dialog, store, three, qtbot):
    catalog.update_product(store, three[1].id, platform_item_id="778899")
    dialog.reload()
    qtbot.keyClicks(dialog.edtSearch, "mug")
    assert titles(dialog) == ["Mug 北欧风马克杯"] and dialog.lblCount.text() == "找到 1 件商品"
    dialog.edtSearch.clear()
    qtbot.keyClicks(dialog.edtSearch, "7788")
    assert titles(dialog) == ["保温杯 500ml"]
    dialog.edtSearch.clear()
    assert len(titles(dialog)) == 3 and dialog.lblCount.text() == "共 3 件商品"


# --- deleting and undo -----------------------------------------------------------------------


def test_delete_moves_to_the_trash_and_ctrl_z_brings_it_back(dialog, store, three, qtbot):
    dialog.reload()
    dialog.tblProducts.select_row(titles(dialog).index("保温杯 500ml"))
    qtbot.keyClick(dialog.tblProducts, Key.Key_Delete)
    assert "保温杯 500ml" not in titles(dialog) and catalog.count_products(store) == 2
    assert [p.id for p in catalog.list_deleted_products(store)] == [three[1].id]
    assert dialog.notice.lblText.text() == "已将“保温杯 500ml”移到回收站。"
    assert dialog.notice.btnUndo.isVisible() and dialog.notice.btnUndo.text() == "撤销"
    qtbot.keyClick(dialog.tblProducts, Key.Key_Z, Ctrl)
    assert catalog.count_products(store) == 3 and catalog.list_deleted_products(store) == []
    assert "保温杯 500ml" in titles(dialog) and dialog.notice.lblText.text().startswith("已撤销")
    assert not dialog.notice.btnUndo.isVisible()


def test_the_model_passes_qt_checks(dialog, three, qtmodeltester):
    dialog.reload()
    qtmodeltester.check(dialog.model)


def test_long_catalogues_are_fetched_a_page_at_a_time(store, dialog, monkeypatch):
    monkeypatch.setattr(pm, "PAGE", 2)
    for n in range(5):
        catalog.add_product(store, title=f"商品{n}", price_fen=1000 + n, cost_fen=500)
    dialog.reload()
    assert dialog.model.rowCount() == 2 and dialog.model.canFetchMore()
    while dialog.model.canFetchMore():
        dialog.model.fetchMore()
    assert titles(dialog) == [f"商品{n}" for n in range(5)] and dialog.lblCount.text() == "共 5 件商品"


# --- how it is opened ------------------------------------------------------------------------


def test_edit_menu_opens_the_dialog_modally(make_window, monkeypatch):
    window = make_window("zh_CN")
    shown = []
    monkeypatch.setattr(ProductsDialog, "exec", lambda self: shown.append(self.windowTitle()) or 0)
    window.actProducts.trigger()
    assert shown == ["商品"]
    assert ProductsDialog.edit(window.store, window) is False


def test_a_commission_changed_in_the_product_form_is_kept_in_the_history(qtbot, store):
    from app.core import commissions
    from app.ui.products.product_form import ProductForm

    product = catalog.add_product(store, title="茶杯", price_fen=10000, cost_fen=4000, commission_bp=1000)
    form = ProductForm(store, product)
    qtbot.addWidget(form)
    form.edtCommission.set_value(1500)
    saved = form.save()
    assert saved.commission_bp == 1500
    changes = commissions.list_changes(store, product_id=product.id)
    assert [(c.old_bp, c.new_bp) for c in changes] == [(1000, 1500)]
