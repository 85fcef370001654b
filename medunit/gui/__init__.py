"""The PySide6 desktop client: start-up dialogs and the main window. Calls services only."""

import ctypes
import sys

# PySide6 6.12 on Python 3.11 drops a reference to None on some calls (QComboBox.addItem,
# setCurrentText, clear, ...; measured with sys.getrefcount(None)). After enough of them Python aborts
# with "none_dealloc". None is never really freed, so raising its reference count once is a safe
# workaround until PySide is fixed (Python 3.12+ makes None immortal; nothing to do there).
if sys.version_info < (3, 12) and sys.implementation.name == "cpython":
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
