"""The parsed form font kept in the cache folder: the same face as parsing gives, and any doubt
(damaged cache, changed font file, unknown attribute, no writable folder) means parsing."""

from __future__ import annotations

import shutil

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from db.pdf import font_cache
from db.pdf import fonts

SAMPLE = "值班表 2026年2月 刘建国 13800000001 ABC abc，。；"


@pytest.fixture
def font_file(tmp_path, monkeypatch):
    """A copy of the shipped font, with a cache folder of this test's own."""
    monkeypatch.setenv("RESCUE_LEDGER_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "fonts" / "form.ttc"
    path.parent.mkdir()
    shutil.copy(fonts.shipped_font().path, path)
    return path


@pytest.fixture
def parses(monkeypatch):
    """How many times the font file is parsed."""
    calls: list[object] = []
    real = font_cache._parse

    def counting(name, path, subfont):  # type: ignore[no-untyped-def]
        calls.append(path)
        return real(name, path, subfont)

    monkeypatch.setattr(font_cache, "_parse", counting)
    return calls


def face_state(font: TTFont) -> dict:
    return {k: v for k, v in vars(font.face).items() if k != "_pdfScale"}


def test_the_cached_face_is_the_parsed_face(font_file, parses):
    parsed = font_cache.load_font("Probe", font_file)
    assert len(parses) == 1 and font_cache.cache_file(font_file, 0).is_file()
    cached = font_cache.load_font("Probe2", font_file)
    assert len(parses) == 1  # read from the cache
    assert cached.fontName == "Probe2" and cached.face is not parsed.face
    a, b = face_state(parsed), face_state(cached)
    assert a.keys() == b.keys()
    assert all(font_cache._same(a[k], b[k]) for k in a), [
        k for k in a if not font_cache._same(a[k], b[k])
    ]
    assert cached.stringWidth(SAMPLE, 10.5) == parsed.stringWidth(SAMPLE, 10.5)
    codes = sorted({0, 32, *map(ord, SAMPLE)} & parsed.face.charToGlyph.keys() | {0})
    assert cached.face.makeSubset(codes) == parsed.face.makeSubset(codes)  # what a PDF embeds
    assert [cached.face._pdfScale(x) for x in (0, 1, 2048)] == [
        parsed.face._pdfScale(x) for x in (0, 1, 2048)
    ]


@pytest.mark.parametrize("damage", ["truncate", "flip", "garbage", "empty"])
def test_a_damaged_cache_is_parsed_again_and_rewritten(font_file, parses, damage):
    font_cache.load_font("Probe", font_file)
    cache = font_cache.cache_file(font_file, 0)
    raw = cache.read_bytes()
    if damage == "truncate":
        cache.write_bytes(raw[: len(raw) // 2])
    elif damage == "flip":
        middle = len(raw) // 2
        cache.write_bytes(raw[:middle] + bytes([raw[middle] ^ 0xFF]) + raw[middle + 1 :])
    elif damage == "garbage":
        cache.write_bytes(b"not a cache at all\n" * 100)
    else:
        cache.write_bytes(b"")
    font = font_cache.load_font("Probe", font_file)
    assert len(parses) == 2
    assert font.stringWidth(SAMPLE, 10) == TTFont("Fresh", str(font_file)).stringWidth(SAMPLE, 10)
    font_cache.load_font("Probe", font_file)
    assert len(parses) == 2  # the cache was written again


def test_a_changed_font_file_is_parsed_again(font_file, parses):
    font_cache.load_font("Probe", font_file)
    with font_file.open("ab") as f:
        f.write(b"\0" * 16)  # same name and place, other bytes
    font_cache.load_font("Probe", font_file)
    assert len(parses) == 2


def test_without_a_writable_cache_folder_the_font_still_loads(font_file, parses, monkeypatch):
    blocker = font_file.parent / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("RESCUE_LEDGER_CACHE_DIR", str(blocker))
    for _ in range(2):
        assert font_cache.load_font("Probe", font_file).face.charToGlyph[ord("值")]
    assert len(parses) == 2


def test_a_face_with_an_unknown_kind_of_attribute_is_not_cached(font_file, monkeypatch):
    real = font_cache._parse

    def odd(name, path, subfont):  # type: ignore[no-untyped-def]
        font = real(name, path, subfont)
        font.face.extra = object()  # as a later reportlab might add
        return font

    monkeypatch.setattr(font_cache, "_parse", odd)
    font = font_cache.load_font("Probe", font_file)
    assert font.face.charToGlyph[ord("值")]
    assert list(font_cache.cache_file(font_file, 0).parent.glob("*")) == []  # nor a temp file


def test_the_cache_lives_in_the_cache_folder_named_by_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("RESCUE_LEDGER_CACHE_DIR", str(tmp_path / "c"))
    assert font_cache.cache_file(fonts.shipped_font().path, 0).is_relative_to(tmp_path / "c")


def test_a_packed_table_behaves_as_the_dict_it_stands_for():
    import array

    keys, values = array.array("q", [3, 7, 20]), array.array("q", [30, 70, 200])
    packed, same = font_cache.PackedMap(keys, values), {3: 30, 7: 70, 20: 200}
    assert 7 in packed and 8 not in packed and "7" not in packed
    assert packed[20] == 200 and packed.get(8, -1) == -1
    with pytest.raises(KeyError):
        packed[8]
    packed[8], same[8] = 80, 80  # reportlab adds a shaping glyph
    del packed[3], same[3]
    packed[7], same[7] = 71, 71
    assert dict(packed) == same and len(packed) == len(same) == 3

    again = font_cache.PackedMap(keys, values)  # values read are remembered: reads stay true
    assert again[3] == 30 and again[3] == 30 and 3 in again
    assert 3.0 not in again and again.get(3.0) is None  # an int key only, as before
    del again[3]
    assert 3 not in again and again.get(3) is None and sorted(again) == [7, 20]
    again[3] = 31
    assert again[3] == 31 and len(again) == 3
    lists = font_cache.PackedLists(
        keys, array.array("q", [1, 2, 1]), array.array("q", [5, 6, 7, 8])
    )
    assert lists[7] == [6, 7] and lists[20] == [8]
    lists.setdefault(7, []).append(9)  # a list read once is kept
    assert lists[7] == [6, 7, 9]
