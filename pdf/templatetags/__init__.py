"""Template filters of the print templates (templates/pdf/)."""
