"""The window as a shop owner meets it: tabs, menus, status bar, remembered state, backups."""

import sqlite3

from PySide6.QtWidgets import QMessageBox

from app.core import backup
from app.core.db import open_database
from app.ui import restore_dialog
from app.ui.settings import app_settings

CHINESE_TABS = ["淘客管理", "活动策划", "店铺模块", "销售图表"]


def tab_titles(window):
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def test_four_tabs_in_order_with_chinese_titles(make_window):
    window = make_window("zh_CN")
    assert window.windowTitle() == "掌柜助手 Zhanggui"
    assert tab_titles(window) == CHINESE_TABS
    tabs = window.build_all_tabs()
    assert [type(tab).__name__ for tab in tabs] == ["AffiliatesTab", "PromotionsTab", "StorefrontTab", "SalesTab"]
    assert all(window.tabs.widget(i).isAncestorOf(tab) for i, tab in enumerate(tabs))


def test_english_titles_with_lang_en(make_window):
    window = make_window("en")
    assert tab_titles(window) == ["Affiliates", "Promotions", "Storefront", "Sales"]


def test_first_start_creates_the_database_and_shows_it(make_window, db_path):
    assert not db_path.exists()
    window = make_window()
    assert db_path.exists()
    assert window.tabs.isEnabled()
    assert str(db_path) in window.lblDatabase.text()
    assert window.lblDatabase.text().startswith("数据库")


def test_affiliates_tab_pages_in_chinese(make_window):
    pages = make_window().affiliates_tab.pages
    assert [pages.tabText(i) for i in range(pages.count())] == [
        "淘客名录", "待跟进", "佣金设置", "奖金计划", "推广订单", "在推检查"]


def test_menus_in_chinese(make_window):
    window = make_window()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["文件(&F)", "编辑(&E)", "视图(&V)", "帮助(&H)"]
    file_actions = [a.text() for a in window.menuBar().actions()[0].menu().actions() if a.text()]
    assert file_actions == ["打开数据库(&O)…", "立即备份(&B)", "从备份恢复(&R)…", "打开数据文件夹(&D)",
                            "工作人员姓名(&S)…", "退出(&Q)"]


def test_keyboard_shortcuts(make_window, qtbot):
    window = make_window()
    qtbot.waitUntil(lambda: not window.actQuit.shortcut().isEmpty())
    assert window.actOpen.shortcut().toString() == "Ctrl+O"
    assert window.actBackup.shortcut().toString() == "Ctrl+Shift+S"
    assert window.actQuit.shortcut().toString() == "Ctrl+Q"


def test_window_size_and_last_tab_are_remembered(make_window, qtbot):
    window = make_window()
    window.resize(1100, 700)
    window.tabs.setCurrentIndex(2)
    window.close()
    again = make_window()
    assert again.tabs.currentIndex() == 2
    assert (again.width(), again.height()) == (1100, 700)


def test_back_up_now_writes_a_checked_backup(make_window, qtbot, db_path):
    window = make_window()
    window.store.set_setting("shop", "小店")
    window.actBackup.trigger()
    qtbot.waitUntil(lambda: len(backup.list_backups(db_path)) == 1, timeout=10_000)
    made = backup.list_backups(db_path)[0]
    assert made.reason == "manual"
    qtbot.waitUntil(lambda: "已备份到" in window.statusBar().currentMessage(), timeout=5_000)
    with sqlite3.connect(made.path) as conn:
        assert conn.execute("SELECT value FROM settings WHERE key='shop'").fetchone() == ("小店",)


def test_closing_backs_up_changed_data(make_window, db_path):
    window = make_window()
    window.store.set_setting("shop", "小店")
    window.close()
    assert [b.reason for b in backup.list_backups(db_path)] == ["close"]


def test_restore_from_backup_through_the_menu(make_window, qtbot, db_path, monkeypatch):
    window = make_window()
    window.store.set_setting("shop", "旧店名")
    saved = backup.make_backup(db_path, reason="manual")
    window.store.set_setting("shop", "新店名")
    monkeypatch.setattr(restore_dialog.RestoreDialog, "choose", classmethod(lambda cls, path, parent=None: saved))
    monkeypatch.setattr(restore_dialog, "confirm_restore", lambda parent, source: True)
    window.actRestore.trigger()
    qtbot.waitUntil(lambda: window.store is not None, timeout=10_000)
    assert window.store.get_setting("shop") == "旧店名"
    kept = [b for b in backup.list_backups(db_path) if b.reason == "before-restore"]
    with sqlite3.connect(kept[0].path) as conn:
        assert conn.execute("SELECT value FROM settings WHERE key='shop'").fetchone() == ("新店名",)


