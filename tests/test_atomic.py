"""The one file writer: whole or untouched, never through a planted name."""

from __future__ import annotations

import os
import stat
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from iransyria import atomic
from iransyria.atomic import write_atomic


def test_writes_a_new_file_with_the_default_mode(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    write_atomic(target, b"{}\n")
    assert target.read_bytes() == b"{}\n"
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_keeps_the_mode_of_the_file_it_replaces(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_symlink_planted_at_the_old_fixed_temporary_name_is_not_followed(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"precious")
    (tmp_path / ".out.json.tmp").symlink_to(victim)
    write_atomic(tmp_path / "out.json", b"data")
    assert victim.read_bytes() == b"precious"
    assert (tmp_path / "out.json").read_bytes() == b"data"


def test_a_symlinked_target_stays_a_symlink_and_its_file_is_replaced(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_bytes(b"old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    write_atomic(link, b"new")
    assert link.is_symlink()
    assert real.read_bytes() == b"new"


def test_a_fifo_is_written_through(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    write_atomic(fifo, b"streamed")
    reader.join(timeout=10)
    assert received == [b"streamed"]
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_a_directory_target_is_refused_and_left_alone(tmp_path: Path) -> None:
    with pytest.raises(IsADirectoryError):
        write_atomic(tmp_path, b"x")
    assert list(tmp_path.iterdir()) == []


def test_a_failed_rename_leaves_the_target_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.json"
    target.write_bytes(b"old")

    def broken(src: str, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", broken)
    with pytest.raises(OSError):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_concurrent_writers_each_leave_a_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    payloads = [bytes([65 + n]) * 200_000 for n in range(8)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        for _ in range(5):
            list(pool.map(lambda data: write_atomic(target, data), payloads))
            assert target.read_bytes() in payloads
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_dump_writes_through_the_safe_writer(tmp_path: Path) -> None:
    from iransyria import shipped
    from iransyria.serialization import dump, dumps

    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"precious")
    (tmp_path / ".export.json.tmp").symlink_to(victim)
    dump(shipped(), tmp_path / "export.json")
    assert victim.read_bytes() == b"precious"
    assert (tmp_path / "export.json").read_bytes() == dumps(shipped())
