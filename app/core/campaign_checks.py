"""Checks of campaign plans, as findings the promotions tab lists (活动检查).

Pure functions over plain data (campaigns, their products, the catalogue, festivals), plus
thin wrappers that read those from the database:

- ``overlapping_discounts``: two campaigns whose dates intersect both discount a product. The
  stacked price is ``stack(list_price, cuts)``, a cut being list price − campaign price. The
  default, ``stack_amounts``, takes every cut off the list price (never below ¥0): for two
  campaigns, the lower campaign price minus the other campaign's cut. Pass the price-stacking
  module's rule as ``stack`` to use the platform's order instead.
- ``below_cost``: a campaign price below what a sale costs: cost + platform fee + (for
  淘客推广 only) the affiliate commission, the fee and commission charged on the campaign price
  (``price_tactics.price_outcome``). A loss-leader tactic (``LOSS_LEADERS``) is a warning, else an error.
- ``gaps_after_big``: activity traffic falls when a big activity ends, so activities must be
  chained. A campaign is big (``is_big``) when its channel is one of ``BIG_CHANNELS``, its budget
  is at least ``BIG_BUDGET_FEN``, or its dates include the main day of a big shopping festival.
  It is followed when another campaign runs on after its last day and starts no later than
  ``GAP_DAYS`` days after it.
- ``principles_unchecked``: the four principles (门槛低, 回报率高, 趣味性, 可持续性) as a checklist
  with notes kept on each campaign; a finding while not all four are ticked.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

from app.core import festivals as fest
from app.core.campaigns import PRINCIPLES, Campaign, CampaignProduct, get_campaign, list_campaigns
from app.core.db import Store
from app.core.errors import QT_TRANSLATE_NOOP
from app.core.money import format_money
from app.core.price_tactics import Item, price_outcome

GAP_DAYS = 7
BIG_CHANNELS = frozenset({"juhuasuan", "taoqianggou", "miaosha"})  # 聚划算, 淘抢购, 秒杀
BIG_BUDGET_FEN = 1_000_000  # ¥10,000
LOSS_LEADERS = frozenset({"one_yuan", "flash"})  # 超值一元, 一刻千金: below cost on purpose
AFFILIATE_CHANNEL = "taoke"  # 淘客推广: sales pay the affiliate's commission
SEVERITIES = ("error", "warning", "info")  # most serious first


@dataclass(frozen=True)
class Finding:
    code: str  # "overlap", "below_cost", "gap_after_big", "principles"
    severity: str  # a SEVERITIES value
    template: str  # English, marked with QT_TRANSLATE_NOOP("core", ...); translate, then format
    params: dict  # the template's values, ready to show (plus raw numbers the template may not use)
    campaign_ids: tuple[str, ...]
    product_ids: tuple[str, ...] = ()

    def format(self, template: str | None = None) -> str:
        return (template or self.template).format(**self.params)


class ProductFacts(NamedTuple):
    """What the checks need of a product (a ``products.Product`` will do as well)."""

    id: str
    title: str
    price_fen: int
    cost_fen: int
    fee_bp: int
    commission_bp: int | None  # None: the shop's default


def stack_amounts(list_price_fen: int, cuts_fen: Sequence[int]) -> int:
    """The list price minus every campaign's cut, never below 0."""
    return max(0, list_price_fen - sum(cuts_fen))


def _by_product(campaigns: Iterable[Campaign], entries: Iterable[CampaignProduct]) -> dict[str, list]:
    by_id = {c.id: c for c in campaigns}
    found: dict[str, list] = {}
    for entry in entries:
        if entry.campaign_id in by_id:
            found.setdefault(entry.product_id, []).append((by_id[entry.campaign_id], entry))
    return found


