"""Choose one affiliate: a search box (name, nickname, pinyin, initials, QQ, WeChat, phone, as
in the register) over a short list. Enter or a double-click picks; ↑/↓ move from the box."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QVBoxLayout, QWidget)

from app.core import affiliates
from app.core.affiliate_codes import KINDS
from app.core.records import pick
from app.ui.widgets.common import ui_lang

LIMIT = 50
ID_ROLE = Qt.ItemDataRole.UserRole


class AffiliatePickerDialog(QDialog):
    def __init__(self, store, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.chosen: str | None = None
        self.setWindowTitle(title or self.tr("Choose an affiliate"))
        self.resize(420, 460)
        self.edtSearch = QLineEdit()
        self.edtSearch.setPlaceholderText(self.tr("Name, pinyin or initials (zs), QQ, WeChat, phone"))
        self.edtSearch.setClearButtonEnabled(True)
        self.lstFound = QListWidget()
        self.lblCount = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.btnOk = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edtSearch)
        layout.addWidget(self.lstFound, 1)
        layout.addWidget(self.lblCount)
        layout.addWidget(buttons)
        # Typing is debounced so a fast typist waits for one query, not one per key.
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.search)
        self.edtSearch.textChanged.connect(lambda: self._timer.start())
        self.edtSearch.returnPressed.connect(self.accept)
        self.lstFound.itemDoubleClicked.connect(lambda _item: self.accept())
        self.lstFound.currentRowChanged.connect(lambda row: self.btnOk.setEnabled(row >= 0))
        self.edtSearch.installEventFilter(self)
        self.search()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.edtSearch and event.type() == event.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            self.lstFound.keyPressEvent(event)  # arrows steer the list while typing goes on
            return True
        return super().eventFilter(watched, event)

    def search(self) -> None:
        self._timer.stop()
        lang = ui_lang()
        found = affiliates.search_ids(self.store, self.edtSearch.text(), LIMIT) if self.store else []
        self.lstFound.clear()
        for affiliate_id, name, nickname, kind in found:
            text = f"{name}（{nickname}）" if nickname else name
            item = QListWidgetItem(f"{text}    {pick(KINDS.get(kind, KINDS['other']), lang)}")
            item.setData(ID_ROLE, affiliate_id)
            self.lstFound.addItem(item)
        if found:
            self.lstFound.setCurrentRow(0)
        self.btnOk.setEnabled(bool(found))
        if not found:
            self.lblCount.setText(self.tr("No affiliate matches."))
        elif len(found) >= LIMIT:
            self.lblCount.setText(self.tr("The first {n}; type more to narrow down.").format(n=LIMIT))
        else:
            self.lblCount.setText("")

    def accept(self) -> None:
        if self._timer.isActive():  # Enter right after typing: pick from what was typed
            self.search()
        item = self.lstFound.currentItem()
        if item is None:
            return
        self.chosen = item.data(ID_ROLE)
        super().accept()


def pick_affiliate(parent: QWidget | None, store, title: str = "") -> str | None:
    """The id of the affiliate the user picks, or None when cancelled."""
    dialog = AffiliatePickerDialog(store, title, parent)
    return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None
