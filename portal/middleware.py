"""Responses for signed-in users are never stored by shared caches (DESIGN section 6).

Restricted content (pages of the restricted area, outcomes on profiles, restricted documents,
the forum) is only ever served to signed-in users, so marking every such response
`Cache-Control: private, no-store` keeps it out of CDNs and browser caches, while anonymous
responses of public pages stay cacheable.
"""

from .http_cache import keep_private


class PrivateForSignedInUsersMiddleware:
    """Marks every response to a signed-in user `Cache-Control: private, no-store`."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            keep_private(response)
        return response