def overlapping_discounts(campaigns: Sequence[Campaign], entries: Iterable[CampaignProduct],
                          catalog: Mapping[str, ProductFacts], *,
                          stack: Callable[[int, Sequence[int]], int] = stack_amounts) -> list[Finding]:
    """A finding for each product in two campaigns whose dates intersect (the earlier one first)."""
    findings = []
    for product_id, pairs in _by_product(campaigns, entries).items():
        pairs.sort(key=lambda p: (p[0].start_date, p[0].end_date, p[0].id))
        product = catalog.get(product_id)
        for i, (a, entry_a) in enumerate(pairs):
            for b, entry_b in pairs[i + 1:]:
                if b.start_date > a.end_date:
                    break
                prices = (entry_a.campaign_price_fen, entry_b.campaign_price_fen)
                params = {"product": product.title if product else product_id, "a": a.name, "b": b.name,
                          "start": max(a.start_date, b.start_date).isoformat(),
                          "end": min(a.end_date, b.end_date).isoformat(), "stacked_fen": None}
                template = QT_TRANSLATE_NOOP(
                    "core", "“{product}” is in both “{a}” and “{b}” from {start} to {end}: check whether their "
                            "discounts stack.")
                if product and None not in prices:
                    params["stacked_fen"] = stack(product.price_fen, [max(0, product.price_fen - p) for p in prices])
                    params["stacked"] = format_money(params["stacked_fen"])
                    template = QT_TRANSLATE_NOOP(
                        "core", "“{product}” is discounted by both “{a}” and “{b}” from {start} to {end}: together "
                                "the discounts would take it to {stacked}.")
                findings.append(Finding("overlap", "warning", template, params, (a.id, b.id), (product_id,)))
    return findings


def below_cost(campaigns: Sequence[Campaign], entries: Iterable[CampaignProduct], catalog: Mapping[str, ProductFacts],
               *, default_commission_bp: int = 0) -> list[Finding]:
    """A finding for each campaign price that loses money on every sale."""
    findings = []
    for product_id, pairs in _by_product(campaigns, entries).items():
        product = catalog.get(product_id)
        for campaign, entry in pairs:
            if product is None or entry.campaign_price_fen is None:
                continue
            rate = None
            if campaign.channel == AFFILIATE_CHANNEL:
                rate = default_commission_bp if product.commission_bp is None else product.commission_bp
            sale = price_outcome(Item(product.price_fen, product.cost_fen, product.fee_bp, rate),
                                 entry.campaign_price_fen)
            if sale.loss:
                findings.append(Finding(
                    "below_cost", "warning" if entry.tactic in LOSS_LEADERS else "error", QT_TRANSLATE_NOOP(
                        "core", "“{product}” at {price} in “{campaign}” loses {loss} on every sale (cost {cost}, "
                                "platform fee {fee}, commission {commission})."),
                    {"product": product.title, "campaign": campaign.name, "price": format_money(sale.buyer_price_fen),
                     "loss": format_money(-sale.profit_fen), "cost": format_money(sale.cost_fen),
                     "fee": format_money(sale.fee_fen), "commission": format_money(sale.commission_fen),
                     "loss_fen": -sale.profit_fen}, (campaign.id,), (product_id,)))
    return findings


def is_big(campaign: Campaign, big_days: Sequence[date]) -> bool:
    """``big_days``: the sorted main days of the big festivals (``festival_days``)."""
    if campaign.channel in BIG_CHANNELS or campaign.budget_fen >= BIG_BUDGET_FEN:
        return True
    i = bisect.bisect_left(big_days, campaign.start_date)
    return i < len(big_days) and big_days[i] <= campaign.end_date


def festival_days(festivals: Iterable[fest.Festival]) -> list[date]:
    return sorted(f.main_day for f in festivals if f.big and not f.hidden)


def gaps_after_big(campaigns: Sequence[Campaign], festivals: Iterable[fest.Festival], *,
                   gap_days: int = GAP_DAYS) -> list[Finding]:
    """A finding for each big campaign that no campaign follows within ``gap_days`` days."""
    ordered = sorted(campaigns, key=lambda c: c.start_date)
    starts, latest_end, running = [c.start_date for c in ordered], [], date.min
    for c in ordered:  # latest_end[k]: the last end date among the first k+1 campaigns by start
        running = max(running, c.end_date)
        latest_end.append(running)
    big_days, findings = festival_days(festivals), []
    for c in ordered:
        if not is_big(c, big_days):
            continue
        # Campaigns starting by end + gap_days; one of them ends after c does. c itself never
        # counts, as it does not end after itself.
        k = bisect.bisect_right(starts, c.end_date + timedelta(days=gap_days))
        if latest_end[k - 1] <= c.end_date:
            findings.append(Finding("gap_after_big", "warning", QT_TRANSLATE_NOOP(
                "core", "Nothing follows “{campaign}” (ends {end}) within {days} days. Activity traffic falls when "
                        "it ends: chain the next activity onto it."),
                {"campaign": c.name, "end": c.end_date.isoformat(), "days": gap_days}, (c.id,)))
    return findings


