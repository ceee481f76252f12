"""Registration requests and staff accounts in the admin (filled in by the registration work)."""
