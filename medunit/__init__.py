"""medunit: the workstation of an insurer's medical advisor functional unit."""

__version__ = "0.1.0"
