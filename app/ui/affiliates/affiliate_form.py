"""Add or edit one affiliate: every field of the register, checked as it is typed.

The core's own checks explain a bad field in the user's language, naming the field, and OK
stays disabled until the form is valid (the save itself checks again and refuses with the
message). Leaving the QQ, WeChat or phone field looks the number up: when it is already on
file a line says whose it is, with a link that closes the form and opens that record.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QCompleter, QDateEdit, QFormLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QMessageBox, QPlainTextEdit, QPushButton, QSpinBox, QTableWidget, QVBoxLayout,
                               QWidget)

from app import i18n
from app.core import affiliates as core
from app.core import regions
from app.core.affiliate_codes import CHANNEL_KINDS, GENDERS, KEY_KINDS, KINDS, STATUSES
from app.core.affiliates import Affiliate, AffiliateError
from app.core.errors import QT_TRANSLATE_NOOP
from app.core.records import pick
from app.ui.widgets.common import ui_lang
from app.ui.widgets.empty_state import escape
from app.ui.widgets.save_dialog import SaveDialog

BAD_FIELD = "border: 1px solid #b00020"
WARNING_STYLE = "color: #8a5a00"
NO_DATE = QDate(1900, 1, 1)  # the date edit's "not given", shown blank
KEY_ORDER = tuple(KEY_KINDS)


class TagCompleter(QCompleter):
    """Completes the tag being typed after the last comma or 、, keeping the ones before it."""

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt's name
        return [core.split_tags(path + "x")[-1][:-1].strip()] if path.strip() else [""]

    def pathFromIndex(self, index) -> str:  # noqa: N802
        typed = self.widget().text()
        cut = max(typed.rfind(sep) for sep in ",，、;；")
        return (typed[:cut + 1] if cut >= 0 else "") + index.data()


class ChannelsEditor(QWidget):
    """Rows of kind / name / URL / audience, added and removed with the buttons beside."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tblChannels = QTableWidget(0, 4)
        self.tblChannels.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Name"), self.tr("URL"),
                                                    self.tr("Audience")])
        self.tblChannels.verticalHeader().setVisible(False)
        self.tblChannels.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.tblChannels.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tblChannels.setColumnWidth(0, 110)
        self.tblChannels.setColumnWidth(1, 120)
        self.tblChannels.setColumnWidth(3, 80)
        self.btnAdd = QPushButton(self.tr("Add channel"))
        self.btnRemove = QPushButton(self.tr("Remove"))
        self.btnAdd.clicked.connect(lambda: self.add_row())
        self.btnRemove.clicked.connect(self.remove_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.btnAdd)
        buttons.addWidget(self.btnRemove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tblChannels)
        layout.addLayout(buttons)

    def add_row(self, channel: core.Channel | None = None) -> int:
        row = self.tblChannels.rowCount()
        self.tblChannels.insertRow(row)
        kind = QComboBox()
        for code, names in CHANNEL_KINDS.items():
            kind.addItem(pick(names, ui_lang()), code)
        kind.setCurrentIndex(max(0, kind.findData(channel.kind if channel else "qq_group")))
        self.tblChannels.setCellWidget(row, 0, kind)
        for column, text in ((1, channel.name if channel else ""), (2, channel.url if channel else ""),
                             (3, "" if channel is None or channel.audience is None else str(channel.audience))):
            edit = QLineEdit(text)
            edit.setCursorPosition(0)  # a long URL shows its beginning, not its tail
            edit.setFrame(False)
            if column == 2:
                edit.setPlaceholderText("https://")
            self.tblChannels.setCellWidget(row, column, edit)
        self.tblChannels.setCurrentCell(row, 1)
        return row

    def remove_row(self) -> None:
        row = self.tblChannels.currentRow()
        if row >= 0:
            self.tblChannels.removeRow(row)

    def edits(self, row: int) -> tuple[QComboBox, QLineEdit, QLineEdit, QLineEdit]:
        return tuple(self.tblChannels.cellWidget(row, c) for c in range(4))

    def channels(self) -> list[dict]:
        """The rows as the core takes them; an audience that is not a whole number raises AffiliateError."""
        out = []
        for row in range(self.tblChannels.rowCount()):
            kind, name, url, audience = self.edits(row)
            text = audience.text().strip().replace(",", "").replace("，", "")
            if text and not text.isdigit():
                raise AffiliateError(QT_TRANSLATE_NOOP("core", "Audience: “{value}” is not a number of people."),
                                     field="channels", value=text)
            out.append({"kind": kind.currentData(), "name": name.text(), "url": url.text(),
                        "audience": int(text) if text else None})
        return out


