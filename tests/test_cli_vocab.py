"""``rescue-ledger vocab list|add``: the office's words from the command line."""

from __future__ import annotations

import openpyxl
import pytest

from desktop.cli import main


@pytest.fixture
def url(tmp_path, monkeypatch):
    monkeypatch.setenv("RESCUE_LEDGER_DATA_DIR", str(tmp_path / "data"))
    return "sqlite:///" + (tmp_path / "cli.sqlite3").as_posix()


def test_add_a_synonym_then_the_import_understands_it(url, tmp_path, capsys):
    path = tmp_path / "w.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["编号", "名称", "类型", "可用状态"])
    wb.active.append(["X-1", "街口", "消防龙头", "完好"])
    wb.save(path)
    assert main(["--db", url, "import", "water-sources", str(path)]) == 2
    err = capsys.readouterr().err
    assert "w.xlsx:2:类型: “消防龙头”不是水源类型的取值" in err
    assert (
        main(
            [
                "--db",
                url,
                "vocab",
                "add",
                "water-sources",
                "类型",
                "消防龙头",
                "--means",
                "市政消火栓",
            ]
        )
        == 0
    )
    assert "已添加同义词：类型“消防龙头”表示“市政消火栓”" in capsys.readouterr().out
    assert main(["--db", url, "import", "water-sources", str(path)]) == 0
    capsys.readouterr()
    assert main(["--db", url, "vocab", "list", "water-sources", "类型"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "# 水源类型（water.type，固定取值）：消防水源台账·类型"
    assert "取值\t市政消火栓\t内置" in out
    assert "同义词\t地上式消火栓\t→ 市政消火栓\t内置" in out
    assert "同义词\t消防龙头\t→ 市政消火栓\t本单位" in out


def test_add_to_an_office_list_and_bad_requests(url, capsys):
    assert main(["--db", url, "vocab", "add", "sites", "类型", "农家乐"]) == 0
    assert "已在“场所类型”中添加“农家乐”" in capsys.readouterr().out
    assert main(["--db", url, "vocab", "list", "sites"]) == 0
    listed = capsys.readouterr().out
    assert "取值\t农家乐\t本单位" in listed and "# 坐标系（crs，固定取值）" in listed
    assert main(["--db", url, "vocab", "add", "water-sources", "可用状态", "凑合"]) == 2
    assert "只能添加同义词" in capsys.readouterr().err
    assert main(["--db", url, "vocab", "add", "sites", "名称", "x"]) == 2
    assert "没有带词表的列“名称”" in capsys.readouterr().err
