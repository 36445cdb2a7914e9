"""在推检查 as customer service uses it: recording checks with the keys 1/2/3 and moving on,
opening a link, adding one, the delisting notice list (from the page and from the products
dialog) and copying a group announcement. Each test checks what the user sees and the database."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from app.core import affiliates as register
from app.core import products as catalog
from app.core import promo_checks as pc
from app.ui.affiliates import promo_check_panel as panel_module
from app.ui.affiliates.announcement_dialog import AnnouncementDialog
from app.ui.affiliates.delisting_dialog import DelistingDialog
from app.ui.affiliates.promo_check_panel import RESULT, URL, LinkForm
from app.ui.products.product_form import ProductForm
from app.ui.products.products_dialog import ProductsDialog
from app.ui.settings import set_staff_name

TODAY = date.today()
LONG_AGO = datetime.now() - timedelta(days=3)


@pytest.fixture
def shop(make_window):
    set_staff_name("小王")
    window = make_window("zh_CN")
    store = window.store
    store.set_setting("commission_default_bp", "1500")
    mug = catalog.add_product(store, title="手工陶瓷马克杯", price_fen=5900, cost_fen=2000, platform_item_id="6101",
                              bestseller=True, commission_bp=2000)
    bag = catalog.add_product(store, title="帆布袋", price_fen=1990, cost_fen=600, platform_item_id="6102")
    people = {name: register.add_affiliate(store, {"name": name}) for name in ("张三", "李四", "王五")}
    return window, store, mug, bag, people


@pytest.fixture
def page(shop):
    window = shop[0]
    window.tabs.setCurrentIndex(0)
    tab = window.affiliates_tab
    tab.pages.setCurrentIndex(5)
    panel = tab.promo_check_panel
    assert panel.store is window.store
    return panel


def link_rows(store):
    return store.conn.execute("SELECT a.name, p.title, l.result, l.checked_by FROM promo_links l "
                              "JOIN affiliates a ON a.id = l.affiliate_id JOIN products p ON p.id = l.product_id "
                              "ORDER BY a.name, p.title").fetchall()


def shown(panel, column):
    return [panel.model.data(panel.model.index(row, column)) for row in range(panel.model.rowCount())]


def test_keys_record_the_check_and_move_to_the_next_link(shop, page, qtbot):
    _, store, mug, bag, p = shop
    pc.add_link(store, p["张三"], mug.id, url="https://a.example.com/1", now=LONG_AGO)
    pc.add_link(store, p["李四"], mug.id, url="https://b.example.com/2", now=LONG_AGO)
    pc.record_check(store, p["李四"], mug.id, "listed", checked_by="小李", now=LONG_AGO)
    page.reload()
    assert shown(page, 0) == ["张三", "李四"]  # never checked first
    assert page.lblStale.text() == "今日待检查：2"
    page.tblLinks.setFocus()
    page.edtNote.setText("群里已经换成别家的了")
    qtbot.keyClick(page.tblLinks, Qt.Key.Key_2)  # 已下架
    assert link_rows(store) == [("张三", "手工陶瓷马克杯", "removed", "小王"), ("李四", "手工陶瓷马克杯", "listed", "小李")]
    assert store.conn.execute("SELECT result, note FROM promo_checks WHERE affiliate_id = ?",
                              (p["张三"],)).fetchall() == [("removed", "群里已经换成别家的了")]
    assert store.conn.execute("SELECT kind, product_id, due_on FROM follow_ups").fetchall() == [
        ("promo_check", mug.id, TODAY.isoformat())]  # ask them to relink
    assert shown(page, 0) == ["李四"] and page.selected()[1].affiliate_name == "李四"  # the next one
    assert page.edtNote.text() == "" and "已下架" in page.notice.lblText.text()
    qtbot.keyClick(page.tblLinks, Qt.Key.Key_1)  # 在推
    assert link_rows(store)[1][2:] == ("listed", "小王")
    assert page.model.rowCount() == 0 and page.lblStale.text() == "今日待检查：0"
    page.cmbView.setCurrentIndex(1)  # all links: the results, coloured
    results = dict(zip(shown(page, 0), shown(page, RESULT)))
    assert results == {"张三": "已下架", "李四": "在推"}
    row = shown(page, 0).index("张三")
    assert page.model.data(page.model.index(row, RESULT), Qt.ItemDataRole.ForegroundRole).color().name() == "#b00020"


def test_the_buttons_record_too_and_a_click_on_the_link_opens_it(shop, page, qtbot, monkeypatch):
    _, store, mug, _, p = shop
    pc.add_link(store, p["王五"], mug.id, url="https://c.example.com/3")
    page.reload()
    opened = []
    monkeypatch.setattr(panel_module, "open_url", opened.append)
    rect = page.tblLinks.visualRect(page.model.index(0, URL))
    qtbot.mouseClick(page.tblLinks.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == ["https://c.example.com/3"]
    page.chkRelink.setChecked(False)
    page.check_buttons["broken"].click()
    assert link_rows(store) == [("王五", "手工陶瓷马克杯", "broken", "小王")]
    assert store.conn.execute("SELECT count(*) FROM follow_ups").fetchone() == (0,)  # relink not asked for


def test_adding_a_link_for_a_picked_affiliate(shop, page, qtbot, monkeypatch):
    _, store, mug, bag, p = shop
    from app.ui.affiliates import affiliate_picker

    monkeypatch.setattr(affiliate_picker, "pick_affiliate", lambda parent, store, title="": p["李四"])
    errors = []

    def fill(form):
        form.cmbProduct.setCurrentIndex(form.cmbProduct.findData(bag.id))
        form.edtUrl.setText("not a link")
        form.btnOk.click()
        errors.append(form.lblError.text())  # explained in the form, which stays open
        form.edtUrl.setText("guide.example.com/bag")
        form.btnOk.click()
        return form.result()
    monkeypatch.setattr(LinkForm, "exec", fill)
    page.btnAdd.click()
    assert "不是网址" in errors[0] or "not a web link" in errors[0]
    assert store.conn.execute("SELECT affiliate_id, product_id, url FROM promo_links").fetchall() == [
        (p["李四"], bag.id, "https://guide.example.com/bag")]
    assert shown(page, 0) == ["李四"]


def drive_delisting(monkeypatch, untick=(), planned=None):
    """Stand in for the dialog's exec: optionally untick names and set a take-down date, then create."""
    seen, messages = {}, []

    def run(dialog):
        items = [dialog.lstAffiliates.item(row) for row in range(dialog.lstAffiliates.count())]
        seen["items"] = [item.text() for item in items]
        for item in items:
            if item.text().split(" — ")[0] in untick:
                item.setCheckState(Qt.CheckState.Unchecked)
        if planned:
            dialog.chkPlanned.setChecked(True)
            dialog.dtTakedown.setDate(planned)
        seen["note"] = dialog.edtNote.toPlainText()
        seen["enabled"] = dialog.btnCreate.isEnabled()
        if dialog.btnCreate.isEnabled():
            dialog.btnCreate.click()
        else:
            dialog.reject()
        return dialog.result()
    monkeypatch.setattr(DelistingDialog, "exec", run)
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: messages.append(text))
    return seen, messages


