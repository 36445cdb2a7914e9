"""Screenshots pasted, dropped, viewed and removed; the checklist exported to CSV and the whole
check to PDF, with the Chinese in them."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QFileDialog

from app.core import storefront_layout as lay
from app.core import storefront_reviews as rv
from app.ui.storefront import checklist_model as cm
from app.ui.storefront.screenshot_dialog import ScreenshotDialog
from tests.ui.test_storefront import Ctrl, Key, select, shop, states, tab, window  # noqa: F401 - fixtures


def image(width=40, height=30, colour="#d33") -> QImage:
    picture = QImage(width, height, QImage.Format.Format_RGB32)
    picture.fill(QColor(colour))
    return picture


def shot(tab, shop, item_id) -> QImage:
    png = rv.screenshot(tab.store, rv.current_review(tab.store, shop.id).id, item_id)
    return QImage.fromData(png, "PNG") if png else QImage()


def test_paste_a_screenshot_from_the_clipboard_with_ctrl_v(tab, shop, qtbot):
    QApplication.clipboard().setImage(image())
    row = select(tab, "required.carousel")
    qtbot.keyClick(tab.checklist.tblChecklist, Key.Key_V, Ctrl)
    assert states(tab, shop)["required.carousel"].has_screenshot
    assert shot(tab, shop, "required.carousel").size().toTuple() == (40, 30)
    model = tab.checklist.model
    assert model.data(model.index(row, cm.SHOT), Qt.ItemDataRole.DecorationRole) is not None
    assert model.data(model.index(row, cm.SHOT)) == "有"
    assert tab.checklist.actViewShot.isEnabled() and tab.checklist.actRemoveShot.isEnabled()


def test_pasting_without_an_image_says_so_and_changes_nothing(tab, shop, qtbot):
    QApplication.clipboard().setText("not a picture")
    select(tab, "required.carousel")
    qtbot.keyClick(tab.checklist.tblChecklist, Key.Key_V, Ctrl)
    assert not states(tab, shop)["required.carousel"].has_screenshot
    assert "剪贴板里没有图片" in tab.window().statusBar().currentMessage()


def test_drop_an_image_file_on_a_row(tab, shop, tmp_path):
    path = tmp_path / "首页截图.png"
    assert image(64, 48, "#3a3").save(str(path))
    view = tab.checklist.tblChecklist
    row = tab.checklist.model.row_of("required.ranking")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    where = QPointF(view.visualRect(tab.checklist.model.index(row, cm.TITLE)).center())
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter, move = QDragEnterEvent(where.toPoint(), *args), QDragMoveEvent(where.toPoint(), *args)
    drop = QDropEvent(where, *args)
    for event in (enter, move, drop):  # Qt delivers a drop only to the widget that accepted the drag
        QApplication.sendEvent(view.viewport(), event)
        assert event.isAccepted(), event.type()
    assert [k for k, s in states(tab, shop).items() if s.has_screenshot] == ["required.ranking"]
    assert shot(tab, shop, "required.ranking").pixelColor(QPoint(5, 5)) == QColor("#3a3")
    assert view.selected_rows() == [row]


def test_view_and_remove_a_screenshot_then_undo(tab, shop, monkeypatch):
    QApplication.clipboard().setImage(image(800, 600))
    select(tab, "required.carousel")
    tab.checklist.actPasteShot.trigger()
    shown = []
    monkeypatch.setattr(ScreenshotDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    tab.checklist.actViewShot.trigger()
    dialog = shown[0]
    assert dialog.windowTitle() == "截图：海报、轮播图"
    assert dialog.pixmap.size().toTuple() == (800, 600)
    tab.checklist.actRemoveShot.trigger()
    assert not states(tab, shop)["required.carousel"].has_screenshot
    assert "截图" in tab.lblNotice.text()
    tab.btnUndo.click()
    assert states(tab, shop)["required.carousel"].has_screenshot
    assert shot(tab, shop, "required.carousel").size().toTuple() == (800, 600)


@pytest.fixture
def save_as(monkeypatch, tmp_path):
    """Answer the save dialog with a file in tmp_path; remember the name it suggested."""
    asked = []

    def answer(parent, title, suggested, pattern):
        asked.append(suggested)
        return str(tmp_path / answer.name), pattern
    answer.name = ""
    answer.asked = asked
    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return answer


def test_export_the_checklist_to_csv(tab, shop, save_as, tmp_path):
    select(tab, "required.carousel")
    tab.checklist.set_status("done")
    save_as.name = "清单.csv"
    tab.header.btnExportCsv.click()
    assert save_as.asked[0].endswith(f"小林家居旗舰店-检查清单-{date.today().isoformat()}.csv")
    data = (tmp_path / "清单.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[0] == "分组,检查项,必备,状态,位置(屏),备注,最后检查,检查人"
    assert lines[1].startswith("必备模块,海报、轮播图,是,已完成,") and lines[1].endswith(",小王")
    assert len(lines) == 19
    message = tab.window().statusBar().currentMessage()
    assert "已导出 18 项" in message and str(tmp_path / "清单.csv") in message


def test_export_the_shop_to_pdf_with_chinese_embedded(tab, shop, save_as, tmp_path):
    lay.add_module(tab.store, shop.id, kind="carousel", screen=1, width=950, title="双11主海报")
    save_as.name = "店铺检查"  # the suffix is added
    tab.header.btnExportPdf.click()
    assert re.search(rf"小林家居旗舰店-店铺检查-{date.today().isoformat()}\.pdf$", save_as.asked[0])
    data = (tmp_path / "店铺检查.pdf").read_bytes()
    assert data.startswith(b"%PDF") and b"DroidSansFallback" in data
    assert str(tmp_path / "店铺检查.pdf") in tab.window().statusBar().currentMessage()
    assert not list(tmp_path.glob("*.partial"))


def test_the_pdf_holds_the_progress_the_checklist_the_layout_and_its_check(tab, shop):
    from app.ui.storefront.pdf_report import PdfReport

    lay.add_module(tab.store, shop.id, kind="carousel", screen=1, width=950, title="双11主海报")
    rv.set_state(tab.store, shop.id, "required.carousel", staff="小王", status="done")
    html = PdfReport(tab.store, shop, "zh_CN").html(today=date(2026, 11, 20))
    for text in ("小林家居旗舰店", "导出日期：2026-11-20", "已完成 1 / 适用 18", "<th>检查项</th>", "海报、轮播图",
                 "首页布局", "双11主海报", "950px", "布局检查", "没有客服中心"):
        assert text in html, text


def test_a_pdf_that_cannot_be_written_is_explained_and_leaves_nothing(tab, shop, save_as, tmp_path, monkeypatch):
    warnings = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda parent, title, text: warnings.append(text))
    save_as.name = "no-such-folder/店铺检查.pdf"
    tab.header.btnExportPdf.click()
    assert len(warnings) == 1 and warnings[0].startswith("无法写入") and "无法写入 PDF" in warnings[0]
    assert not (tmp_path / "no-such-folder").exists()
