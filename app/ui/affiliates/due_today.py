"""The 今日待跟进 reminder shown when the app starts, when follow-ups are due today or overdue.

Non-modal: it lists how many are due and the first few, with a button to the 待跟进 page and a
"今天不再提示" box remembered on this PC for the day. It costs one indexed COUNT at start-up and
is never shown in tests (ZHANGGUI_NO_DUE_POPUP) or the start-up probe.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QHBoxLayout, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from app.core import follow_up_lists as fl
from app.core import follow_ups as fu
from app.core.affiliate_codes import FOLLOW_UP_KINDS
from app.core.records import pick
from app.ui.affiliates.follow_up_log import paint_due
from app.ui.affiliates.follow_up_panel import VIP_MARK, contact_text, make_table
from app.ui.settings import app_settings
from app.ui.widgets.common import ui_lang

log = logging.getLogger(__name__)
SHOWN = 8
QUIET_KEY = "follow_ups/quiet_on"  # the day "don't remind me again today" was ticked


def popup_allowed() -> bool:
    return not (os.environ.get("ZHANGGUI_NO_DUE_POPUP") or os.environ.get("ZHANGGUI_STARTUP_PROBE"))


def quiet_today(today: date) -> bool:
    return app_settings().value(QUIET_KEY) == today.isoformat()


class DueTodayDialog(QDialog):
    def __init__(self, store, counts: tuple[int, int], parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.today = today or date.today()
        self.lang = ui_lang()
        self.setWindowTitle(self.tr("Follow-ups due today"))
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(560)
        total, overdue = counts
        self.lblSummary = QLabel(self.tr("{count} affiliates need a follow-up today ({overdue} overdue).").format(
            count=total, overdue=overdue))
        self.rows = fl.due_list(store, today=self.today, limit=SHOWN)
        self.table: QTableWidget = make_table((self.tr("Affiliate"), self.tr("VIP"), self.tr("Due"),
                                               self.tr("Follow-up"), self.tr("How to reach")))
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            texts = (row.name, VIP_MARK if row.vip else "", row.due_on.isoformat(),
                     pick(FOLLOW_UP_KINDS.get(row.kind, (row.kind,) * 2), self.lang),
                     contact_text(row.phone, row.qq, row.wechat))
            for c, text in enumerate(texts):
                self.table.setItem(r, c, QTableWidgetItem(text))
            paint_due(self.table.item(r, 2), fu.due_state(row.due_on, self.today))
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.resizeRowsToContents()
        rows_height = sum(self.table.rowHeight(r) for r in range(len(self.rows)))
        self.table.setMinimumHeight(rows_height + self.table.horizontalHeader().sizeHint().height() + 6)
        self.lblMore = QLabel(self.tr("and {count} more").format(count=total - len(self.rows)))
        self.lblMore.setVisible(total > len(self.rows))
        self.chkQuiet = QCheckBox(self.tr("Don't remind me again today"))
        self.chkQuiet.toggled.connect(self._quiet)
        self.btnOpen = QPushButton(self.tr("Open follow-ups"))
        self.btnOpen.setDefault(True)
        self.btnOpen.clicked.connect(self.open_follow_ups)
        self.btnClose = QPushButton(self.tr("Close"))
        self.btnClose.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.chkQuiet)
        buttons.addStretch(1)
        buttons.addWidget(self.btnOpen)
        buttons.addWidget(self.btnClose)
        layout = QVBoxLayout(self)
        layout.addWidget(self.lblSummary)
        layout.addWidget(self.table)
        layout.addWidget(self.lblMore)
        layout.addLayout(buttons)

    def _quiet(self, checked: bool) -> None:
        app_settings().setValue(QUIET_KEY, self.today.isoformat() if checked else "")

    def open_follow_ups(self) -> None:
        """The main window's affiliates tab, page 待跟进."""
        window = self.parentWidget()
        if window is not None and hasattr(window, "affiliates_tab"):
            from app.ui.main_window import TABS

            window.tabs.setCurrentIndex([t[0] for t in TABS].index("affiliates"))
            window.affiliates_tab.pages.setCurrentIndex(1)
        self.close()


def maybe_show(window, *, today: date | None = None) -> DueTodayDialog | None:
    """Show the reminder over ``window`` when something is due and the user has not silenced it."""
    today = today or date.today()
    store = getattr(window, "store", None)
    if store is None or not popup_allowed() or quiet_today(today):
        return None
    try:
        counts = fl.due_count(store, today=today)
    except sqlite3.Error as exc:  # a reminder must never stop the app from starting
        log.warning("due follow-ups not counted: %s", exc)
        return None
    if counts[0] == 0:
        return None
    dialog = DueTodayDialog(store, counts, window, today)
    dialog.show()
    window.due_today_dialog = dialog
    return dialog
