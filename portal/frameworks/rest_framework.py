"""Django REST framework's private API: the Django request inside DRF's Request."""


def http_request(request):
    """The django.http.HttpRequest of a DRF `Request` (or `request` itself, if it is one).

    Why private (`Request._request`): DRF's Request reads unknown attributes through from the
    Django request but sets them on itself, and has no public accessor for the Django request;
    what is noted for middleware and the call log (the API key), and what Django-side code
    reads (the address), must be on the Django request."""
    return getattr(request, "_request", request)
