"""The parsed form font, kept in the per-user cache folder.

reportlab reads a TrueType face's tables in Python: for the shipped 5 MB collection that is
about a tenth of a second, paid by every command that prints. This module keeps what it read
(the face's attributes: numbers, text and bytes as JSON; the large tables — character to
glyph, widths, metrics, glyph offsets — as packed arrays) next to a fingerprint of the font
file, and gives the same face back without parsing. The large tables stay packed after
reading, as read-only mappings and sequences over the arrays (:mod:`db.pdf.packed`).

A cached face is used only when everything matches: this format, reportlab's and Python's
versions, the machine's number layout, the face index, the font file's path, size and CRC-32
(its bytes are read anyway: subsets are cut from them), and the cache file's own checksum. Anything else — no cache folder, a damaged, stale
or foreign file, an attribute of a kind not known here — and the font is parsed as before and
the cache rewritten. What is written is checked first: decoding it must give back exactly the
face reportlab parsed, types included.
"""

from __future__ import annotations

import array
import base64
import contextlib
import gc
import hashlib
import json
import os
import sys
import tempfile
import zlib
from collections.abc import Callable
from collections.abc import Iterator
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import reportlab
from reportlab.pdfbase.ttfonts import TTEncoding
from reportlab.pdfbase.ttfonts import TTFNameBytes
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.ttfonts import TTFontFace

from db import paths
from db.pdf.packed import PACKED
from db.pdf.packed import PackedLists
from db.pdf.packed import PackedMap
from db.pdf.packed import PackedRows
from db.pdf.packed import plain

FORMAT = "rescue-ledger-face-2"
MAGIC = b"RLFACE2\n"
BIG = 64  # lists and dicts at least this long, of plain numbers, are packed
SCALE_PROBES = (0, 1, 7, 1000, 1024, 2048, -300, 65535)


class Unsupported(Exception):
    """The face holds something this format does not know: parse instead of caching."""


def cache_file(path: Path, subfont: int) -> Path:
    where = hashlib.sha256(str(path).encode()).hexdigest()[:12]
    return paths.cache_dir() / "fonts" / f"{path.stem}-{subfont}-{where}.face"


def load_font(name: str, path: Path, subfont: int = 0) -> TTFont:
    """``TTFont(name, path, subfontIndex=subfont)``, from the cache when it matches."""
    with _collector_paused():
        data = path.read_bytes()
        key = _key(path, subfont, data)
        target = cache_file(path, subfont)
        font = _read(target, key, name, data)
        if font is not None:
            return font
        font = _parse(name, path, subfont)
        _write(target, key, font)
        return font


def _parse(name: str, path: Path, subfont: int) -> TTFont:
    return TTFont(name, str(path), subfontIndex=subfont)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """A face is ~200,000 small objects that live as long as the program. Made with the cyclic
    garbage collector running, each batch of them sets off a pass over every object the
    program holds (SQLAlchemy's and reportlab's included): about a third of the time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _key(path: Path, subfont: int, data: bytes) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "reportlab": reportlab.Version,
        "python": list(sys.version_info[:2]),
        "arrays": [sys.byteorder, array.array("q").itemsize, array.array("d").itemsize],
        "file": str(path),
        "size": len(data),
        "crc32": zlib.crc32(data),
        "subfont": subfont,
    }


# --- reading ---------------------------------------------------------------------------


def _read(target: Path, key: dict[str, Any], name: str, data: bytes) -> TTFont | None:
    try:
        raw = target.read_bytes()
    except OSError:
        return None
    try:
        return _decode_font(raw, key, name, data)
    except Exception:  # noqa: BLE001 - a damaged or foreign cache is parsed afresh
        return None


def _decode_font(raw: bytes, key: dict[str, Any], name: str, data: bytes) -> TTFont | None:
    if not raw.startswith(MAGIC):
        return None
    head_end = raw.index(b"\n", len(MAGIC))
    head = json.loads(raw[len(MAGIC) : head_end])
    body = raw[head_end + 1 :]
    if head.get("key") != key or head.get("sha256") != hashlib.sha256(body).hexdigest():
        return None
    skeleton_len = head["skeleton"]
    skeleton = json.loads(body[:skeleton_len])
    blob = memoryview(body)[skeleton_len:]
    face_attrs = _decode(skeleton["face"], blob)
    font_attrs = _decode(skeleton["font"], blob)
    return _assemble(name, face_attrs, font_attrs, data)


def _assemble(
    name: str, face_attrs: dict[str, Any], font_attrs: dict[str, Any], data: bytes
) -> TTFont:
    face = TTFontFace.__new__(TTFontFace)
    face.__dict__.update(face_attrs)
    face._ttf_data = data
    face._pdfScale = _scale(face.unitsPerEm)
    font = TTFont.__new__(TTFont)
    font.__dict__.update(font_attrs)
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    return font


def _scale(units_per_em: int) -> Callable[[float], float]:
    """reportlab's font-unit to 1/1000 scale (checked against the parsed face on writing)."""
    if units_per_em == 1000:
        return lambda x: x
    mult = 1000 / units_per_em
    return lambda x: x * mult


