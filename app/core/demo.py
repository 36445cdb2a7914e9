"""Demo data, so a new user (or a screenshot) sees every tab filled in: Help → load demo data.

Each tab's core module provides ``load_demo(store, *, today)``; this adds them all in one
transaction, and only into a database that holds no shop data yet.
"""

from __future__ import annotations

from datetime import date

from app.core import (
    affiliate_stats,
    affiliates,
    bonus_plans,
    campaigns,
    commissions,
    follow_ups,
    private_fees,
    promo_checks,
    sales_demo,
    storefront_reviews,
)
from app.core.db import Store
from app.core.errors import QT_TRANSLATE_NOOP, UserError

# Tables that must be empty: demo rows mixed into real data could not be told apart.
USER_TABLES = ("shops", "products", "campaigns", "ad_tests", "affiliates", "orders", "affiliate_orders")


class DemoError(UserError):
    """The demo data was not added; nothing was changed."""


def is_empty(store: Store) -> bool:
    return not any(store.conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() for table in USER_TABLES)


def load_demo(store: Store, *, today: date | None = None) -> None:
    """Fill an empty database with demo data dated relative to ``today``."""
    today = today or date.today()
    with store.write():
        if not is_empty(store):
            raise DemoError(QT_TRANSLATE_NOOP(
                "core", "The demo data can only be added to an empty database; this one already holds shop data."))
        storefront_reviews.load_demo(store, today=today)
        campaigns.load_demo(store, today=today)
        # The affiliates' parts build on each other: the register, then the products and rates
        # (which the affiliate orders' item ids match), orders (which the bonus plans count),
        # then follow-ups and promotion checks for whoever is on file.
        affiliates.load_demo(store, today=today)
        commissions.load_demo(store, today=today)
        affiliate_stats.load_demo(store, today=today)
        bonus_plans.load_demo(store, today=today)
        private_fees.load_demo(store, today=today)
        follow_ups.load_demo(store, today=today)
        promo_checks.load_demo(store, today=today)
        sales_demo.load_demo(store, today=today)
