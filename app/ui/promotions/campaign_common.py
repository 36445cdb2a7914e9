"""What the campaign views share: colours, tooltips, the campaign's fields as labelled rows,
and a campaign's products with the profit of one sale at the campaign price."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import QToolButton

from app.core import campaigns as cp
from app.core.campaign_checks import AFFILIATE_CHANNEL
from app.core.errors import UserError
from app.core.festivals import KINDS, Festival
from app.core.money import format_money
from app.core.price_tactics import Item, PriceOutcome, price_outcome
from app.core.products import Product, get_product
from app.core.storefront import pick

# Bar colours by status: grey drafts, blue signed up, purple scheduled, green running, brown
# ended, teal reviewed.
STATUS_COLORS = {"draft": QColor("#8d8d8d"), "applied": QColor("#1e6fd0"), "scheduled": QColor("#7b3fb5"),
                 "running": QColor("#2e8b3a"), "ended": QColor("#8a6552"), "reviewed": QColor("#00838f")}
# Festivals: (background, text and strip) by kind: shopping orange, public holidays red.
FESTIVAL_COLORS = {"shopping": (QColor("#ffe7cc"), QColor("#c25400")),
                   "holiday": (QColor("#fde3e3"), QColor("#c62828"))}
LOSS_COLOR = QColor("#c62828")
TODAY_COLOR = QColor("#e53935")
SELECTED_COLOR = QColor("#ffb300")
DASH = "–"


def make_action(text: str, tip: str, key, slot, widgets, context: Qt.ShortcutContext) -> QAction:
    """An action with its key named in the tooltip, added to ``widgets`` (its key works there)."""
    action = QAction(text, widgets[0])
    action.setShortcut(QKeySequence(key))
    action.setShortcutContext(context)
    action.setToolTip(f"{tip} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
    action.triggered.connect(lambda _checked=False: slot())
    for widget in widgets:
        widget.addAction(action)
    return action


def tool_buttons(actions) -> list[QToolButton]:
    buttons = []
    for action in actions:
        buttons.append(QToolButton())
        buttons[-1].setDefaultAction(action)
    return buttons


def span_text(first: date, last: date) -> str:
    return first.isoformat() if first == last else f"{first.isoformat()} {DASH} {last.isoformat()}"


def windows_text(campaign: cp.Campaign) -> str:
    return ", ".join(f"{a}{DASH}{b}" for a, b in campaign.daily_windows)


def campaign_tooltip(campaign: cp.Campaign, lang: str) -> str:
    lines = [campaign.name, span_text(campaign.start_date, campaign.end_date), windows_text(campaign),
             f"{pick(cp.STATUSES[campaign.status], lang)} · {campaign.channel_name(lang)}"]
    return "\n".join(line for line in lines if line)


def festival_tooltip(festival: Festival, lang: str) -> str:
    return f"{festival.name(lang)}\n{span_text(festival.start, festival.end)} · {pick(KINDS[festival.kind], lang)}"


@dataclass(frozen=True)
class ProductLine:
    entry: cp.CampaignProduct
    product: Product | None  # None: deleted from the catalogue since
    sale: PriceOutcome | None  # one sale at the campaign price; None without a price or product


def sale_at(product: Product, price_fen: int | None, channel: str) -> PriceOutcome | None:
    """One sale of ``product`` at ``price_fen``, with the affiliate's commission on an 淘客推广
    campaign (as the below-cost check counts it)."""
    if price_fen is None:
        return None
    rate = (product.commission_bp or 0) if channel == AFFILIATE_CHANNEL else None
    return price_outcome(Item(product.price_fen, product.cost_fen, product.fee_bp, rate), price_fen)


def product_lines(store, campaign: cp.Campaign) -> list[ProductLine]:
    lines = []
    for entry in cp.list_campaign_products(store, campaign.id):
        try:
            product = get_product(store, entry.product_id)
        except UserError:
            product = None
        sale = sale_at(product, entry.campaign_price_fen, campaign.channel) if product else None
        lines.append(ProductLine(entry, product, sale))
    return lines


def money(fen: int | None) -> str:
    return "" if fen is None else format_money(fen)


class CampaignFacts(QObject):
    """A campaign's fields as (label, value) pairs, for the details pane and the PDF."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang

    def rows(self, c: cp.Campaign) -> list[tuple[str, str]]:
        targets = self.tr("visitors {visitors:,} · orders {orders:,} · revenue {revenue}").format(
            visitors=c.target_visitors, orders=c.target_orders, revenue=format_money(c.target_revenue_fen))
        return [(self.tr("Goal"), pick(cp.GOALS[c.goal], self.lang)),
                (self.tr("Channel"), c.channel_name(self.lang)),
                (self.tr("Dates"), self.tr("{span} ({days} days)").format(
                    span=span_text(c.start_date, c.end_date), days=c.days)),
                (self.tr("Daily hours"), windows_text(c) or self.tr("all day")),
                (self.tr("Sign-up deadline"), c.signup_deadline.isoformat() if c.signup_deadline else self.tr("none")),
                (self.tr("Status"), pick(cp.STATUSES[c.status], self.lang)),
                (self.tr("Budget"), format_money(c.budget_fen)),
                (self.tr("Targets"), targets)]

    def principle_rows(self, c: cp.Campaign) -> list[tuple[str, bool, str]]:
        """(name, ticked, note) of the four principles, in order."""
        return [(pick(PRINCIPLE_NAMES[code], self.lang), *c.principles[code]) for code in cp.PRINCIPLES]

    def product_header(self) -> list[str]:
        return [self.tr("Product"), self.tr("Price tactic"), self.tr("List price"), self.tr("Campaign price"),
                self.tr("Profit per sale")]

    def product_cells(self, line: ProductLine) -> list[str]:
        title = line.product.title if line.product else self.tr("(deleted product)")
        profit = ""
        if line.sale is not None:
            profit = format_money(line.sale.profit_fen) + (self.tr(" (loss)") if line.sale.loss else "")
        return [title, pick(cp.TACTICS[line.entry.tactic], self.lang),
                money(line.product.price_fen if line.product else None), money(line.entry.campaign_price_fen),
                profit]


PRINCIPLE_NAMES = {code: names for code, (names, _explanation) in cp.PRINCIPLES.items()}