# --- writing ---------------------------------------------------------------------------


def _write(target: Path, key: dict[str, Any], font: TTFont) -> None:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=target.name, suffix=".tmp")
    except OSError:  # no writable cache folder: print without the cache
        return
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(_encode_font(key, font))
        os.replace(tmp, target)  # whole or not at all, even with two programs printing
    except Exception:  # noqa: BLE001 - a full disk or a face this format does not know
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def _encode_font(key: dict[str, Any], font: TTFont) -> bytes:
    face = font.face
    if type(font) is not TTFont or type(face) is not TTFontFace:
        raise Unsupported("a subclass")
    if type(font.encoding) is not TTEncoding or vars(font.encoding) != vars(TTEncoding()):
        raise Unsupported("encoding")
    if not isinstance(font.state, WeakKeyDictionary) or len(font.state):
        raise Unsupported("state")
    if any(face._pdfScale(x) != _scale(face.unitsPerEm)(x) for x in SCALE_PROBES):
        raise Unsupported("scale")
    face_attrs = {k: v for k, v in vars(face).items() if k not in ("_ttf_data", "_pdfScale")}
    font_attrs = {
        k: v for k, v in vars(font).items() if k not in ("fontName", "face", "encoding", "state")
    }
    arrays: list[bytes] = []
    skeleton = {"face": _encode(face_attrs, arrays), "font": _encode(font_attrs, arrays)}
    skeleton_raw = json.dumps(skeleton, ensure_ascii=False, allow_nan=False).encode()
    body = skeleton_raw + b"".join(arrays)
    decoded = json.loads(skeleton_raw)
    blob = memoryview(body)[len(skeleton_raw) :]
    if not (
        _same(_decode(decoded["face"], blob), face_attrs)
        and _same(_decode(decoded["font"], blob), font_attrs)
    ):
        raise Unsupported("round trip")
    head = {"key": key, "skeleton": len(skeleton_raw), "sha256": hashlib.sha256(body).hexdigest()}
    return MAGIC + json.dumps(head).encode() + b"\n" + body


# --- the value format --------------------------------------------------------------------
# JSON with one-letter tags: {"T": [...]} tuple, {"L": [...]} list, {"D": [[k, v], ...]} dict,
# {"B": base64} bytes, {"N": base64, "u": text} a TrueType name, {"A": ...} packed numbers.


def _encode(value: Any, arrays: list[bytes]) -> Any:
    kind = type(value)
    if value is None or kind in (bool, str):
        return value
    if kind is int:
        return value
    if kind is float:
        if value != value or value in (float("inf"), float("-inf")):
            raise Unsupported("not a finite number")
        return value
    if kind is TTFNameBytes:
        return {"N": base64.b64encode(bytes(value)).decode(), "u": value.ustr}
    if kind is bytes:
        return {"B": base64.b64encode(value).decode()}
    if kind is tuple:
        return {"T": [_encode(v, arrays) for v in value]}
    if kind is list:
        if len(value) >= BIG:
            packed = _pack_rows(value, arrays)
            if packed is not None:
                return {"A": packed}
        return {"L": [_encode(v, arrays) for v in value]}
    if kind is dict:
        if len(value) >= BIG and all(type(k) is int for k in value):
            packed = _pack_map(value, arrays)
            if packed is not None:
                return {"A": packed}
        return {"D": [[_encode(k, arrays), _encode(v, arrays)] for k, v in value.items()]}
    raise Unsupported(kind.__name__)


def _decode(value: Any, blob: memoryview) -> Any:
    if not isinstance(value, dict):
        return value
    if "T" in value:
        return tuple(_decode(v, blob) for v in value["T"])
    if "L" in value:
        return [_decode(v, blob) for v in value["L"]]
    if "D" in value:
        return {_decode(k, blob): _decode(v, blob) for k, v in value["D"]}
    if "B" in value:
        return base64.b64decode(value["B"])
    if "N" in value:
        name = bytes.__new__(TTFNameBytes, base64.b64decode(value["N"]))
        name.ustr = value["u"]
        return name
    if "A" in value:
        return _unpack(value["A"], blob)
    raise ValueError("unknown tag")


def _numbers(values: list[Any], arrays: list[bytes]) -> dict[str, Any] | None:
    """A column of ints and floats as packed arrays (with a type mask when mixed)."""
    kinds = {type(v) for v in values}
    if kinds == {int}:
        if not all(-(2**63) <= v < 2**63 for v in values):
            return None
        return {"q": _put(array.array("q", values), arrays)}
    if kinds == {float}:
        return {"d": _put(array.array("d", values), arrays)}
    if kinds == {int, float}:  # ints, with the few floats put back at their places
        ints = [0 if type(v) is float else v for v in values]
        if not all(-(2**63) <= v < 2**63 for v in ints):
            return None
        where = [i for i, v in enumerate(values) if type(v) is float]
        return {
            "q": _put(array.array("q", ints), arrays),
            "at": _put(array.array("q", where), arrays),
            "floats": _put(array.array("d", (values[i] for i in where)), arrays),
        }
    return None


