"""Import of the registers from the files offices keep (.xlsx, .xls, WPS .et, CSV), export to
.xlsx and templates; no Qt here.

from db.xlsx import REGISTERS, import_register, export_register, write_template
"""

from db.xlsx.api import ImportOptions
from db.xlsx.api import Preview
from db.xlsx.api import check_file
from db.xlsx.api import export_register
from db.xlsx.api import import_register
from db.xlsx.api import read_file
from db.xlsx.api import register_spec
from db.xlsx.api import write_template
from db.xlsx.registers import REGISTERS
from db.xlsx.spec import Column
from db.xlsx.spec import ImportRejected
from db.xlsx.spec import ImportReport
from db.xlsx.spec import Kind
from db.xlsx.spec import OperationCancelled
from db.xlsx.spec import Problem
from db.xlsx.spec import RegisterSpec
from db.xlsx.spec import UnreadableFile

__all__ = [
    "REGISTERS",
    "ImportOptions",
    "Preview",
    "check_file",
    "read_file",
    "Column",
    "ImportRejected",
    "ImportReport",
    "Kind",
    "OperationCancelled",
    "Problem",
    "RegisterSpec",
    "UnreadableFile",
    "export_register",
    "import_register",
    "register_spec",
    "write_template",
]
