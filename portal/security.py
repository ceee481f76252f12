"""Security headers beyond Django's own: the Content-Security-Policy, its reports, security.txt.

- **Two policies** (django-csp): the public site's, settings.CONTENT_SECURITY_POLICY, allows
  no inline script or style and no eval (a script needs a file under static/ or django-csp's
  nonce, `request.csp_nonce`); the Wagtail admin's, settings.CONTENT_SECURITY_POLICY_ADMIN, adds
  what Wagtail's admin needs (inline scripts and styles of its templates and widgets).
- **frame-ancestors follows X-Frame-Options**: `DENY` is `'none'`, `SAMEORIGIN` (which Wagtail
  puts on its preview, shown in an iframe of the editor) is `'self'`. Responses that bring a
  policy of their own (documents: `default-src 'none'`; media a browser would run: `sandbox`)
  keep it and get the matching frame-ancestors added.
- **Reports** (`report-uri` and `report-to`, the `Reporting-Endpoints` header) go to
  `csp_report`: POST only, without CSRF token (browsers send none), at most
  settings.CSP_REPORT_MAX_BYTES, settings.CSP_REPORT_RATE per client address; each violation is
  one warning of the logger `portal.csp`, URLs without their query strings.
- **security.txt** (RFC 9116) at /.well-known/security.txt from settings.SECURITY_TXT.
"""

import json
import logging
from urllib.parse import urlsplit, urlunsplit

from csp.constants import HEADER, NONE, SELF
from csp.middleware import CSPMiddleware
from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST
from django_ratelimit.core import is_ratelimited

REPORT_ENDPOINT_NAME = "csp"  # the name in Reporting-Endpoints that report-to refers to
FRAME_ANCESTORS = {"DENY": NONE, "SAMEORIGIN": SELF}
REPORT_TYPES = {"application/csp-report", "application/reports+json", "application/json"}
MAX_REPORTS_PER_BODY = 20
MAX_FIELD_LENGTH = 500

csp_logger = logging.getLogger("portal.csp")
admin_prefix = SimpleLazyObject(lambda: reverse("wagtailadmin_home"))


def frame_ancestors(response):
    """The frame-ancestors source that matches the response's X-Frame-Options, or None."""
    return FRAME_ANCESTORS.get(response.get("X-Frame-Options", "").upper())


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware with the admin's policy under the admin's URL and frame-ancestors
    taken from X-Frame-Options. Stands before XFrameOptionsMiddleware in settings.MIDDLEWARE, so
    it sees that header."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only:
            return parts
        if parts.config is None and request.path_info.startswith(str(admin_prefix)):
            parts.config = settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"]
        ancestors = frame_ancestors(response)
        if ancestors:
            parts.replace = {**(parts.replace or {}), "frame-ancestors": [ancestors]}
        return parts

    def process_response(self, request, response):
        own_policy = response.get(HEADER)
        response = super().process_response(request, response)
        ancestors = frame_ancestors(response)
        if own_policy and ancestors and "frame-ancestors" not in own_policy:
            response[HEADER] = f"{own_policy}; frame-ancestors {ancestors}"
        if HEADER in response:
            endpoint = request.build_absolute_uri(reverse("csp_report"))
            response["Reporting-Endpoints"] = f'{REPORT_ENDPOINT_NAME}="{endpoint}"'
        return response


def without_query(url):
    """A reported URL without query string and fragment (a client may have put a secret there)."""
    if not isinstance(url, str):
        return url
    parts = urlsplit(url[:MAX_FIELD_LENGTH])
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


def violation(report):
    """What is logged of one report (either format), or None if it is no CSP report."""
    if not isinstance(report, dict):
        return None
    body = report.get("body") if "body" in report else report.get("csp-report")
    if not isinstance(body, dict):
        return None

    def field(*names):
        for name in names:
            if name in body:
                value = body[name]
                return value[:MAX_FIELD_LENGTH] if isinstance(value, str) else value
        return None

    return {
        "document": without_query(field("documentURL", "document-uri")),
        "directive": field("effectiveDirective", "effective-directive", "violated-directive"),
        "blocked": without_query(field("blockedURL", "blocked-uri")),
        "source": without_query(field("sourceFile", "source-file")),
        "line": field("lineNumber", "line-number"),
        "sample": field("sample", "script-sample"),
        "disposition": field("disposition"),
    }


def report_error(message, status):
    return JsonResponse({"detail": message}, status=status)


@csrf_exempt
@never_cache
@require_POST
def csp_report(request):
    """Log the violations of a CSP report (report-uri's or the Reporting API's format)."""
    if is_ratelimited(
        request, group="csp-report", key="ip", rate=settings.CSP_REPORT_RATE, increment=True
    ):
        return report_error("Too many reports.", 429)
    content_type = request.content_type.lower()
    if content_type not in REPORT_TYPES:
        return report_error("Not a CSP report.", 415)
    limit = settings.CSP_REPORT_MAX_BYTES
    declared = request.META.get("CONTENT_LENGTH") or "0"
    if not declared.isdigit() or int(declared) > limit:
        return report_error("Report too large.", 413)
    body = request.read(limit + 1)
    if len(body) > limit:
        return report_error("Report too large.", 413)
    try:
        data = json.loads(body)
    except ValueError:
        return report_error("Not JSON.", 400)
    reports = data if isinstance(data, list) else [data]
    violations = [v for v in map(violation, reports[:MAX_REPORTS_PER_BODY]) if v]
    if not violations:
        return report_error("Not a CSP report.", 400)
    for item in violations:
        csp_logger.warning(
            "CSP violation: %s blocked %s", item["directive"], item["blocked"], extra={"csp": item}
        )
    return HttpResponse(status=204)


@require_GET
def security_txt(request):
    """/.well-known/security.txt (RFC 9116): whom to tell about a vulnerability, until when."""
    config = settings.SECURITY_TXT
    lines = [f"Contact: {contact}" for contact in config["CONTACT"]]
    lines.append(f"Expires: {config['EXPIRES']}")
    lines.append(f"Preferred-Languages: {', '.join(config['PREFERRED_LANGUAGES'])}")
    lines.append(f"Canonical: {request.build_absolute_uri()}")
    lines.extend(f"Policy: {policy}" for policy in config.get("POLICY", []))
    response = HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
    response["Cache-Control"] = "public, max-age=86400"
    return response
