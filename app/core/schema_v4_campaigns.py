"""Schema step v4_campaigns: see app/core/migrations.py. Frozen once released.

The promotions tab (活动策划): campaign plans with their products and tasks, the user's edits
to the built-in festival calendar, and 钻展 ad tests. Codes (goal, channel, status, tactic,
kind) and ranges are checked in Python (campaigns.py, festivals.py, ad_tests.py), not by CHECK
constraints, so a later version can add one without rebuilding a table. Dates are
``YYYY-MM-DD`` text, so they sort and compare as dates.

The review (复盘) of a campaign against its orders comes with the sales tables: it will join
``campaigns`` (dates, channel) and ``campaign_products`` by id, so nothing here anticipates it.
"""

import sqlite3


def apply(conn: sqlite3.Connection) -> None:
    timestamps = "created_at TEXT NOT NULL, updated_at TEXT NOT NULL"
    conn.execute(
        f"""CREATE TABLE campaigns (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            goal TEXT NOT NULL,
            channel TEXT NOT NULL,  -- a campaigns.CHANNELS code, or the user's own channel as typed
            start_date TEXT NOT NULL,
            end_date TEXT NOT NULL,
            daily_windows TEXT NOT NULL DEFAULT '[]',  -- JSON [["09:00", "09:30"], ...]; [] all day
            budget_fen INTEGER NOT NULL DEFAULT 0,
            target_visitors INTEGER NOT NULL DEFAULT 0,
            target_orders INTEGER NOT NULL DEFAULT 0,
            target_revenue_fen INTEGER NOT NULL DEFAULT 0,
            signup_deadline TEXT,  -- 报名截止; NULL: none
            status TEXT NOT NULL,
            notes TEXT NOT NULL DEFAULT '',
            principles TEXT NOT NULL DEFAULT '{{}}',  -- JSON {{"low_threshold": [true, "note"], ...}}
            {timestamps},
            deleted_at TEXT
        )"""
    )
    # The calendar and timeline ask "which campaigns overlap [a, b]": end_date >= a AND
    # start_date <= b. Old campaigns end before a, so the scan starts at a and reads only
    # the campaigns still running or to come, with start_date in the index.
    conn.execute("CREATE INDEX campaigns_live_dates ON campaigns (end_date, start_date) WHERE deleted_at IS NULL")
    conn.execute("CREATE INDEX campaigns_live_deadline ON campaigns (signup_deadline) WHERE deleted_at IS NULL")
    conn.execute(
        """CREATE TABLE campaign_products (
            campaign_id TEXT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
            product_id TEXT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
            tactic TEXT NOT NULL,
            params TEXT NOT NULL DEFAULT '{}',  -- JSON object: the tactic's parameters
            campaign_price_fen INTEGER,  -- NULL: the tactic has no single price
            position INTEGER NOT NULL,
            PRIMARY KEY (campaign_id, product_id)
        ) WITHOUT ROWID"""
    )
    conn.execute("CREATE INDEX campaign_products_product ON campaign_products (product_id)")
    conn.execute(
        f"""CREATE TABLE campaign_tasks (
            id TEXT PRIMARY KEY,
            campaign_id TEXT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
            title TEXT NOT NULL,
            owner TEXT NOT NULL DEFAULT '',
            start_date TEXT NOT NULL,
            due_date TEXT NOT NULL,
            done INTEGER NOT NULL DEFAULT 0,
            position INTEGER NOT NULL,
            {timestamps},
            deleted_at TEXT
        )"""
    )
    conn.execute("CREATE INDEX campaign_tasks_campaign ON campaign_tasks (campaign_id, position)")
    conn.execute("CREATE INDEX campaign_tasks_open_due ON campaign_tasks (due_date) "
                 "WHERE done = 0 AND deleted_at IS NULL")
    # Built-in festivals live in resources/festivals/festivals.json. A row here with a built-in
    # key holds only what the user changed (NULL: as shipped); a row with a key of its own is
    # a festival the user added, with every column filled.
    conn.execute(
        f"""CREATE TABLE festivals (
            key TEXT PRIMARY KEY,
            name_zh TEXT,
            name_en TEXT,
            kind TEXT,
            start_date TEXT,
            end_date TEXT,
            peak_date TEXT,
            big INTEGER,
            hidden INTEGER NOT NULL DEFAULT 0,
            {timestamps}
        )"""
    )
    conn.execute(
        f"""CREATE TABLE ad_tests (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            parent_test_id TEXT REFERENCES ad_tests(id),  -- the test this one follows up
            summary TEXT NOT NULL DEFAULT '',
            next_step TEXT NOT NULL DEFAULT '',
            {timestamps},
            deleted_at TEXT
        )"""
    )
    conn.execute("CREATE INDEX ad_tests_parent ON ad_tests (parent_test_id)")
    conn.execute(
        f"""CREATE TABLE ad_variants (
            id TEXT PRIMARY KEY,
            test_id TEXT NOT NULL REFERENCES ad_tests(id) ON DELETE CASCADE,
            label TEXT NOT NULL,
            position INTEGER NOT NULL,
            variables TEXT NOT NULL DEFAULT '{{}}',  -- JSON {{"targeting": "...", "bid": "...", ...}}
            impressions INTEGER NOT NULL DEFAULT 0,
            clicks INTEGER NOT NULL DEFAULT 0,
            cost_fen INTEGER NOT NULL DEFAULT 0,
            favourites INTEGER NOT NULL DEFAULT 0,
            add_to_cart INTEGER NOT NULL DEFAULT 0,
            orders INTEGER NOT NULL DEFAULT 0,
            revenue_fen INTEGER NOT NULL DEFAULT 0,
            {timestamps},
            deleted_at TEXT
        )"""
    )
    conn.execute("CREATE INDEX ad_variants_test ON ad_variants (test_id, position)")
