"""Schema step v3_catalog: see app/core/migrations.py. Frozen once released.

The product catalogue (商品) that the affiliates and promotions tabs share. Money in fen,
rates in basis points; flags are 0/1. Ranges are checked in Python (app/core/products.py),
not by CHECK constraints, so a later version can widen one without rebuilding the table.
"""

import sqlite3


def apply(conn: sqlite3.Connection) -> None:
    conn.execute(
        """CREATE TABLE products (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            platform_item_id TEXT NOT NULL DEFAULT '',  -- the platform's 商品ID; '' when unknown
            price_fen INTEGER NOT NULL,
            cost_fen INTEGER NOT NULL,
            fee_bp INTEGER NOT NULL DEFAULT 0,  -- platform fee on the price the buyer pays
            bestseller INTEGER NOT NULL DEFAULT 0,  -- 爆款
            listed INTEGER NOT NULL DEFAULT 1,  -- 0: taken down (下架)
            commission_bp INTEGER,  -- affiliate rate; NULL: the shop's default
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT
        )"""
    )
    # One live product per platform item id; deleted ones and products without an id don't count.
    conn.execute(
        "CREATE UNIQUE INDEX products_item_id ON products (platform_item_id) "
        "WHERE platform_item_id != '' AND deleted_at IS NULL"
    )
    conn.execute("CREATE INDEX products_live_title ON products (title) WHERE deleted_at IS NULL")
