"""Numbered schema steps. The database's ``PRAGMA user_version`` is the number of steps applied.

Rules for adding a step: append a function, never edit or reorder a released one. A step gets
the raw ``sqlite3`` connection inside the migration's transaction and runs plain DDL through
``conn.execute`` (not ``executescript`` and not sqlite-utils' helpers, both of which may
commit and so break the all-or-nothing upgrade).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence

Migration = Callable[[sqlite3.Connection], None]

# Marks the file as ours, so another program's SQLite file is refused instead of "upgraded".
APPLICATION_ID = 0x5A484755  # "ZHGU"


def _v1_settings(conn: sqlite3.Connection) -> None:
    # Shop-wide values (default commission, staff names, ...) that belong with the data,
    # not with one PC's QSettings.
    conn.execute(
        """CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL,
            updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'))
        )"""
    )


def _v2_storefront(conn: sqlite3.Connection) -> None:
    # The storefront tab (店铺模块): shops, their checklist reviews and homepage layouts.
    # Codes (platform, status, kind, width) are checked in Python, not by CHECK constraints,
    # so a later version can add one without rebuilding a table. Built-in checklist items are
    # not inserted here: storefront.ensure_builtin_items() adds them from resources/ (by key),
    # so a later version adds new ones without a migration and old steps never read files.
    timestamps = "created_at TEXT NOT NULL, updated_at TEXT NOT NULL"
    conn.execute(
        f"""CREATE TABLE shops (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            platform TEXT NOT NULL,
            url TEXT NOT NULL DEFAULT '',
            {timestamps},
            deleted_at TEXT
        )"""
    )
    conn.execute(
        f"""CREATE TABLE checklist_items (
            id TEXT PRIMARY KEY,
            key TEXT UNIQUE,  -- built-in items only; their text comes from resources/
            shop_id TEXT REFERENCES shops(id) ON DELETE CASCADE,  -- NULL: every shop
            group_key TEXT NOT NULL,
            required INTEGER NOT NULL DEFAULT 0,
            title TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL,
            hidden INTEGER NOT NULL DEFAULT 0,
            {timestamps},
            deleted_at TEXT
        )"""
    )
    conn.execute("CREATE INDEX checklist_items_shop ON checklist_items (shop_id)")
    conn.execute(
        f"""CREATE TABLE reviews (
            id TEXT PRIMARY KEY,
            shop_id TEXT NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            started_by TEXT NOT NULL DEFAULT '',
            closed_at TEXT,
            {timestamps},
            UNIQUE (shop_id, number)
        )"""
    )
    # At most one open ("current") review per shop.
    conn.execute("CREATE UNIQUE INDEX reviews_current ON reviews (shop_id) WHERE closed_at IS NULL")
    conn.execute(
        """CREATE TABLE review_states (
            review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
            item_id TEXT NOT NULL REFERENCES checklist_items(id) ON DELETE CASCADE,
            status TEXT NOT NULL DEFAULT 'todo',
            screen INTEGER,
            notes TEXT NOT NULL DEFAULT '',
            checked_at TEXT,
            checked_by TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            PRIMARY KEY (review_id, item_id)
        ) WITHOUT ROWID"""
    )
    conn.execute("CREATE INDEX review_states_item ON review_states (item_id)")
    # Screenshots live apart, so listing states never reads the images.
    conn.execute(
        """CREATE TABLE review_screenshots (
            review_id TEXT NOT NULL,
            item_id TEXT NOT NULL,
            png BLOB NOT NULL,
            added_at TEXT NOT NULL,
            PRIMARY KEY (review_id, item_id),
            FOREIGN KEY (review_id, item_id) REFERENCES review_states (review_id, item_id)
                ON DELETE CASCADE
        )"""
    )
    conn.execute(
        f"""CREATE TABLE layout_modules (
            id TEXT PRIMARY KEY,
            shop_id TEXT NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL,
            screen INTEGER NOT NULL,
            width INTEGER,
            title TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            {timestamps}
        )"""
    )
    conn.execute("CREATE INDEX layout_modules_shop ON layout_modules (shop_id, position)")


def _v3_catalog(conn: sqlite3.Connection) -> None:
    # Larger steps live in their own module (schema_vN_*.py), frozen once released like this file.
    from app.core import schema_v3_catalog

    schema_v3_catalog.apply(conn)


def _v4_campaigns(conn: sqlite3.Connection) -> None:
    from app.core import schema_v4_campaigns

    schema_v4_campaigns.apply(conn)


def _v5_sales(conn: sqlite3.Connection) -> None:
    from app.core import schema_v5_sales

    schema_v5_sales.apply(conn)


def _v6_affiliates(conn: sqlite3.Connection) -> None:
    from app.core import schema_v6_affiliates

    schema_v6_affiliates.apply(conn)


def _v7_buyers(conn: sqlite3.Connection) -> None:
    # A period's buyers counted from a per-day roll-up, not from the orders.
    from app.core import schema_v7_buyers

    schema_v7_buyers.apply(conn)


MIGRATIONS: tuple[Migration, ...] = (
    _v1_settings, _v2_storefront, _v3_catalog, _v4_campaigns, _v5_sales, _v6_affiliates,
    _v7_buyers)
LATEST = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection, steps: Sequence[Migration] = MIGRATIONS) -> tuple[int, int]:
    """Apply the missing steps in one IMMEDIATE transaction; return (from, to) versions.

    The version is read again inside the write lock, so two copies of the app opening an
    old file at once upgrade it once.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        current = schema_version(conn)
        for step in steps[current:]:
            step(conn)
        if current < len(steps):
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {len(steps)}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:  # SQLite may already have rolled back (disk full, I/O error)
            conn.execute("ROLLBACK")
        raise
    return current, max(current, len(steps))
