"""The campaign review (复盘): once orders are imported, a campaign's revenue, orders, buyers, AOV
and conversion inside its window against the same number of days just before it
(``previous_period``), and its targets against what it actually reached.

Figures come from the per-day roll-ups (sales_daily, traffic_daily) and the distinct buyers of
each whole window (they do not add up by day). Money is integer fen, shares basis points.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.core import campaigns as cp
from app.core import sales_report
from app.core.products import ratio_bp
from app.core.sales_figures import Change, Figures, compare
from app.core.sales_periods import previous_period

TARGETS = ("visitors", "orders", "revenue")  # name_code, in the order they are shown


@dataclass(frozen=True)
class TargetCheck:
    """One target the campaign set (> 0). ``actual`` is None when it cannot be known (visitors
    without traffic for every day of the window); then ``reached`` is False and ``share_bp``
    (actual / target) None."""

    name_code: str
    target: int
    actual: int | None
    reached: bool
    share_bp: int | None


@dataclass(frozen=True)
class CampaignReview:
    campaign: cp.Campaign
    current: Figures
    previous: Figures
    changes: dict[str, Change]
    targets: list[TargetCheck]

    @property
    def has_orders(self) -> bool:
        """Whether either window has any order (paid, closed or awaiting payment)."""
        return bool(self.current.all_orders or self.previous.all_orders)


def window_figures(store, start: date, end: date) -> Figures:
    """The Figures of start..end (both included), as the sales tab shows them."""
    return sales_report.period(store, start, end)[1]


def _check(code: str, target: int, actual: int | None) -> TargetCheck:
    if actual is None:
        return TargetCheck(code, target, None, False, None)
    return TargetCheck(code, target, actual, actual >= target, ratio_bp(actual, target))


def review_campaign(store, campaign_id: str) -> CampaignReview:
    """The review of a campaign; raises CampaignError for an unknown campaign."""
    campaign = cp.get_campaign(store, campaign_id)
    current = window_figures(store, campaign.start_date, campaign.end_date)
    previous = window_figures(store, *previous_period(campaign.start_date, campaign.end_date))
    actuals = {"visitors": (campaign.target_visitors, current.visitors),
               "orders": (campaign.target_orders, current.orders),
               "revenue": (campaign.target_revenue_fen, current.revenue_fen)}
    targets = [_check(code, actuals[code][0], actuals[code][1]) for code in TARGETS if actuals[code][0] > 0]
    return CampaignReview(campaign, current, previous, compare(current, previous), targets)
