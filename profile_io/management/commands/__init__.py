"""import_profiles."""
