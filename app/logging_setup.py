"""Rotating log files in the data folder, so an error report can point at something."""

from __future__ import annotations

import logging
from pathlib import Path

from app.core import paths

LOG_NAME = "zhanggui.log"


def log_file() -> Path:
    return paths.logs_dir() / LOG_NAME


def setup_logging(level: int = logging.INFO) -> Path:
    from logging.handlers import RotatingFileHandler  # a slow import, kept off start-up

    path = log_file()
    root = logging.getLogger()
    if not any(isinstance(h, RotatingFileHandler) and Path(h.baseFilename) == path for h in root.handlers):
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(level)
    return path
