"""Everything public is documented."""

from __future__ import annotations

from pathlib import Path

import newsfacts

DOCS = "\n".join(p.read_text(encoding="utf-8") for p in (Path(__file__).parent.parent / "docs").glob("*.md"))


def test_every_public_name_is_documented() -> None:
    missing = [name for name in newsfacts.__all__ if f"`{name}" not in DOCS]
    assert missing == []


def test_readme_test_command_is_what_ci_runs() -> None:
    root = Path(__file__).parent.parent
    readme = (root / "README.md").read_text(encoding="utf-8")
    ci = (root / ".ci" / "run").read_text(encoding="utf-8")
    command = 'pip install -e ".[test]" && ruff check . && mypy && pytest'
    assert command in readme and command in ci