def test_restore_dialog_lists_backups_newest_first(qtbot, db_path):
    open_database(db_path).close()
    older = backup.make_backup(db_path, reason="manual", now=backup.datetime(2026, 11, 1, 9, 0, 0))
    newer = backup.make_backup(db_path, reason="auto", now=backup.datetime(2026, 11, 2, 9, 0, 0))
    dialog = restore_dialog.RestoreDialog(db_path)
    qtbot.addWidget(dialog)
    rows = [dialog.lstBackups.item(i).text() for i in range(dialog.lstBackups.count())]
    assert rows[0].startswith("2026-11-02 09:00:00") and "自动" in rows[0]
    assert rows[1].startswith("2026-11-01 09:00:00") and "手动" in rows[1]
    dialog.accept()
    assert dialog.chosen == newer != older


def test_damaged_database_offers_the_newest_good_backup(make_window, qtbot, db_path, monkeypatch):
    store = open_database(db_path)
    store.set_setting("shop", "好数据")
    store.close()
    backup.make_backup(db_path, reason="manual")
    db_path.write_bytes(b"this is not a database any more" * 100)
    for side in ("-wal", "-shm"):
        db_path.with_name(db_path.name + side).unlink(missing_ok=True)
    offered = []

    def offer(parent, message, candidate):
        offered.append((message, candidate))
        return True

    monkeypatch.setattr(restore_dialog, "offer_restore", offer)
    window = make_window(wait=False)
    qtbot.waitUntil(lambda: window.store is not None, timeout=10_000)
    message, candidate = offered[0]
    assert "不是 SQLite 数据库" in message and str(db_path) in message
    assert candidate is not None
    assert window.store.get_setting("shop") == "好数据"
    assert any(b.reason == "damaged" for b in backup.list_backups(db_path))


def test_newer_database_is_refused_in_chinese(make_window, qtbot, db_path, monkeypatch):
    open_database(db_path).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("PRAGMA user_version = 99")
    before = db_path.read_bytes()
    messages = []
    monkeypatch.setattr(restore_dialog, "offer_restore", lambda p, m, c: messages.append((m, c)) or False)
    window = make_window(wait=False)
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    assert "更新版本" in messages[0][0] and messages[0][1] is None
    assert window.store is None and not window.tabs.isEnabled()
    assert db_path.read_bytes() == before


def test_uncaught_exception_shows_log_path_and_keeps_running(make_window, monkeypatch):
    from app.logging_setup import log_file
    from app.ui import error_dialog

    window = make_window()
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.text(), box.informativeText())) or 0)
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        error_dialog.excepthook(RuntimeError, exc, exc.__traceback__)
    assert shown and "boom" in shown[0][0] and str(log_file()) in shown[0][1]
    assert "RuntimeError: boom" in log_file().read_text(encoding="utf-8")
    assert window.store is not None and window.isVisible()


def test_language_choice_is_saved_for_next_start(make_window, monkeypatch):
    window = make_window("zh_CN")
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    window.language_actions["en"].trigger()
    assert app_settings().value("ui/language") == "en"


def test_staff_name_is_asked_and_remembered(make_window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from app.ui.settings import staff_name

    window = make_window()
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("  小王 ", True))
    window.actStaff.trigger()
    assert staff_name() == "小王"
    assert "小王" in window.statusBar().currentMessage()


def test_demo_data_from_the_help_menu_only_into_an_empty_database(make_window, monkeypatch):
    from app.core import storefront

    window = make_window()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    window.actDemo.trigger()
    shops = storefront.list_shops(window.store)
    assert len(shops) >= 2 and "示例数据" in window.statusBar().currentMessage()
    window.actDemo.trigger()
    assert len(storefront.list_shops(window.store)) == len(shops)
    assert warnings and "空数据库" in warnings[0]


def test_dropping_an_order_report_on_the_window_imports_it(make_window, tmp_path, monkeypatch):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    from app.ui.sales import import_dialog

    window = make_window()
    calls = []
    monkeypatch.setattr(import_dialog.ImportDialog, "run",
                        classmethod(lambda cls, store, parent, path=None: calls.append((store, path))))
    report = tmp_path / "ExportOrderList.csv"
    report.write_text("订单编号\n", encoding="utf-8")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(report))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton,
                      Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)
    assert calls == [(window.store, str(report))]
    assert window.tabs.currentIndex() == 3
    data.setUrls([QUrl.fromLocalFile(str(tmp_path / "photo.png"))])
    window.dropEvent(QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton,
                                Qt.KeyboardModifier.NoModifier))
    assert len(calls) == 1  # not an order report: nothing happens


def test_staff_name_is_picked_from_the_shops_staff_list_and_joins_it(make_window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from app.core import staff
    from app.ui.settings import staff_name

    window = make_window()
    staff.add_staff(window.store, "小王")
    offered = []

    def get_item(parent, title, label, items, current, editable):
        offered.append(list(items))
        return "客服小李", True

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    window.actStaff.trigger()
    assert "小王" in offered[0]
    assert staff_name() == "客服小李"
    assert "客服小李" in staff.staff_list(window.store)
