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


def test_readme_example_runs_and_prints_what_it_says() -> None:
    """The README's first Python example is run; the lines it prints are the comment lines under it."""
    import contextlib
    import io
    import re

    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```python\n(.*?)```", readme, re.S)
    assert block is not None
    code = block.group(1)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "README.md", "exec"), {})
    printed = [line.split() for line in out.getvalue().splitlines()]
    promised = [line[2:].split() for line in code.splitlines() if re.match(r"# (money|headcount|quantity) ", line)]
    assert printed == promised
