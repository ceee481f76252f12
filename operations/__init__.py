"""Running the portal: health answers, backups and restores, the database router."""
