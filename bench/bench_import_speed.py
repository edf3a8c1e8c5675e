"""Import speed: what reading and checking a clerk's file costs beyond reading it.

(a) a 10,000-row 消防水源 .xlsx imported into a fresh database, against openpyxl's own read-only
    read of the same file (every row, values only): goal ≤ 2×;
(b) 100,000 rows as CSV (UTF-8 with BOM, as Excel saves “CSV UTF-8”) against the same rows as
    .xlsx, each imported into a fresh database: goal ≤ 0.35×.

Rows are written as an office keeps its survey: a title row, 序号, codes, names, 类型 in the
office's words (消火栓, 地上式消火栓, 水池, 河流, 鹤管 …), villages, coordinates in WGS84 or 高德,
statuses (完好, 正常, 损坏 …), dry seasons (11月至次年3月) and dates. Every figure is the median
of ``--repeat`` runs, wall clock and the process's own CPU time; the two things compared run
in turns (a, b, then b, a …) so that a busy neighbour slows both alike. Every import goes into
a new SQLite database in a temporary folder, created before the clock starts, after one
untimed small import has loaded the code (as in a program already open).

    python bench/bench_import_speed.py [--dir DIR] [--rows N] [--big-rows N] [--repeat N] [--load]

``--load`` keeps one core busy (see ``bench/load.py``) while the timings are taken.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import datetime as dt
import itertools
import random
import shutil
import statistics
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.load import one_core_busy  # noqa: E402
from db.engine import Database  # noqa: E402
from db.engine import open_database  # noqa: E402
from db.xlsx import import_register  # noqa: E402

TITLE = "高楼镇消防水源普查登记表"
HEADER = (
    "序号", "水源编号", "水源名称", "水源类型", "设置形式", "设置地点", "所属村(社区)", "经度",
    "纬度", "坐标系", "供水单位", "联系电话", "管网类型", "管径", "静压", "储水量m³", "枯水期",
    "完好情况", "建设日期", "备注",
)  # fmt: skip
SIGNATURE = ("制表人：王五", None, None, "审核人：李德华", None, "填表日期：2027年1月5日")
TOWNS = ("高楼镇", "双河镇", "太平镇", "永兴镇", "清平镇")
VILLAGES = [
    f"{town}{village}"
    for town in TOWNS
    for village in ("石龙村", "新街社区", "龙溪村", "红岩村", "青杠村", "黄桷村", "白果村")
]
STREETS = ("正街", "新街", "河街", "老街", "学校路", "场镇路", "工业路")
HYDRANTS = ("消火栓", "消火栓", "市政消火栓", "地上式消火栓", "室外消火栓", "地下式消火栓")
NATURAL = ("河流", "山塘", "水库", "溪流")
OWNERS = ("县自来水公司", "高楼镇自来水厂", "双河供水站")
STATES = ("完好",) * 10 + ("正常",) * 6 + ("可用", "损坏", "维修", "停用")
LON0, LAT0, SPAN = 105.6, 29.5, 0.6


def survey_rows(count: int, seed: int = 7) -> Iterator[list[Any]]:
    """``count`` rows of a township survey, the same for the same seed."""
    rng = random.Random(seed)
    for i in range(count):
        village = rng.choice(VILLAGES)
        roll = rng.random()
        lon = round(LON0 + rng.random() * SPAN, 6)
        lat = round(LAT0 + rng.random() * SPAN, 6)
        built = dt.datetime(2008 + i % 16, 1 + i % 12, 1 + i % 28)
        row: list[Any] = [i + 1, "", "", "", None, f"{village}{rng.choice(STREETS)}{i % 300 + 1}号",
                          village, lon, lat, "高德" if i % 3 else "WGS84", rng.choice(OWNERS),
                          "023-4560" + f"{i % 10000:04d}", None, None, None, None, None,
                          rng.choice(STATES), built, ""]  # fmt: skip
        if roll < 0.78:
            kind = rng.choice(HYDRANTS)
            row[1:4] = [f"XHS-{i:06d}", f"{village}{i % 90 + 1}号消火栓", kind]
            row[4] = "地上式" if kind in ("消火栓", "市政消火栓") and i % 2 else None
            row[12:15] = ["环状" if i % 4 else "枝状", "DN150" if i % 5 else "DN100",
                          round(rng.uniform(0.15, 0.5), 2)]  # fmt: skip
        elif roll < 0.9:
            kind = "水池" if i % 2 else "消防水池"
            row[1:4] = [f"SC-{i:06d}", f"{village}消防水池{i % 9 + 1}", kind]
            row[15] = rng.choice((100, 200, 300, 500))
        elif roll < 0.98:
            row[1:4] = [f"TR-{i:06d}", f"{village}取水点{i % 9 + 1}", rng.choice(NATURAL)]
            row[16] = "11月至次年3月" if i % 2 else "无"
            row[19] = "枯水期水浅" if i % 2 else ""
        else:
            row[1:4] = [f"SH-{i:06d}", f"{village}鹤管", "鹤管"]
        yield row


def write_xlsx(path: Path, count: int, signed: bool = True) -> Path:
    """The survey as .xlsx: title, header, rows, and (``signed``) the signature line."""
    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("水源")
    ws.append([TITLE])
    ws.append(list(HEADER))
    for row in survey_rows(count):
        ws.append(row)
    if signed:
        ws.append([])
        ws.append(list(SIGNATURE))
    wb.save(path)
    return path


def _csv_cell(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return f"{value.year}/{value.month}/{value.day}"  # as Excel saves a date cell to CSV
    return "" if value is None else value


def write_csv(path: Path, count: int, signed: bool = True) -> Path:
    """The survey as Excel saves it to “CSV UTF-8” (with BOM), every line as wide as the header."""
    width = len(HEADER)
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow([TITLE] + [""] * (width - 1))
        writer.writerow(HEADER)
        writer.writerows([_csv_cell(v) for v in row] for row in survey_rows(count))
        if signed:
            writer.writerow([""] * width)
            writer.writerow([_csv_cell(v) for v in SIGNATURE] + [""] * (width - len(SIGNATURE)))
    return path


def openpyxl_read(path: Path) -> int:
    """openpyxl's own read of every row, values only, read-only: the floor for an import."""
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    count = sum(1 for _ in wb.worksheets[0].iter_rows(values_only=True))
    wb.close()
    return count


