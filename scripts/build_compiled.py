"""Regenerate newsfacts/data/compiled.pickle: the programs `regex` builds for the patterns newsfacts
compiles through ``newsfacts.compiled.compile`` (at import, on the seed article, and every scan piece), so a
fresh process skips parsing them (about 0.2 s). Run it after changing one of those patterns or upgrading
`regex`:

    python scripts/build_compiled.py

It first runs scripts/build_first_chars.py (the scan's look-aheads, and so its patterns, come from that
store). tests/test_compiled.py and tests/test_scan_shortcut.py fail while a file is stale (it still gives the
same matches then, slower).
"""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# In a child process that ignores the store, so that every pattern compiled is a miss and listed.
LIST_PATTERNS = """
import json, newsfacts, newsfacts.compiled as c, newsfacts.scan as s
newsfacts.extract_facts(open("seeds/000_65b7911c41883545.txt", encoding="utf-8").read())
for piece in s._PIECES:
    piece.compiled()
    if piece.stops_source is not None:
        piece.compiled_stops()
print(json.dumps(c.missed(), ensure_ascii=True))
"""


def compiled_patterns(seed: str | None = None) -> list[tuple[str, int]]:
    """Every (pattern, flags) newsfacts compiles through newsfacts.compiled, with the store ignored."""
    env = {**os.environ, "NEWSFACTS_COMPILED": "compile", "PYTHONPATH": str(ROOT)}
    if seed is not None:
        env["PYTHONHASHSEED"] = seed
    out = subprocess.run(
        [sys.executable, "-c", LIST_PATTERNS], capture_output=True, text=True, check=True, cwd=ROOT, env=env
    ).stdout
    return [(p, f) for p, f in json.loads(out.strip().splitlines()[-1])]


def main() -> int:
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "scripts"))
    import build_first_chars

    build_first_chars.main()
    from newsfacts import compiled

    programs = {}
    for pattern, flags in compiled_patterns():
        key = compiled.pattern_key(pattern)
        programs[(key, flags)] = compiled.program(key, flags)
    builds = {compiled.versions(): programs}
    # Builds for other versions of regex keep the programs of patterns still in use (a program depends on
    # the pattern alone, so those stay right) and lose the rest; run this script with each interpreter
    # whose regex should find a complete build.
    for versions, old in _builds(compiled).items():
        if versions != compiled.versions():
            builds[versions] = {key: args for key, args in old.items() if key in programs}
    data = {"format": compiled._FORMAT, "builds": builds}
    compiled.STORE.write_bytes(pickle.dumps(data, protocol=4))
    size = compiled.STORE.stat().st_size
    where = compiled.STORE.relative_to(ROOT)
    print(f"{where}: {size:,} bytes")
    for versions, build in sorted(builds.items()):
        print(f"  regex {versions[0]}: {len(build)} of {len(programs)} patterns")
    return 0


def _builds(compiled: Any) -> dict[tuple[str, int], dict[tuple[str, int], tuple[Any, ...]]]:
    """The builds already in the store (none from a store of another format)."""
    try:
        data = pickle.loads(compiled.STORE.read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("format") != compiled._FORMAT:
        return {}
    builds: dict[tuple[str, int], dict[tuple[str, int], tuple[Any, ...]]] = data["builds"]
    return builds


if __name__ == "__main__":
    raise SystemExit(main())
