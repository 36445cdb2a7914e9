"""检查清单: the shop's checklist with its statuses, the item actions and the screenshots."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QImage, QKeySequence
from PySide6.QtWidgets import (
    QApplication, QCheckBox, QFileDialog, QHBoxLayout, QHeaderView, QVBoxLayout, QWidget,
)

from app.core import storefront as sf
from app.core import storefront_reviews as reviews
from app.core.errors import UserError
from app.core.storefront import SCREENS, STATUSES, pick
from app.ui.storefront.checklist_model import (
    CHECKED, GROUP, NEXT_STATUS, NOTES, SCREEN, SHOT, STATUS, STATUS_ORDER, TITLE, ChecklistModel,
)
from app.ui.storefront.checklist_view import ChecklistView, dropped_image
from app.ui.widgets.common import png_bytes, show_error, ui_lang
from app.ui.storefront.delegates import ChoiceDelegate
from app.ui.storefront.item_dialog import ItemDialog
from app.ui.storefront.parts import action_button, keyed_action
from app.ui.storefront.screenshot_dialog import ScreenshotDialog

COLUMN_WIDTHS = {GROUP: 136, STATUS: 72, SCREEN: 72, NOTES: 170, CHECKED: 140, SHOT: 56}


class ChecklistPanel(QWidget):
    edited = Signal()  # statuses changed: the progress needs redrawing
    undoable = Signal(str, object)  # what was done, and a callable that undoes it
    message = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.lang = ui_lang()
        self.store = None
        self.shop: sf.Shop | None = None
        self.model = ChecklistModel(self)
        self.tblChecklist = ChecklistView()
        self.tblChecklist.setModel(self.model)
        self.status_delegate = ChoiceDelegate(lambda: [(c, pick(STATUSES[c], self.lang)) for c in STATUS_ORDER], self)
        self.screen_delegate = ChoiceDelegate(
            lambda: [(0, "—"), *((n, pick(name, self.lang)) for n, name in SCREENS.items())], self)
        self.tblChecklist.setItemDelegateForColumn(STATUS, self.status_delegate)
        self.tblChecklist.setItemDelegateForColumn(SCREEN, self.screen_delegate)
        header = self.tblChecklist.horizontalHeader()
        for column, width in COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self._build_actions()
        self.chkShowHidden = QCheckBox(self.tr("Show hidden items"))
        self.chkShowHidden.setToolTip(self.tr("Hidden items are on no shop's checklist and count nowhere."))
        self.chkShowHidden.toggled.connect(lambda _on: self.reload())
        bar = QHBoxLayout()
        for action in (self.actAddItem, self.actEditItem, self.actHideItem, self.actDeleteItem,
                       self.actMoveUp, self.actMoveDown):
            bar.addWidget(action_button(action))
        bar.addSpacing(12)
        bar.addWidget(self.chkShowHidden)
        bar.addStretch(1)
        for action in (self.actPasteShot, self.actViewShot, self.actRemoveShot):
            bar.addWidget(action_button(action))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.tblChecklist, 1)
        self.model.edited.connect(self.edited)
        self.model.failed.connect(lambda err: show_error(self, err))
        self.tblChecklist.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
        self.tblChecklist.doubleClicked.connect(self._double_clicked)
        self.tblChecklist.image_dropped.connect(self.set_image)
        self.update_actions()

    # -- building ------------------------------------------------------------------------
    def _action(self, text: str, slot: Callable, key=None, tip: str = "") -> QAction:
        return keyed_action(self.tblChecklist, text, slot, key, tip)

    def _separator(self) -> None:
        separator = QAction(self.tblChecklist)
        separator.setSeparator(True)
        self.tblChecklist.addAction(separator)

    def _build_actions(self) -> None:
        self.status_actions = {code: self._action(
            self.tr("Set to “{status}”").format(status=pick(STATUSES[code], self.lang)),
            lambda c=code: self.set_status(c), str(n)) for n, code in enumerate(STATUS_ORDER, 1)}
        self.actCycle = self._action(self.tr("Next status"), self.cycle_status, "Space",
                                     self.tr("Next status: To do → In progress → Done"))
        self._separator()
        self.actAddItem = self._action(self.tr("Add item…"), self.add_item, "Ins",
                                       self.tr("Add your own checklist item"))
        self.actEditItem = self._action(self.tr("Edit…"), self.edit_item, None,
                                        self.tr("Change the item's group (and the text of your own items)"))
        self.actHideItem = self._action(self.tr("Hide"), self.toggle_hidden, "Ctrl+H",
                                        self.tr("Hide the item from every shop's checklist, or show it again"))
        self.actDeleteItem = self._action(self.tr("Delete"), self.delete_item, "Del",
                                          self.tr("Delete your own item (built-in items can only be hidden)"))
        self.actMoveUp = self._action(self.tr("Move up"), lambda: self.move(-1), "Ctrl+Up")
        self.actMoveDown = self._action(self.tr("Move down"), lambda: self.move(1), "Ctrl+Down")
        self._separator()
        self.actPasteShot = self._action(self.tr("Paste screenshot"), self.paste_screenshot,
                                         QKeySequence.StandardKey.Paste,
                                         self.tr("Paste a screenshot from the clipboard onto the selected item"))
        self.actChooseShot = self._action(self.tr("Screenshot from file…"), self.choose_screenshot)
        self.actViewShot = self._action(self.tr("View screenshot"), self.view_screenshot, "Return")
        self.actRemoveShot = self._action(self.tr("Remove screenshot"), self.remove_screenshot)

    # -- loading -------------------------------------------------------------------------
    def set_shop(self, store, shop: sf.Shop | None) -> None:
        self.store, self.shop = store, shop
        self.reload()

    def reload(self, select_id: str | None = None) -> None:
        if select_id is None:
            rows = self.tblChecklist.selected_rows()
            select_id = self.model.state(rows[0]).item.id if rows and rows[0] < len(self.model.states) else None
        self.model.load(self.store, self.shop.id if self.shop else None,
                        include_hidden=self.chkShowHidden.isChecked())
        row = self.model.row_of(select_id) if select_id else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self.tblChecklist.select_row(row)
        self.update_actions()

    def update_actions(self) -> None:
        rows = self.tblChecklist.selected_rows()
        one = len(rows) == 1
        state = self.model.state(rows[0]) if one else None
        for action in (*self.status_actions.values(), self.actCycle):
            action.setEnabled(bool(rows))
        self.actAddItem.setEnabled(self.shop is not None)
        self.actEditItem.setEnabled(one)
        self.actHideItem.setEnabled(one)
        self.actHideItem.setText(self.tr("Unhide") if state and state.item.hidden else self.tr("Hide"))
        self.actDeleteItem.setEnabled(one and not state.item.builtin)
        self.actMoveUp.setEnabled(one and rows[0] > 0)
        self.actMoveDown.setEnabled(one and rows[0] < self.model.rowCount() - 1)
        self.actPasteShot.setEnabled(one)
        self.actChooseShot.setEnabled(one)
        self.actViewShot.setEnabled(one and state.has_screenshot)
        self.actRemoveShot.setEnabled(one and state.has_screenshot)

    def current(self):
        rows = self.tblChecklist.selected_rows()
        return (rows[0], self.model.state(rows[0])) if len(rows) == 1 else (None, None)

    # -- statuses ------------------------------------------------------------------------
    def set_status(self, code: str) -> None:
        self.model.set_state(self.tblChecklist.selected_rows(), status=code)
        self.update_actions()

    def cycle_status(self) -> None:
        for row in self.tblChecklist.selected_rows():
            self.model.set_state([row], status=NEXT_STATUS[self.model.state(row).status])
        self.update_actions()

    def _double_clicked(self, index) -> None:
        if index.column() == SHOT and self.model.state(index.row()).has_screenshot:
            self.view_screenshot()
        elif index.column() in (GROUP, TITLE):
            self.edit_item()

    # -- items ---------------------------------------------------------------------------
    def _try(self, fn: Callable, *args, **kwargs) -> bool:
        """Call core; False (after showing the user why) when it refused."""
        try:
            fn(*args, **kwargs)
        except UserError as err:
            show_error(self, err)
            return False
        return True

    def add_item(self) -> None:
        def save(title, reason, group, this_shop):
            return sf.add_item(self.store, title=title, reason=reason, group=group,
                               shop_id=self.shop.id if this_shop else None)
        item = ItemDialog.run(self, save, self.model.groups())
        if item is not None:
            self.reload(item.id)
            self.edited.emit()

    def edit_item(self) -> None:
        _row, state = self.current()
        if state is None:
            return
        item = state.item

        def save(title, reason, group, _this_shop):
            if item.builtin:
                return sf.update_item(self.store, item.id, group=group)
            return sf.update_item(self.store, item.id, title=title, reason=reason, group=group)
        if ItemDialog.run(self, save, self.model.groups(), item) is not None:
            self.reload(item.id)

    def toggle_hidden(self) -> None:
        _row, state = self.current()
        if state is not None and self._try(sf.update_item, self.store, state.item.id, hidden=not state.item.hidden):
            self.reload(state.item.id)
            self.edited.emit()

    def delete_item(self) -> None:
        _row, state = self.current()
        if state is None or state.item.builtin:
            return
        if self._try(sf.delete_item, self.store, state.item.id):
            item_id = state.item.id
            self.reload()
            self.edited.emit()
            self.undoable.emit(self.tr("Deleted the item “{title}”.").format(title=state.item.title(self.lang)),
                               lambda: (sf.restore_item(self.store, item_id), self.reload(item_id), self.edited.emit()))

    def move(self, delta: int) -> None:
        row, state = self.current()
        if state is None or not 0 <= row + delta < self.model.rowCount():
            return
        full = [i.id for i in sf.list_items(self.store, shop_id=self.shop.id, include_hidden=True)]
        neighbour = self.model.state(row + delta).item.id
        self._try(sf.move_item, self.store, state.item.id, full.index(neighbour), shop_id=self.shop.id)
        self.reload(state.item.id)

    # -- screenshots ---------------------------------------------------------------------
    def set_image(self, row: int, image: QImage) -> bool:
        png = png_bytes(image)
        if png is None:
            self.message.emit(self.tr("That image could not be read."))
            return False
        return self._set_png(row, png)

    def _set_png(self, row: int, png: bytes | None) -> bool:
        state = self.model.state(row)
        try:
            reviews.set_screenshot(self.store, self.shop.id, state.item.id, png)
        except UserError as err:
            show_error(self, err)
            return False
        self.model.set_screenshot_flag(row, png is not None)
        self.update_actions()
        return True

    def paste_screenshot(self) -> None:
        row, _state = self.current()
        if row is None:
            return
        image = dropped_image(QApplication.clipboard().mimeData())
        if image is None:
            self.message.emit(self.tr("There is no image on the clipboard: take a screenshot first."))
        elif self.set_image(row, image):
            self.message.emit(self.tr("Screenshot attached."))

    def choose_screenshot(self) -> None:
        row, _state = self.current()
        if row is None:
            return
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a screenshot"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)"))
        if name:
            self.set_image(row, QImage(name))

    def _png(self, state) -> bytes | None:
        review = reviews.current_review(self.store, self.shop.id)
        return reviews.screenshot(self.store, review.id, state.item.id)

    def view_screenshot(self) -> None:
        _row, state = self.current()
        png = self._png(state) if state is not None and state.has_screenshot else None
        if png:
            ScreenshotDialog.show_png(self, png, state.item.title(self.lang))

    def remove_screenshot(self) -> None:
        row, state = self.current()
        png = self._png(state) if state is not None and state.has_screenshot else None
        if png and self._set_png(row, None):
            item_id = state.item.id
            self.undoable.emit(self.tr("Removed the screenshot of “{title}”.").format(title=state.item.title(self.lang)),
                               lambda: self._restore_png(item_id, png))

    def _restore_png(self, item_id: str, png: bytes) -> None:
        reviews.set_screenshot(self.store, self.shop.id, item_id, png)
        self.reload(item_id)
