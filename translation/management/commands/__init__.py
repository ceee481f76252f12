"""check_translations: every interface string translated, catalogues current."""
