"""Import of the registers from the files offices keep (.xlsx, .xls, WPS .et, CSV), export to
.xlsx and templates; no Qt here.

from db.xlsx import REGISTERS, import_register, export_register, write_template
"""

from db.xlsx.api import (
    ImportOptions,
    Preview,
    check_file,
    export_register,
    import_register,
    read_file,
    register_spec,
    write_template,
)
from db.xlsx.registers import REGISTERS
from db.xlsx.spec import (
    Column,
    ImportRejected,
    ImportReport,
    Kind,
    OperationCancelled,
    Problem,
    RegisterSpec,
    UnreadableFile,
)

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
