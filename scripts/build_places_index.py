"""Regenerate newsfacts/places/data/index.pickle: the gazetteer's tables made from divisions.tsv,
common_words.tsv and names.tsv, with a digest of those files, so that a fresh process unpickles them instead
of reading the TSVs (newsfacts/places/_data.py). Run it after changing a TSV (scripts/build_places.py or a
hand edit of common_words.tsv):

    python scripts/build_places_index.py

A stale index is ignored (its digest differs) and tests/test_places.py fails until it is rebuilt.
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from newsfacts.places import _data

    data = {"format": _data._INDEX_FORMAT, "sources": _data.sources_digest(), "tables": _data.build_tables()}
    out = ROOT / "newsfacts" / "places" / "data" / _data.INDEX
    out.write_bytes(pickle.dumps(data, protocol=4))
    print(f"{out.relative_to(ROOT)}: {out.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
