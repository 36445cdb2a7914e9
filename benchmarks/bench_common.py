"""What the benchmark scripts share: the ``--runs`` / ``--db`` options, a database built in a
temporary folder (or in ``--db``), and timing an action (median and slowest run, in ms)."""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.core.db import open_database


def parse_args(doc: str) -> argparse.Namespace:
    """``--runs`` (default 20) and ``--db``; the description is the first line of ``doc``."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--db", type=Path, help="build in this new file instead of a temporary one")
    return parser.parse_args()


@contextmanager
def bench_store(db: Path | None) -> Iterator[tuple[object, Path, Path]]:
    """(the open store, its file, the temporary folder): the file is ``db`` or bench.sqlite3 in
    the temporary folder, which is removed afterwards; the store is closed after a normal exit."""
    with tempfile.TemporaryDirectory() as tmp:
        path = db or Path(tmp) / "bench.sqlite3"
        store = open_database(path)
        yield store, path, Path(tmp)
        store.close()


def timed(label: str, action, runs: int) -> float:
    action()  # warm up: caches, first page reads
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    median = statistics.median(times)
    print(f"{label:<58} {median:8.2f} ms  (slowest {max(times):.2f})")
    return median
