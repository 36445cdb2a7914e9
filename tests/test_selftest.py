"""`main.py --self-test` from source; the frozen app runs the same code in test_packaging.py."""

import os
import re
import subprocess
import sys
from pathlib import Path

from app import selftest

ROOT = Path(__file__).resolve().parents[1]
SUMMARY = re.compile(
    r"self-test ok: database v\d+, window 4 tabs, chart \d+ KB, \d+ orders read, backup \d+ KB \(\d+\.\d s\)\n"
)


def run_python(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=100)


def test_self_test_passes_without_touching_the_data_folder(data_home):
    result = run_python("main.py", "--self-test")
    assert result.returncode == 0, result.stderr
    assert SUMMARY.fullmatch(result.stdout), result.stdout
    assert "20 orders read" in result.stdout
    assert not any(data_home.iterdir())  # everything happened in a temporary folder


def test_a_failing_step_is_named_and_exits_1(tmp_path):
    damaged = tmp_path / "orders.csv"
    damaged.write_bytes("订单编号,金额\n".encode("gbk") + b"\x81\xff,1\n")  # 0xFF is in no encoding
    result = run_python("-c", (
        "import sys; from pathlib import Path; from app import selftest; "
        f"selftest.sample_file = lambda: Path({str(damaged)!r}); sys.exit(selftest.run())"
    ))
    assert result.returncode == 1
    assert "self-test ok" not in result.stdout
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("self-test FAILED at orders: ")
    assert str(damaged) in last


def test_an_unexpected_error_is_told_by_its_innermost_cause():
    try:
        try:
            raise OSError("libfoo.so: cannot open shared object file")
        except OSError as exc:
            raise ImportError("\n\nIMPORTANT: PLEASE READ THIS\nmany lines") from exc
    except ImportError as exc:
        assert selftest.one_line(exc) == "OSError: libfoo.so: cannot open shared object file"
