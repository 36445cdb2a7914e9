"""Log a contact with an affiliate, and when to follow up next: one dialog, one transaction.

Opened by 记录跟进 (a new entry) and by 完成并安排下次 (completing a planned follow-up). The
next date defaults from the affiliate's stay-in-touch rhythm; the quick buttons set it in one
click. The staff combo offers the shop's staff list and this PC's name; a new name typed there
joins the list. Errors are explained in the dialog and nothing typed is lost.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QVBoxLayout, QWidget,
)

from app import i18n
from app.core import follow_ups as fu
from app.core import staff as staff_core
from app.core.affiliate_codes import CONTACT_CHANNELS, FOLLOW_UP_KINDS
from app.core.errors import UserError
from app.core.records import pick
from app.ui.settings import app_settings, set_staff_name, staff_name
from app.ui.widgets.common import ui_lang

COMPLETE_NEXT_DAYS = 7  # 完成并安排下次 without a rhythm: a week later


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def code_combo(names: dict, current: str, lang: str) -> QComboBox:
    combo = QComboBox()
    for code, pair in names.items():
        combo.addItem(pick(pair, lang), code)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def staff_combo(store, current: str = "") -> QComboBox:
    """Editable: the staff list, this PC's name first by default; typing a new name is allowed."""
    combo = QComboBox()
    combo.setEditable(True)
    names = staff_core.staff_list(store) if store is not None else []
    me = staff_name()
    combo.addItems(list(dict.fromkeys([n for n in (me, *names) if n])))
    combo.setEditText(current or me)
    combo.lineEdit().setMaxLength(staff_core.MAX_NAME)
    return combo


def remember_staff(store, name: str) -> None:
    """A name used for the first time joins the shop's list; the first name used on a PC that has
    none chosen yet (File → 工作人员姓名) becomes this PC's name."""
    name = name.strip()
    if not name:
        return
    if name not in staff_core.staff_list(store):
        staff_core.add_staff(store, name)
    if not app_settings().value("staff/name"):
        set_staff_name(name)


