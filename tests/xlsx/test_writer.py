"""Exported files get the permissions of any document the user saves."""

from __future__ import annotations

import os
import stat

import pytest

from db.xlsx import export_register
from db.xlsx import write_template

posix = pytest.mark.skipif(os.name != "posix", reason="permission bits are POSIX")


@pytest.fixture
def umask():
    def set_mask(mask):
        previous = os.umask(mask)
        masks.append(previous)

    masks: list[int] = []
    yield set_mask
    for previous in reversed(masks):
        os.umask(previous)


@posix
@pytest.mark.parametrize(("mask", "mode"), [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_an_export_respects_the_umask(database, tmp_path, umask, mask, mode):
    umask(mask)
    path = tmp_path / "名册.xlsx"
    export_register(database, "members", path)
    assert stat.S_IMODE(path.stat().st_mode) == mode
    write_template("members", tmp_path / "模板.xlsx")
    assert stat.S_IMODE((tmp_path / "模板.xlsx").stat().st_mode) == mode
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".~")) == []


@posix
def test_an_export_into_a_folder_it_cannot_write_says_so(database, tmp_path):
    from db.errors import LedgerError

    folder = tmp_path / "只读"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as a user that may write anywhere")
        with pytest.raises(LedgerError, match="没有在该文件夹中保存文件的权限"):
            export_register(database, "members", folder / "名册.xlsx")
    finally:
        folder.chmod(0o700)
