"""Documents that leave the store: request letters, the signed advice export, access reports."""
