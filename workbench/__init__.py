"""My workbench: the admin dashboard panels of each role."""
