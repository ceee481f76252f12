"""The finder's template tags."""
