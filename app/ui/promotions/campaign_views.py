"""The left of the campaign calendar: the month view or the year's timeline, and what turns
their pages (月历 / 时间轴, ◀ 今天 ▶, the month or year shown). The view shown is remembered."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QStackedWidget, QToolButton, QVBoxLayout, QWidget

from app.core import campaigns as cp
from app.ui.promotions.calendar_view import MonthView
from app.ui.promotions.timeline_view import TimelineView
from app.ui.settings import app_settings

MONTH, TIMELINE = range(2)
SETTING = "promotions/campaign_view"


class CampaignViews(QWidget):
    campaignSelected = Signal(str)
    campaignActivated = Signal(str)
    dayActivated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = None
        today = date.today()
        self.year, self.month, self.selected_day = today.year, today.month, today
        self.mode = MONTH
        self.calendar, self.timeline = MonthView(), TimelineView()
        self.stack = QStackedWidget()
        for view in (self.calendar, self.timeline):
            self.stack.addWidget(view)
            view.campaignSelected.connect(self.campaignSelected)
            view.campaignActivated.connect(self.campaignActivated)
            view.dayActivated.connect(self.dayActivated)
            view.daySelected.connect(self._day_selected)
            view.pageRequested.connect(self.navigate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.navigation = self._build_navigation()
        self.set_mode(TIMELINE if app_settings().value(SETTING) == "timeline" else MONTH, save=False)

    def _build_navigation(self) -> QWidget:
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        self.btnMonth, self.btnTimeline = QToolButton(), QToolButton()
        self.grpMode = QButtonGroup(self)
        for mode, button, text, tip in ((MONTH, self.btnMonth, self.tr("Month"), self.tr("A month on a calendar")),
                                        (TIMELINE, self.btnTimeline, self.tr("Timeline"), self.tr("A year on a line"))):
            button.setText(text)
            button.setToolTip(tip)
            button.setCheckable(True)
            self.grpMode.addButton(button, mode)
            bar.addWidget(button)
        self.grpMode.idClicked.connect(self.set_mode)
        bar.addSpacing(16)
        self.btnPrev, self.btnToday, self.btnNext = QToolButton(), QToolButton(), QToolButton()
        for button, text, tip, slot in ((self.btnPrev, "◀", self.tr("Previous (PageUp)"), lambda: self.navigate(-1)),
                                        (self.btnToday, self.tr("Today"), self.tr("Back to today"), self.go_today),
                                        (self.btnNext, "▶", self.tr("Next (PageDown)"), lambda: self.navigate(1))):
            button.setText(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            bar.addWidget(button)
        self.lblPeriod = QLabel()
        font = self.lblPeriod.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.lblPeriod.setFont(font)
        bar.addSpacing(8)
        bar.addWidget(self.lblPeriod)
        widget = QWidget()
        widget.setLayout(bar)
        return widget

    def set_store(self, store) -> None:
        self.store = store
        if store is not None:
            self.reload()

    def reload(self) -> None:
        today = date.today()
        if self.mode == MONTH:
            self.calendar.set_view(cp.calendar_month(self.store, self.year, self.month), today, self.selected_day)
            self.lblPeriod.setText(self.tr("{year}-{month:02d}").format(year=self.year, month=self.month))
        else:
            self.timeline.set_view(cp.timeline(self.store, self.year), today, self.selected_day)
            self.lblPeriod.setText(self.tr("Year {year}").format(year=self.year))

    def current(self):
        return self.calendar if self.mode == MONTH else self.timeline

    def shows(self, campaign_id: str) -> bool:
        view = self.current().view
        return view is not None and campaign_id in view.campaigns

    def select(self, campaign_id: str | None) -> None:
        for view in (self.calendar, self.timeline):
            view.select(campaign_id)

    def set_mode(self, mode: int, save: bool = True) -> None:
        self.mode = mode
        self.grpMode.button(mode).setChecked(True)
        self.stack.setCurrentIndex(mode)
        if save:
            app_settings().setValue(SETTING, "timeline" if mode == TIMELINE else "month")
        if self.store is not None:
            self.reload()

    def navigate(self, step: int) -> None:
        if self.mode == MONTH:
            self.year, month = divmod(self.year * 12 + self.month - 1 + step, 12)
            self.month = month + 1
        else:
            self.year += step
        self.reload()

    def go_to(self, day: date) -> None:
        self.year, self.month, self.selected_day = day.year, day.month, day
        self.reload()

    def go_today(self) -> None:
        self.go_to(date.today())

    def _day_selected(self, day: date, by_key: bool) -> None:
        """A click keeps the page; the arrow keys turn it when the day leaves the month or year."""
        self.selected_day = day
        shown = (day.year, day.month) == (self.year, self.month) if self.mode == MONTH else day.year == self.year
        if by_key and not shown:
            self.go_to(day)
