"""Management commands of the portal core."""
