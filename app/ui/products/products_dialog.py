"""商品: the product catalogue in a table, searched and sorted in SQL, with add, edit and delete.

Keys on the table: Insert adds, Enter edits, Delete moves the selected products to the trash;
Ctrl+Z (or the 撤销 button of the notice line) brings them back. Double-click edits.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QMessageBox, QPushButton, QStackedWidget, QTableView, QVBoxLayout,
)

from app.core import products as catalog
from app.core.errors import UserError
from app.core.products import Product
from app.ui.products.product_form import ProductForm
from app.ui.products.product_model import COLUMNS, SORT_KEYS, TITLE, ProductModel
from app.ui.widgets.common import show_error, trigger_shortcut
from app.ui.widgets.empty_state import EmptyState
from app.ui.widgets.undo_notice import UndoNotice

UNDO_DEPTH = 20
EMPTY, TABLE = range(2)


class ProductsView(QTableView):
    """The products table; its actions' keys work whenever a key press reaches it."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if not trigger_shortcut(self, event):
            super().keyPressEvent(event)

    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.selectionModel().selectedRows()})

    def select_row(self, row: int | None) -> None:
        if row is None or not 0 <= row < self.model().rowCount():
            return
        self.selectRow(row)
        self.scrollTo(self.model().index(row, 0))


