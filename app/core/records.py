"""What every user-created record shares: a text id unique across machines, second-precision
local timestamps, and (zh, en) names picked by the app's language."""

from __future__ import annotations

import uuid
from datetime import datetime


def pick(pair: tuple, lang: str):
    """The Chinese or English half of a (zh, en) name; ``lang`` as the app spells it (zh_CN, en)."""
    return pair[1] if lang.startswith("en") else pair[0]


def now_stamp(now: datetime | None) -> tuple[datetime, str]:
    now = (now or datetime.now()).replace(microsecond=0)
    return now, now.isoformat(timespec="seconds")


def new_id() -> str:
    return uuid.uuid4().hex
