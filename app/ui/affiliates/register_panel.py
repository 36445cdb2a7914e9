"""名录: the register of affiliates — search, filters, the table, and the selected one's details.

Keys: Ctrl+F search, Ctrl+N add, Enter (or double-click) edit, Delete moves the selection to
the trash and Ctrl+Z brings it back. Typing in the search box waits ~150 ms for the next key
before it asks the database, so a fast typist waits for one query, not one per key.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMenu, QPushButton,
                               QSplitter, QStackedWidget, QTableView, QVBoxLayout, QWidget)

from app.core import affiliate_query as query
from app.core import affiliates as core
from app.core.affiliate_query import AffiliateFilter
from app.ui.affiliates import register_model as rm
from app.ui.affiliates.affiliate_detail import AffiliateDetail
from app.ui.affiliates.register_filters import RegisterFilters
from app.ui.affiliates.register_model import COLUMNS, NAME, SORT_KEYS, RegisterModel
from app.ui.settings import app_settings
from app.ui.widgets.common import trigger_shortcut
from app.ui.widgets.empty_state import EmptyState
from app.ui.widgets.undo_notice import UndoNotice

SEARCH_DELAY_MS = 150
# Widths in units of the font's height, so a bigger system font widens the columns too.
COLUMN_EMS = {rm.NAME: 6, rm.NICKNAME: 6, rm.KIND: 3.6, rm.STATUS: 3.6, rm.DUE: 5.6, rm.ORDERS: 3.6, rm.PAID: 5.8,
              rm.COMMISSION: 5.2, rm.LAST_ORDER: 5.6, rm.REGION: 5.2, rm.QQ: 5.8, rm.WECHAT: 6.5, rm.PHONE: 6.5,
              rm.TAGS: 6}
HIDDEN_BY_DEFAULT = (rm.WECHAT, rm.PHONE)  # searchable all the same; the header's menu shows them
HIDDEN_KEY = "affiliates/register_hidden_columns"
EMPTY, TABLE = range(2)


class RegisterView(QTableView):
    """The register's table; its own and the panel's keys work whenever a key press reaches it."""

    def __init__(self, panel: QWidget | None = None) -> None:
        super().__init__()
        self.panel = panel
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.horizontalHeader().setHighlightSections(False)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if not trigger_shortcut(self, event) and not (self.panel and trigger_shortcut(self.panel, event)):
            super().keyPressEvent(event)

    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.selectionModel().selectedRows()})


class RegisterPanel(QWidget):
    current_changed = Signal(str)  # the selected affiliate's id, or "" for none
    changed = Signal()  # the register was written to

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = None
        self._current = ""
        self._loading = False
        self.edtSearch = QLineEdit()
        self.edtSearch.setPlaceholderText(
            self.tr("Search name, pinyin or initials (zs), QQ, WeChat, phone, URL, notes"))
        self.edtSearch.setClearButtonEnabled(True)
        self.btnAdd, self.btnEdit, self.btnDelete = (QPushButton(self.tr("Add…")), QPushButton(self.tr("Edit…")),
                                                     QPushButton(self.tr("Delete")))
        self.btnTrash, self.btnImport, self.btnExport, self.btnGroups = (
            QPushButton(self.tr("Trash…")), QPushButton(self.tr("Import…")), QPushButton(self.tr("Export…")),
            QPushButton(self.tr("Groups…")))
        self.btnAdd.setToolTip(self.tr("Add an affiliate (Ctrl+N)"))
        self.btnEdit.setToolTip(self.tr("Edit the selected affiliate (Enter or double-click)"))
        self.btnDelete.setToolTip(self.tr("Move the selected affiliates to the trash (Delete; Ctrl+Z undoes it)"))
        self.btnImport.setToolTip(self.tr("Import your affiliate spreadsheet (CSV or XLSX)"))
        self.btnExport.setToolTip(self.tr("Export the affiliates listed to CSV or XLSX"))
        self.btnGroups.setToolTip(self.tr("Our QQ and WeChat groups the affiliates are in"))
        top = QHBoxLayout()
        top.addWidget(self.edtSearch, 1)
        for button in (self.btnAdd, self.btnEdit, self.btnDelete, self.btnTrash, self.btnImport, self.btnExport,
                       self.btnGroups):
            top.addWidget(button)

        self.filters = RegisterFilters()
        f = self.filters  # the filter bar's widgets, by the names tests and key handlers use
        self.cmbKind, self.cmbStatus, self.cmbRegion, self.cmbTag, self.cmbChannel, self.cmbGroup, self.cmbDue, \
            self.cmbNoOrders, self.chkVip, self.btnClear = (f.cmbKind, f.cmbStatus, f.cmbRegion, f.cmbTag,
                                                            f.cmbChannel, f.cmbGroup, f.cmbDue, f.cmbNoOrders,
                                                            f.chkVip, f.btnClear)

        self.model = RegisterModel(self)
        self.tblRegister = RegisterView(self)
        self.tblRegister.setModel(self.model)
        header = self.tblRegister.horizontalHeader()
        header.setSortIndicator(NAME, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        self.tblRegister.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._keep_sortable)
        em = self.tblRegister.fontMetrics().height()
        for column, ems in COLUMN_EMS.items():
            self.tblRegister.setColumnWidth(column, round(ems * em))
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        for column in self.hidden_columns():
            self.tblRegister.setColumnHidden(column, True)
        self.emptyRegister = EmptyState(self.tr("No affiliates yet"), self.tr(
            "Add the affiliates, group leaders and creators you work with, or import the spreadsheet you keep "
            "them in (导入…)."))
        self.emptyRegister.layout().setContentsMargins(40, 24, 40, 24)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.emptyRegister)
        self.stack.addWidget(self.tblRegister)
        self.lblCount = QLabel()
        self.notice = UndoNotice()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.stack, 1)
        left_layout.addWidget(self.lblCount)
        left_layout.addWidget(self.notice)
        self.detail = AffiliateDetail()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([840, 420])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)

        self.actEdit = self._table_action(self.tr("Edit…"), (Qt.Key.Key_Return, Qt.Key.Key_Enter), self.edit_selected)
        self.actDelete = self._table_action(self.tr("Move to trash"), (Qt.Key.Key_Delete,), self.delete_selected)
        self.actSearch = self._panel_action(QKeySequence.StandardKey.Find, self.focus_search)
        self.actAdd = self._panel_action(QKeySequence.StandardKey.New, self.add)
        self.actUndo = self._panel_action(QKeySequence.StandardKey.Undo, self.notice.undo)
        self.notice.changed.connect(lambda: self.actUndo.setEnabled(bool(self.notice.undos)))
        self.actUndo.setEnabled(False)

        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filters)
        self.edtSearch.textChanged.connect(lambda: self._timer.start())
        self.edtSearch.returnPressed.connect(self._search_done)
        self.edtSearch.installEventFilter(self)
        self.filters.changed.connect(self.apply_filters)
        self.btnClear.clicked.connect(self.clear_filters)
        self.btnAdd.clicked.connect(self.add)
        self.btnEdit.clicked.connect(self.edit_selected)
        self.btnDelete.clicked.connect(self.delete_selected)
        self.btnTrash.clicked.connect(self.open_trash)
        self.btnImport.clicked.connect(self.import_file)
        self.btnExport.clicked.connect(self.export_file)
        self.btnGroups.clicked.connect(self.manage_groups)
        self.tblRegister.doubleClicked.connect(lambda _index: self.edit_selected())
        self.tblRegister.selectionModel().selectionChanged.connect(self._selection_changed)
        self.tblRegister.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.detail.edit_requested.connect(self.edit)
        self.detail.changed.connect(self.refresh)
        self.model.modelAboutToBeReset.connect(lambda: setattr(self, "_loading", True))
        self.model.modelReset.connect(self._after_load)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self._update_buttons()

    def _table_action(self, text: str, keys: tuple, slot) -> QAction:
        action = QAction(text, self.tblRegister)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.tblRegister.addAction(action)
        return action

    def _panel_action(self, key, slot) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    # -- filters ---------------------------------------------------------------------------
    def current_filter(self) -> AffiliateFilter:
        return self.filters.filter(self.edtSearch.text())

    def filtering(self) -> bool:
        return self.current_filter() != AffiliateFilter()

    def apply_filters(self) -> None:
        """Run the list query now (the search box's timer calls this after a pause in typing)."""
        self._timer.stop()
        if self.store is not None:
            self.model.load(flt=self.current_filter())

    def clear_filters(self) -> None:
        self.filters.clear()
        self.edtSearch.blockSignals(True)
        self.edtSearch.clear()
        self.edtSearch.blockSignals(False)
        self.apply_filters()

    def focus_search(self) -> None:
        self.edtSearch.setFocus()
        self.edtSearch.selectAll()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        """↓ in the search box goes on to the list, as Enter does."""
        if watched is self.edtSearch and event.type() == event.Type.KeyPress and event.key() == Qt.Key.Key_Down:
            self._search_done()
            return True
        return super().eventFilter(watched, event)

    def _search_done(self) -> None:
        self.apply_filters()
        self.tblRegister.setFocus()
        if self.model.rowCount() and not self.tblRegister.selected_rows():
            self.tblRegister.selectRow(0)

    def _keep_sortable(self, column: int, _order) -> None:
        """Tags do not sort; a click there leaves the current order shown."""
        if column not in SORT_KEYS:
            header = self.tblRegister.horizontalHeader()
            order = Qt.SortOrder.DescendingOrder if self.model.descending else Qt.SortOrder.AscendingOrder
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column, order)
            header.blockSignals(False)
            header.viewport().update()

    def hidden_columns(self) -> list[int]:
        saved = app_settings().value(HIDDEN_KEY)
        if saved is None:
            return list(HIDDEN_BY_DEFAULT)
        saved = [saved] if isinstance(saved, str) else list(saved or [])
        return [int(c) for c in saved if str(c).isdigit() and 0 < int(c) < COLUMNS]

    def _column_menu(self, pos) -> None:
        """The header's right-click menu: which columns to show (remembered on this PC)."""
        menu = QMenu(self)
        for column, title in enumerate(self.model.titles()):
            if column == NAME:
                continue
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not self.tblRegister.isColumnHidden(column))
            action.toggled.connect(lambda shown, c=column: self.show_column(c, shown))
        menu.popup(self.tblRegister.horizontalHeader().mapToGlobal(pos))

    def show_column(self, column: int, shown: bool) -> None:
        self.tblRegister.setColumnHidden(column, not shown)
        hidden = [str(c) for c in range(COLUMNS) if self.tblRegister.isColumnHidden(c)]
        app_settings().setValue(HIDDEN_KEY, hidden or "")

    # -- loading and selection ---------------------------------------------------------------
    def set_store(self, store) -> None:
        self.store = store
        self.notice.clear()
        self.detail.set_store(store)
        if store is None:
            self._set_current("")
            self.model.beginResetModel()
            self.model.store, self.model.rowids, self.model.total = None, None, 0
            self.model.endResetModel()
            return
        self.filters.fill_store_choices(self.store)
        self.model.load(store, self.current_filter())

    def refresh(self) -> None:
        """Read everything again (after an edit, an import, a follow-up), keeping the selection."""
        if self.store is None:
            return
        self.filters.fill_store_choices(self.store)
        self.model.load(flt=self.current_filter())
        self.detail.refresh()

    def _after_load(self) -> None:
        shown = self.model.rowCount()
        if self.filtering():
            self.lblCount.setText(self.tr("Found: {n}").format(n=f"{shown:,}"))
        else:
            self.lblCount.setText(self.tr("Affiliates: {n}").format(n=f"{shown:,}"))
        self.stack.setCurrentIndex(TABLE if shown or self.filtering() else EMPTY)
        self._loading = False
        if self._current and self.store is not None:
            row = self.model.row_of(self._current, exhaustive=False)
            if row is not None:
                self.tblRegister.selectRow(row)
            elif not query.matches(self.store, self.model.filter, self._current, today=self.model.day()):
                self._set_current("")
            # else still listed, further down than read so far: the detail pane keeps showing it
        self._update_buttons()

    def select_affiliate(self, affiliate_id: str) -> bool:
        """Show this affiliate selected (clearing filters that hide it); False if it is not on file."""
        row = self.model.row_of(affiliate_id)
        if row is None and self.filtering():
            self.clear_filters()
            row = self.model.row_of(affiliate_id)
        if row is None:
            return False
        self.tblRegister.clearSelection()
        self.tblRegister.selectRow(row)
        self.tblRegister.scrollTo(self.model.index(row, 0))
        self._set_current(affiliate_id)
        return True

    def selected_ids(self) -> list[str]:
        return [i for i in map(self.model.affiliate_id, self.tblRegister.selected_rows()) if i]

    def _selection_changed(self, *_args) -> None:
        if self._loading:  # the reset clears the selection; _after_load puts it back
            return
        ids = self.selected_ids()
        self._set_current(ids[0] if len(ids) == 1 else "")
        self._update_buttons()

    def _set_current(self, affiliate_id: str) -> None:
        if affiliate_id == self._current and (self.detail.affiliate is not None) == bool(affiliate_id):
            return
        self._current = affiliate_id
        self.detail.set_affiliate(affiliate_id or None)
        self.current_changed.emit(affiliate_id)

    def _update_buttons(self) -> None:
        count = len(self.tblRegister.selected_rows())
        for widget in (self.btnEdit, self.actEdit):
            widget.setEnabled(count == 1)
        for widget in (self.btnDelete, self.actDelete):
            widget.setEnabled(count > 0)
        for widget in (self.btnAdd, self.btnTrash, self.btnImport, self.btnExport, self.btnGroups):
            widget.setEnabled(self.store is not None)

    # -- actions -----------------------------------------------------------------------------
    def add(self) -> None:
        if self.store is not None:
            self._run_form(None)

    def edit_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self.edit(ids[0])

    def edit(self, affiliate_id: str) -> None:
        try:
            affiliate = core.get_affiliate(self.store, affiliate_id)
        except core.AffiliateError:
            self.refresh()
            return
        self._run_form(affiliate)

    def _run_form(self, affiliate) -> None:
        from app.ui.affiliates.affiliate_form import AffiliateForm  # built on first use: keeps the tab quick

        form = AffiliateForm(self.store, affiliate, parent=self)
        form.exec()
        if form.saved:
            self._current = ""
            self.refresh()
            self.select_affiliate(form.saved)
            self.changed.emit()
        elif form.open_id:
            self.select_affiliate(form.open_id)

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or not core.delete_affiliates(self.store, ids):
            return
        names = [self.model.row(r).name for r in self.tblRegister.selected_rows()[:3]]
        what = (self.tr("Moved {name} to the trash").format(name="、".join(names)) if len(ids) <= 3 else
                self.tr("Moved {n} affiliates to the trash").format(n=len(ids)))
        self.notice.push(what, lambda: self._restore(ids))
        self.refresh()
        self.changed.emit()

    def _restore(self, ids: list[str]) -> None:
        core.restore_affiliates(self.store, ids)
        self.refresh()
        if ids:
            self.select_affiliate(ids[0])
        self.changed.emit()

    def open_trash(self) -> None:
        from app.ui.affiliates.trash_dialog import TrashDialog

        dialog = TrashDialog(self.store, self)
        dialog.changed.connect(self.refresh)
        dialog.changed.connect(self.changed)
        dialog.exec()

    def manage_groups(self) -> None:
        from app.ui.affiliates.groups_dialog import GroupsDialog

        dialog = GroupsDialog(self.store, self)
        dialog.changed.connect(self.refresh)
        dialog.exec()

    def import_file(self) -> None:
        from app.ui.affiliates import register_io  # helper A2's module, loaded when first used

        if register_io.import_register(self, self.store):
            self.refresh()
            self.changed.emit()

    def export_file(self) -> None:
        """Export what the list shows: everyone, or (with a search or filter on) the ones found."""
        from app.ui.affiliates import register_io

        ids = self.model.listed_ids() if self.filtering() else None
        register_io.export_register(self, self.store, ids)
