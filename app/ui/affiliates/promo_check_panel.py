"""在推检查: the links affiliates promote our products with, stale ones first (the brief says check
every day). Select a row, open its link (click it, or Enter), then press 1 在推, 2 已下架 or
3 链接失效: the check is recorded and the next row is selected. From here too: 下架通知… (tell
the affiliates promoting a product before it goes) and 群公告… (announcements for the groups).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QUrl
from PySide6.QtGui import QAction, QBrush, QColor, QDesktopServices, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QStackedWidget, QTableView, QVBoxLayout, QWidget,
)

from app.core import products as catalog
from app.core import promo_checks as pc
from app.core.affiliate_codes import CHECK_RESULTS
from app.core.errors import UserError
from app.core.records import pick
from app.ui.settings import staff_name
from app.ui.widgets.common import AMBER, show_error, trigger_shortcut, ui_lang
from app.ui.widgets.empty_state import EmptyState
from app.ui.widgets.save_dialog import SaveDialog
from app.ui.widgets.undo_notice import UndoNotice

AFFILIATE, PRODUCT, URL, CHECKED, RESULT, CHECKED_BY = range(6)
PAGE = 200
RESULT_COLOURS = {"listed": "#1e7d32", "removed": "#b00020", "broken": "#c25e00"}
KEYS = (("listed", Qt.Key.Key_1), ("removed", Qt.Key.Key_2), ("broken", Qt.Key.Key_3))
STALE, ALL = range(2)
_ROLE = Qt.ItemDataRole


def open_url(url: str) -> None:
    """Open a link in the browser (tests replace this)."""
    QDesktopServices.openUrl(QUrl(url))


class LinkModel(QAbstractTableModel):
    """Links of the current view (stale only, or all), fetched a page at a time."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.store, self.stale_only, self.affiliate_id, self.product_id = None, True, None, None
        self.rows: list[pc.PromoLink] = []
        self.more = False
        self._link_font = QFont()
        self._link_font.setUnderline(True)

    def _query(self, limit: int, offset: int) -> list[pc.PromoLink]:
        read = pc.stale_checks if self.stale_only else pc.links
        return read(self.store, affiliate_id=self.affiliate_id, product_id=self.product_id, limit=limit, offset=offset)

    def load(self, at_least: int = 0) -> None:
        """(Re)read from the top, at least ``at_least`` rows (to keep the selection in view)."""
        self.beginResetModel()
        size = max(PAGE, at_least)
        self.rows = self._query(size, 0) if self.store is not None else []
        self.more = len(self.rows) == size  # a full page: there may be more (no count of them all)
        self.endResetModel()

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802, B008 - Qt's names
        return not parent.isValid() and self.more

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or not self.more:
            return
        page = self._query(PAGE, len(self.rows))
        self.more = len(page) == PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else CHECKED_BY + 1

    def headerData(self, section, orientation, role=_ROLE.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == _ROLE.DisplayRole:
            return (self.tr("Affiliate"), self.tr("Product"), self.tr("Link"), self.tr("Last check"),
                    self.tr("Result"), self.tr("Checked by"))[section]
        return None

    def data(self, index, role=_ROLE.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        link, column = self.rows[index.row()], index.column()
        if role == _ROLE.DisplayRole:
            if column == CHECKED:
                return link.checked_at.replace("T", " ")[:16] if link.checked_at else self.tr("Never")
            if column == RESULT:
                return pick(CHECK_RESULTS[link.result], ui_lang()) if link.result else "—"
            return (link.affiliate_name, link.product_title, link.url or "—", "", "", link.checked_by)[column]
        if role == _ROLE.ForegroundRole:
            if column == URL and link.url:
                return QBrush(QColor("#1a5fb4"))
            if column == RESULT and link.result:
                return QBrush(QColor(RESULT_COLOURS[link.result]))
        if role == _ROLE.FontRole and column == URL and link.url:
            return self._link_font
        if role == _ROLE.BackgroundRole and column == CHECKED and pc.is_stale(link.checked_at):
            return QBrush(QColor(AMBER))
        if role == _ROLE.ToolTipRole:
            if column == URL and link.url:
                return self.tr("Click to open the link in your browser (Enter)")
            if column == CHECKED and pc.is_stale(link.checked_at):
                return self.tr("Not checked for more than a day: check it today")
        return None


class LinksView(QTableView):
    """The links table; its actions' keys (1, 2, 3, Enter, Insert, Delete) work while it has focus."""

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if not trigger_shortcut(self, event):
            super().keyPressEvent(event)


class LinkForm(SaveDialog):
    """Add a link: the product the affiliate promotes and the link's address."""

    def __init__(self, store, affiliate_id: str, affiliate_name: str, parent=None) -> None:
        super().__init__(parent)
        self.store, self.affiliate_id = store, affiliate_id
        self.setWindowTitle(self.tr("Add promotion link"))
        self.setMinimumWidth(480)
        self.cmbProduct = QComboBox()
        for product in catalog.list_products(store, limit=2000):
            self.cmbProduct.addItem(product.title, product.id)
        self.edtUrl = QLineEdit()
        self.edtUrl.setPlaceholderText(self.tr("Where they promote it, e.g. https://…"))
        form = QFormLayout()
        form.addRow(self.tr("Affiliate:"), QLabel(affiliate_name))
        form.addRow(self.tr("&Product:"), self.cmbProduct)
        form.addRow(self.tr("&Link:"), self.edtUrl)
        self.finish(form)

    def save(self) -> pc.PromoLink:
        return pc.add_link(self.store, self.affiliate_id, self.cmbProduct.currentData() or "", url=self.edtUrl.text())


class PromoCheckPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = None
        self.model = LinkModel(self)
        self.affiliate_name = ""
        self._sized = False

        self.cmbView = QComboBox()
        self.cmbView.addItems([self.tr("To check (not checked for a day)"), self.tr("All links")])
        self.cmbView.currentIndexChanged.connect(self._filters_changed)
        self.cmbProduct = QComboBox()
        self.cmbProduct.setMinimumWidth(180)
        self.cmbProduct.currentIndexChanged.connect(self._filters_changed)
        self.btnAffiliate = QPushButton()
        self.btnAffiliate.setToolTip(self.tr("Show the links of one affiliate only"))
        self.btnAffiliate.clicked.connect(self.pick_affiliate_filter)
        self.btnAllAffiliates = QPushButton(self.tr("All affiliates"))
        self.btnAllAffiliates.clicked.connect(lambda: self.set_affiliate_filter(None))
        self.lblStale = QLabel()
        self.btnAdd = QPushButton(self.tr("Add link…"))
        self.btnAdd.setToolTip(self.tr("Record a product an affiliate promotes (Insert)"))
        self.btnRemove = QPushButton(self.tr("Remove link"))
        self.btnRemove.setToolTip(self.tr("Forget the selected link; its check history stays (Delete; Ctrl+Z undoes)"))
        self.btnDelisting = QPushButton(self.tr("Delisting notice…"))
        self.btnDelisting.setToolTip(self.tr("Tell the affiliates promoting a product before it is taken down"))
        self.btnAnnouncement = QPushButton(self.tr("Group announcement…"))
        self.btnAnnouncement.setToolTip(self.tr("Write an announcement for your QQ/WeChat groups and copy it"))
        top = QHBoxLayout()
        for widget in (self.cmbView, self.cmbProduct, self.btnAffiliate, self.btnAllAffiliates):
            top.addWidget(widget)
        top.addWidget(self.lblStale, 1)
        for widget in (self.btnAdd, self.btnRemove, self.btnDelisting, self.btnAnnouncement):
            top.addWidget(widget)

        self.tblLinks = LinksView()
        self.tblLinks.setModel(self.model)
        self.tblLinks.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tblLinks.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tblLinks.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tblLinks.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.tblLinks.verticalHeader().setVisible(False)
        self.tblLinks.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tblLinks.horizontalHeader().setSectionResizeMode(URL, QHeaderView.ResizeMode.Stretch)
        self.tblLinks.clicked.connect(self._clicked)
        self.emptyLinks = EmptyState(self.tr("No promotion links yet"), self.tr(
            "Record which of your products each affiliate promotes and where (Add link…). Check them every day: "
            "links not checked for a day come first, and 1 / 2 / 3 record 在推 / 已下架 / 链接失效."))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.emptyLinks)
        self.stack.addWidget(self.tblLinks)

        self.check_buttons: dict[str, QPushButton] = {}
        self.check_actions: list[QAction] = []
        checks = QHBoxLayout()
        checks.addWidget(QLabel(self.tr("Result:")))
        for n, (code, key) in enumerate(KEYS, 1):
            name = pick(CHECK_RESULTS[code], ui_lang())
            button = QPushButton(f"{name} ({n})")
            button.setToolTip(self.tr("Record “{result}” for the selected link and go to the next (key {key})")
                              .format(result=name, key=n))
            button.clicked.connect(lambda _=False, c=code: self.record(c))
            self.check_buttons[code] = button
            checks.addWidget(button)
            self.check_actions.append(self._action(name, (key,), lambda _=False, c=code: self.record(c)))
        self.edtNote = QLineEdit()
        self.edtNote.setPlaceholderText(self.tr("Note for this check (optional)"))
        checks.addWidget(self.edtNote, 1)
        self.chkRelink = QCheckBox(self.tr("Taken down or broken: plan a follow-up to ask them to relink"))
        self.chkRelink.setChecked(True)
        checks.addWidget(self.chkRelink)
        self.actOpen = self._action(self.tr("Open link"), (Qt.Key.Key_Return, Qt.Key.Key_Enter), self.open_selected)
        self.actAdd = self._action(self.tr("Add link…"), (Qt.Key.Key_Insert,), self.add_link)
        self.actRemove = self._action(self.tr("Remove link"), (Qt.Key.Key_Delete,), self.remove_selected)

        self.notice = UndoNotice()
        self.actUndo = QAction(self.tr("Undo"), self)
        self.actUndo.setShortcut(QKeySequence.StandardKey.Undo)
        self.actUndo.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.actUndo.triggered.connect(self.notice.undo)
        self.addAction(self.actUndo)

        self.setFocusProxy(self.tblLinks)  # the keys 1/2/3 work as soon as the page is shown
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addLayout(checks)
        layout.addWidget(self.notice)
        self.btnAdd.clicked.connect(self.add_link)
        self.btnRemove.clicked.connect(self.remove_selected)
        self.btnDelisting.clicked.connect(self.open_delisting)
        self.btnAnnouncement.clicked.connect(self.open_announcement)
        self.tblLinks.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.set_affiliate_filter(None)

    def _action(self, text: str, keys: tuple, slot) -> QAction:
        action = QAction(text, self.tblLinks)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.tblLinks.addAction(action)
        return action

    # -- loading --------------------------------------------------------------------------------
    def set_store(self, store) -> None:
        self.store = store
        self.model.store = store
        self.affiliate_name = ""
        self.model.affiliate_id = None
        self.reload_products()

    def reload_products(self) -> None:
        chosen = self.cmbProduct.currentData()
        self.cmbProduct.blockSignals(True)
        self.cmbProduct.clear()
        self.cmbProduct.addItem(self.tr("All products"), None)
        if self.store is not None:
            for product in catalog.list_products(self.store, limit=2000):
                self.cmbProduct.addItem(product.title, product.id)
        self.cmbProduct.setCurrentIndex(max(0, self.cmbProduct.findData(chosen)) if chosen else 0)
        self.cmbProduct.blockSignals(False)
        self._filters_changed()

    def _filters_changed(self, *_args) -> None:
        self.model.stale_only = self.cmbView.currentIndex() == STALE
        self.model.product_id = self.cmbProduct.currentData()
        self.reload()

    def reload(self, row: int = 0) -> None:
        self.model.load(at_least=row + 1)
        stale = pc.count_stale(self.store, cap=pc.BADGE_CAP) if self.store is not None else 0
        shown = f"{pc.BADGE_CAP - 1}+" if stale >= pc.BADGE_CAP else str(stale)
        self.lblStale.setText(self.tr("To check today: {count}").format(count=shown))
        self.lblStale.setStyleSheet("font-weight: bold; color: #b00020" if stale else "color: #1e7d32")
        has_links = self.store is not None and bool(self.model.rows or pc.count_links(self.store, cap=1))
        self.stack.setCurrentIndex(1 if has_links else 0)
        if self.model.rowCount() and not self._sized:
            self._sized = True  # once: after that the user's column widths stay
            self.tblLinks.resizeColumnsToContents()
            for column in (AFFILIATE, PRODUCT, CHECKED, RESULT, CHECKED_BY):
                width = self.tblLinks.columnWidth(column) + 16
                self.tblLinks.setColumnWidth(column, max(80, min(width, 260)))
        if self.model.rowCount():
            row = min(row, self.model.rowCount() - 1)
            self.tblLinks.selectRow(row)
            self.tblLinks.scrollTo(self.model.index(row, 0))
        if not self.model.rowCount() and self.model.stale_only and has_links:
            self.notice.say(self.tr("Every link has been checked today."))

    def set_affiliate_filter(self, affiliate: tuple[str, str] | None) -> None:
        self.model.affiliate_id, self.affiliate_name = affiliate or (None, "")
        self.btnAffiliate.setText(self.tr("Affiliate: {name}").format(name=self.affiliate_name)
                                  if affiliate else self.tr("Affiliate: all"))
        self.btnAllAffiliates.setVisible(bool(affiliate))
        self.reload()

    def pick_affiliate_filter(self) -> None:
        picked = self._pick_affiliate(self.tr("Show the links of"))
        if picked:
            self.set_affiliate_filter(picked)

    def _pick_affiliate(self, title: str) -> tuple[str, str] | None:
        from app.ui.affiliates.affiliate_picker import pick_affiliate  # imported when needed (tests replace it)

        affiliate_id = pick_affiliate(self, self.store, title)
        if not affiliate_id:
            return None
        row = self.store.conn.execute("SELECT name FROM affiliates WHERE id = ?", (affiliate_id,)).fetchone()
        return affiliate_id, row[0] if row else ""

    def selected(self) -> tuple[int, pc.PromoLink] | None:
        rows = self.tblLinks.selectionModel().selectedRows()
        if not rows:
            return None
        return rows[0].row(), self.model.rows[rows[0].row()]

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        for widget in (*self.check_buttons.values(), *self.check_actions, self.btnRemove, self.actRemove,
                       self.actOpen):
            widget.setEnabled(chosen)
        enabled = self.store is not None
        for widget in (self.btnAdd, self.btnDelisting, self.btnAnnouncement, self.btnAffiliate):
            widget.setEnabled(enabled)

    # -- actions --------------------------------------------------------------------------------
    def _clicked(self, index) -> None:
        if index.column() == URL and self.model.rows[index.row()].url:
            open_url(self.model.rows[index.row()].url)

    def open_selected(self) -> None:
        chosen = self.selected()
        if chosen and chosen[1].url:
            open_url(chosen[1].url)

    def record(self, result: str) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        row, link = chosen
        relink = date.today() if self.chkRelink.isChecked() else None
        try:
            planned = pc.record_check(self.store, link.affiliate_id, link.product_id, result,
                                      note=self.edtNote.text(), checked_by=staff_name(), relink_on=relink,
                                      lang=ui_lang())
        except UserError as err:
            show_error(self, err)
            return
        self.edtNote.clear()
        name = pick(CHECK_RESULTS[result], ui_lang())
        text = self.tr("{affiliate} · {product}: {result}").format(
            affiliate=link.affiliate_name, product=link.product_title, result=name)
        if planned:
            text += " " + self.tr("A follow-up to ask them to relink is due today.")
        self.notice.say(text)
        # The checked row leaves the stale list (or moves to the end of all links): the same
        # row number is now the next link.
        self.reload(row)

    def add_link(self) -> None:
        if self.store is None:
            return
        affiliate = ((self.model.affiliate_id, self.affiliate_name) if self.model.affiliate_id
                     else self._pick_affiliate(self.tr("Add a link for")))
        if not affiliate:
            return
        link = LinkForm.run(self, self.store, *affiliate)
        if link is None:
            return
        self.notice.say(self.tr("Added: {affiliate} promotes “{product}”.").format(
            affiliate=link.affiliate_name, product=link.product_title))
        self.reload()

    def remove_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        row, link = chosen
        try:
            removed = pc.remove_link(self.store, link.affiliate_id, link.product_id)
        except UserError as err:
            show_error(self, err)
            return
        self.reload(row)

        def undo() -> None:
            pc.restore_link(self.store, removed)
            self.reload(row)
        self.notice.push(self.tr("Removed the link of {affiliate} to “{product}”.").format(
            affiliate=link.affiliate_name, product=link.product_title), undo)

    def open_delisting(self) -> None:
        from app.ui.affiliates.delisting_dialog import DelistingDialog

        DelistingDialog.show_for(self.store, self.model.product_id, parent=self)
        self.reload()

    def open_announcement(self) -> None:
        from app.ui.affiliates.announcement_dialog import AnnouncementDialog

        AnnouncementDialog(self.store, parent=self).exec()

