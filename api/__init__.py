"""The portal's interfaces for other systems, under /api/ (docs/api.md).

- the read API: live, public country profiles, professional profiles and German reference
  occupations, in German and English, for everyone;
- the outcomes API: anonymised recognition outcomes, for registered client systems with a key;
- their administration in the Wagtail admin: clients, keys and the call log.
"""
