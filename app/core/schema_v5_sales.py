"""Schema step v5_sales: see app/core/migrations.py. Frozen once released.

The sales tab (销售图表): orders imported from platform exports, daily traffic typed or
imported, and roll-ups kept at import time so that figures for any date range read only the
roll-ups (a few rows a day), never all orders.

Definitions (the roll-ups are recomputed from ``orders`` for every day an import touches):

- An order's ``day`` is the date of its payment time (paid_at), or of its creation time when
  it was never paid. Every figure is dated by ``day``.
- A *paid* order has a payment time and a status of paid, shipped or completed (not
  awaiting_payment, not closed).
- revenue_fen = sum of 买家实际支付金额 (paid_fen) of paid orders; orders = their count;
  quantity = their items; buyers = distinct buyers among them that day (a range's distinct
  buyers are not the sum of days': sales_store.distinct_buyers reads the orders' paid_at index).
- closed = orders with status closed (交易关闭), closed_fen = what those had paid (refunds);
  unpaid = orders still awaiting payment (等待买家付款), dated by creation.
- sales_daily_product: the same revenue/orders/quantity per day and item title.
- sales_hourly: paid orders and revenue per day and hour of payment (0-23); the weekday comes
  from the day, so a 7 × 24 heatmap over any range sums at most 24 rows a day.

Codes (platform, status) are checked in Python, not by CHECK constraints.
"""

import sqlite3


def apply(conn: sqlite3.Connection) -> None:
    conn.execute(
        """CREATE TABLE orders (
            platform TEXT NOT NULL,          -- 'taobao' (Taobao/Tmall), ...
            order_id TEXT NOT NULL,          -- the platform's 订单编号, the natural key
            buyer TEXT NOT NULL,
            created_at TEXT,                 -- 'YYYY-MM-DDTHH:MM:SS', local time as exported
            paid_at TEXT,                    -- NULL when unpaid
            paid_fen INTEGER NOT NULL,       -- 买家实际支付金额
            status TEXT NOT NULL,            -- awaiting_payment, paid, shipped, completed, closed
            status_text TEXT NOT NULL,       -- as exported: 买家已付款，等待卖家发货
            title TEXT NOT NULL DEFAULT '',
            quantity INTEGER NOT NULL DEFAULT 1,
            day TEXT NOT NULL,               -- date(coalesce(paid_at, created_at)): the roll-up day
            imported_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (platform, order_id)
        ) WITHOUT ROWID"""
    )
    # Range scans by payment time, covering what distinct/returning buyer counts need.
    conn.execute(
        "CREATE INDEX orders_paid_at ON orders (paid_at, buyer, status) WHERE paid_at IS NOT NULL"
    )
    # "Did this buyer pay before?" for returning buyers.
    conn.execute("CREATE INDEX orders_buyer ON orders (buyer, paid_at)")
    # Recomputing the roll-ups of the days an import touched.
    conn.execute("CREATE INDEX orders_day ON orders (day)")
    conn.execute(
        """CREATE TABLE sales_daily (
            day TEXT PRIMARY KEY,
            revenue_fen INTEGER NOT NULL DEFAULT 0,
            orders INTEGER NOT NULL DEFAULT 0,
            quantity INTEGER NOT NULL DEFAULT 0,
            buyers INTEGER NOT NULL DEFAULT 0,
            closed INTEGER NOT NULL DEFAULT 0,
            closed_fen INTEGER NOT NULL DEFAULT 0,
            unpaid INTEGER NOT NULL DEFAULT 0
        ) WITHOUT ROWID"""
    )
    conn.execute(
        """CREATE TABLE sales_daily_product (
            day TEXT NOT NULL,
            title TEXT NOT NULL,
            revenue_fen INTEGER NOT NULL,
            orders INTEGER NOT NULL,
            quantity INTEGER NOT NULL,
            PRIMARY KEY (day, title)
        ) WITHOUT ROWID"""
    )
    conn.execute(
        """CREATE TABLE sales_hourly (
            day TEXT NOT NULL,
            hour INTEGER NOT NULL,           -- 0-23, of the payment time
            orders INTEGER NOT NULL,
            revenue_fen INTEGER NOT NULL,
            PRIMARY KEY (day, hour)
        ) WITHOUT ROWID"""
    )
    conn.execute(
        """CREATE TABLE traffic_daily (
            day TEXT PRIMARY KEY,
            visitors INTEGER NOT NULL,       -- 访客数 (UV)
            page_views INTEGER NOT NULL,     -- 浏览量 (PV)
            updated_at TEXT NOT NULL
        ) WITHOUT ROWID"""
    )
    conn.execute(
        """CREATE TABLE imports (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,              -- 'orders', 'traffic'
            file TEXT NOT NULL,
            encoding TEXT NOT NULL,
            platform TEXT NOT NULL DEFAULT '',
            rows INTEGER NOT NULL,
            added INTEGER NOT NULL,
            updated INTEGER NOT NULL,
            unchanged INTEGER NOT NULL,
            skipped INTEGER NOT NULL,        -- unreadable rows left out at the user's choice
            imported_at TEXT NOT NULL
        )"""
    )
    conn.execute(
        """CREATE TABLE column_mappings (
            signature TEXT NOT NULL,         -- columns.signature(header)
            kind TEXT NOT NULL,              -- 'orders', 'traffic'
            header TEXT NOT NULL,            -- JSON list, as last seen
            mapping TEXT NOT NULL,           -- JSON {field: header cell}
            updated_at TEXT NOT NULL,
            PRIMARY KEY (signature, kind)
        ) WITHOUT ROWID"""
    )
