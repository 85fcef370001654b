"""PyInstaller runtime hook: let the frozen medunit find its bundled resources (translations, icons).

``medunit.gui.i18n.resources_dir()`` honours ``MEDUNIT_RESOURCES``; an explicit setting wins.
"""

import os
import sys

_base = getattr(sys, "_MEIPASS", None)
if _base:
    os.environ.setdefault("MEDUNIT_RESOURCES", os.path.join(_base, "resources"))
