"""Management commands of the import and export app."""
