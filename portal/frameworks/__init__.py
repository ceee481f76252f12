"""The portal's only calls into private APIs of the frameworks it builds on, one module each.

The rule: private framework APIs (underscore names, internal modules, internal task names and
signal receivers) are used only in this package. Each is wrapped in a small named function
whose comment says why the private API is used: what public alternative is missing or too
slow. Feature code calls these wrappers and nothing private. tests/portal/test_frameworks.py
checks each wrapped API (it exists, its signature is the one called, it behaves as relied
on), so that an upgrade that changes one fails there, not in a feature.

Public APIs stay where they are used: Django's `_meta`, `_default_manager` and `_base_manager`
are documented, and attributes that the portal sets on requests or users itself are its own.
"""
