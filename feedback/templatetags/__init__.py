"""The feedback template tags."""
