"""Regenerate newsfacts/data/first_chars.json: the first characters, first pairs and anchored runs
(newsfacts/firstchars.py) of every pattern the package analyses at import, so a fresh process reads them
instead of walking ~40 parse trees (about 0.2 s). Run it after changing a scan pattern:

    python scripts/build_first_chars.py

tests/test_scan_shortcut.py fails while the file is stale (it still gives the right answers then, slower).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# In a child process that ignores the store, so that every pattern asked at import is a miss and listed.
_LIST_PATTERNS = (
    "import json, newsfacts, newsfacts.firstchars as f; print(json.dumps(f.missed(), ensure_ascii=True))"
)


def asked_at_import() -> list[str]:
    """Every pattern newsfacts analyses while it is imported, in the order asked."""
    env = {**os.environ, "NEWSFACTS_FIRST_CHARS": "compute", "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", _LIST_PATTERNS], capture_output=True, text=True, check=True, cwd=ROOT, env=env
    ).stdout
    patterns: list[str] = json.loads(out.strip().splitlines()[-1])
    return patterns


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from newsfacts import firstchars

    patterns = asked_at_import()
    entries = [firstchars.encode(p, firstchars.analyse(p)) for p in patterns]
    text = json.dumps(
        {"generated_by": "scripts/build_first_chars.py", "patterns": entries}, ensure_ascii=False, sort_keys=True
    )
    firstchars.STORE.write_text(text + "\n", encoding="utf-8")
    print(f"{firstchars.STORE.relative_to(ROOT)}: {len(entries)} patterns, {len(text):,} characters")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
