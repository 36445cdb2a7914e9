"""Pinyin keys for searching and sorting Chinese names: typing ``zs`` or ``zhangsan`` finds 张三.

pypinyin is imported on first use (its table takes ~0.1 s to load), and without its phrase
dictionary (PYPINYIN_NO_PHRASES): names are not phrases, and the package leaves that 2.5 MB
file out. A polyphone (曾 zeng/ceng, 单 dan/shan) is indexed under each reading, so the user
finds the name whichever reading they type.
"""

from __future__ import annotations

import itertools
import os

MAX_READINGS = 8  # combinations of polyphone readings indexed per text
_readings: dict[str, tuple[str, ...]] = {}  # character -> its readings, filled as characters are seen
_pinyin = None


def _char_readings(ch: str) -> tuple[str, ...]:
    """The readings of one character (itself, lower-cased, when it is not Chinese); cached,
    because pypinyin's own call costs ~15 µs a character and an import sees the same few
    thousand characters again and again."""
    found = _readings.get(ch)
    if found is None:
        if _is_han(ch):
            global _pinyin
            if _pinyin is None:
                os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")
                os.environ.setdefault("PYPINYIN_NO_DICT_COPY", "1")  # we never customise its table
                from pypinyin import Style, pinyin

                _pinyin = lambda c: pinyin(c, style=Style.NORMAL, heteronym=True)[0]  # noqa: E731
            found = tuple(dict.fromkeys(r.lower() for r in _pinyin(ch) if r.strip())) or (ch,)
        else:
            found = (ch.lower(),) if not ch.isspace() else ()
        _readings[ch] = found
    return found


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def spellings(text: str) -> list[tuple[str, str]]:
    """(full pinyin, initials) for each combination of readings, the common reading first.

    Characters that are not Chinese stay as they are (lower case), so "A货小王" gives
    ("ahuoxiaowang", "ahxw")."""
    text = (text or "").strip().lower()
    if not any(_is_han(ch) for ch in text):
        return [(text.replace(" ", ""), "")] if text else []
    syllables = [found for found in map(_char_readings, text) if found]
    return [("".join(combo), "".join(s[0] for s in combo))
            for combo in itertools.islice(itertools.product(*syllables), MAX_READINGS)]


# Surnames whose reading as a name differs from the character's first reading (曾 is ceng in
# 曾经 but Zeng as a surname); without the phrase dictionary pypinyin cannot tell, so a name's
# first character is sorted by this reading.
SURNAMES = {"曾": "zeng", "单": "shan", "解": "xie", "仇": "qiu", "朴": "piao", "查": "zha", "区": "ou",
            "尉": "yu", "盖": "ge", "缪": "miao", "翟": "zhai", "乐": "yue", "召": "shao", "种": "chong",
            "长": "chang", "重": "chong", "朝": "chao", "沈": "shen", "柏": "bai", "秘": "bi", "覃": "qin",
            "尽": "jin", "句": "gou", "过": "guo", "华": "hua", "纪": "ji", "任": "ren", "宁": "ning"}


def sort_key(text: str) -> str:
    """The common reading's full pinyin, for sorting a list the way a Chinese reader expects;
    a name's first character reads as a surname (曾 zeng)."""
    text = (text or "").strip()
    surname = SURNAMES.get(text[:1])
    if surname:
        rest = spellings(text[1:])
        return surname + (rest[0][0] if rest else "")
    found = spellings(text)
    return found[0][0] if found else ""


def search_terms(text: str) -> str:
    """Every full spelling and initials of ``text``, space-separated, for a search key."""
    terms = []
    for full, initials in spellings(text):
        terms.extend(t for t in (full, initials) if t)
    return " ".join(dict.fromkeys(terms))
