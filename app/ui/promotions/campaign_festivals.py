"""节日: the shopping festivals and public holidays of a year, as the calendar shows them.

The built-in ones come with the app; the user corrects their dates (the platforms announce them
late), hides those that do not concern the shop, resets a changed one, and adds their own
(the shop's anniversary, a supplier's sale). Each change is saved at once.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)

from app import i18n
from app.core import festivals as fest
from app.core.errors import UserError
from app.core.storefront import pick
from app.ui.promotions.campaign_common import FESTIVAL_COLORS, span_text
from app.ui.promotions.campaign_dialog import date_edit, qdate, to_date
from app.ui.widgets.common import ui_lang

KEY = Qt.ItemDataRole.UserRole


class FestivalsDialog(QDialog):
    def __init__(self, store, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.year, self.lang = store, year, ui_lang()
        self.changed = False
        self.setWindowTitle(self.tr("Festivals of {year}").format(year=year))
        self.setMinimumSize(720, 480)
        self.lstFestivals = QListWidget()
        self.lstFestivals.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lstFestivals.currentItemChanged.connect(lambda *_: self._show_current())
        self.edtName = QLineEdit()
        self.edtName.setMaxLength(fest.MAX_NAME)
        self.cmbKind = QComboBox()
        for code, names in fest.KINDS.items():
            self.cmbKind.addItem(pick(names, self.lang), code)
        first = date(year, 1, 1)
        self.dteStart, self.dteEnd, self.dtePeak = date_edit(first), date_edit(first), date_edit(first)
        self.chkPeak = QCheckBox(self.tr("Main day:"))
        self.chkPeak.toggled.connect(self.dtePeak.setEnabled)
        self.chkBig = QCheckBox(self.tr("Big platform event (campaigns should chain after it)"))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.edtName)
        form.addRow(self.tr("&Kind:"), self.cmbKind)
        form.addRow(self.tr("&First day:"), self.dteStart)
        form.addRow(self.tr("&Last day:"), self.dteEnd)
        form.addRow(self.chkPeak, self.dtePeak)
        form.addRow("", self.chkBig)
        self.btnSave = QPushButton(self.tr("Save changes"))
        self.btnAdd = QPushButton(self.tr("Add as new"))
        self.btnHide = QPushButton()
        self.btnReset = QPushButton(self.tr("Reset to built-in"))
        for button, slot in ((self.btnSave, self.save), (self.btnAdd, self.add), (self.btnHide, self.toggle_hidden),
                             (self.btnReset, self.reset)):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
        buttons = QHBoxLayout()
        for button in (self.btnSave, self.btnAdd, self.btnHide, self.btnReset):
            buttons.addWidget(button)
        self.lblError = QLabel()
        self.lblError.setStyleSheet("color: #b00020")
        self.lblError.setWordWrap(True)
        self.lblError.hide()
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(buttons)
        right.addWidget(self.lblError)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addWidget(self.lstFestivals, 1)
        columns.addLayout(right, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(close)
        self.reload()

    def reload(self, select_key: str | None = None) -> None:
        select_key = select_key or self.current_key()
        found = fest.list_festivals(self.store, date(self.year, 1, 1), date(self.year, 12, 31), include_hidden=True)
        self.lstFestivals.blockSignals(True)
        self.lstFestivals.clear()
        for festival in found:
            marks = [self.tr("hidden") if festival.hidden else "", self.tr("changed") if festival.edited else "",
                     "" if festival.builtin else self.tr("your own")]
            text = f"{festival.name(self.lang)}  ·  {span_text(festival.start, festival.end)}"
            item = QListWidgetItem(text + "".join(f"  ·  {m}" for m in marks if m))
            item.setData(KEY, festival.key)
            item.setForeground(FESTIVAL_COLORS[festival.kind][1] if not festival.hidden else Qt.GlobalColor.gray)
            self.lstFestivals.addItem(item)
        self.lstFestivals.blockSignals(False)
        keys = [f.key for f in found]
        self.lstFestivals.setCurrentRow(keys.index(select_key) if select_key in keys else 0 if keys else -1)
        self._show_current()

    def current_key(self) -> str | None:
        item = self.lstFestivals.currentItem()
        return item.data(KEY) if item else None

    def _show_current(self) -> None:
        key = self.current_key()
        festival = fest.get_festival(self.store, key) if key else None
        for button in (self.btnSave, self.btnHide):
            button.setEnabled(festival is not None)
        self.btnReset.setEnabled(bool(festival and festival.builtin and (festival.edited or festival.hidden)))
        self.btnHide.setText(self.tr("Show") if festival and festival.hidden else self.tr("Hide"))
        if festival is None:
            return
        self.edtName.setText(festival.name_zh if self.lang.startswith("zh") else festival.name_en)
        self.cmbKind.setCurrentIndex(max(0, self.cmbKind.findData(festival.kind)))
        for edit, day in ((self.dteStart, festival.start), (self.dteEnd, festival.end),
                          (self.dtePeak, festival.peak or festival.main_day)):
            edit.setDate(qdate(day))
        self.chkPeak.setChecked(festival.peak is not None)
        self.dtePeak.setEnabled(festival.peak is not None)
        self.chkBig.setChecked(festival.big)

    def _fields(self) -> dict:
        name = "name_zh" if self.lang.startswith("zh") else "name_en"
        return {name: self.edtName.text(), "kind": self.cmbKind.currentData(), "start": to_date(self.dteStart),
                "end": to_date(self.dteEnd), "peak": to_date(self.dtePeak) if self.chkPeak.isChecked() else None,
                "big": self.chkBig.isChecked()}

    def _apply(self, action) -> None:
        try:
            key = action()
        except UserError as err:
            self.lblError.setText(i18n.error_text(err))
            self.lblError.show()
            return
        self.lblError.hide()
        self.changed = True
        self.reload(key)

    def save(self) -> None:
        key = self.current_key()
        self._apply(lambda: fest.update_festival(self.store, key, **self._fields()).key)

    def add(self) -> None:
        fields = self._fields()
        name = fields.pop("name_zh", None) or fields.pop("name_en")
        self._apply(lambda: fest.add_festival(self.store, name_zh=name, **fields).key)

    def toggle_hidden(self) -> None:
        key = self.current_key()
        self._apply(lambda: fest.hide_festival(self.store, key, not fest.get_festival(self.store, key).hidden).key)

    def reset(self) -> None:
        key = self.current_key()
        self._apply(lambda: fest.reset_festival(self.store, key).key)

    @classmethod
    def edit(cls, store, year: int, parent: QWidget | None = None) -> bool:
        """Show the year's festivals to edit; True when anything was changed."""
        dialog = cls(store, year, parent)
        dialog.exec()
        return dialog.changed