def _pack_rows(rows: list[Any], arrays: list[bytes]) -> dict[str, Any] | None:
    """A long list of numbers, or of equal-length tuples of numbers."""
    if all(type(r) in (int, float) for r in rows):
        column = _numbers(rows, arrays)
        return None if column is None else {"list": column}
    if all(type(r) is tuple for r in rows):
        width = len(rows[0])
        if width == 0 or any(len(r) != width for r in rows):
            return None
        columns = []
        for i in range(width):
            column = _numbers([r[i] for r in rows], arrays)
            if column is None:
                return None
            columns.append(column)
        return {"tuples": columns}
    return None


def _pack_map(mapping: dict[int, Any], arrays: list[bytes]) -> dict[str, Any] | None:
    """A long int-keyed dict of numbers, or of lists of ints, in key order (for lookups)."""
    ordered = sorted(mapping.items())
    keys = _numbers([k for k, _ in ordered], arrays)
    if keys is None:
        return None
    values = [v for _, v in ordered]
    if all(type(v) in (int, float) for v in values):
        column = _numbers(values, arrays)
        return None if column is None else {"keys": keys, "values": column}
    if all(type(v) is list for v in values):
        lengths = _numbers([len(v) for v in values], arrays)
        flat = [x for v in values for x in v]
        if not flat or {type(x) for x in flat} != {int}:
            return None
        items = _numbers(flat, arrays)
        if lengths is None or items is None:
            return None
        return {"keys": keys, "lists": items, "lengths": lengths}
    return None


def _put(values: array.array, arrays: list[bytes]) -> list[int]:
    offset = sum(len(a) for a in arrays)
    data = values.tobytes()
    arrays.append(data)
    return [offset, len(data)]


def _get(code: str, where: list[int], blob: memoryview) -> array.array:
    offset, length = where
    if offset < 0 or length < 0 or offset + length > len(blob):
        raise ValueError("outside the file")
    values = array.array(code)
    values.frombytes(blob[offset : offset + length])
    return values


def _column(spec: dict[str, Any], blob: memoryview) -> Sequence[Any]:
    """A packed column: the array itself when it holds one kind of number."""
    if "d" in spec:
        return _get("d", spec["d"], blob)
    values = _get("q", spec["q"], blob)
    if "at" not in spec:
        return values
    mixed: list[Any] = values.tolist()
    at, floats = _get("q", spec["at"], blob), _get("d", spec["floats"], blob)
    if len(at) != len(floats):
        raise ValueError("float places")
    for i, v in zip(at, floats, strict=True):
        mixed[i] = v
    return mixed


def _unpack(spec: dict[str, Any], blob: memoryview) -> Any:
    if "list" in spec:
        return _column(spec["list"], blob)
    if "tuples" in spec:
        columns = [_column(c, blob) for c in spec["tuples"]]
        if len({len(c) for c in columns}) != 1:
            raise ValueError("column lengths")
        return PackedRows(columns)
    keys = _column(spec["keys"], blob)
    if any(a >= b for a, b in zip(keys[:50], keys[1:51], strict=False)):
        raise ValueError("keys out of order")
    if "values" in spec:
        values = _column(spec["values"], blob)
        if len(values) != len(keys):
            raise ValueError("map lengths")
        return PackedMap(keys, values)
    items = _column(spec["lists"], blob)
    lengths = _column(spec["lengths"], blob)
    if len(lengths) != len(keys):
        raise ValueError("list lengths")
    return PackedLists(keys, lengths, items)


def _same(a: Any, b: Any) -> bool:
    """Equal, with the same types all the way down (1 and 1.0 differ here); a packed table
    equals the dict or list it stands for, whatever order the dict's keys were added in."""
    if isinstance(a, PACKED) or isinstance(b, PACKED):
        a, b = plain(a), plain(b)
        if isinstance(a, dict) and isinstance(b, dict):
            a, b = dict(sorted(a.items())), dict(sorted(b.items()))
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return _same(list(a), list(b)) and all(
            _same(x, y) for x, y in zip(a.values(), b.values(), strict=True)
        )
    if type(a) is TTFNameBytes:
        return bytes(a) == bytes(b) and a.ustr == b.ustr
    if not isinstance(a, (list, tuple)):
        return bool(a == b)
    if len(a) != len(b) or list(map(type, a)) != list(map(type, b)):
        return False
    kinds = set(map(type, a))
    if kinds <= {int, float, str, bool, bytes, type(None)}:
        return bool(a == b)  # the types already match item by item
    if kinds in ({tuple}, {list}):  # compare the lengths, then all the items in one run
        if list(map(len, a)) != list(map(len, b)):
            return False
        return _same([x for t in a for x in t], [x for t in b for x in t])
    return all(_same(x, y) for x, y in zip(a, b, strict=True))
