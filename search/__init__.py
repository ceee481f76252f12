"""The portal's search: one document per live page, searched with facets and their counts.

The documents are kept in step with publishing; every search starts from what the user may see,
and answers are cached (docs/architecture.md, Search).
"""
