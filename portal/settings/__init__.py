"""Settings: `base`, shared by every environment, and one module per environment.

DJANGO_SETTINGS_MODULE names `portal.settings.dev`, `.test` or `.production`; each starts from
`base` and sets what differs.
"""
