"""下架换链通知: before (or when) a product is taken down, list the affiliates promoting it — a
link not found taken down, or affiliate orders for it in the last 30 days — and plan a
下架换链通知 follow-up for each one ticked, so customer service tells them to change links.

A product about to go stays listed: tick 计划下架日期 and the notice names that day; the
follow-ups are due today either way, so the affiliates hear in time.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QMessageBox, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget,
)

from app.core import products as catalog
from app.core import promo_checks as pc
from app.core.errors import UserError
from app.ui.settings import staff_name
from app.ui.widgets.common import show_error, ui_lang

LEAD_DAYS = 3  # a planned take-down date starts this many days ahead


class DelistingDialog(QDialog):
    def __init__(self, store, product_id: str | None = None, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.today = today or date.today()
        self.created = 0
        self.found: list[pc.PromotingAffiliate] = []
        self._note_edited = False
        self.setWindowTitle(self.tr("Delisting notice (下架换链通知)"))
        self.resize(620, 560)

        self.cmbProduct = QComboBox()
        for product in catalog.list_products(store, limit=2000):
            suffix = "" if product.listed else self.tr(" (taken down)")
            self.cmbProduct.addItem(product.title + suffix, product.id)
        self.chkPlanned = QCheckBox(self.tr("Not taken down yet; planned for"))
        self.chkPlanned.setToolTip(self.tr("Tell the affiliates in advance: the notice names this day"))
        self.dtTakedown = QDateEdit()
        self.dtTakedown.setCalendarPopup(True)
        self.dtTakedown.setDisplayFormat("yyyy-MM-dd")
        self.dtTakedown.setDate(QDate(self.today + timedelta(days=LEAD_DAYS)))
        planned = QHBoxLayout()
        planned.addWidget(self.chkPlanned)
        planned.addWidget(self.dtTakedown)
        planned.addStretch(1)

        self.lblFound = QLabel()
        self.lblFound.setWordWrap(True)
        self.lstAffiliates = QListWidget()
        self.btnAll = QPushButton(self.tr("Tick all"))
        self.btnNone = QPushButton(self.tr("Tick none"))
        ticks = QHBoxLayout()
        ticks.addWidget(self.lblFound, 1)
        ticks.addWidget(self.btnAll)
        ticks.addWidget(self.btnNone)

        self.dtDue = QDateEdit()
        self.dtDue.setCalendarPopup(True)
        self.dtDue.setDisplayFormat("yyyy-MM-dd")
        self.dtDue.setDate(QDate(self.today))
        self.edtNote = QPlainTextEdit()
        self.edtNote.setMaximumHeight(90)
        form = QFormLayout()
        form.addRow(self.tr("&Product:"), self.cmbProduct)
        form.addRow("", planned)
        form.addRow(self.tr("Follow-ups &due:"), self.dtDue)
        form.addRow(self.tr("&What to tell them:"), self.edtNote)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.btnCreate = buttons.addButton(self.tr("Create follow-ups"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(ticks)
        layout.addWidget(self.lstAffiliates, 1)
        layout.addWidget(buttons)

        self.cmbProduct.currentIndexChanged.connect(self._product_changed)
        self.chkPlanned.toggled.connect(self._planned_changed)
        self.dtTakedown.dateChanged.connect(self._fill_note)
        self.edtNote.textChanged.connect(self._note_typed)
        self.lstAffiliates.itemChanged.connect(self._update)
        self.btnAll.clicked.connect(lambda: self._tick_all(True))
        self.btnNone.clicked.connect(lambda: self._tick_all(False))
        index = self.cmbProduct.findData(product_id) if product_id else 0
        self.cmbProduct.setCurrentIndex(max(index, 0))
        self._product_changed()

    @classmethod
    def show_for(cls, store, product_id: str | None = None, parent: QWidget | None = None) -> int:
        """Show the dialog modally; how many follow-ups it created."""
        dialog = cls(store, product_id, parent)
        dialog.exec()
        return dialog.created

    def product_id(self) -> str | None:
        return self.cmbProduct.currentData()

    def _product_changed(self, *_args) -> None:
        product_id = self.product_id()
        listed = False
        if product_id:
            listed = catalog.get_product(self.store, product_id).listed
        self.chkPlanned.blockSignals(True)
        self.chkPlanned.setChecked(listed)  # still on sale: it is about to go
        self.chkPlanned.blockSignals(False)
        self.dtTakedown.setEnabled(listed)
        self._load_affiliates()
        self._fill_note()

    def _planned_changed(self, on: bool) -> None:
        self.dtTakedown.setEnabled(on)
        self._fill_note()

    def _load_affiliates(self) -> None:
        product_id = self.product_id()
        self.found = pc.promoting_affiliates(self.store, product_id, today=self.today) if product_id else []
        self.lstAffiliates.blockSignals(True)
        self.lstAffiliates.clear()
        for person in self.found:
            why = []
            if person.linked:
                why.append(self.tr("promotion link"))
            if person.orders:
                why.append(self.tr("{count} orders in 30 days").format(count=person.orders))
            text = f"{person.name} — {', '.join(why)}"
            if person.open_notice:
                text += " " + self.tr("(already has an open notice for this product)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, person.affiliate_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if person.open_notice else Qt.CheckState.Checked)
            self.lstAffiliates.addItem(item)
        self.lstAffiliates.blockSignals(False)
        self._update()

    def _tick_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        self.lstAffiliates.blockSignals(True)
        for row in range(self.lstAffiliates.count()):
            self.lstAffiliates.item(row).setCheckState(state)
        self.lstAffiliates.blockSignals(False)
        self._update()

    def ticked(self) -> list[str]:
        items = (self.lstAffiliates.item(row) for row in range(self.lstAffiliates.count()))
        return [item.data(Qt.ItemDataRole.UserRole) for item in items if item.checkState() == Qt.CheckState.Checked]

    def _update(self, *_args) -> None:
        if not self.found:
            self.lblFound.setText(self.tr("Nobody is promoting this product: no promotion link, and no affiliate "
                                          "orders for it in the last 30 days."))
        else:
            self.lblFound.setText(self.tr("Promoting it: {count}; ticked: {ticked}").format(
                count=len(self.found), ticked=len(self.ticked())))
        self.btnCreate.setEnabled(bool(self.ticked()))
        self.btnAll.setEnabled(bool(self.found))
        self.btnNone.setEnabled(bool(self.found))

    def _note_typed(self) -> None:
        self._note_edited = True

    def _fill_note(self, *_args) -> None:
        """The notice text for the product and date, unless the user has written their own."""
        if self._note_edited and self.edtNote.toPlainText().strip():
            return
        product_id = self.product_id()
        title = catalog.get_product(self.store, product_id).title if product_id else ""
        takedown = self.dtTakedown.date().toPython() if self.chkPlanned.isChecked() else None
        self.edtNote.blockSignals(True)
        self.edtNote.setPlainText(pc.delisting_text(title, takedown, ui_lang()) if product_id else "")
        self.edtNote.blockSignals(False)
        self._note_edited = False

    def create(self) -> None:
        ticked = self.ticked()
        if not ticked or not self.product_id():
            return
        try:
            self.created = pc.create_delisting_notices(
                self.store, self.product_id(), ticked, due_on=self.dtDue.date().toPython(), staff=staff_name(),
                note=self.edtNote.toPlainText())
        except UserError as err:
            show_error(self, err)
            return
        text = self.tr("Created {count} delisting follow-ups: they are in the follow-ups due list.").format(
            count=self.created)
        skipped = len(ticked) - self.created
        if skipped:
            text += "\n" + self.tr("{count} already had an open notice for this product.").format(count=skipped)
        QMessageBox.information(self, self.windowTitle(), text)
        self.accept()
