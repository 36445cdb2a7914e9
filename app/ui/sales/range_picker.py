"""The period picker of 销售图表: a preset (今天 … 上月) or a custom range, and the grouping."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from app.core.sales_periods import GROUPINGS, PRESETS, preset_range

CUSTOM = "custom"
DEFAULT_PRESET = "last30"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class RangePicker(QWidget):
    """Emits ``changed`` whenever the period or the grouping changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, today=date.today) -> None:
        super().__init__(parent)
        self.today = today  # a callable, so tests can fix "today"
        labels = {"today": self.tr("Today"), "yesterday": self.tr("Yesterday"), "last7": self.tr("Last 7 days"),
                  "last30": self.tr("Last 30 days"), "this_month": self.tr("This month"),
                  "last_month": self.tr("Last month"), CUSTOM: self.tr("Custom")}
        self.cmbPreset = QComboBox()
        for key in (*PRESETS, CUSTOM):
            self.cmbPreset.addItem(labels[key], key)
        self.cmbPreset.setToolTip(self.tr("The period the cards and charts show"))
        self.edtStart, self.edtEnd = QDateEdit(), QDateEdit()
        for edit in (self.edtStart, self.edtEnd):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.lblTo = QLabel("–")
        self.cmbGroup = QComboBox()
        for key, label in zip(GROUPINGS, (self.tr("By day"), self.tr("By week"), self.tr("By month"))):
            self.cmbGroup.addItem(label, key)
        self.cmbGroup.setToolTip(self.tr("One bar per day, week or month"))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.cmbPreset, self.edtStart, self.lblTo, self.edtEnd, self.cmbGroup):
            layout.addWidget(w)

        self._quiet = False
        self.set_preset(DEFAULT_PRESET)
        self.cmbPreset.currentIndexChanged.connect(self._preset_changed)
        self.edtStart.dateChanged.connect(self._start_changed)
        self.edtEnd.dateChanged.connect(self._end_changed)
        self.cmbGroup.currentIndexChanged.connect(lambda _i: self._emit())

    # -- state ---------------------------------------------------------------------------
    def preset(self) -> str:
        return self.cmbPreset.currentData()

    def grouping(self) -> str:
        return self.cmbGroup.currentData()

    def range(self) -> tuple[date, date]:
        """(start, end), both included."""
        if self.preset() == CUSTOM:
            return _pydate(self.edtStart.date()), _pydate(self.edtEnd.date())
        return preset_range(self.preset(), self.today())

    def set_preset(self, key: str) -> None:
        self.cmbPreset.setCurrentIndex(self.cmbPreset.findData(key))
        self._preset_changed()

    def set_custom(self, start: date, end: date) -> None:
        self._quiet = True
        self.cmbPreset.setCurrentIndex(self.cmbPreset.findData(CUSTOM))
        self.edtStart.setDate(_qdate(start))
        self.edtEnd.setDate(_qdate(max(start, end)))
        self._quiet = False
        self._show_dates()
        self._emit()

    def set_grouping(self, key: str) -> None:
        self.cmbGroup.setCurrentIndex(self.cmbGroup.findData(key))

    # -- slots ---------------------------------------------------------------------------
    def _preset_changed(self, *_args) -> None:
        if self.preset() != CUSTOM:
            # The date edits follow the preset, so 自定义 starts from the period last shown.
            start, end = preset_range(self.preset(), self.today())
            self._quiet = True
            self.edtStart.setDate(_qdate(start))
            self.edtEnd.setDate(_qdate(end))
            self._quiet = False
        self._show_dates()
        self._emit()

    def _show_dates(self) -> None:
        custom = self.preset() == CUSTOM
        for w in (self.edtStart, self.lblTo, self.edtEnd):
            w.setVisible(custom)

    def _start_changed(self, day: QDate) -> None:
        if day > self.edtEnd.date():  # never a range that ends before it starts
            self.edtEnd.setDate(day)
            return
        self._emit()

    def _end_changed(self, day: QDate) -> None:
        if day < self.edtStart.date():
            self.edtStart.setDate(day)
            return
        self._emit()

    def _emit(self) -> None:
        if not self._quiet:
            self.changed.emit()
