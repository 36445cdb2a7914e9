"""Schema step v7_buyers: see app/core/migrations.py. Frozen once released.

Buyers kept by day, so that a period's distinct and returning buyers are counted from a
roll-up instead of the orders (sales_buyers.py reads and writes them):

- sales_buyers: a number for every buyer (买家会员名) who ever paid, in the order first seen.
- sales_buyer_days: per day, the numbers of the buyers of its paid orders, one per paid order
  (a buyer who paid twice that day is there twice), as eight lowercase hex digits each, in no
  particular order; a day without paid orders has no row. Paid and dated as in v5_sales.

The orders' paid_at and buyer indexes served only the buyer counts, which now read these
tables; dropping them makes every import of orders cheaper.
"""

import sqlite3

PAID = "o.status IN ('paid', 'shipped', 'completed') AND o.paid_at IS NOT NULL"


def apply(conn: sqlite3.Connection) -> None:
    # First: with the paid_at index there, the planner walks it and looks each order up (slow).
    conn.execute("DROP INDEX orders_paid_at")
    conn.execute("DROP INDEX orders_buyer")
    conn.execute("CREATE TABLE sales_buyers (id INTEGER PRIMARY KEY, buyer TEXT NOT NULL UNIQUE)")
    conn.execute("CREATE TABLE sales_buyer_days (day TEXT PRIMARY KEY, ids TEXT NOT NULL)")
    conn.execute(f"INSERT INTO sales_buyers (buyer) SELECT DISTINCT buyer FROM orders AS o WHERE {PAID} ORDER BY buyer")
    conn.execute(
        f"""INSERT INTO sales_buyer_days (day, ids)
            SELECT o.day || '', group_concat(printf('%08x', b.id), '')
            FROM orders AS o JOIN sales_buyers AS b ON b.buyer = o.buyer WHERE {PAID} GROUP BY 1""")
