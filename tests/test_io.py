"""File digests for incremental runs: a stat is trusted only when it is old."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from pipeline import io

SECOND = 1_000_000_000


def test_stat_key_changes_with_the_bytes_even_when_mtime_is_set_back(tmp_path):
    path = tmp_path / "a.json"
    path.write_text("{}")
    key = io.stat_key(path)
    time.sleep(0.01)
    path.write_text("[]")  # same size
    os.utime(path, ns=(key[2], key[2]))  # same mtime
    assert io.stat_key(path) != key  # the ctime moved
    assert io.stat_key(tmp_path / "missing.json") is None


@pytest.mark.parametrize(
    ("changed_at", "since", "trusted"),
    [
        (10 * SECOND, 20 * SECOND, True),  # changed well before the stat was taken
        (19 * SECOND, 20 * SECOND, False),  # within the racy window: read it
        (21 * SECOND, 20 * SECOND, False),  # changed after: read it
    ],
)
def test_unchanged_only_for_the_same_stat_taken_well_after_the_change(
    changed_at, since, trusted
):
    key = [1, 2, changed_at, changed_at]
    assert io.unchanged(key, list(key), since) is trusted
    assert not io.unchanged(key, [1, 3, changed_at, changed_at], since)
    assert not io.unchanged(None, key, since)
    assert not io.unchanged(key, None, since)


def test_sha256_of(tmp_path: Path):
    path = tmp_path / "a"
    path.write_bytes(b"abc")
    assert io.sha256_of(path).startswith("ba7816bf")


def test_written_files_get_the_mode_of_a_plain_open(tmp_path: Path):
    umask = os.umask(0o022)
    os.umask(umask)
    io.write_text_atomic(tmp_path / "out.json", "{}\n")
    (tmp_path / "plain.json").write_text("{}\n")
    mode = (tmp_path / "out.json").stat().st_mode & 0o777
    assert mode == (tmp_path / "plain.json").stat().st_mode & 0o777
    assert mode == 0o666 & ~umask