class FollowUpDialog(QDialog):
    def __init__(self, store, affiliate_id: str, parent: QWidget | None = None, *,
                 complete: fu.FollowUp | None = None, editing: fu.FollowUp | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.store, self.lang = store, ui_lang()
        self.today = today or date.today()
        self.person = fu.contactee(store, affiliate_id)
        self.complete, self.editing = complete, editing
        self.logged_id: str | None = None
        title = (self.tr("Edit follow-up: {name}") if editing else self.tr("Done & schedule next: {name}")
                 if complete else self.tr("Log follow-up: {name}"))
        self.setWindowTitle(title.format(name=self.person.name))
        self.setMinimumWidth(520)

        channel = (editing.channel if editing and editing.channel else "phone" if self.person.vip else "qq")
        self.cmbChannel = code_combo(CONTACT_CHANNELS, channel, self.lang)
        self.cmbKind = code_combo(FOLLOW_UP_KINDS, (editing or complete).kind if editing or complete else "routine",
                                  self.lang)
        self.txtContent = QPlainTextEdit()
        self.txtContent.setPlaceholderText(self.tr("What was said, e.g. asked how conversion is going"))
        self.txtContent.setTabChangesFocus(True)
        self.txtContent.setMinimumHeight(80)
        self.txtContent.setMaximumHeight(160)
        self.edtOutcome = QLineEdit()
        self.edtOutcome.setMaxLength(fu.MAX_OUTCOME)
        self.edtOutcome.setPlaceholderText(self.tr("e.g. will keep promoting; wants posters"))
        self.cmbStaff = staff_combo(store, editing.staff if editing else "")

        self.chkNext = QCheckBox(self.tr("Next follow-up"))
        self.dteNext = QDateEdit()
        self.dteNext.setCalendarPopup(True)
        self.dteNext.setDisplayFormat("yyyy-MM-dd")
        self.dteNext.setMinimumDate(qdate(self.today))
        self.dteNext.setMinimumWidth(self.dteNext.fontMetrics().horizontalAdvance("2088-88-88") + 48)
        self.chkNext.toggled.connect(self.dteNext.setEnabled)
        self.wNext = QWidget()  # the next-follow-up row: not shown when editing an entry
        quick = QHBoxLayout(self.wNext)
        quick.setContentsMargins(0, 0, 0, 0)
        quick.addWidget(self.chkNext)
        quick.addWidget(self.dteNext)
        self.quick_buttons: dict[int | None, QPushButton] = {}
        for days, text in ((1, self.tr("Tomorrow")), (3, self.tr("In 3 days")), (7, self.tr("In a week")),
                           (None, self.tr("None"))):
            button = QPushButton(text)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, d=days: self.set_next(d))
            quick.addWidget(button)
            self.quick_buttons[days] = button
        quick.addStretch(1)
        rhythm = self.person.contact_every_days
        self.set_next(rhythm or (COMPLETE_NEXT_DAYS if complete else None))
        if editing:
            self.txtContent.setPlainText(editing.content)
            self.edtOutcome.setText(editing.outcome)
        self.lblRhythm = QLabel(self.tr("Stay in touch every {days} days").format(days=rhythm) if rhythm else "")
        self.lblRhythm.setStyleSheet("color:#555")
        self.dteDue = QDateEdit()  # editing a planned one: its due date
        self.dteDue.setCalendarPopup(True)
        self.dteDue.setDisplayFormat("yyyy-MM-dd")

        self.lblError = QLabel()
        self.lblError.setWordWrap(True)
        self.lblError.setStyleSheet("color:#c62828")
        self.lblError.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.btnOk = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.btnOk.setText(self.tr("Done && schedule next") if complete else self.tr("Save"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        if complete:
            planned = QLabel(self.tr("Planned for {date}: {what}").format(
                date=complete.due_on.isoformat() if complete.due_on else "",
                what=complete.content or pick(FOLLOW_UP_KINDS[complete.kind], self.lang)))
            planned.setWordWrap(True)
            form.addRow(planned)
        planning = bool(editing and editing.is_open)  # a planned one: no channel or outcome yet
        if not planning:
            form.addRow(self.tr("Channel"), self.cmbChannel)
        form.addRow(self.tr("Kind"), self.cmbKind)
        form.addRow(self.tr("Plan") if planning else self.tr("What was said"), self.txtContent)
        if not planning:
            form.addRow(self.tr("Outcome"), self.edtOutcome)
        form.addRow(self.tr("Staff"), self.cmbStaff)
        if planning:
            self.dteDue.setMinimumDate(qdate(min(editing.due_on, self.today)))
            self.dteDue.setDate(qdate(editing.due_on))
            form.addRow(self.tr("Due"), self.dteDue)
        if not editing:
            form.addRow(self.wNext)
            if rhythm:
                form.addRow(self.lblRhythm)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.lblError)
        layout.addWidget(buttons)
        self.txtContent.setFocus()

    def set_next(self, days: int | None) -> None:
        """The next follow-up ``days`` from today, or none."""
        self.chkNext.setChecked(days is not None)
        self.dteNext.setEnabled(days is not None)
        self.dteNext.setDate(qdate(self.today + timedelta(days=days or 0)))

    def next_due(self) -> date | None:
        if not self.chkNext.isChecked():
            return None
        d = self.dteNext.date()
        return date(d.year(), d.month(), d.day())

    def accept(self) -> None:
        staff = self.cmbStaff.currentText().strip()
        try:
            with self.store.write():
                if self.editing:
                    self._save_edit(staff)
                else:
                    self.logged_id = fu.log_follow_up(
                        self.store, self.person.id, channel=self.cmbChannel.currentData(),
                        kind=self.cmbKind.currentData(), content=self.txtContent.toPlainText(),
                        outcome=self.edtOutcome.text(), staff=staff, next_due_on=self.next_due(),
                        complete_id=self.complete.id if self.complete else None)
                remember_staff(self.store, staff)
        except UserError as err:
            self.logged_id = None
            self.lblError.setText(i18n.error_text(err))
            self.lblError.show()
            return
        super().accept()

    def _save_edit(self, staff: str) -> None:
        changes = {"kind": self.cmbKind.currentData(), "content": self.txtContent.toPlainText(), "staff": staff}
        if self.editing.is_open:
            d = self.dteDue.date()
            changes["due_on"] = date(d.year(), d.month(), d.day())
        else:
            changes.update(channel=self.cmbChannel.currentData(), outcome=self.edtOutcome.text())
        fu.edit_follow_up(self.store, self.editing.id, **changes)
        self.logged_id = self.editing.id

    @classmethod
    def log(cls, store, affiliate_id: str, parent: QWidget | None = None, *,
            complete: fu.FollowUp | None = None, editing: fu.FollowUp | None = None) -> str | None:
        """Ask for the contact and log it (or change ``editing``); the entry's id, or None when cancelled."""
        dialog = cls(store, affiliate_id, parent, complete=complete, editing=editing)
        dialog.exec()
        return dialog.logged_id if dialog.result() == QDialog.DialogCode.Accepted else None