@dataclass
class Job:
    """One thing timed: ``setup()`` runs before the clock starts, ``run`` gets its result."""

    label: str
    setup: Callable[[], Any]
    run: Callable[[Any], Any]
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)

    def once(self) -> None:
        prepared = self.setup()
        wall, cpu = time.perf_counter(), time.process_time()
        self.run(prepared)
        self.wall.append(time.perf_counter() - wall)
        self.cpu.append(time.process_time() - cpu)

    @property
    def median(self) -> float:
        return statistics.median(self.wall)

    @property
    def cpu_median(self) -> float:
        return statistics.median(self.cpu)


def in_turns(first: Job, second: Job, repeat: int) -> None:
    """``repeat`` runs of each, in turns (first, second, second, first, …)."""
    for turn in range(repeat):
        for job in (first, second) if turn % 2 == 0 else (second, first):
            job.once()


def read_job(path: Path) -> Job:
    return Job("openpyxl 读取全部行", lambda: path, openpyxl_read)


def import_job(label: str, folder: Path, path: Path, rows: int) -> Job:
    """``path`` imported into a new SQLite database under ``folder`` each time."""
    made = itertools.count()

    def fresh() -> Database:
        target = folder / f"db{next(made)}"
        shutil.rmtree(target, ignore_errors=True)
        return open_database(data_dir=target, operator="bench")

    def run(database: Database) -> None:
        try:
            report = import_register(database, "water-sources", path)
            assert report.added == rows, report.summary()
        finally:
            database.dispose()
            shutil.rmtree(database.data_dir, ignore_errors=True)

    return Job(label, fresh, run)


