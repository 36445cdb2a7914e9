"""Getting a shop ready for a campaign: the storefront items to check before it starts.

Campaigns are not tied to one shop, so every shop is reminded of its own stale checklist items
when any campaign starts within CAMPAIGN_LEAD_DAYS.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from app.core import campaigns
from app.core.db import Store
from app.core.storefront_reviews import CAMPAIGN_LEAD_DAYS, ItemState, stale_before_campaign

FINISHED = ("ended", "reviewed")


@dataclass(frozen=True)
class CampaignTodo:
    campaign: campaigns.Campaign
    days_left: int
    stale: list[ItemState]


def next_campaign_todo(store: Store, shop_id: str, *, today: date | None = None) -> CampaignTodo | None:
    """The first campaign starting in 0-CAMPAIGN_LEAD_DAYS days and the shop's stale items to
    check before it; None when no campaign is near or nothing is stale."""
    today = today or date.today()
    near = [c for c in campaigns.list_campaigns(store, start=today, end=today + timedelta(days=CAMPAIGN_LEAD_DAYS))
            if today <= c.start_date and c.status not in FINISHED]
    if not near:
        return None
    first = min(near, key=lambda c: (c.start_date, c.name))
    stale = stale_before_campaign(store, shop_id, campaign_start=first.start_date, today=today)
    return CampaignTodo(first, (first.start_date - today).days, stale) if stale else None
