"""The drill evidence pack: record, sign-in, evaluation and photos in one PDF.

One document with one page count: a contents page, then each form from a new page, then the
photos (two to a page, scaled to fit, with captions).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable
from reportlab.platypus import Image
from reportlab.platypus import KeepTogether
from reportlab.platypus import PageBreak
from reportlab.platypus import Spacer

from db.drills.forms.drill import DrillSheet
from db.drills.forms.drill import evaluation_story
from db.drills.forms.drill import record_story
from db.drills.forms.drill import signin_story
from db.pdf.base import PORTRAIT
from db.pdf.base import Form
from db.pdf.base import Styles
from db.pdf.base import cn_date
from db.pdf.base import para
from db.pdf.base import render
from db.pdf.base import styles

PHOTOS_PER_PAGE = 2


@dataclass
class Photo:
    path: Path
    caption: str = ""


@dataclass
class PackSheet:
    drill: DrillSheet
    photos: list[Photo] = field(default_factory=list)


def _image(path: Path, width: float, height: float) -> Flowable | None:
    """The picture scaled to fit ``width`` × ``height``; None when it cannot be read."""
    try:
        from PIL import Image as PILImage
        from PIL import ImageOps

        with PILImage.open(path) as raw:
            im = ImageOps.exif_transpose(raw)  # phone photos: honour the rotation tag
            w, h = im.size
            scale = min(width / w, height / h)
            if im.mode not in ("RGB", "L"):
                im = im.convert("RGB")
            buffer = io.BytesIO()
            im.save(buffer, format="JPEG", quality=85)
        buffer.seek(0)
        return Image(buffer, width=w * scale, height=h * scale)
    except Exception:  # noqa: BLE001 - a damaged photo must not stop the pack
        return None


def _photos(photos: list[Photo], st: Styles, width: float) -> list[Flowable]:
    out: list[Flowable] = []
    slot = (PORTRAIT.height - 40 * mm) / PHOTOS_PER_PAGE - 12 * mm
    for i, photo in enumerate(photos, start=1):
        if i > 1 and (i - 1) % PHOTOS_PER_PAGE == 0:
            out.append(PageBreak())
        picture = _image(photo.path, width, slot)
        caption = f"图{i}　{photo.caption or photo.path.name}"
        if picture is None:
            caption += "（图片无法读取）"
            picture = Spacer(1, 10 * mm)
        cap_style = st.body.clone("caption", alignment=1)
        out.append(KeepTogether([picture, Spacer(1, 2 * mm), para(caption, cap_style)]))
        out.append(Spacer(1, 6 * mm))
    if not photos:
        out.append(para("本次演练未上传照片。", st.body))
    return out


def build_pack_pdf(pack: PackSheet) -> bytes:
    st = styles(10.5)
    width = PORTRAIT.width
    sheet = pack.drill
    d = sheet.drill
    assert d is not None, "the evidence pack is printed for a recorded drill"
    heading = st.title.clone("part_title", fontSize=16, leading=21, spaceAfter=6)
    parts = [
        ("一、演练记录表", record_story(sheet, st, width)),
        ("二、演练签到表", signin_story(sheet, st, width)),
        ("三、应急演练评估表", evaluation_story(sheet, st, width)),
        (f"四、演练照片（{len(pack.photos)} 张）", _photos(pack.photos, st, width)),
    ]
    when = cn_date(d.starts_at.date() if d.starts_at else None)
    contents = [
        para(f"演练名称：{d.name}", st.body),
        para(f"演练时间：{when}\u00a0\u00a0\u00a0\u00a0演练类型：{d.kind}", st.body),
        para(
            f"依据预案：{d.plan_name or '—'}\u00a0\u00a0\u00a0\u00a0重点场所：{d.site_name or '—'}",
            st.body,
        ),
        Spacer(1, 6 * mm),
        para("目　录", st.label),
        *[para(title, st.body) for title, _ in parts],
    ]
    body: list[Flowable] = list(contents)
    for title, story in parts:
        body += [PageBreak(), para(title.split("（")[0][2:], heading), *story]
    form = Form(
        sheet.letterhead,
        "演练资料",
        body,
        layout=PORTRAIT,
        printed_on=sheet.printed_on,
        subtitle=f"{d.name}　{when}",
        subject=f"演练资料 {d.name}",
    )
    return render(form).data