class ProductsDialog(QDialog):
    changed = Signal()  # the catalogue was written to

    def __init__(self, store, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.was_changed = False
        self.setWindowTitle(self.tr("Products"))
        self.resize(1040, 600)

        self.edtSearch = QLineEdit()
        self.edtSearch.setPlaceholderText(self.tr("Search title or item ID"))
        self.edtSearch.setClearButtonEnabled(True)
        self.edtSearch.textChanged.connect(self.search)
        self.edtSearch.returnPressed.connect(lambda: self.tblProducts.setFocus())
        self.btnAdd = QPushButton(self.tr("Add…"))
        self.btnEdit = QPushButton(self.tr("Edit…"))
        self.btnDelete = QPushButton(self.tr("Delete"))
        self.lblCount = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.edtSearch, 1)
        for button in (self.btnAdd, self.btnEdit, self.btnDelete):
            top.addWidget(button)

        self.model = ProductModel(self)
        self.tblProducts = ProductsView()
        self.tblProducts.setModel(self.model)
        header = self.tblProducts.horizontalHeader()
        header.setSortIndicator(TITLE, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        self.tblProducts.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._keep_sortable)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self._sized = False
        self.tblProducts.doubleClicked.connect(lambda _index: self.edit_selected())
        self.actAdd = self._action(self.tr("Add product…"), (Qt.Key.Key_Insert,), self.add)
        self.actEdit = self._action(self.tr("Edit product…"), (Qt.Key.Key_Return, Qt.Key.Key_Enter),
                                    self.edit_selected)
        self.actDelete = self._action(self.tr("Move to trash"), (Qt.Key.Key_Delete,), self.delete_selected)
        self.btnAdd.clicked.connect(self.add)
        self.btnEdit.clicked.connect(self.edit_selected)
        self.btnDelete.clicked.connect(self.delete_selected)
        self.btnAdd.setToolTip(self.tr("Add a product (Insert)"))
        self.btnEdit.setToolTip(self.tr("Edit the selected product (Enter or double-click)"))
        self.btnDelete.setToolTip(self.tr("Move the selected products to the trash (Delete; Ctrl+Z undoes it)"))

        self.emptyProducts = EmptyState(self.tr("No products yet"), self.tr(
            "Add your products with their price, cost and platform fee: the price calculator and the "
            "campaign checks use them to work out your profit."))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.emptyProducts)
        self.stack.addWidget(self.tblProducts)

        self.notice = UndoNotice(depth=UNDO_DEPTH)
        self.actUndo = QAction(self.tr("Undo"), self)
        self.actUndo.setShortcut(QKeySequence.StandardKey.Undo)
        self.actUndo.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.actUndo.triggered.connect(self.notice.undo)
        self.addAction(self.actUndo)
        self.notice.changed.connect(lambda: self.actUndo.setEnabled(bool(self.notice.undos)))
        self.actUndo.setEnabled(False)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.lblCount, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.notice)
        layout.addLayout(bottom)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter belongs to the table (edit), not to a button

        self.tblProducts.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.reload()
        self.tblProducts.setFocus()

    def _action(self, text: str, keys: tuple, slot) -> QAction:
        action = QAction(text, self.tblProducts)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.tblProducts.addAction(action)
        return action

    # -- loading -------------------------------------------------------------------------
    def reload(self, select_id: str | None = None) -> None:
        self.model.load(self.store)
        self._after_load(select_id)

    def search(self, text: str) -> None:
        self.model.load(search=text)
        self._after_load()

    def _after_load(self, select_id: str | None = None) -> None:
        searching = bool(self.model.search.strip())
        self.stack.setCurrentIndex(TABLE if self.model.total or searching else EMPTY)
        self.lblCount.setText((self.tr("Found: {count}") if searching else self.tr("Products: {count}")).format(
            count=self.model.total))
        if self.model.rowCount() and not self._sized:
            self._sized = True  # once: after that the user's column widths stay
            self.tblProducts.resizeColumnsToContents()
            for column in range(1, COLUMNS):
                self.tblProducts.setColumnWidth(column, max(80, self.tblProducts.columnWidth(column) + 16))
        row = self.model.row_of(select_id) if select_id else None
        self.tblProducts.select_row(0 if row is None and self.model.rowCount() else row)
        self._update_buttons()

    def _keep_sortable(self, column: int, _order) -> None:
        """Only some columns sort (in SQL); a click on another leaves the current order shown."""
        if column not in SORT_KEYS:
            header = self.tblProducts.horizontalHeader()
            order = Qt.SortOrder.DescendingOrder if self.model.descending else Qt.SortOrder.AscendingOrder
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column, order)
            header.blockSignals(False)
            header.viewport().update()

    def selected(self) -> list[Product]:
        return [self.model.product(row) for row in self.tblProducts.selected_rows()]

    def _update_buttons(self) -> None:
        count = len(self.tblProducts.selected_rows())
        self.btnEdit.setEnabled(count == 1)
        self.actEdit.setEnabled(count == 1)
        self.btnDelete.setEnabled(count > 0)
        self.actDelete.setEnabled(count > 0)

    # -- writing -------------------------------------------------------------------------
    def _saved(self, product: Product | None) -> None:
        if product is None:
            return
        self._mark_changed()
        self.reload(product.id)

    def _mark_changed(self) -> None:
        self.was_changed = True
        self.changed.emit()

    def add(self) -> None:
        self._saved(ProductForm.run(self, self.store))

    def edit_selected(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1:
            saved = ProductForm.run(self, self.store, chosen[0])
            self._saved(saved)
            if saved is not None and chosen[0].listed and not saved.listed:
                self.offer_delisting_notice(saved)

    def offer_delisting_notice(self, product: Product) -> None:
        """Just taken down: offer to tell the affiliates promoting it to change their links."""
        from app.core.promo_checks import promoting_affiliates

        count = len(promoting_affiliates(self.store, product.id))
        if not count:
            return
        answer = QMessageBox.question(self, self.tr("Product taken down"), self.tr(
            "{count} affiliates are promoting “{title}”. Tell them to change their links (下架换链通知)?").format(
            count=count, title=product.title))
        if answer == QMessageBox.StandardButton.Yes:
            from app.ui.affiliates.delisting_dialog import DelistingDialog

            DelistingDialog.show_for(self.store, product.id, self)

    def delete_selected(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        first_row = self.tblProducts.selected_rows()[0]
        done: list[Product] = []
        try:
            for product in chosen:
                catalog.delete_product(self.store, product.id)
                done.append(product)
        except UserError as err:
            show_error(self, err)
        if not done:
            return
        self._mark_changed()
        self.reload()
        self.tblProducts.select_row(min(first_row, self.model.rowCount() - 1))

        def undo() -> None:
            try:
                for product in done:
                    catalog.restore_product(self.store, product.id)
            finally:
                self._mark_changed()
                self.reload(done[0].id)
        if len(done) == 1:
            text = self.tr("Moved “{title}” to the trash.").format(title=done[0].title)
        else:
            text = self.tr("Moved {count} products to the trash.").format(count=len(done))
        self.notice.push(text, undo)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if not trigger_shortcut(self, event):
            super().keyPressEvent(event)

    @classmethod
    def edit(cls, store, parent=None) -> bool:
        """Show the catalogue modally; True when anything in it was changed."""
        dialog = cls(store, parent)
        dialog.exec()
        return dialog.was_changed
