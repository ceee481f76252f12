"""wagtail-localize, guarded and driven: translation review, translation status, sync."""
