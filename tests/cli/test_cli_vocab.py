"""``rescue-ledger vocab list|add``: the office's words from the command line."""

from __future__ import annotations

import openpyxl
import pytest

from desktop.cli.main import main


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


def test_import_dry_run_sheet_month_and_adjust_stock(url, tmp_path, capsys):
    wb = openpyxl.Workbook()
    wb.active.title = "说明"
    wb.active.append(["本表填写说明"])
    ws = wb.create_sheet("队员")
    ws.append(["姓名", "职务", "电话"])
    ws.append(["李德华", "驾驶员", "18925371803"])
    ws.append(["王强", "队员", ""])
    members = tmp_path / "名册.xlsx"
    wb.save(members)
    args = ["--db", url, "import", "members", str(members), "--sheet", "队员"]
    assert main([*args, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "试导入" in out and "新增 2" in out
    assert out.count("已在“职务”中新增：驾驶员") == 1
    assert main(["--db", url, "export", "members", str(tmp_path / "x.xlsx")]) == 0
    assert "已导出 0 行" in capsys.readouterr().out  # the dry run wrote nothing
    assert main(args) == 0
    assert "新增 2" in capsys.readouterr().out

    wb = openpyxl.Workbook()
    wb.active.append(["2027年2月值班表"])
    wb.active.append(["日期", "带班领导", "值班员"])
    wb.active.append(["2月1日", "李德华", "王强"])
    duty = tmp_path / "值班.xlsx"
    wb.save(duty)
    assert main(["--db", url, "import", "duty", str(duty), "--month", "2027-02"]) == 0
    capsys.readouterr()

    supplies = tmp_path / "物资.xlsx"
    for quantity in (540, 500):
        wb = openpyxl.Workbook()
        wb.active.append(["名称", "单位", "数量"])
        wb.active.append(["编织袋", "条", quantity])
        wb.save(supplies)
        code = main(["--db", url, "import", "supplies", str(supplies)])
    assert code == 2
    assert "物资.xlsx:2:数量: 与账面结存 540条 不符" in capsys.readouterr().err
    assert main(["--db", url, "import", "supplies", str(supplies), "--adjust-stock"]) == 0
    assert "盘点调整：编织袋 -40条（账面 540 → 实盘 500）" in capsys.readouterr().out