def delisting_rows(store):
    return store.conn.execute("SELECT a.name, f.product_id, f.due_on, f.done_at, f.content FROM follow_ups f "
                              "JOIN affiliates a ON a.id = f.affiliate_id WHERE f.kind = 'delisting' "
                              "ORDER BY a.name").fetchall()


def test_the_delisting_notice_list_creates_follow_ups_for_the_ticked_affiliates(shop, page, monkeypatch):
    _, store, mug, bag, p = shop
    pc.add_link(store, p["张三"], mug.id)
    pc.add_link(store, p["李四"], mug.id)
    pc.add_link(store, p["王五"], bag.id)
    with store.write() as conn:  # 王五 also sold the mug last week (from the affiliate order report)
        conn.execute("INSERT INTO affiliate_orders (order_id, item_id, paid_fen, status, affiliate_id, day, "
                     "imported_at, updated_at) VALUES ('o1', '6101', 5900, 'paid', ?, ?, '', '')",
                     (p["王五"], (TODAY - timedelta(days=7)).isoformat()))
    page.cmbProduct.setCurrentIndex(page.cmbProduct.findData(mug.id))  # the dialog opens on this product
    takedown = TODAY + timedelta(days=5)
    seen, messages = drive_delisting(monkeypatch, untick={"李四"}, planned=takedown)
    page.btnDelisting.click()
    assert seen["items"] == ["李四 — 有推广链接", "王五 — 近30天1单", "张三 — 有推广链接"]  # by pinyin
    note = f"“手工陶瓷马克杯”将于{takedown.month}月{takedown.day}日下架，请提前更换推广链接，以免影响您的推广收益。"
    assert seen["note"] == note
    assert delisting_rows(store) == [("张三", mug.id, TODAY.isoformat(), None, note),
                                     ("王五", mug.id, TODAY.isoformat(), None, note)]
    assert len(messages) == 1 and "2" in messages[0]
    # Opened again: the two already told are shown as such and left unticked; 李四 still is.
    seen, messages = drive_delisting(monkeypatch)
    page.btnDelisting.click()
    assert sum("(" in item or "（" in item for item in seen["items"]) == 2
    assert len(delisting_rows(store)) == 3 and "1" in messages[0]


