"""OpenAPI: the bearer scheme of the outcomes API, and only /api/v1/ in the schema."""

from django.utils.translation import gettext_lazy as _
from drf_spectacular.extensions import OpenApiAuthenticationExtension


class ApiKeyScheme(OpenApiAuthenticationExtension):
    """The outcomes API's bearer scheme (`bq_<prefix>.<secret>`) in the OpenAPI schema."""

    target_class = "api.auth.ApiKeyAuthentication"
    name = "bearerAuth"

    def get_security_definition(self, auto_schema):
        return {
            "type": "http",
            "scheme": "bearer",
            "bearerFormat": "bq_<prefix>.<secret>",
            "description": str(
                _(
                    "An API key issued by the portal administrators: "
                    "“Authorization: Bearer bq_1a2b3c4d.…”."
                )
            ),
        }


def api_v1_only(endpoints, **kwargs):
    """Preprocessing hook: the schema documents /api/v1/ and nothing else."""
    return [endpoint for endpoint in endpoints if endpoint[0].startswith("/api/v1/")]
