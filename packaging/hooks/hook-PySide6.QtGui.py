"""PyInstaller's own hook for this PySide6 module, less the Qt plugins and translations the
program does not use (``packaging/bundle.py``), so neither they nor what they link are collected."""

import bundle

hiddenimports, binaries, datas = bundle.qt_hook(__file__)
