"""The reminders line above the calendar: sign-up deadlines (报名截止) and tasks due within a
few days or overdue, soonest first; each is a link that selects its campaign."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from app.core.campaigns import Reminder
from app.core.storefront import pick
from app.ui.widgets.common import ui_lang
from app.ui.widgets.empty_state import escape

SHOWN = 8  # reminders listed; the rest are counted


class ReminderStrip(QLabel):
    campaignClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = ui_lang()
        self.reminders: list[Reminder] = []
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.linkActivated.connect(lambda link: self.campaignClicked.emit(link))
        self.setStyleSheet("QLabel { background: #fff7e0; border: 1px solid #f0d48a; padding: 4px 8px; }")

    def set_reminders(self, reminders: list[Reminder], days: int) -> None:
        self.reminders = reminders
        if not reminders:
            self.setText(self.tr("No sign-up deadlines or tasks due in the next {days} days.").format(days=days))
            self.setToolTip("")
            return
        parts = [self._part(r) for r in reminders[:SHOWN]]
        more = len(reminders) - SHOWN
        if more > 0:
            parts.append(escape(self.tr("and {count} more").format(count=more)))
        head = escape(self.tr("Within {days} days:").format(days=days))
        self.setText(f"<b>{head}</b> " + pick(("、", ", "), self.lang).join(parts))
        self.setToolTip(self.tr("Click a reminder to show its campaign"))

    def _part(self, r: Reminder) -> str:
        when = r.due.strftime("%m-%d")
        if r.kind == "signup":
            text = self.tr("sign-up deadline {name} ({date})").format(name=r.campaign_name, date=when)
        elif r.days_left < 0:
            text = self.tr("task {title} ({name}) overdue by {days} d").format(
                title=r.title, name=r.campaign_name, days=-r.days_left)
        else:
            text = self.tr("task {title} ({name}) due {date}").format(title=r.title, name=r.campaign_name, date=when)
        style = "color:#c62828" if r.days_left < 0 else "color:#1e5fa8"
        return f'<a href="{r.campaign_id}" style="{style}; text-decoration:none">{escape(text)}</a>'
