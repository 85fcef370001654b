"""medunit-admin: the administration command line."""
