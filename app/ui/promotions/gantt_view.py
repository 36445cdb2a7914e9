"""甘特图: a campaign's tasks as bars on a day axis, from the core's ``gantt()`` offsets.

The campaign's own days are shaded, the sign-up deadline (报名截止) and today are vertical
lines; done tasks are green with their title struck through, overdue ones red.
"""

from __future__ import annotations

import math
from datetime import timedelta

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.core.campaigns import Gantt, GanttRow
from app.ui.promotions.campaign_common import DASH, TODAY_COLOR

LABEL_W, HEADER_H, ROW_H, RIGHT = 150, 38, 22, 8
STATE_COLORS = {"done": QColor("#43a047"), "overdue": QColor("#e53935"), "open": QColor("#1e88e5")}
BAND, SIGNUP, GRID, MUTED = QColor("#e6f0fb"), QColor("#ef6c00"), QColor("#e3e3e3"), QColor("#666666")


def row_state(row: GanttRow) -> str:
    return "done" if row.task.done else "overdue" if row.overdue else "open"


class GanttView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gantt: Gantt | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def set_gantt(self, gantt: Gantt | None) -> None:
        self.gantt = gantt
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        rows = len(self.gantt.rows) if self.gantt else 0
        return QSize(520, HEADER_H + max(2, rows) * ROW_H + 6)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(320, HEADER_H + 2 * ROW_H)

    # -- geometry: the test API --------------------------------------------------------------
    def day_width(self) -> float:
        return (self.width() - LABEL_W - RIGHT) / max(1, self.gantt.days)

    def x_of(self, offset: float) -> float:
        return LABEL_W + offset * self.day_width()

    def row_rect(self, index: int) -> QRectF:
        row = self.gantt.rows[index]
        return QRectF(self.x_of(row.offset), HEADER_H + index * ROW_H + 4, row.length * self.day_width(), ROW_H - 8)

    def row_states(self) -> list[tuple[str, str]]:
        """(task id, "done" / "overdue" / "open") of each row, top to bottom."""
        return [(row.task.id, row_state(row)) for row in self.gantt.rows] if self.gantt else []

    def row_at(self, point: QPointF) -> int | None:
        if self.gantt is None or point.y() < HEADER_H:
            return None
        index = int((point.y() - HEADER_H) // ROW_H)
        return index if index < len(self.gantt.rows) else None

    # -- painting ------------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        g = self.gantt
        if g is None:
            return
        bottom = HEADER_H + max(1, len(g.rows)) * ROW_H
        band = QRectF(self.x_of(g.campaign_offset), 0, g.campaign_length * self.day_width(), bottom)
        painter.fillRect(band, BAND)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1.5))
        painter.setFont(small)
        self._paint_axis(painter, bottom)
        marks = [(band.left(), QColor("#1e5fa8"), self.tr("Campaign"), None)]
        lines = ((g.signup_offset, SIGNUP, self.tr("Sign-up deadline"), Qt.PenStyle.DashLine),
                 (g.today_offset, TODAY_COLOR, self.tr("Today"), Qt.PenStyle.SolidLine))
        for offset, color, label, style in lines:
            if offset is not None:
                x = self.x_of(offset + 0.5)
                painter.setPen(QPen(color, 2, style))
                painter.drawLine(QPointF(x, HEADER_H - 18), QPointF(x, bottom))
                marks.append((x, color, label, style))
        self._paint_marks(painter, marks)
        painter.setFont(self.font())
        if not g.rows:
            painter.setPen(MUTED)
            painter.drawText(QRectF(0, HEADER_H, self.width(), ROW_H), Qt.AlignmentFlag.AlignCenter,
                             self.tr("No tasks yet: add them below."))
        for index, row in enumerate(g.rows):
            self._paint_row(painter, index, row)
        painter.end()

    def _paint_marks(self, painter: QPainter, marks: list) -> None:
        """The names of the band and lines in the top line: right of their line, else left of it, else
        one after the other (never on top of each other)."""
        metrics, taken = QFontMetrics(painter.font()), []
        for x, color, label, _style in sorted(marks, key=lambda m: m[0]):
            width = metrics.horizontalAdvance(label) + 4
            left = x + 3
            if any(a < left + width and left < b for a, b in taken) and x - 3 - width >= LABEL_W:
                left = x - 3 - width
            left = max([left, *(b + 4 for a, b in taken if a < left + width and left < b)])
            left = min(left, self.width() - width)
            taken.append((left, left + width))
            painter.setPen(color)
            painter.drawText(QRectF(left, 0, width, 16), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             label)

    def _paint_axis(self, painter: QPainter, bottom: int) -> None:
        g, w = self.gantt, self.day_width()
        step = max(1, math.ceil(40 / w))  # a label needs about 40 px
        for offset in range(g.days + 1):
            x = self.x_of(offset)
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(x, HEADER_H - 2), QPointF(x, bottom))
            if offset % step == 0 and offset < g.days:
                painter.setPen(MUTED)
                day = g.origin + timedelta(days=offset)
                painter.drawText(QRectF(x - 2, HEADER_H - 18, 44, 16), Qt.AlignmentFlag.AlignLeft,
                                 day.strftime("%m-%d"))

    def _paint_row(self, painter: QPainter, index: int, row: GanttRow) -> None:
        state = row_state(row)
        color = STATE_COLORS[state]
        top = HEADER_H + index * ROW_H
        font = QFont(self.font())
        font.setStrikeOut(state == "done")
        painter.setFont(font)
        painter.setPen(color if state != "open" else QColor("#222222"))
        metrics = QFontMetrics(font)
        painter.drawText(QRectF(4, top, LABEL_W - 8, ROW_H), Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(row.task.title, Qt.TextElideMode.ElideRight, LABEL_W - 10))
        painter.setFont(self.font())
        rect = self.row_rect(index)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(rect, 3, 3)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        text = ("✓ " if state == "done" else "") + row.task.owner
        if text.strip() and rect.width() > 30:
            painter.setPen(QColor("#ffffff"))
            painter.drawText(rect.adjusted(4, 0, -2, 0), Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width()) - 6))

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            index = self.row_at(QPointF(event.pos()))
            if index is None:
                QToolTip.hideText()
                event.ignore()
                return True
            task = self.gantt.rows[index].task
            state = {"done": self.tr("done"), "overdue": self.tr("overdue"), "open": self.tr("open")}[
                row_state(self.gantt.rows[index])]
            span = f"{task.start_date.isoformat()} {DASH} {task.due_date.isoformat()}"
            QToolTip.showText(event.globalPos(), "\n".join(filter(None, [task.title, task.owner, span, state])), self)
            return True
        return super().event(event)
