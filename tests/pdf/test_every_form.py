"""Every form the program prints embeds every font it names: a PDF that names Helvetica (or
any font) without carrying it prints differently on each office's PC."""

from __future__ import annotations

import pypdf
import pytest

from desktop.cli.main import main
from desktop.cli.main import print_modules

# What each record form is printed for in the demo database (the rest print whole registers).
DRILL = ["--drill", "2"]  # the four drill forms print the same drill
RECORD = {
    "roster": ["--month", "2026-12"],
    **dict.fromkeys(("drill-signin", "drill-record", "drill-evaluation", "drill-pack"), DRILL),
    "plan-summary": ["--plan", "1"],
    "hydrant-checklist": ["--source", "XHS-001"],
    "pool-checklist": ["--source", "SC-001"],
    **dict.fromkeys(("survey-sheet", "survey-report"), ["--survey", "1"]),
    "vehicle-check": ["--vehicle", "渝B·F1119"],
    "bulletin": ["--month", "2026-11"],
}
BLANK = ("drill-signin", "drill-record", "drill-evaluation", "hydrant-checklist", "pool-checklist")
FORMS = [name for module in print_modules() for name in module.FORMS]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    assert main(["--demo", "--data-dir", str(folder), "due"]) == 0
    return folder


def unembedded(path) -> set[str]:
    """The fonts a PDF's pages name without carrying the font file."""
    missing = set()
    for page in pypdf.PdfReader(path).pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            descriptor_owner = font
            if font.get("/Subtype") == "/Type0":
                descriptor_owner = font["/DescendantFonts"][0].get_object()
            descriptor = descriptor_owner.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            if not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                missing.add(str(font.get("/BaseFont")))
    return missing


def test_the_record_forms_are_all_named_here():
    assert set(RECORD) <= set(FORMS)


@pytest.mark.parametrize(
    "form, extra",
    [(f, RECORD.get(f, [])) for f in FORMS] + [(f, ["--blank"]) for f in BLANK],
)
def test_every_form_embeds_its_fonts(demo, tmp_path, form, extra, capsys):
    out = tmp_path / f"{form}.pdf"
    assert main(["--demo", "--data-dir", str(demo), "print", form, *extra, "-o", str(out)]) == 0, (
        capsys.readouterr().err
    )
    assert unembedded(out) == set()
