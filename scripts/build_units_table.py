"""Regenerate newsfacts/data/units.tsv: each measure's factor and offset to its standard unit, by pint.

Source: pint (https://github.com/hgrecco/pint), `pip install pint` (the `data` or `test` extra; newsfacts
itself never imports it). The units and what they mean are newsfacts/units.py (``MEASURES``,
``STANDARD``, ``DEFINITIONS``); pint computes the conversions exactly, as fractions.

    python scripts/build_units_table.py
"""

from __future__ import annotations

from pathlib import Path

from newsfacts import units

OUT = Path(__file__).resolve().parent.parent / "newsfacts" / units.TABLE_PATH


def main() -> None:
    rows = units.compute_table()
    OUT.write_text(units.table_text(rows), encoding="utf-8")
    print(f"{len(rows)} units written to {OUT}")


if __name__ == "__main__":
    main()
