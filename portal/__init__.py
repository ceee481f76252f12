"""The project package: settings, URLs, the WSGI and ASGI applications, and site-wide parts.

The site-wide parts: the production cache (cache), the caching headers of signed-in users'
responses (middleware), the language links of views that are not pages (alternates), the role
group names (roles) and the only calls into private framework APIs (frameworks).
"""