def principles_unchecked(campaigns: Iterable[Campaign], lang: str = "zh_CN") -> list[Finding]:
    """A finding for each campaign that has not ticked all four principles, naming those left."""
    findings = []
    for c in campaigns:
        missing = [code for code in PRINCIPLES if not c.principles[code][0]]
        if missing:
            findings.append(Finding("principles", "info", QT_TRANSLATE_NOOP(
                "core", "Check “{campaign}” against the principles not yet ticked: {missing}."),
                {"campaign": c.name, "missing": fest.join_names([PRINCIPLES[m][0] for m in missing], lang),
                 "codes": tuple(missing)}, (c.id,)))
    return findings


def run_checks(campaigns: Sequence[Campaign], entries: Sequence[CampaignProduct], catalog: Mapping[str, ProductFacts],
               festivals: Iterable[fest.Festival], *, focus: Sequence[Campaign] | None = None,
               default_commission_bp: int = 0, lang: str = "zh_CN",
               stack: Callable[[int, Sequence[int]], int] = stack_amounts) -> list[Finding]:
    """Every check, most serious first: the findings that concern a campaign of ``focus`` (default:
    all of ``campaigns``, which must include those overlapping or following the focus)."""
    focus = campaigns if focus is None else focus
    ids = {c.id for c in focus}
    findings = [*below_cost(focus, entries, catalog, default_commission_bp=default_commission_bp),
                *overlapping_discounts(campaigns, entries, catalog, stack=stack),
                *gaps_after_big(campaigns, festivals), *principles_unchecked(focus, lang)]
    return sorted((f for f in findings if ids.intersection(f.campaign_ids)), key=lambda f: SEVERITIES.index(f.severity))


# --- reading what the checks need -------------------------------------------------------------


def check_campaigns(store: Store, *, start: date, end: date, **options) -> list[Finding]:
    """The findings about the campaigns overlapping ``start``..``end``; options as for ``run_checks``
    (default_commission_bp, lang, stack)."""
    return _findings(store, list_campaigns(store, start=start, end=end), options)


def check_campaign(store: Store, campaign_id: str, **options) -> list[Finding]:
    """The findings that concern one campaign; options as for ``run_checks``."""
    return _findings(store, [get_campaign(store, campaign_id)], options, only=campaign_id)


def _findings(store: Store, focus: list[Campaign], options: dict, only: str | None = None) -> list[Finding]:
    """Reads the campaigns that bear on ``focus`` (overlapping them or following them within
    GAP_DAYS days), their products (only those ``only``'s campaign has, if given) and festivals."""
    if not focus:
        return []
    first = min(c.start_date for c in focus)
    last = max(c.end_date for c in focus) + timedelta(days=GAP_DAYS)
    in_range = ("FROM campaigns c INDEXED BY campaigns_live_dates JOIN campaign_products p ON p.campaign_id = c.id "
                "WHERE c.deleted_at IS NULL AND c.end_date >= ? AND c.start_date <= ?")
    args: tuple = (first.isoformat(), last.isoformat())
    if only is not None:
        in_range += " AND p.product_id IN (SELECT product_id FROM campaign_products WHERE campaign_id = ?)"
        args += (only,)
    entries = [CampaignProduct(*row) for row in store.conn.execute(
        f"SELECT p.campaign_id, p.product_id, p.tactic, p.params, p.campaign_price_fen, p.position {in_range}", args)]
    catalog = {row[0]: ProductFacts(*row) for row in store.conn.execute(
        "SELECT id, title, price_fen, cost_fen, fee_bp, commission_bp FROM products "
        f"WHERE id IN (SELECT p.product_id {in_range})", args)}
    return run_checks(list_campaigns(store, start=first, end=last), entries, catalog,
                      fest.list_festivals(store, first, last), focus=focus, **options)
