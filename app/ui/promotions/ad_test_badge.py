"""What an ad test's result is, as a coloured badge: 胜出, 证据不足, 不可比较 or 待填数据.

``verdict`` reads it off core's ``summarise``; ``VerdictBadge`` shows it next to the summary and
names it for the list of tests, whose ``BadgeDelegate`` paints it at the right of each row.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QLabel, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.core import ad_tests as at

WINNER, NO_EVIDENCE, NOT_COMPARABLE, NO_DATA = "winner", "no_evidence", "not_comparable", "no_data"
COLOURS = {  # verdict -> (text, background, border)
    WINNER: ("#1e7d32", "#e3f4e4", "#a5d6a7"),
    NO_EVIDENCE: ("#8a5a00", "#fff1c7", "#f0d48a"),
    NOT_COMPARABLE: ("#b71c1c", "#fdecea", "#ef9a9a"),
    NO_DATA: ("#555555", "#f1f3f4", "#d0d0d0"),
}
VERDICT = Qt.ItemDataRole.UserRole + 1  # the list items' verdict key


def verdict(summary: at.Summary) -> str:
    if summary.winner_id:
        return WINNER
    if summary.test is not None:  # compared, but the difference may be noise
        return NO_EVIDENCE
    if len(summary.comparability.pairs) and not summary.comparability.comparable:
        return NOT_COMPARABLE
    return NO_DATA


def summary_text(summary: at.Summary) -> str:
    """Core's English template in the user's language, then filled in."""
    return summary.format(QCoreApplication.translate("core", summary.template))


def style_sheet(key: str, selector: str = "QLabel", radius: int = 4) -> str:
    text, background, border = COLOURS[key]
    return (f"{selector} {{ color: {text}; background: {background}; border: 1px solid {border}; "
            f"border-radius: {radius}px; padding: 3px 8px; }}")


class VerdictBadge(QLabel):
    """A pill with the verdict's name; ``names`` also labels the list of tests."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.names = {WINNER: self.tr("Winner"), NO_EVIDENCE: self.tr("Not enough evidence"),
                      NOT_COMPARABLE: self.tr("Not comparable"), NO_DATA: self.tr("Waiting for data")}
        self.key = NO_DATA
        font = self.font()
        font.setBold(True)
        self.setFont(font)
        self.set_verdict(NO_DATA)

    def set_verdict(self, key: str, text: str | None = None) -> None:
        self.key = key
        self.setText(text or self.names[key])
        self.setStyleSheet(style_sheet(key, radius=10))


class BadgeDelegate(QStyledItemDelegate):
    """Paints an item's text as usual and its verdict as a pill at the right end of the row."""

    def __init__(self, names: dict[str, str], parent=None) -> None:
        super().__init__(parent)
        self.names = names

    @staticmethod
    def _bold(option) -> QFont:
        font = QFont(option.font)
        font.setBold(True)
        return font

    def _badge_rect(self, option, text: str) -> QRect:
        metrics = QFontMetrics(self._bold(option))
        width = metrics.horizontalAdvance(text) + 18
        height = metrics.height() + 6
        rect = option.rect
        return QRect(rect.right() - width - 6, rect.top() + (rect.height() - height) // 2, width, height)

    def paint(self, painter: QPainter, option, index) -> None:
        key = index.data(VERDICT)
        if key not in self.names:
            super().paint(painter, option, index)
            return
        text = self.names[key]
        badge = self._badge_rect(option, text)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)
        opt.rect = opt.rect.adjusted(0, 0, -(badge.width() + 10), 0)
        super().paint(painter, opt, index)
        colour, background, border = (QColor(c) for c in COLOURS[key])
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(border)
        painter.setBrush(background)
        painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
        painter.setFont(self._bold(option))
        painter.setPen(colour)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option, index):  # noqa: N802 - Qt's name
        """As tall as the text plus room, and narrow: a list's rows are as wide as its view, so the
        badge stays in sight and a long name is elided before it."""
        size = super().sizeHint(option, index)
        return QSize(1, size.height() + 8)
