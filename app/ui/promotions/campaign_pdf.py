"""A campaign for the staff, as a PDF: the plan and its targets, the products with their campaign
price and profit, the tasks with their dates (the Gantt chart as a table), the checks' findings
and the four principles.

Rendered like the storefront's report (``HtmlPdfWriter``: QTextDocument HTML onto a QPdfWriter,
the bundled CJK font embedded); only the HTML differs. ``export_campaign_pdf`` works without a
window, for the command line: it starts an offscreen QGuiApplication when there is none.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from app.core import campaign_checks as checks
from app.core import campaigns as cp
from app.core.storefront import pick
from app.ui.promotions.campaign_common import CampaignFacts, product_lines, span_text
from app.ui.widgets.pdf_writer import CSS, HtmlPdfWriter

_headless_app: QGuiApplication | None = None  # kept alive for the rest of the command


class CampaignPdf(HtmlPdfWriter):
    """``HtmlPdfWriter.write`` with a campaign's HTML (its title is ``campaign.name``)."""

    def __init__(self, store, campaign: cp.Campaign, lang: str) -> None:
        super().__init__()
        self.store, self.lang = store, lang
        self.campaign = campaign
        self.facts = CampaignFacts(lang)

    def title(self) -> str:
        return self.campaign.name

    def html(self, today: date | None = None) -> str:
        today = today or date.today()
        c = self.campaign
        exported = self.tr("Exported on {date}").format(date=today.isoformat())
        subtitle = " · ".join([c.channel_name(self.lang), span_text(c.start_date, c.end_date),
                               pick(cp.STATUSES[c.status], self.lang)])
        parts = [f"<html><head><style>{self._css()}</style></head><body>", f"<h1>{escape(c.name)}</h1>",
                 f'<p class="muted">{escape(subtitle)}<br>{escape(exported)}</p>',
                 self._heading(self.tr("Plan")),
                 self._table([self.tr("Item"), self.tr("Details")], self.facts.rows(c))]
        if c.notes:
            parts.append(f"<p>{escape(c.notes)}</p>".replace("\n", "<br>"))
        lines = product_lines(self.store, c)
        parts.append(self._heading(self.tr("Products and prices")))
        if lines:
            parts.append(self._table(self.facts.product_header(), [self.facts.product_cells(line) for line in lines]))
        else:
            none = self.tr("No products in this campaign.")
            parts.append(f'<p class="muted">{escape(none)}</p>')
        parts += [self._heading(self.tr("Tasks")), self._tasks(today), self._heading(self.tr("Checks")),
                  *self._findings(), self._heading(self.tr("Principles")),
                  self._table([self.tr("Principle"), self.tr("Met"), self.tr("Note"), self.tr("What it means")],
                              [[name, "✓" if ticked else "", note, pick(cp.PRINCIPLES[code][1], self.lang)]
                               for code, (name, ticked, note) in zip(cp.PRINCIPLES, self.facts.principle_rows(c),
                                                                     strict=True)]),
                  "</body></html>"]
        return "".join(parts)

    @staticmethod
    def _css() -> str:
        return CSS + ".warning { color: #c25400; }\n.info { color: #1e5fa8; }\n"

    def _tasks(self, today: date) -> str:
        gantt = cp.gantt(self.store, self.campaign.id, today=today)
        if not gantt.rows:
            none = self.tr("No tasks.")
            return f'<p class="muted">{escape(none)}</p>'
        states = {"done": self.tr("done"), "overdue": self.tr("overdue"), "open": self.tr("open")}
        rows = [[n + 1, r.task.title, r.task.owner, r.task.start_date.isoformat(), r.task.due_date.isoformat(),
                 self.tr("{days} d").format(days=r.length),
                 states["done" if r.task.done else "overdue" if r.overdue else "open"]]
                for n, r in enumerate(gantt.rows)]
        summary = self.tr("{done} of {total} tasks done").format(done=gantt.done, total=gantt.total)
        table = self._table(["#", self.tr("Task"), self.tr("Owner"), self.tr("Start"), self.tr("Due date"),
                             self.tr("Days"), self.tr("State")], rows)
        return f"<p>{escape(summary)}</p>{table}"

    def _findings(self) -> list[str]:
        findings = checks.check_campaign(self.store, self.campaign.id, lang=self.lang)
        if not findings:
            passed = self.tr("No problems found.")
            return [f'<p class="ok">✓ {escape(passed)}</p>']
        labels = {"error": self.tr("Error"), "warning": self.tr("Warning"), "info": self.tr("Info")}
        return [f'<p><span class="{f.severity}"><b>{escape(labels[f.severity])}</b></span> '
                f'{escape(f.format(QCoreApplication.translate("core", f.template)))}</p>' for f in findings]


def headless_app(lang: str) -> QGuiApplication:
    """The running Qt application, or a new offscreen one with the translations and the CJK font."""
    global _headless_app
    app = QGuiApplication.instance()
    if app is None:
        from app import i18n
        from app.ui.fonts import install_fonts

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = _headless_app = QGuiApplication(sys.argv[:1] or ["zhanggui"])
        i18n.install(app, lang)
        install_fonts(app)
    return app


def export_campaign_pdf(store, campaign_id: str, path: Path, lang: str, today: date | None = None) -> cp.Campaign:
    """Write the campaign's PDF to ``path``; a CampaignError for an unknown id (before Qt starts)."""
    campaign = cp.get_campaign(store, campaign_id)
    headless_app(lang)
    CampaignPdf(store, campaign, lang).write(Path(path), today)
    return campaign
