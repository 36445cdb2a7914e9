"""The main window: four tabs, the File and Help menus, the status bar.

The window is shown before the database is opened: opening runs the integrity check (and
any upgrade) in a worker, so a big file never delays the first paint. For the same reason
each tab's contents are built the first time the tab is needed (right after the first paint
for the current one), and backups, dialogs and the database layer are imported where they
are first used: however much the tabs grow, the window appears as fast as a bare one.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path

from importlib import import_module
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from app import DISPLAY_NAME, __version__, i18n
from app.core import paths
from app.core.errors import UserError
from app.ui.settings import app_settings, set_staff_name, staff_name
from app.ui.worker import run_task

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from app.core.db import Store

# (name, module, class) of each tab, in the order of the tab bar.
TABS = (
    ("affiliates", "app.ui.affiliates.tab", "AffiliatesTab"),
    ("promotions", "app.ui.promotions.tab", "PromotionsTab"),
    ("storefront", "app.ui.storefront.tab", "StorefrontTab"),
    ("sales", "app.ui.sales.tab", "SalesTab"),
)

log = logging.getLogger(__name__)
AUTO_BACKUP_CHECK_MS = 5 * 60 * 1000
IMPORTABLE = (".csv", ".xlsx", ".xlsm")


_frozen = False


def freeze_start_up_objects() -> None:
    """Once per process, when start-up is done: what it made lives as long as the app, so move
    it out of the cyclic garbage collector's way. Its full collections walked all of it, and one
    landing in a chart refresh made that refresh 40-50 ms slower (benchmarks/sales.py)."""
    global _frozen
    if _frozen:
        return
    _frozen = True
    import gc

    gc.collect()
    gc.freeze()


class MainWindow(QMainWindow):
    store_changed = Signal(object)  # the open Store, or None

    def __init__(self, db_path: Path, lang: str) -> None:
        super().__init__()
        self.db_path = Path(db_path)
        self.lang = lang
        self.store: Store | None = None
        self.setWindowTitle(DISPLAY_NAME)
        self.setMinimumSize(960, 600)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        titles = {"affiliates": self.tr("Affiliates"), "promotions": self.tr("Promotions"),
                  "storefront": self.tr("Storefront"), "sales": self.tr("Sales")}
        self._built: dict[str, QWidget] = {}
        for name, _module, _cls in TABS:
            page = QWidget()
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(page, titles[name])
        self.setCentralWidget(self.tabs)
        self.tabs.setEnabled(False)

        self.lblDatabase = QLabel()
        self.statusBar().addPermanentWidget(self.lblDatabase)
        self._build_menus()
        self._restore_geometry()

        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(AUTO_BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(self.auto_backup)
        self.backup_timer.start()
        self._backing_up = False
        self.tabs.currentChanged.connect(self._build_current_tab)
        QTimer.singleShot(0, self._build_current_tab)
        self.setAcceptDrops(True)  # an order report dropped anywhere on the window is imported

    # -- tabs ----------------------------------------------------------------------------
    def tab(self, name: str) -> QWidget:
        """The tab's widget, built (and given the open database) the first time it is asked for."""
        if name not in self._built:
            index = [t[0] for t in TABS].index(name)
            _name, module, cls = TABS[index]
            widget = getattr(import_module(module), cls)()
            self.tabs.widget(index).layout().addWidget(widget)
            self._built[name] = widget
            widget.set_store(self.store)
        return self._built[name]

    def _build_current_tab(self, *_args) -> None:
        if 0 <= self.tabs.currentIndex() < len(TABS):
            self.tab(TABS[self.tabs.currentIndex()][0])

    def build_all_tabs(self) -> list[QWidget]:
        return [self.tab(name) for name, _m, _c in TABS]

    affiliates_tab = property(lambda self: self.tab("affiliates"))
    promotions_tab = property(lambda self: self.tab("promotions"))
    storefront_tab = property(lambda self: self.tab("storefront"))
    sales_tab = property(lambda self: self.tab("sales"))

    # -- menus ---------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.actOpen = self._action(file_menu, self.tr("&Open database…"), self.choose_database)
        file_menu.addSeparator()
        self.actBackup = self._action(file_menu, self.tr("&Back up now"), self.back_up_now)
        self.actRestore = self._action(file_menu, self.tr("&Restore from backup…"), self.restore_from_backup)
        file_menu.addSeparator()
        self.actDataFolder = self._action(file_menu, self.tr("Open &data folder"), self.open_data_folder)
        self.actStaff = self._action(file_menu, self.tr("&Staff name…"), self.ask_staff_name)
        file_menu.addSeparator()
        self.actQuit = self._action(file_menu, self.tr("&Quit"), self.close)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.actProducts = self._action(edit_menu, self.tr("&Products…"), self.edit_products)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        lang_menu = view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in i18n.LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == self.lang)
            action.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
            group.addAction(action)
            lang_menu.addAction(action)
            self.language_actions[code] = action

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.actDemo = self._action(help_menu, self.tr("Load &demo data"), self.load_demo_data)
        help_menu.addSeparator()
        self.actAbout = self._action(help_menu, self.tr("&About Zhanggui"), self.show_about)
        # Setting a shortcut loads Qt's key enums (about 25 ms), so it waits for the first paint.
        QTimer.singleShot(0, self._install_shortcuts)

    def _install_shortcuts(self) -> None:
        from PySide6.QtGui import QKeySequence

        self.actOpen.setShortcut(QKeySequence.StandardKey.Open)
        self.actBackup.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.actQuit.setShortcut(QKeySequence.StandardKey.Quit)
        if self.actQuit.shortcut().isEmpty():  # Windows has no standard Quit key
            self.actQuit.setShortcut(QKeySequence("Ctrl+Q"))

    def _action(self, menu, text, slot) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    # -- the database --------------------------------------------------------------------
    def open_database(self, path: Path) -> None:
        """Check and open ``path`` in the background; the tabs enable when it is ready."""
        self._set_store(None)
        self.db_path = Path(path)
        self.statusBar().showMessage(self.tr("Opening {path}…").format(path=self.db_path))
        from app.core.db import open_database

        run_task(lambda: open_database(self.db_path), on_done=self._set_store, on_error=self._open_failed)

    def _set_store(self, store: Store | None) -> None:
        if self.store is not None and self.store is not store:
            self.store.close()
        self.store = store
        self.tabs.setEnabled(store is not None)
        for action in (self.actBackup, self.actRestore):
            action.setEnabled(store is not None or self.db_path.exists())
        for tab in self._built.values():
            tab.set_store(store)
        if store is not None:
            self.lblDatabase.setText(self.tr("Database: {path}").format(path=store.path))
            self.statusBar().showMessage(self.tr("Ready"), 3000)
            app_settings().setValue("database/last", str(store.path))
            if not getattr(self, "_due_reminded", False):  # once, at start-up: the 今日待跟进 reminder
                self._due_reminded = True
                QTimer.singleShot(0, self._remind_due_follow_ups)
                QTimer.singleShot(0, freeze_start_up_objects)
        else:
            self.lblDatabase.setText(self.tr("No database open"))
        self.store_changed.emit(store)

    def _remind_due_follow_ups(self) -> None:
        from app.ui.affiliates import due_today

        due_today.maybe_show(self)

    def _open_failed(self, exc: BaseException) -> None:
        from app.core.db import DatabaseRefused
        from app.ui import restore_dialog
        self.statusBar().clearMessage()
        self.lblDatabase.setText(self.tr("No database open"))
        if not isinstance(exc, UserError):
            from app.ui.error_dialog import show_unexpected_error

            show_unexpected_error(exc)
            return
        message = i18n.error_text(exc)
        candidate = None
        if isinstance(exc, DatabaseRefused) and exc.restorable:
            candidate = restore_dialog.newest_good_backup(self.db_path)
        if restore_dialog.offer_restore(self, message, candidate) and candidate is not None:
            self._restore(candidate.path)

    def choose_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), str(self.db_path.parent),
            self.tr("Zhanggui databases (*.sqlite3 *.db);;All files (*)"),
        )
        if name:
            self.open_database(Path(name))

    # -- backups -------------------------------------------------------------------------
    def back_up_now(self) -> None:
        from app.core import backup
        self.statusBar().showMessage(self.tr("Backing up…"))
        run_task(
            lambda progress: backup.make_backup(self.db_path, reason="manual", progress=progress),
            on_done=lambda path: self.statusBar().showMessage(self.tr("Backed up to {path}").format(path=path), 10000),
            on_error=self._report_error,
            with_progress=True,
        )

    def auto_backup(self) -> None:
        from app.core import backup
        if self.store is None or self._backing_up or not backup.needs_backup(self.db_path):
            return
        self._backing_up = True

        def finished(_result=None) -> None:
            self._backing_up = False

        run_task(lambda: backup.make_backup(self.db_path, reason="auto"), on_done=finished,
                 on_error=lambda exc: (finished(), log.warning("automatic backup failed: %s", exc)))

    def restore_from_backup(self) -> None:
        from app.ui import restore_dialog
        source = restore_dialog.RestoreDialog.choose(self.db_path, self)
        if source is not None and restore_dialog.confirm_restore(self, source):
            self._restore(source)

    def _restore(self, source: Path) -> None:
        from app.core import backup
        self._set_store(None)  # our own connection must not hold the file while it is replaced
        self.statusBar().showMessage(self.tr("Restoring…"))

        def restored(safety: Path | None) -> None:
            self.open_database(self.db_path)
            if safety is not None:
                self.statusBar().showMessage(
                    self.tr("Restored. The previous data was kept in {path}").format(path=safety), 15000)

        def failed(exc: BaseException) -> None:
            self._report_error(exc)
            self.open_database(self.db_path)

        run_task(lambda: backup.restore_backup(self.db_path, source), on_done=restored, on_error=failed)

    def _report_error(self, exc: BaseException) -> None:
        self.statusBar().clearMessage()
        if isinstance(exc, UserError):
            QMessageBox.warning(self, self.tr("Zhanggui"), i18n.error_text(exc))
        else:
            from app.ui.error_dialog import show_unexpected_error

            show_unexpected_error(exc)

    # -- other actions -------------------------------------------------------------------
    def open_data_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.db_path.resolve().parent)))

    def edit_products(self) -> None:
        if self.store is None:
            return
        from app.ui.products.products_dialog import ProductsDialog

        ProductsDialog.edit(self.store, self)

    def load_demo_data(self) -> None:
        if self.store is None:
            return
        answer = QMessageBox.question(self, self.tr("Demo data"), self.tr(
            "Add demo shops to this empty database, to try the app on?"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        from app.core.demo import load_demo

        try:
            load_demo(self.store)
        except UserError as exc:
            self._report_error(exc)
            return
        self._set_store(self.store)  # every tab reloads what it shows
        self.statusBar().showMessage(self.tr("Demo data added."), 5000)

    def ask_staff_name(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        from app.core import staff

        # The shop's staff list lives in the database (every PC sees it); the name is this PC's.
        names = staff.staff_list(self.store) if self.store is not None else []
        current = staff_name()
        if current and current not in names:
            names.insert(0, current)
        name, ok = QInputDialog.getItem(
            self, self.tr("Staff name"),
            self.tr("Your name, recorded with the checks and follow-ups you make on this PC:"),
            names, names.index(current) if current in names else 0, True,
        )
        if ok and name.strip():
            set_staff_name(name)
            if self.store is not None:
                try:
                    staff.add_staff(self.store, name)
                except UserError as exc:
                    self._report_error(exc)
            self.statusBar().showMessage(self.tr("Staff name: {name}").format(name=name.strip()), 5000)

    def choose_language(self, code: str) -> None:
        app_settings().setValue("ui/language", code)
        if code != self.lang:
            QMessageBox.information(self, self.tr("Language"), self.tr(
                "The language changes the next time Zhanggui starts."))

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Zhanggui"), self.about_text())

    def about_text(self) -> str:
        return self.tr(
            "<h3>掌柜助手 Zhanggui {version}</h3>"
            "<p>The shopkeeper's assistant for small online shops.</p>"
            "<p>Database: {db}<br>Data folder: {data}</p>"
        ).format(version=__version__, db=self.db_path, data=paths.data_dir())

    # -- dropped files -------------------------------------------------------------------
    @staticmethod
    def _dropped_report(event) -> str | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        paths = [u.toLocalFile() for u in urls if u.isLocalFile()]
        reports = [p for p in paths if Path(p).suffix.lower() in IMPORTABLE]
        return reports[0] if len(reports) == 1 else None

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.store is not None and self._dropped_report(event):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        path = self._dropped_report(event)
        if self.store is None or path is None:
            return
        event.acceptProposedAction()
        self.tabs.setCurrentIndex([t[0] for t in TABS].index("sales"))
        self.sales_tab.import_orders(path)

    # -- window state --------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        settings = app_settings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        self.tabs.setCurrentIndex(int(settings.value("window/tab", 0) or 0))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        from app.core import backup
        settings = app_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/tab", self.tabs.currentIndex())
        settings.sync()
        if self.store is not None:
            # Asked before closing: closing checkpoints the WAL, which would look like a change.
            changed = backup.needs_backup(self.db_path, max_age=timedelta(0))
            self._set_store(None)
            if changed:
                from PySide6.QtCore import Qt

                self.statusBar().showMessage(self.tr("Backing up before closing…"))
                QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
                try:
                    backup.make_backup(self.db_path, reason="close")
                except UserError as exc:
                    log.warning("backup on close failed: %s", exc)
                finally:
                    QApplication.restoreOverrideCursor()
        super().closeEvent(event)
