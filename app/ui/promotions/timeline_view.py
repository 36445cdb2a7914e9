"""时间轴: a year on one horizontal axis, months labelled, festivals as shaded bands, the
campaigns as bars in the core's lanes. Lanes shrink to fit the height (down to a few pixels);
any that still do not fit are counted in the corner. PageUp/PageDown change the year."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen

from app.core.festivals import Festival
from app.ui.promotions.campaign_bars import BarCanvas, DrawnBar
from app.ui.promotions.campaign_common import FESTIVAL_COLORS, TODAY_COLOR

MONTH_H, FEST_H = 22, 20  # the month labels, the festival names below them
MARGIN = 6
LANE_H, MIN_LANE_H = 20, 3
MAX_NAMED, NAME_W = 400, 160  # names placed beside short bars; the widest such name
GRID, MUTED, SELECTED = QColor("#d9d9d9"), QColor("#666666"), QColor("#1e6fd0")


class TimelineView(BarCanvas):
    """The year of ``view`` (core.campaigns.timeline)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.hidden = 0  # campaigns with no lane on screen
        self._lanes = 0
        self._lane_h = float(LANE_H)
        self.names: list[tuple[QRectF, str]] = []  # names of bars too short to hold them, where they are written

    def _prepare(self) -> None:
        self._lanes = max((bar.lane + 1 for bar in self.view.bars), default=0)

    # -- geometry ------------------------------------------------------------------------------
    def day_width(self) -> float:
        return (self.width() - 2 * MARGIN) / self.view.days

    def x_of(self, offset: float) -> float:
        return MARGIN + offset * self.day_width()

    def lanes_top(self) -> float:
        return MONTH_H + FEST_H + 4

    def day_at(self, point: QPointF) -> date | None:
        if self.view is None or not MARGIN <= point.x() < self.width() - MARGIN or point.y() < 0:
            return None
        return self.view.first + timedelta(days=min(self.view.days - 1, int((point.x() - MARGIN) / self.day_width())))

    def festival_at(self, point: QPointF) -> Festival | None:
        day = self.day_at(point)
        if day is None or point.y() > self.lanes_top():
            return None
        found = [f for f in self.view.festivals if f.start <= day <= f.end]
        return min(found, key=lambda f: (f.end - f.start, f.kind != "shopping"), default=None)

    def _place(self) -> list[DrawnBar]:
        room = self.height() - self.lanes_top() - 18  # the "+N" line
        self._lane_h = min(float(LANE_H), max(float(MIN_LANE_H), room / max(1, self._lanes)))
        fit = int(room // self._lane_h)
        w, gap = self.day_width(), 2.0 if self._lane_h >= 8 else 1.0
        drawn, hidden = [], set()
        for bar in self.view.bars:
            if bar.lane < fit:
                rect = QRectF(self.x_of(bar.offset), self.lanes_top() + bar.lane * self._lane_h,
                              max(2.0, bar.length * w - 1), self._lane_h - gap)
                drawn.append(DrawnBar(bar.item_id, rect, bar))
            else:
                hidden.add(bar.item_id)
        self.hidden = len(hidden)
        self._place_names(drawn, fit)
        return drawn

    def _place_names(self, drawn: list[DrawnBar], fit: int) -> None:
        """A bar too short for its name gets it written after it in its lane, else under it in one of
        the next lanes, wherever that is free (a few hundred bars at most: beyond, the tooltips tell)."""
        self.names = []
        if self._lane_h < 12 or len(drawn) > MAX_NAMED:
            return
        metrics = QFontMetrics(self.small_font())
        taken: dict[int, list[tuple[float, float]]] = {}
        for d in drawn:
            taken.setdefault(d.bar.lane, []).append((d.rect.left(), d.rect.right()))
        for d in sorted(drawn, key=lambda d: d.rect.left()):
            name = self.view.campaigns[d.campaign_id].name
            width = min(metrics.horizontalAdvance(name) + 4, NAME_W)
            if d.rect.width() - 6 >= width - 4:
                continue  # it fits in the bar
            for lane in range(d.bar.lane, min(fit, d.bar.lane + 4)):
                left = d.rect.right() + 3 if lane == d.bar.lane else d.rect.left()
                right = min(left + width, self.width() - MARGIN)
                if right - left < 24 or any(a < right and left < b for a, b in taken.get(lane, [])):
                    continue
                taken.setdefault(lane, []).append((left, right))
                text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(right - left))
                self.names.append((QRectF(left, self.lanes_top() + lane * self._lane_h, right - left,
                                          self._lane_h - 2), text))
                break

    # -- painting ------------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        if self.view is None:
            return
        drawn = self.drawn_bars()
        small = self.small_font()
        self._paint_festivals(painter, small)
        self._paint_months(painter)
        for day, color, width in ((self.today, TODAY_COLOR, 2), (self.selected_day, SELECTED, 1)):
            offset = (day - self.view.first).days if day else -1
            if 0 <= offset < self.view.days:
                painter.setPen(QPen(color, width))
                x = self.x_of(offset + 0.5)
                painter.drawLine(QPointF(x, MONTH_H), QPointF(x, self.height()))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if drawn:
            painter.setFont(small)
            self.paint_bars(painter, QRectF(event.rect()))
            self._paint_names(painter)
        if self.hidden:
            painter.setPen(MUTED)
            painter.drawText(QRectF(0, self.height() - 18, self.width() - MARGIN, 18),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"+{self.hidden}")
        painter.end()

    def _paint_months(self, painter: QPainter) -> None:
        locale, year = QLocale(), self.view.first.year
        for month in range(1, 13):
            start = (date(year, month, 1) - self.view.first).days
            end = (date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)) - self.view.first
            x0, x1 = self.x_of(start), self.x_of(end.days)
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(x0, 0), QPointF(x0, self.height()))
            painter.setPen(MUTED)
            painter.drawText(QRectF(x0, 0, x1 - x0, MONTH_H), Qt.AlignmentFlag.AlignCenter,
                             locale.standaloneMonthName(month, QLocale.FormatType.ShortFormat))
        painter.setPen(QPen(GRID, 1))
        painter.drawLine(QPointF(0, MONTH_H), QPointF(self.width(), MONTH_H))
        painter.drawLine(QPointF(self.x_of(self.view.days), 0), QPointF(self.x_of(self.view.days), self.height()))

    def _paint_festivals(self, painter: QPainter, small: QFont) -> None:
        """The bands first, then their names over them, skipping a name that would cover the one before."""
        metrics, right_edge, names = QFontMetrics(small), -1.0, []
        for festival in self.view.festivals:
            first = max(0, (festival.start - self.view.first).days)
            last = min(self.view.days - 1, (festival.end - self.view.first).days)
            background, foreground = FESTIVAL_COLORS[festival.kind]
            band = QRectF(self.x_of(first), MONTH_H, max(3.0, (last - first + 1) * self.day_width()),
                          self.height() - MONTH_H)
            painter.fillRect(band, background)
            name = festival.name(self.lang)
            width = metrics.horizontalAdvance(name) + 4
            left = max(band.left(), band.center().x() - width / 2)
            if left > right_edge:
                names.append((QRectF(left, MONTH_H + 2, width, FEST_H - 2), foreground, name))
                right_edge = left + width + 2
        painter.setFont(small)
        for rect, color, name in names:
            painter.setPen(color)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, name)
        painter.setFont(self.font())

    def _paint_names(self, painter: QPainter) -> None:
        painter.setPen(QColor("#333333"))
        for rect, text in self.names:
            painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter, text)
