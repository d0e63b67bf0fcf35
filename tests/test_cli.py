from __future__ import annotations

from pathlib import Path

from newsfacts.cli import main


def test_no_arguments_prints_the_seed_table(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main([]) == 0
    out = capsys.readouterr().out
    assert "3550多万元" in out and "35500000" in out and "企业退休人员" in out


def test_a_file_and_json(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "a.txt"
    page.write_bytes("临沭县共捐款15.09万元。".encode("gb18030"))
    assert main([str(page), "--json"]) == 0
    assert '"150900"' in capsys.readouterr().out


def test_unreadable_file_is_reported(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "b.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    assert main([str(bad)]) == 1
    assert "b.txt" in capsys.readouterr().err