def pad(label: str, width: int = 26) -> str:
    """``label`` padded to ``width`` terminal columns (a Chinese character takes two)."""
    used = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in label)
    return label + " " * max(width - used, 1)


def line(job: Job) -> None:
    runs = "、".join(f"{t:.2f}" for t in job.wall)
    print(f"  {pad(job.label)}{job.median:8.2f} s（CPU {job.cpu_median:.2f} s；各次 {runs} s）")


def ratio(label: str, num: Job, den: Job, goal: float) -> None:
    wall = num.median / den.median
    cpu = num.cpu_median / den.cpu_median
    mark = "✓" if wall <= goal else "✗"
    print(f"  {pad(label)}{wall:8.2f}×（CPU {cpu:.2f}×）  {mark} 目标 ≤ {goal:g}×")


def warm_up(folder: Path) -> None:
    """One small read and import of each kind, untimed: the code loaded."""
    small = write_xlsx(folder / "warm.xlsx", 200)
    read_job(small).once()
    import_job("", folder / "warm", small, 200).once()
    import_job("", folder / "warm", write_csv(folder / "warm.csv", 200), 200).once()


def run(folder: Path, rows: int, big: int, repeat: int) -> None:
    warm_up(folder)
    print(f"—— (a) {rows:,} 行消防水源 .xlsx：导入新库 vs openpyxl 只读读取（{repeat} 次中位数）——")
    start = time.perf_counter()
    path = write_xlsx(folder / f"水源{rows}.xlsx", rows)
    print(f"  （生成文件 {path.stat().st_size / 1e6:.1f} MB，{time.perf_counter() - start:.1f} s）")
    read = read_job(path)
    imported = import_job("导入 water-sources", folder, path, rows)
    in_turns(read, imported, repeat)
    line(read)
    line(imported)
    ratio("导入 / openpyxl", imported, read, 2.0)

    print(f"—— (b) {big:,} 行：CSV 导入 vs 同样的行 .xlsx 导入（{repeat} 次中位数，各自新库）——")
    start = time.perf_counter()
    # no signature line: at 100,000 rows it would be counted past the import's row limit
    big_xlsx = write_xlsx(folder / f"水源{big}.xlsx", big, signed=False)
    big_csv = write_csv(folder / f"水源{big}.csv", big, signed=False)
    print(
        f"  （生成 .xlsx {big_xlsx.stat().st_size / 1e6:.1f} MB、CSV "
        f"{big_csv.stat().st_size / 1e6:.1f} MB，{time.perf_counter() - start:.1f} s）"
    )
    from_xlsx = import_job(".xlsx 导入", folder, big_xlsx, big)
    from_csv = import_job("CSV 导入（UTF-8 BOM）", folder, big_csv, big)
    in_turns(from_xlsx, from_csv, repeat)
    line(from_xlsx)
    line(from_csv)
    ratio("CSV / .xlsx", from_csv, from_xlsx, 0.35)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dir", type=Path, help="folder for the files and databases")
    parser.add_argument("--rows", type=int, default=10_000, help="rows of the .xlsx in (a)")
    parser.add_argument("--big-rows", type=int, default=100_000, help="rows of the files in (b)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--load", action="store_true", help="keep one core busy while the timings are taken"
    )
    args = parser.parse_args()
    own = args.dir is None
    folder = args.dir or Path(tempfile.mkdtemp(prefix="bench-import-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        with one_core_busy() if args.load else contextlib.nullcontext() as busy:
            if busy is not None:
                print(f"负载：另一个进程（{busy.pid}）占满一个核心")
            run(folder, args.rows, args.big_rows, args.repeat)
    finally:
        if own:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