class AffiliateForm(SaveDialog):
    """``run(parent, store, affiliate=None)``: the saved affiliate's id, or None. After it closes,
    ``open_id`` holds the record the user chose to open from the duplicate warning, if any."""

    open_requested = Signal(str)

    def __init__(self, store, affiliate: Affiliate | None = None, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.original = affiliate
        self.open_id: str | None = None
        self.touched: set[str] = set()
        lang = ui_lang()
        self.setWindowTitle(self.tr("Edit affiliate") if affiliate else self.tr("Add affiliate"))
        self.resize(940, 640)
        a = affiliate
        self.edtName = QLineEdit(a.name if a else "")
        self.edtName.setPlaceholderText(self.tr("Required"))
        self.edtNickname = QLineEdit(a.nickname if a else "")
        self.cmbKind, self.cmbStatus, self.cmbGender = (self._combo(KINDS, lang), self._combo(STATUSES, lang),
                                                        self._combo(GENDERS, lang))
        self.cmbProvince, self.cmbCity = QComboBox(), QComboBox()
        for combo, placeholder in ((self.cmbProvince, self.tr("Province")), (self.cmbCity, self.tr("City"))):
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.lineEdit().setPlaceholderText(placeholder)
        self.cmbProvince.addItems(["", *regions.provinces()])
        self.edtQq, self.edtWechat, self.edtPhone = QLineEdit(), QLineEdit(), QLineEdit()
        self.edtQq.setPlaceholderText(self.tr("5 to 11 digits"))
        self.edtPhone.setPlaceholderText(self.tr("11-digit mobile"))
        self.edtWangwang, self.edtEmail = QLineEdit(), QLineEdit()
        self.chkVip = QCheckBox(self.tr("Big affiliate (大客户: phone them)"))
        self.dateJoined = QDateEdit()
        self.dateJoined.setCalendarPopup(True)
        self.dateJoined.setDisplayFormat("yyyy-MM-dd")
        self.dateJoined.setMinimumDate(NO_DATE)
        self.dateJoined.setSpecialValueText(self.tr("Not given"))
        self.spnEvery = QSpinBox()
        self.spnEvery.setRange(0, 365)
        self.spnEvery.setSpecialValueText(self.tr("No rhythm"))
        self.spnEvery.setSuffix(self.tr(" days"))
        self.edtNotes = QPlainTextEdit(a.notes if a else "")
        self.edtNotes.setTabChangesFocus(True)
        self.edtNotes.setFixedHeight(64)
        self.channels = ChannelsEditor()
        self.lstGroups = QListWidget()
        self.lstGroups.setFixedHeight(78)
        for group in core.list_groups(store, counts=False):
            item = QListWidgetItem(group.name)
            item.setData(Qt.ItemDataRole.UserRole, group.id)
            item.setCheckState(Qt.CheckState.Checked if a and group.id in a.group_ids else Qt.CheckState.Unchecked)
            self.lstGroups.addItem(item)
        self.edtTags = QLineEdit("、".join(a.tags) if a else "")
        self.edtTags.setPlaceholderText(self.tr("Separated by commas or 、"))
        completer = TagCompleter(QStringListModel(core.all_tags(store)), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.edtTags.setCompleter(completer)
        self.keyEdits = {kind: QLineEdit() for kind in KEY_ORDER}
        for kind, edit in self.keyEdits.items():
            edit.setPlaceholderText(self.tr("As in the order report; several separated by commas"))
            edit.setText(", ".join(v for k, v in (a.keys if a else ()) if k == kind))
        self.lblDuplicate = QLabel()
        self.lblDuplicate.setStyleSheet(WARNING_STYLE)
        self.lblDuplicate.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                                  | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.lblDuplicate.linkActivated.connect(self.open_existing)
        self.lblDuplicate.hide()
        self._fill(a)

        region = QHBoxLayout()
        region.addWidget(self.cmbProvince)
        region.addWidget(self.cmbCity)
        left = QFormLayout()
        left.addRow(self.tr("&Name:"), self.edtName)
        left.addRow(self.tr("Nic&kname:"), self.edtNickname)
        left.addRow(self.tr("&Type:"), self.cmbKind)
        left.addRow(self.tr("&Status:"), self.cmbStatus)
        left.addRow(self.tr("Gender:"), self.cmbGender)
        lblRegion = QLabel(self.tr("&Region:"))
        lblRegion.setBuddy(self.cmbProvince)
        left.addRow(lblRegion, region)
        left.addRow("QQ:", self.edtQq)
        left.addRow(self.tr("&WeChat:"), self.edtWechat)
        left.addRow(self.tr("&Phone:"), self.edtPhone)
        left.addRow(self.lblDuplicate)
        left.addRow(self.tr("Wangwang:"), self.edtWangwang)
        left.addRow(self.tr("Email:"), self.edtEmail)
        left.addRow("", self.chkVip)
        left.addRow(self.tr("Joined:"), self.dateJoined)
        left.addRow(self.tr("Stay in touch every:"), self.spnEvery)
        left.addRow(self.tr("N&otes:"), self.edtNotes)
        right = QFormLayout()
        right.addRow(QLabel(self.tr("Promotion channels:")))
        right.addRow(self.channels)
        right.addRow(self.tr("Our groups:"), self.lstGroups)
        right.addRow(self.tr("T&ags:"), self.edtTags)
        for kind, edit in self.keyEdits.items():
            right.addRow(pick(KEY_KINDS[kind], lang) + ":", edit)
        hint = QLabel(self.tr("The keys find this affiliate's orders in the platform's 推广订单明细."))
        hint.setStyleSheet("color: #666")
        hint.setWordWrap(True)
        right.addRow(hint)
        left_box = QVBoxLayout()  # spare height below the fields, not between them
        left_box.addLayout(left)
        left_box.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left_box, 1)
        columns.addSpacing(16)
        columns.addLayout(right, 1)
        form = QFormLayout()
        form.addRow(columns)
        self.finish(form)

        self.fields = {"name": self.edtName, "nickname": self.edtNickname, "qq": self.edtQq,
                       "wechat": self.edtWechat, "phone": self.edtPhone, "wangwang": self.edtWangwang,
                       "email": self.edtEmail, "tags": self.edtTags, "province": self.cmbProvince,
                       "city": self.cmbCity, "notes": self.edtNotes, "channels": self.channels.tblChannels}
        for field, edit in self.fields.items():
            if isinstance(edit, QLineEdit):
                edit.textChanged.connect(self.check)
                edit.editingFinished.connect(lambda f=field: self._left(f))
        self.edtNotes.textChanged.connect(self.check)
        for combo in (self.cmbProvince, self.cmbCity):
            combo.currentTextChanged.connect(self.check)
        self.cmbProvince.currentTextChanged.connect(self._province_changed)
        self.cmbCity.lineEdit().editingFinished.connect(self._city_left)
        self.channels.tblChannels.model().rowsInserted.connect(self._watch_channels)
        self._watch_channels()
        self._initial = self.values()
        self.check()

    def _combo(self, codes: dict, lang: str) -> QComboBox:
        combo = QComboBox()
        for code, names in codes.items():
            combo.addItem(pick(names, lang), code)
        return combo

    def _fill(self, a: Affiliate | None) -> None:
        self.cmbKind.setCurrentIndex(self.cmbKind.findData(a.kind if a else "taoke"))
        self.cmbStatus.setCurrentIndex(self.cmbStatus.findData(a.status if a else "active"))
        self.cmbGender.setCurrentIndex(max(0, self.cmbGender.findData(a.gender if a else "")))
        self.cmbProvince.setCurrentText(a.province if a else "")
        self._province_changed(a.province if a else "")
        self.cmbCity.setCurrentText(a.city if a else "")
        for edit, value in ((self.edtQq, a.qq if a else ""), (self.edtWechat, a.wechat if a else ""),
                            (self.edtPhone, a.phone if a else ""), (self.edtWangwang, a.wangwang if a else ""),
                            (self.edtEmail, a.email if a else "")):
            edit.setText(value)
        self.chkVip.setChecked(bool(a and a.vip))
        joined = QDate.fromString(a.joined_on, "yyyy-MM-dd") if a and a.joined_on else None
        self.dateJoined.setDate(joined if joined is not None else NO_DATE if a else QDate.currentDate())
        self.spnEvery.setValue(a.contact_every_days or 0 if a else 0)
        for channel in a.channels if a else ():
            self.channels.add_row(channel)

    def _watch_channels(self, *_args) -> None:
        for row in range(self.channels.tblChannels.rowCount()):
            for edit in self.channels.edits(row)[1:]:
                if not edit.property("watched"):
                    edit.setProperty("watched", True)
                    edit.textChanged.connect(self.check)
                    edit.editingFinished.connect(lambda: self._left("channels"))

    def _province_changed(self, province: str) -> None:
        city = self.cmbCity.currentText()
        self.cmbCity.blockSignals(True)
        self.cmbCity.clear()
        self.cmbCity.addItems(["", *regions.cities(province)])
        self.cmbCity.setCurrentText(city)
        self.cmbCity.blockSignals(False)

    def _city_left(self) -> None:
        if not self.cmbProvince.currentText().strip():  # typed 杭州 first: fill in 浙江
            self.cmbProvince.setCurrentText(regions.province_of(self.cmbCity.currentText()))

    # -- reading and checking --------------------------------------------------------------
    def values(self) -> tuple[dict, dict]:
        """(fields, parts) as the core takes them; raises AffiliateError for a bad audience."""
        joined = self.dateJoined.date()
        fields = {"name": self.edtName.text(), "nickname": self.edtNickname.text(), "kind": self.cmbKind.currentData(),
                  "status": self.cmbStatus.currentData(), "gender": self.cmbGender.currentData(),
                  "province": self.cmbProvince.currentText(), "city": self.cmbCity.currentText(),
                  "qq": self.edtQq.text(), "wechat": self.edtWechat.text(), "phone": self.edtPhone.text(),
                  "wangwang": self.edtWangwang.text(), "email": self.edtEmail.text(), "vip": self.chkVip.isChecked(),
                  "joined_on": None if joined == NO_DATE else joined.toString("yyyy-MM-dd"),
                  "notes": self.edtNotes.toPlainText(), "contact_every_days": self.spnEvery.value() or None}
        groups = [self.lstGroups.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.lstGroups.count())
                  if self.lstGroups.item(i).checkState() == Qt.CheckState.Checked]
        keys = [(kind, value) for kind, edit in self.keyEdits.items() for value in core.split_tags(edit.text())]
        parts = {"channels": self.channels.channels(), "tags": core.split_tags(self.edtTags.text()),
                 "group_ids": groups, "keys": keys}
        return fields, parts

    def problem(self) -> AffiliateError | None:
        """The first thing wrong with the form, by the core's own checks (no database needed)."""
        try:
            fields, parts = self.values()
            core.check_fields(fields)
            core.check_channels(parts["channels"])
            core.check_tags(parts["tags"])
        except AffiliateError as err:
            return err
        return None

    def _left(self, field: str) -> None:
        self.touched.add(field)
        self.check()
        if field in ("qq", "wechat", "phone"):
            self.show_duplicates()

    def check(self) -> bool:
        err = self.problem()
        for field, edit in self.fields.items():
            edit.setStyleSheet(BAD_FIELD if err is not None and err.field == field and field in self.touched else "")
        shown = err is not None and (err.field in self.touched or err.field not in self.fields)
        self.lblError.setText(i18n.error_text(err) if shown else "")
        self.lblError.setVisible(shown)
        self.btnOk.setEnabled(err is None)
        return err is None

    def show_duplicates(self) -> None:
        found = core.find_duplicates(self.store, qq=self.edtQq.text(), wechat=self.edtWechat.text(),
                                     phone=self.edtPhone.text(), exclude_id=self.original.id if self.original else None)
        lines = []
        templates = {"qq": self.tr("This QQ is already on file: {name} ({open})"),
                     "wechat": self.tr("This WeChat is already on file: {name} ({open})"),
                     "phone": self.tr("This phone is already on file: {name} ({open})")}
        open_text = escape(self.tr("open"))
        for dup in found:
            link = f'<a href="{escape(dup.id)}">{open_text}</a>'
            lines.append(templates[dup.field].format(name=escape(dup.name), open=link))
        self.lblDuplicate.setText("<br>".join(lines))
        self.lblDuplicate.setVisible(bool(lines))

    def open_existing(self, affiliate_id: str) -> None:
        """Close the form (after asking, if anything else was typed) and open the record on file."""
        if self._typed_more() and not self.confirm_discard():
            return
        self.open_id = affiliate_id
        self.open_requested.emit(affiliate_id)
        self.reject()

    def _typed_more(self) -> bool:
        """Whether anything besides the name and the duplicated contact fields differs from the start."""
        try:
            fields, parts = self.values()
        except AffiliateError:
            return True
        start_fields, start_parts = self._initial
        ignored = {"name", "qq", "wechat", "phone"}
        return any(v != start_fields[k] for k, v in fields.items() if k not in ignored) or parts != start_parts

    def confirm_discard(self) -> bool:
        answer = QMessageBox.question(self, self.windowTitle(), self.tr(
            "Close this form without saving what you typed and open the existing record?"))
        return answer == QMessageBox.StandardButton.Yes

    def save(self) -> str:
        self.touched.update(self.fields)
        if not self.check():
            raise self.problem()
        fields, parts = self.values()
        if self.original is None:
            return core.add_affiliate(self.store, fields, **parts)
        return core.update_affiliate(self.store, self.original.id, fields, **parts).id