def test_taking_a_product_down_in_the_products_dialog_offers_the_notice(shop, qtbot, monkeypatch):
    _, store, mug, _, p = shop
    pc.add_link(store, p["张三"], mug.id)
    dialog = ProductsDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tblProducts.select_row(dialog.model.row_of(mug.id))

    def untick(form):
        form.chkListed.setChecked(False)
        form.btnOk.click()
        return form.result()
    asked = []
    monkeypatch.setattr(ProductForm, "exec", untick)
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text: asked.append(text)
                        or QMessageBox.StandardButton.Yes)
    seen, messages = drive_delisting(monkeypatch)
    dialog.edit_selected()
    assert not catalog.get_product(store, mug.id).listed
    assert len(asked) == 1 and "手工陶瓷马克杯" in asked[0]
    assert seen["note"] == "“手工陶瓷马克杯”已下架，请尽快更换推广链接，以免影响您的推广收益。"
    assert [row[0] for row in delisting_rows(store)] == ["张三"]


def test_copying_an_announcement_to_the_clipboard(shop, page, qtbot, monkeypatch):
    _, store, mug, bag, _ = shop
    opened = []
    monkeypatch.setattr(AnnouncementDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    page.btnAnnouncement.click()
    dialog = opened[0]
    qtbot.addWidget(dialog)
    assert dialog.template() == "key_products" and dialog.ticked() == [mug.id]  # the bestseller
    items = [dialog.lstProducts.item(row) for row in range(dialog.lstProducts.count())]
    next(item for item in items if "帆布袋" in item.text()).setCheckState(Qt.CheckState.Checked)
    dialog.btnCopy.click()
    assert QGuiApplication.clipboard().text() == (
        "【主推商品】\n本期主推商品，佣金给力，欢迎推广：\n"
        "1. 手工陶瓷马克杯 ¥59 佣金20%（爆款）\n2. 帆布袋 ¥19.90 佣金15%\n"
        "需要海报素材或定向佣金请私聊客服。")
    # Edited text survives a change of template; Regenerate replaces it.
    dialog.edtText.setPlainText("今晚8点马克杯秒杀！")
    dialog.cmbTemplate.setCurrentIndex(dialog.cmbTemplate.findData("posters"))
    assert dialog.edtText.toPlainText() == "今晚8点马克杯秒杀！"
    dialog.btnRegenerate.click()
    assert dialog.edtText.toPlainText() == (
        "【海报素材】\n以下商品的海报素材已准备好，需要的淘客请私聊客服领取：\n1. 手工陶瓷马克杯")
    dialog.btnCopy.click()
    assert QGuiApplication.clipboard().text().startswith("【海报素材】")
