"""Update the translation sources and compile them.

    python resources/translations/build.py            # compile every .ts to .qm
    python resources/translations/build.py --update   # first collect new strings into the .ts

After --update, fill in the new entries (Qt Linguist: pyside6-linguist zh_CN.ts, or any
editor), then run it again without --update.
"""

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app import i18n  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="run lupdate over the app first")
    args = parser.parse_args()
    for lang in i18n.TRANSLATED:
        if args.update:
            print("updated", i18n.update_ts(lang))
        print("compiled", i18n.compile_qm(lang, force=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
