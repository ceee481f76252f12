"""backup, restore."""
