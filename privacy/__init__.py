"""Who may see what: the one place the portal decides what restricted content reaches whom.

Every other app asks this one (docs/privacy.md lists every channel and its guard):
- `rules`: who passes which view restriction, which pages, documents and images a user may see;
- `policies`: Wagtail's page permissions never reach inside a tree the user may not read;
- `membership`: roles that work inside the restricted trees imply Registered staff;
- `mirroring`: a restriction holds for every language version and alias of a page, whatever
  happens to the page or its counterparts;
- `patches`: wagtail-localize's own copying of restrictions gives way to `mirroring`;
- `media`: uploaded files are served through Django, restricted ones privately;
- `forms`: a page's content never refers to what its editor may not read;
- `middleware`, `views`, `wagtail_hooks`: the admin's views, choosers, previews and
  wagtail-localize's views show nothing restricted to those outside the restricted area.
"""
