"""Before a campaign, each shop is told which storefront items to check."""

from datetime import date, timedelta

import pytest

from app.core import campaigns, storefront, storefront_reviews
from app.core.campaign_prep import next_campaign_todo
from app.core.db import open_database

TODAY = date(2026, 11, 2)


@pytest.fixture
def store(db_path):
    s = open_database(db_path)
    storefront.ensure_builtin_items(s)
    yield s
    s.close()


def shop_with_one_fresh_item(store):
    shop = storefront.add_shop(store, name="小林家居旗舰店", platform="tmall")
    first = storefront_reviews.checklist(store, shop.id, today=TODAY)[0]
    storefront_reviews.set_state(store, shop.id, first.item.id, staff="小王", status="done")
    return shop, first.item.id


def campaign(store, start, **kw):
    return campaigns.add_campaign(store, name=kw.pop("name", "双11预热"), start_date=start,
                                  end_date=start + timedelta(days=3), with_tasks=False, **kw)


def test_a_campaign_within_seven_days_lists_the_stale_items(store, monkeypatch):
    shop, fresh_id = shop_with_one_fresh_item(store)
    campaign(store, TODAY + timedelta(days=9), name="太远")
    campaign(store, TODAY + timedelta(days=3))
    todo = next_campaign_todo(store, shop.id, today=TODAY)
    assert todo.campaign.name == "双11预热" and todo.days_left == 3
    ids = {s.item.id for s in todo.stale}
    total = len(storefront_reviews.checklist(store, shop.id, today=TODAY))
    assert fresh_id not in ids and len(ids) == total - 1


def test_no_reminder_without_a_near_campaign_or_when_it_has_ended(store):
    shop, _ = shop_with_one_fresh_item(store)
    assert next_campaign_todo(store, shop.id, today=TODAY) is None
    campaign(store, TODAY + timedelta(days=8))
    assert next_campaign_todo(store, shop.id, today=TODAY) is None
    running = campaign(store, TODAY - timedelta(days=1), name="已开始")
    assert next_campaign_todo(store, shop.id, today=TODAY) is None  # it started already
    campaigns.update_campaign(store, running.id, start_date=TODAY, status="ended")
    assert next_campaign_todo(store, shop.id, today=TODAY) is None
