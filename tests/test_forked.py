"""Forked helpers of the build: answers, errors and deaths of the child reach the parent."""

from __future__ import annotations

import os

import pytest

from dossier.index.forked import Forked, can_fork

pytestmark = pytest.mark.skipif(not can_fork(), reason="needs the fork start method")


def _square_of_pid_parity(n: int) -> tuple[int, bool]:
    return n * n, os.getpid() != PARENT


def _fails(path: str) -> None:
    open(path, encoding="utf-8").read()


def _dies() -> None:
    os._exit(7)


PARENT = os.getpid()


def test_the_answer_comes_from_another_process():
    assert Forked(_square_of_pid_parity, 12).result() == (144, True)


def test_the_childs_error_is_raised_in_the_parent(tmp_path):
    with pytest.raises(FileNotFoundError, match="nothing-here"):
        Forked(_fails, str(tmp_path / "nothing-here")).result()


def test_a_child_that_dies_is_an_error_not_a_hang():
    with pytest.raises(RuntimeError, match="exit 7"):
        Forked(_dies).result()
