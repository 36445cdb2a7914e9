"""The common part of the month calendar and the year timeline: campaigns drawn as bars in the
core's lanes (no widget per bar or per day, so a thousand campaigns paint at once), hit-testing,
tooltips, clicks and keys.

Subclasses place the bars (``_place``), map a point to a day (``day_at``) and paint. The test
API: ``drawn_bars()`` lists what is drawn, ``bar_at(point)`` and ``bar_rect(id)`` find them.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from app.core.campaigns import CalendarView
from app.core.festivals import Bar, Festival
from app.ui.promotions.campaign_common import SELECTED_COLOR, STATUS_COLORS, campaign_tooltip, festival_tooltip
from app.ui.widgets.common import trigger_shortcut, ui_lang

WHITE = QColor("#ffffff")


class DrawnBar(NamedTuple):
    campaign_id: str
    rect: QRectF
    bar: Bar


class BarCanvas(QWidget):
    campaignSelected = Signal(str)  # a click on a bar
    campaignActivated = Signal(str)  # a double-click on a bar
    dayActivated = Signal(object)  # a double-click where there is no bar: the date
    daySelected = Signal(object, bool)  # a click or an arrow key (True): the date
    pageRequested = Signal(int)  # PageUp (-1) / PageDown (+1): the previous or next month or year

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = ui_lang()
        self.view: CalendarView | None = None
        self.today = date.today()
        self.selected_id: str | None = None
        self.selected_day: date | None = None
        self._drawn: list[DrawnBar] | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(360, 260)

    # -- data ------------------------------------------------------------------------------
    def set_view(self, view: CalendarView, today: date, selected_day: date | None = None) -> None:
        self.view, self.today = view, today
        if selected_day is not None:
            self.selected_day = selected_day
        self._prepare()
        self._drawn = None
        self.update()

    def _prepare(self) -> None:
        """Work out what does not depend on the widget's size (called when the view changes)."""

    def select(self, campaign_id: str | None) -> None:
        self.selected_id = campaign_id
        self.update()

    def select_day(self, day: date) -> None:
        self.selected_day = day
        self.update()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._drawn = None
        super().resizeEvent(event)

    # -- geometry: the test API --------------------------------------------------------------
    def _place(self) -> list[DrawnBar]:
        raise NotImplementedError

    def day_at(self, point: QPointF) -> date | None:
        raise NotImplementedError

    def festival_at(self, point: QPointF) -> Festival | None:
        return None

    def drawn_bars(self) -> list[DrawnBar]:
        """The bars drawn at the widget's current size (those in lanes that fit)."""
        if self._drawn is None:
            self._drawn = self._place() if self.view is not None else []
        return self._drawn

    def bar_at(self, point: QPointF) -> str | None:
        point = QPointF(point)
        return next((d.campaign_id for d in reversed(self.drawn_bars()) if d.rect.contains(point)), None)

    def bar_rect(self, campaign_id: str) -> QRectF | None:
        return next((d.rect for d in self.drawn_bars() if d.campaign_id == campaign_id), None)

    def bar_ids(self) -> set[str]:
        return {d.campaign_id for d in self.drawn_bars()}

    # -- painting ----------------------------------------------------------------------------
    def small_font(self) -> QFont:
        """The font of bars and labels: a little smaller than the widget's."""
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1.5))
        return small

    def paint_bars(self, painter: QPainter, clip: QRectF) -> None:
        campaigns = self.view.campaigns
        metrics = QFontMetrics(painter.font())
        outline = QPen(SELECTED_COLOR, 2)
        for drawn in self.drawn_bars():
            rect = drawn.rect
            if not rect.intersects(clip):
                continue
            campaign = campaigns[drawn.campaign_id]
            color = STATUS_COLORS.get(campaign.status, STATUS_COLORS["draft"])
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            radius = min(3.0, rect.height() / 3)
            painter.drawRoundedRect(rect, radius, radius)
            for cut, edge in ((drawn.bar.continued, rect.left()), (drawn.bar.continues, rect.right() - radius)):
                if cut:  # square edge: the campaign goes on in the row before or after
                    painter.fillRect(QRectF(edge, rect.top(), radius, rect.height()), color)
            if drawn.campaign_id == self.selected_id:
                painter.setPen(outline)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), radius, radius)
            if rect.height() >= 12 and rect.width() > 24:
                painter.setPen(WHITE)
                text = metrics.elidedText(campaign.name, Qt.TextElideMode.ElideRight, int(rect.width()) - 6)
                painter.drawText(rect.adjusted(4, 0, -2, 0), Qt.AlignmentFlag.AlignVCenter, text)

    # -- mouse, tooltips, keys -----------------------------------------------------------------
    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.button() != Qt.MouseButton.LeftButton or self.view is None:
            return super().mousePressEvent(event)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        day = self.day_at(event.position())
        if day is not None:
            self.select_day(day)
            self.daySelected.emit(day, False)
        campaign_id = self.bar_at(event.position())
        if campaign_id is not None:
            self.select(campaign_id)
            self.campaignSelected.emit(campaign_id)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.button() != Qt.MouseButton.LeftButton or self.view is None:
            return super().mouseDoubleClickEvent(event)
        campaign_id = self.bar_at(event.position())
        day = self.day_at(event.position())
        if campaign_id is not None:
            self.campaignActivated.emit(campaign_id)
        elif day is not None:
            self.dayActivated.emit(day)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.view is not None:
            point = QPointF(event.pos())
            campaign_id, festival = self.bar_at(point), self.festival_at(point)
            if campaign_id is not None:
                text = campaign_tooltip(self.view.campaigns[campaign_id], self.lang)
                QToolTip.showText(event.globalPos(), text, self)
            elif festival is not None:
                QToolTip.showText(event.globalPos(), festival_tooltip(festival, self.lang), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if trigger_shortcut(self, event):  # F2, Del: the panel's actions on this view
            return
        key = event.key()
        if key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.pageRequested.emit(-1 if key == Qt.Key.Key_PageUp else 1)
            return
        step = self.day_step(key)
        if step and self.selected_day is not None:
            self.select_day(date.fromordinal(self.selected_day.toordinal() + step))
            self.daySelected.emit(self.selected_day, True)
            return
        super().keyPressEvent(event)

    def day_step(self, key: int) -> int:
        """Days an arrow key moves the selected day (0: not an arrow this view uses)."""
        return {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(key, 0)
