"""Opening the shop file: what is created, what is refused untouched, how an old file is
upgraded, and that writes from two copies of the app never get lost."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from app.core import backup, migrations
from app.core.db import DatabaseRefused, inspect, open_database
from tests.core.dbfiles import BAD_FILES, make_db, pragma, query, run_sql, settings, sha, side

REPO = Path(__file__).resolve().parents[2]


def tables(path: Path) -> set[str]:
    return {name for name, in query(path, "SELECT name FROM sqlite_master WHERE type = 'table'")}


def columns(path: Path, table: str) -> list[str]:
    return [row[1] for row in query(path, f"PRAGMA table_info({table})")]


def items(path: Path) -> list[str]:
    return [name for name, in query(path, "SELECT name FROM items ORDER BY id")]


# --- opening rules ------------------------------------------------------------------------


def test_a_missing_file_is_created_and_brought_to_the_latest_version(tmp_path):
    path = tmp_path / "new shop" / "zhanggui.sqlite3"
    store = open_database(path)
    try:
        assert store.schema_version == migrations.LATEST
        assert store.conn.execute("PRAGMA application_id").fetchone()[0] == migrations.APPLICATION_ID
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        store.set_setting("shop_name", "小王的店")
        assert store.get_setting("shop_name") == "小王的店"
        assert store.get_setting("missing", "default") == "default"
    finally:
        store.close()
    assert inspect(path).user_version == migrations.LATEST
    assert not (path.parent / "backups").exists()  # nothing to protect yet, so no backup


@pytest.mark.parametrize("kind", list(BAD_FILES))
def test_a_file_that_must_not_be_opened_is_refused_and_left_as_it_was(tmp_path, kind):
    make, reason, restorable = BAD_FILES[kind]
    path = make(tmp_path / "shop.sqlite3")
    before = sha(path)
    wal_before = side(path, "-wal").read_bytes() if side(path, "-wal").exists() else b""

    with pytest.raises(DatabaseRefused) as caught:
        open_database(path)

    message = str(caught.value)
    assert str(path) in message
    assert re.search(reason, message), message
    assert caught.value.restorable is restorable
    assert sha(path) == before
    # A read-only look may leave an empty write-ahead log behind, never one holding changes.
    wal = side(path, "-wal")
    assert not wal.exists() or wal.read_bytes() == wal_before
    assert not (tmp_path / "backups").exists()


def test_a_folder_is_refused_with_its_own_reason(tmp_path):
    with pytest.raises(DatabaseRefused, match=r"is a folder, not a database file") as caught:
        open_database(tmp_path)
    assert str(tmp_path) in str(caught.value)


def test_a_newer_file_still_open_in_the_newer_app_is_not_touched(tmp_path):
    """The newer app has changes in its write-ahead log: neither file may change."""
    path = tmp_path / "shop.sqlite3"
    make_db(path)
    newer = sqlite3.connect(path, isolation_level=None)
    try:
        newer.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
        newer.execute("INSERT INTO settings (key, value) VALUES ('from', 'newer app')")
        main, wal = sha(path), sha(side(path, "-wal"))
        assert side(path, "-wal").stat().st_size > 0
        with pytest.raises(DatabaseRefused, match="newer version"):
            open_database(path)
        assert (sha(path), sha(side(path, "-wal"))) == (main, wal)
    finally:
        newer.close()


def test_a_blank_sqlite_file_without_tables_is_adopted(tmp_path):
    path = tmp_path / "blank.sqlite3"
    run_sql(path, "CREATE TABLE t (x)", "DROP TABLE t")
    assert path.read_bytes().startswith(b"SQLite format 3")
    open_database(path).close()
    assert pragma(path, "user_version") == migrations.LATEST
    # Every table of the current schema (the same as a brand-new file has), and nothing else.
    assert "settings" in tables(path) and tables(path) == tables(make_db(tmp_path / "new.sqlite3"))


def test_paths_with_chinese_spaces_and_url_characters_work(tmp_path):
    path = tmp_path / "店铺 数据 #1 %20?" / "掌柜.sqlite3"
    make_db(path, shop="小店")
    assert inspect(path).user_version == migrations.LATEST
    copy = backup.make_backup(path)
    assert settings(copy) == {"shop": "小店"}


# --- upgrading an older file --------------------------------------------------------------


def _items(conn):
    conn.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")


def _price(conn):
    conn.execute("ALTER TABLE items ADD COLUMN price_fen INTEGER NOT NULL DEFAULT 0")


def _broken(conn):
    conn.execute("CREATE TABLE extra (x)")
    conn.execute("ALTER TABLE items ADD COLUMN note TEXT")
    conn.execute("INSERT INTO items (name) VALUES ('written by the broken step')")
    raise RuntimeError("step failed")


@pytest.fixture
def old_db(tmp_path):
    """A version-1 file (of a two-step history) holding two items."""
    path = tmp_path / "shop.sqlite3"
    store = open_database(path, steps=[_items])
    with store.write() as conn:
        conn.executemany("INSERT INTO items (name) VALUES (?)", [("茶杯",), ("茶壶",)])
    store.close()
    return path


def test_an_older_file_is_backed_up_then_upgraded(old_db):
    store = open_database(old_db, steps=[_items, _price])
    try:
        assert store.schema_version == 2
    finally:
        store.close()
    assert columns(old_db, "items") == ["id", "name", "price_fen"]
    assert items(old_db) == ["茶杯", "茶壶"]
    [made] = backup.list_backups(old_db)
    assert made.reason == "migration"
    assert pragma(made.path, "user_version") == 1
    assert columns(made.path, "items") == ["id", "name"]
    assert items(made.path) == ["茶杯", "茶壶"]


def test_a_file_at_the_current_version_is_opened_without_a_backup(old_db):
    open_database(old_db, steps=[_items]).close()
    assert backup.list_backups(old_db) == []


def test_a_failing_upgrade_step_leaves_the_file_at_its_old_version(old_db):
    """Steps 2 and 3 are one transaction: step 3 failing undoes step 2 as well."""
    with pytest.raises(RuntimeError, match="step failed"):
        open_database(old_db, steps=[_items, _price, _broken])
    assert pragma(old_db, "user_version") == 1
    assert pragma(old_db, "application_id") == migrations.APPLICATION_ID
    assert "extra" not in tables(old_db)
    assert columns(old_db, "items") == ["id", "name"]
    assert items(old_db) == ["茶杯", "茶壶"]
    assert [b.reason for b in backup.list_backups(old_db)] == ["migration"]
    # Still a good version-1 file that opens normally and can be upgraded later.
    open_database(old_db, steps=[_items]).close()
    open_database(old_db, steps=[_items, _price]).close()
    assert columns(old_db, "items") == ["id", "name", "price_fen"]


# --- Store.write ---------------------------------------------------------------------------


def keys(path: Path) -> set[str]:
    return set(settings(path))


def _insert(conn, key):
    conn.execute("INSERT INTO settings (key, value) VALUES (?, 'x')", (key,))


def test_an_exception_inside_write_lands_nothing(store):
    with pytest.raises(ZeroDivisionError):
        with store.write() as conn:
            _insert(conn, "a")
            _insert(conn, "b")
            1 / 0
    assert not store.conn.in_transaction
    assert keys(store.path) == set()
    store.set_setting("after", "1")  # the store is usable again
    assert keys(store.path) == {"after"}


def test_a_failing_nested_write_undoes_only_itself(store):
    with store.write() as conn:
        _insert(conn, "outer-before")
        with pytest.raises(ValueError):
            with store.write() as inner:
                _insert(inner, "inner")
                raise ValueError
        _insert(conn, "outer-after")
    assert keys(store.path) == {"outer-before", "outer-after"}


def test_a_nested_write_lands_only_when_the_outer_one_commits(store):
    with store.write() as conn:
        with store.write() as inner:
            with store.write() as innermost:
                _insert(innermost, "deep")
            _insert(inner, "inner")
        assert keys(store.path) == set()  # not visible to others yet
        _insert(conn, "outer")
    assert keys(store.path) == {"deep", "inner", "outer"}

    with pytest.raises(KeyError):
        with store.write():
            with store.write() as inner:
                _insert(inner, "released-then-undone")
            raise KeyError
    assert keys(store.path) == {"deep", "inner", "outer"}


def test_a_second_copy_waits_for_the_write_lock_instead_of_failing(store, db_path):
    other = open_database(db_path)
    done = threading.Event()

    def second_copy():
        other.set_setting("second", "1")
        done.set()

    try:
        with store.write() as conn:
            _insert(conn, "first")
            worker = threading.Thread(target=second_copy)
            worker.start()
            assert not done.wait(0.5)  # blocked on the lock, not failed
        worker.join(10)
        assert done.is_set()
    finally:
        other.close()
    assert keys(db_path) == {"first", "second"}


# --- two copies writing at once ------------------------------------------------------------


def _writes(store, tag: str, count: int) -> None:
    """``count`` transactions, each adding a row and counting it (a read-modify-write)."""
    for i in range(count):
        with store.write() as conn:  # reads first: only a lock taken up front keeps it valid
            n = int(conn.execute("SELECT value FROM settings WHERE key = 'count'").fetchone()[0])
            conn.execute("UPDATE settings SET value = ? WHERE key = 'count'", (str(n + 1),))
            _insert(conn, f"{tag}-{i}")


def assert_all_writes_landed(path: Path, tags, count: int) -> None:
    found = settings(path)
    assert found.pop("count") == str(count * len(tags))
    assert set(found) == {f"{t}-{i}" for t in tags for i in range(count)}


def test_two_stores_in_two_threads_lose_no_writes(db_path):
    make_db(db_path, count="0")
    stores = [open_database(db_path), open_database(db_path)]
    start = threading.Barrier(2)
    errors = []

    def run(store, tag):
        start.wait()
        try:
            _writes(store, tag, 200)
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(s, t)) for s, t in zip(stores, "ab")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    for s in stores:
        s.close()
    assert errors == []
    assert_all_writes_landed(db_path, "ab", 200)


WRITER = """
import sys, time
from pathlib import Path
sys.path.insert(0, {repo!r})
from app.core.db import open_database
from tests.core.test_db import _writes
store = open_database(Path(sys.argv[1]))
go = Path(sys.argv[3])
while not go.exists():
    time.sleep(0.01)
_writes(store, sys.argv[2], 200)
store.close()
"""


def test_two_processes_lose_no_writes(db_path, tmp_path):
    make_db(db_path, count="0")
    go = tmp_path / "go"
    script = WRITER.format(repo=str(REPO))
    procs = [
        subprocess.Popen([sys.executable, "-c", script, str(db_path), tag, str(go)], cwd=REPO,
                         stderr=subprocess.PIPE, text=True)
        for tag in ("p1", "p2")
    ]
    time.sleep(1.0)  # both have opened the file and are waiting
    go.touch()
    for p in procs:
        _, err = p.communicate(timeout=90)
        assert p.returncode == 0, err
    assert_all_writes_landed(db_path, ["p1", "p2"], 200)
