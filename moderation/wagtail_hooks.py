"""Admin integration of roles and quality control."""

from . import registration_admin  # noqa: F401  (registration and staff accounts in the admin)
