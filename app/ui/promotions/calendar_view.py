"""活动日历: a month as a 6×7 grid from Monday, painted in one pass.

Each day shows its number (today in a red disc), the festivals on it (a coloured strip, and a
small label on the festival's first and main day), and the campaigns as bars in the core's
lanes, one set of lanes per week. When a week has more lanes than fit, the last one says
"+N" for each day. PageUp/PageDown change the month; the arrow keys move the selected day.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen

from app.core.festivals import Festival
from app.ui.promotions.campaign_bars import BarCanvas, DrawnBar
from app.ui.promotions.campaign_common import FESTIVAL_COLORS, TODAY_COLOR

HEADER_H = 22  # the weekday names
DAY_LINE_H = 19  # the day number and festival label at the top of a cell
LANE_H, LANE_GAP = 16, 2
GRID, OTHER_MONTH, SELECTED = QColor("#d9d9d9"), QColor("#f4f4f4"), QColor("#1e6fd0")
MUTED = QColor("#9a9a9a")


class MonthView(BarCanvas):
    """The month of ``view`` (core.campaigns.calendar_month)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.month = (0, 0)
        self.more: dict[int, int] = {}  # day index -> campaigns hidden below the lanes that fit
        self._strips: dict[int, QColor] = {}
        self._labels: dict[int, list[Festival]] = {}
        self._fest_days: dict[int, list[Festival]] = {}
        self._lanes: dict[int, int] = {}  # week -> lanes it needs

    def _prepare(self) -> None:
        view = self.view
        middle = view.first + timedelta(days=7)  # the grid's second week lies in the month
        self.month = (middle.year, middle.month)
        self._lanes = {}
        for bar in view.bars:
            self._lanes[bar.row] = max(self._lanes.get(bar.row, 0), bar.lane + 1)
        self._strips, self._labels, self._fest_days = {}, {}, {}
        for festival in view.festivals:
            first = max(0, (festival.start - view.first).days)
            last = min(view.days - 1, (festival.end - view.first).days)
            marked = {first, (festival.main_day - view.first).days}
            for i in range(first, last + 1):
                self._strips.setdefault(i, FESTIVAL_COLORS[festival.kind][1])
                self._fest_days.setdefault(i, []).append(festival)
                if i in marked:
                    self._labels.setdefault(i, []).append(festival)

    # -- geometry --------------------------------------------------------------------------
    def cell_size(self) -> tuple[float, float]:
        return self.width() / 7, (self.height() - HEADER_H) / 6

    def cell_rect(self, index: int) -> QRectF:
        w, h = self.cell_size()
        return QRectF((index % 7) * w, HEADER_H + (index // 7) * h, w, h)

    def day_rect(self, day: date) -> QRectF | None:
        index = (day - self.view.first).days if self.view else -1
        return self.cell_rect(index) if 0 <= index < 42 else None

    def day_at(self, point: QPointF) -> date | None:
        if self.view is None or point.y() < HEADER_H or not 0 <= point.x() < self.width():
            return None
        w, h = self.cell_size()
        row, col = min(5, int((point.y() - HEADER_H) // h)), min(6, int(point.x() // w))
        return self.view.first + timedelta(days=row * 7 + col)

    def festival_at(self, point: QPointF) -> Festival | None:
        day = self.day_at(point)
        if day is None:
            return None
        rect = self.cell_rect((day - self.view.first).days)
        found = self._fest_days.get((day - self.view.first).days)
        return found[0] if found and point.y() < rect.top() + DAY_LINE_H else None

    def lanes_that_fit(self) -> int:
        return max(0, int((self.cell_size()[1] - DAY_LINE_H - 2) // (LANE_H + LANE_GAP)))

    def _shown_lanes(self, row: int) -> int:
        """Lanes drawn in a week: all that fit, or one fewer to leave room for "+N"."""
        fit = self.lanes_that_fit()
        return fit if self._lanes.get(row, 0) <= fit else max(0, fit - 1)

    def _place(self) -> list[DrawnBar]:
        w, h = self.cell_size()
        drawn, more = [], {}
        shown = {row: self._shown_lanes(row) for row in self._lanes}
        for bar in self.view.bars:
            if bar.lane < shown[bar.row]:
                top = HEADER_H + bar.row * h + DAY_LINE_H + bar.lane * (LANE_H + LANE_GAP)
                rect = QRectF(bar.offset * w + 2, top, bar.length * w - 4, LANE_H)
                drawn.append(DrawnBar(bar.item_id, rect, bar))
            else:
                for col in range(bar.offset, bar.offset + bar.length):
                    index = bar.row * 7 + col
                    more[index] = more.get(index, 0) + 1
        self.more = more
        return drawn

    # -- painting ------------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        if self.view is None:
            return
        drawn = self.drawn_bars()  # also counts self.more
        clip = QRectF(event.rect())
        self._paint_header(painter)
        small = self.small_font()
        for index in range(42):
            rect = self.cell_rect(index)
            if rect.intersects(clip):
                self._paint_day(painter, index, rect, small)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if drawn:
            painter.setFont(small)
            self.paint_bars(painter, clip)
        self._paint_more(painter, small)
        painter.end()

    def _paint_header(self, painter: QPainter) -> None:
        locale, w = QLocale(), self.width() / 7
        painter.setPen(MUTED)
        for col in range(7):
            painter.drawText(QRectF(col * w, 0, w, HEADER_H), Qt.AlignmentFlag.AlignCenter,
                             locale.dayName(col + 1, QLocale.FormatType.ShortFormat))

    def _paint_day(self, painter: QPainter, index: int, rect: QRectF, small: QFont) -> None:
        day = self.view.first + timedelta(days=index)
        in_month = (day.year, day.month) == self.month
        if not in_month:
            painter.fillRect(rect, OTHER_MONTH)
        elif day == self.today:
            painter.fillRect(rect, QColor("#fff8e1"))
        painter.setPen(QPen(GRID, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)
        strip = self._strips.get(index)
        if strip is not None:
            painter.fillRect(QRectF(rect.left() + 1, rect.top() + 1, rect.width() - 1, 3), strip)
        number = QRectF(rect.left() + 3, rect.top() + 2, 22, DAY_LINE_H - 2)
        if day == self.today:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(TODAY_COLOR)
            painter.drawEllipse(number.center(), 11, 9)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.setPen(QColor("#ffffff"))
        else:
            painter.setPen(QColor("#222222") if in_month else MUTED)
        painter.drawText(number, Qt.AlignmentFlag.AlignCenter, str(day.day))
        labels = self._labels.get(index)
        if labels:
            self._paint_label(painter, labels, QRectF(number.right() + 2, rect.top() + 4,
                                                     rect.right() - number.right() - 5, DAY_LINE_H - 5), small)
        if day == self.selected_day:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(SELECTED, 3 if self.hasFocus() else 2))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))

    def _paint_label(self, painter: QPainter, festivals: list[Festival], room: QRectF, small: QFont) -> None:
        painter.setFont(small)
        metrics = QFontMetrics(small)
        text = metrics.elidedText("·".join(f.name(self.lang) for f in festivals), Qt.TextElideMode.ElideRight,
                                  int(room.width()) - 6)
        if text:
            background, foreground = FESTIVAL_COLORS[festivals[0].kind]
            box = QRectF(room.right() - metrics.horizontalAdvance(text) - 6, room.top(),
                         metrics.horizontalAdvance(text) + 6, room.height())
            painter.fillRect(box, background)
            painter.setPen(foreground)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.setFont(self.font())

    def _paint_more(self, painter: QPainter, small: QFont) -> None:
        if not self.more:
            return
        painter.setFont(small)
        painter.setPen(QColor("#444444"))
        h = self.cell_size()[1]
        for index, count in self.more.items():
            rect = self.cell_rect(index)
            lane = self._shown_lanes(index // 7)
            top = rect.top() + DAY_LINE_H + lane * (LANE_H + LANE_GAP)
            if top + LANE_H > rect.top() + h:  # not even one lane fits: next to the day number
                top = rect.top() + 2
            painter.drawText(QRectF(rect.left() + 4, top, rect.width() - 8, LANE_H),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"+{count}")

    def day_step(self, key: int) -> int:
        return {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}.get(key, 0)
