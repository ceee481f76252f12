"""Import of professional profiles from CSV or JSON, and their export for staff."""
