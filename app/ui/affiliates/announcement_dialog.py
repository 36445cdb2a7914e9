"""群公告: pick a template, tick the products, edit the text and copy it to the clipboard for a
QQ or WeChat group. Nothing is sent: the user pastes it themselves.

The text follows the template and the ticked products until the user edits it; after that a
change of template or products leaves their words alone, and 重新生成 replaces them (Ctrl+Z in
the text brings them back).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from app.core import announcements as an
from app.core.money import format_money
from app.core.records import pick
from app.ui.widgets.common import ui_lang


class AnnouncementDialog(QDialog):
    def __init__(self, store, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.today = today or date.today()
        self.lang = ui_lang()
        self._edited = False
        self.setWindowTitle(self.tr("Group announcement (群公告)"))
        self.resize(760, 540)

        self.cmbTemplate = QComboBox()
        for key, names in an.TEMPLATES.items():
            self.cmbTemplate.addItem(pick(names, self.lang), key)
        self.lblDays = QLabel(self.tr("New in the last"))
        self.spnDays = QSpinBox()
        self.spnDays.setRange(1, 90)
        self.spnDays.setValue(an.NEW_DAYS)
        self.spnDays.setSuffix(self.tr(" days"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&Template:")))
        top.itemAt(0).widget().setBuddy(self.cmbTemplate)
        top.addWidget(self.cmbTemplate)
        top.addWidget(self.lblDays)
        top.addWidget(self.spnDays)
        top.addStretch(1)

        self.lblProducts = QLabel(self.tr("Products to include:"))
        self.lstProducts = QListWidget()
        self.lstProducts.setMinimumWidth(230)
        left = QVBoxLayout()
        left.addWidget(self.lblProducts)
        left.addWidget(self.lstProducts, 1)
        self.edtText = QPlainTextEdit()
        self.btnRegenerate = QPushButton(self.tr("Regenerate"))
        self.btnRegenerate.setToolTip(self.tr("Replace the text with the template filled in again (Ctrl+Z undoes)"))
        self.lblStatus = QLabel()
        self.lblStatus.setWordWrap(True)
        right = QVBoxLayout()
        right.addWidget(self.edtText, 1)
        right.addWidget(self.lblStatus)
        middle = QHBoxLayout()
        middle.addLayout(left)
        middle.addLayout(right, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.btnCopy = buttons.addButton(self.tr("Copy to clipboard"), QDialogButtonBox.ButtonRole.ActionRole)
        self.btnCopy.setToolTip(self.tr("Copy the text, then paste it into your QQ or WeChat group (Ctrl+Shift+C)"))
        self.btnCopy.setShortcut("Ctrl+Shift+C")
        buttons.addButton(self.btnRegenerate, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.rejected.connect(self.reject)
        note = QLabel(self.tr("Nothing is sent from here: copy the text and paste it into the group yourself."))
        note.setStyleSheet("color: #555")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)

        self.cmbTemplate.currentIndexChanged.connect(self._template_changed)
        self.spnDays.valueChanged.connect(self._template_changed)
        self.lstProducts.itemChanged.connect(lambda _item: self._refresh())
        self.edtText.textChanged.connect(self._typed)
        self.btnRegenerate.clicked.connect(lambda: self._refresh(force=True))
        self.btnCopy.clicked.connect(self.copy)
        self._template_changed()

    def template(self) -> str:
        return self.cmbTemplate.currentData()

    def _template_changed(self, *_args) -> None:
        key = self.template()
        picks = key in an.PRODUCT_TEMPLATES
        for widget in (self.lblProducts, self.lstProducts):
            widget.setVisible(picks)
        for widget in (self.lblDays, self.spnDays):
            widget.setVisible(key == "new_arrivals")
        self.lstProducts.blockSignals(True)
        self.lstProducts.clear()
        if picks:
            offered = an.pickable_products(self.store, key, today=self.today, days=self.spnDays.value())
            ticked = an.default_choice(key, offered)
            for line in offered:
                star = "★ " if line.bestseller else ""
                item = QListWidgetItem(f"{star}{line.title}  {format_money(line.price_fen, always_decimals=False)}")
                item.setData(Qt.ItemDataRole.UserRole, line.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if line.id in ticked else Qt.CheckState.Unchecked)
                self.lstProducts.addItem(item)
        self.lstProducts.blockSignals(False)
        self._refresh()

    def ticked(self) -> list[str]:
        items = (self.lstProducts.item(row) for row in range(self.lstProducts.count()))
        return [item.data(Qt.ItemDataRole.UserRole) for item in items if item.checkState() == Qt.CheckState.Checked]

    def composed(self) -> str:
        """The template filled with the current choice (what 重新生成 puts in the text)."""
        key = self.template()
        ids = self.ticked() if key in an.PRODUCT_TEMPLATES else None
        data = an.gather(self.store, key, today=self.today, product_ids=ids, days=self.spnDays.value())
        return an.render(key, data, self.lang)

    def _refresh(self, force: bool = False) -> None:
        if self._edited and not force:
            self.lblStatus.setText(self.tr("You have edited the text, so it was left as it is; "
                                           "Regenerate replaces it."))
            return
        # Through a cursor rather than setPlainText, so Ctrl+Z in the text brings back the old words.
        cursor = self.edtText.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        self.edtText.blockSignals(True)
        cursor.insertText(self.composed())
        self.edtText.blockSignals(False)
        self.edtText.moveCursor(QTextCursor.MoveOperation.Start)
        self._edited = False
        self.lblStatus.clear()

    def _typed(self) -> None:
        self._edited = True

    def copy(self) -> None:
        text = self.edtText.toPlainText().strip()
        if not text:
            self.lblStatus.setText(self.tr("There is no text to copy."))
            return
        QGuiApplication.clipboard().setText(text)
        self.lblStatus.setText(self.tr("Copied: paste it into your QQ or WeChat group."))
