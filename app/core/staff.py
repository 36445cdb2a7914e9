"""The shop's staff list (客服 names), kept in the database so every PC offers the same names.

Who is at *this* PC is a per-PC preference (app.ui.settings.staff_name); the list here feeds
the staff combo boxes, and a name typed there that is not on it yet is added.
"""

from __future__ import annotations

import json

from app.core.db import Store
from app.core.errors import QT_TRANSLATE_NOOP, UserError

KEY = "staff_list"
MAX_NAME = 40


class StaffError(UserError):
    """Bad staff name; nothing was changed."""


def staff_list(store: Store) -> list[str]:
    try:
        names = json.loads(store.get_setting(KEY) or "[]")
    except ValueError:  # a hand-edited value: start over rather than fail every dialog
        return []
    return [str(n) for n in names if isinstance(n, str) and n.strip()] if isinstance(names, list) else []


def _clean(name: str) -> str:
    name = (name or "").strip()
    if not name:
        raise StaffError(QT_TRANSLATE_NOOP("core", "Enter a staff name."))
    if len(name) > MAX_NAME:
        raise StaffError(QT_TRANSLATE_NOOP("core", "A staff name has at most {limit} characters."), limit=MAX_NAME)
    return name


def add_staff(store: Store, name: str) -> list[str]:
    """Add ``name`` (no-op when already there); returns the list."""
    name = _clean(name)
    with store.write():
        names = staff_list(store)
        if name not in names:
            names.append(name)
            store.set_setting(KEY, json.dumps(names, ensure_ascii=False))
    return names


def remove_staff(store: Store, name: str) -> list[str]:
    with store.write():
        names = [n for n in staff_list(store) if n != (name or "").strip()]
        store.set_setting(KEY, json.dumps(names, ensure_ascii=False))
    return names
