"""The 500 page: static, in German and English, with the request's id for the user to quote.

Django's own handler renders templates/500.html without any context; this one passes the
request id (portal.logs) and nothing else, so the page renders even when the database or the
cache is what failed.
"""

from django.http import HttpResponseServerError
from django.template import loader
from django.views.decorators.csrf import requires_csrf_token

from portal.logs import request_id_of


@requires_csrf_token
def server_error(request, template_name="500.html"):
    template = loader.get_template(template_name)
    return HttpResponseServerError(template.render({"request_id": request_id_of(request)}))
