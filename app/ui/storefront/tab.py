"""店铺模块: the shops, each with its module checklist and homepage layout check.

Left the shops with their scores; right the selected shop's header (score, progress, reviews,
exports) over two pages, 检查清单 and 首页布局. Deleting (a shop, an item, a module, a
screenshot) is undone with Ctrl+Z or the 撤销 button in the notice line at the bottom.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QFrame, QHBoxLayout, QLabel, QListWidgetItem, QPushButton, QSplitter,
    QStackedWidget, QTabWidget, QVBoxLayout, QWidget,
)

from app.core import storefront as sf
from app.core import storefront_reviews as reviews
from app.core.errors import UserError
from app.core.storefront import PLATFORMS, Shop, pick
from app.ui.settings import app_settings
from app.ui.storefront.checklist_panel import ChecklistPanel
from app.ui.widgets.common import ActionList, notify, show_error, trigger_shortcut, ui_lang
from app.ui.storefront.layout_panel import LayoutPanel
from app.ui.storefront.parts import action_button, column, keyed_action
from app.ui.storefront.shop_dialog import ShopDialog
from app.ui.storefront.shop_header import ShopHeader
from app.ui.widgets.empty_state import EmptyState

ID = Qt.ItemDataRole.UserRole
NO_DATABASE, NO_SHOPS, SHOPS = range(3)
UNDO_DEPTH = 20


class StorefrontTab(QWidget):
    """店铺模块: the module checklist and layout check, per shop."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = ui_lang()
        self.store = None
        self.shops: list[Shop] = []
        self.shop: Shop | None = None
        self.undo_stack: list[tuple[str, Callable]] = []

        self.stack = QStackedWidget()
        self.stack.addWidget(EmptyState(self.tr("Storefront"), self.tr(
            "Open a database to check your shops' homepages here.")))
        self.emptyShops = EmptyState(self.tr("No shops yet"), self.tr(
            "Add your shop to check its homepage: the six required modules, the layout rules and where to "
            "invite buyers to follow you, item by item, with your progress and a score."))
        self.btnAddFirstShop = QPushButton(self.tr("Add shop…"))
        self.btnAddFirstShop.clicked.connect(self.add_shop)
        self.emptyShops.layout().insertWidget(4, self.btnAddFirstShop, 0, Qt.AlignmentFlag.AlignHCenter)
        self.stack.addWidget(self.emptyShops)
        self.stack.addWidget(self._build_shops_page())

        self.lblNotice = QLabel()
        self.lblNotice.setWordWrap(True)
        self.btnUndo = QPushButton(self.tr("Undo"))
        self.btnUndo.clicked.connect(self.undo)
        self.frmNotice = QFrame()
        self.frmNotice.setFrameShape(QFrame.Shape.StyledPanel)
        notice = QHBoxLayout(self.frmNotice)
        notice.setContentsMargins(8, 4, 8, 4)
        notice.addWidget(self.lblNotice, 1)
        notice.addWidget(self.btnUndo)
        self.frmNotice.hide()
        self.actUndo = QAction(self.tr("Undo"), self)
        self.actUndo.setShortcut(QKeySequence.StandardKey.Undo)
        self.actUndo.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.actUndo.triggered.connect(self.undo)
        self.addAction(self.actUndo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.frmNotice)
        self._update_undo()

    def _build_shops_page(self) -> QWidget:
        self.lstShops = ActionList()
        self.lstShops.setMinimumWidth(250)
        self.lstShops.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lstShops.currentItemChanged.connect(lambda *_: self._shop_selected())
        self.lstShops.itemDoubleClicked.connect(lambda _item: self.edit_shop())
        self.lstShops.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        buttons = QHBoxLayout()
        for text, tip, key, slot in ((self.tr("Add shop…"), self.tr("Add a shop"), "Ins", self.add_shop),
                                     (self.tr("Edit…"), self.tr("Edit the shop's name, platform and address"), "F2",
                                      self.edit_shop),
                                     (self.tr("Delete"), self.tr("Move the shop to the trash (Ctrl+Z undoes it)"),
                                      "Del", self.delete_shop)):
            buttons.addWidget(action_button(keyed_action(self.lstShops, text, slot, key, tip)))
        self.actAddShop, self.actEditShop, self.actDeleteShop = self.lstShops.actions()
        self.btnAddShop, self.btnEditShop, self.btnDeleteShop = (buttons.itemAt(i).widget() for i in range(3))
        buttons.addStretch(1)
        left = column(QLabel(self.tr("<b>Shops</b>")), (self.lstShops, 1), buttons)

        self.header = ShopHeader()
        self.checklist = ChecklistPanel()
        self.layout_panel = LayoutPanel()
        self.tabsShop = QTabWidget()
        self.tabsShop.addTab(self.checklist, self.tr("Checklist"))
        self.tabsShop.addTab(self.layout_panel, self.tr("Homepage layout"))
        self.tabsShop.setCurrentIndex(int(app_settings().value("storefront/page", 0) or 0))
        self.tabsShop.currentChanged.connect(lambda index: app_settings().setValue("storefront/page", index))
        self.header.review_started.connect(self._review_started)
        self.header.message.connect(self.say)
        self.checklist.edited.connect(self.refresh_progress)
        self.checklist.undoable.connect(self.push_undo)
        self.checklist.message.connect(self.say)
        self.layout_panel.undoable.connect(self.push_undo)
        self.layout_panel.checked.connect(self._show_finding_count)
        right = column(self.header, (self.tabsShop, 1))
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 980])
        return splitter

    # -- the database and the shops --------------------------------------------------------
    def set_store(self, store) -> None:
        self.store = store
        self.undo_stack.clear()
        self._update_undo()
        self.frmNotice.hide()
        if store is None:
            self.shops, self.shop = [], None
            self.stack.setCurrentIndex(NO_DATABASE)
            return
        sf.ensure_builtin_items(store)
        self.reload_shops(app_settings().value("storefront/shop"))

    def reload_shops(self, select_id: str | None = None) -> None:
        select_id = select_id or (self.shop.id if self.shop else None)
        self.shops = sf.list_shops(self.store)
        scores = reviews.shop_progress(self.store)
        self.lstShops.blockSignals(True)
        self.lstShops.clear()
        for shop in self.shops:
            item = QListWidgetItem(self.shop_text(shop, scores[shop.id].score))
            item.setData(ID, shop.id)
            item.setToolTip(shop.url or shop.name)
            self.lstShops.addItem(item)
        self.lstShops.blockSignals(False)
        self.stack.setCurrentIndex(SHOPS if self.shops else NO_SHOPS)
        ids = [shop.id for shop in self.shops]
        self.lstShops.setCurrentRow(ids.index(select_id) if select_id in ids else 0 if ids else -1)
        self._shop_selected()

    def shop_text(self, shop: Shop, score: int) -> str:
        platform = pick(PLATFORMS.get(shop.platform, PLATFORMS["other"]), self.lang)
        return self.tr("{name}  ·  {platform}  ·  {score} pts").format(name=shop.name, platform=platform, score=score)

    def _shop_selected(self) -> None:
        item = self.lstShops.currentItem()
        self.shop = next((s for s in self.shops if item and s.id == item.data(ID)), None)
        if self.shop is not None:
            app_settings().setValue("storefront/shop", self.shop.id)
        for action in (self.actEditShop, self.actDeleteShop):
            action.setEnabled(self.shop is not None)
        self.header.set_shop(self.store, self.shop)
        self.checklist.set_shop(self.store, self.shop)
        self.layout_panel.set_shop(self.store, self.shop)
        self.refresh_progress()

    def refresh_progress(self) -> None:
        """Redraw the header and the shop's line in the list after the checklist changed."""
        if self.shop is None:
            return
        progress = reviews.progress(self.checklist.model.shown_states())
        self.header.show_progress(progress)
        item = self.lstShops.currentItem()
        if item is not None:
            item.setText(self.shop_text(self.shop, progress.score))

    def _show_finding_count(self, count: int) -> None:
        self.tabsShop.setTabText(1, self.tr("Homepage layout ({count})").format(count=count) if count
                                 else self.tr("Homepage layout"))
        self.tabsShop.setTabToolTip(1, self.tr("{count} findings of the layout check").format(count=count)
                                    if count else self.tr("Layout check passed"))

    def _review_started(self) -> None:
        self.checklist.reload()
        self.refresh_progress()

    def add_shop(self) -> None:
        shop = ShopDialog.run(self, lambda name, platform, url: sf.add_shop(
            self.store, name=name, platform=platform, url=url))
        if shop is not None:
            self.reload_shops(shop.id)
            self.say(self.tr("Added the shop “{name}”.").format(name=shop.name))

    def edit_shop(self) -> None:
        if self.shop is None:
            return
        shop_id = self.shop.id
        shop = ShopDialog.run(self, lambda name, platform, url: sf.update_shop(
            self.store, shop_id, name=name, platform=platform, url=url), self.shop)
        if shop is not None:
            self.reload_shops(shop.id)

    def delete_shop(self) -> None:
        shop = self.shop
        if shop is None:
            return
        try:
            sf.delete_shop(self.store, shop.id)
        except UserError as err:
            show_error(self, err)
            return
        self.shop = None
        self.reload_shops()

        def undo() -> None:
            sf.restore_shop(self.store, shop.id)
            self.reload_shops(shop.id)
        self.push_undo(self.tr("Moved the shop “{name}” to the trash.").format(name=shop.name), undo)

    # -- notices and undo ----------------------------------------------------------------
    def say(self, text: str) -> None:
        notify(self, text, fallback=self._show_notice)

    def _show_notice(self, text: str) -> None:
        self.lblNotice.setText(text)
        self.frmNotice.show()

    def push_undo(self, text: str, undo: Callable) -> None:
        self.undo_stack = [*self.undo_stack, (text, undo)][-UNDO_DEPTH:]
        self._show_notice(text)
        self._update_undo()

    def undo(self) -> None:
        if not self.undo_stack:
            return
        text, undo = self.undo_stack.pop()
        try:
            undo()
        except UserError as err:
            show_error(self, err)
        else:
            self._show_notice(self.tr("Undone: {what}").format(what=text))
        self.refresh_progress()
        self._update_undo()

    def _update_undo(self) -> None:
        self.actUndo.setEnabled(bool(self.undo_stack))
        self.btnUndo.setVisible(bool(self.undo_stack))
        self.btnUndo.setToolTip(self.tr("Undo: {what} (Ctrl+Z)").format(what=self.undo_stack[-1][0])
                                if self.undo_stack else "")

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if not trigger_shortcut(self, event):
            super().keyPressEvent(event)
