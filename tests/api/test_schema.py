"""The OpenAPI schema at /api/schema/: valid, complete, and true to what the API answers.

Schemathesis generates requests for every operation from the schema and checks each response
(no server error; status code, content type, headers and body as documented), once anonymously
and once with a valid key, against a database with real content.
"""

import pytest
import schemathesis
import yaml
from django.core.management import call_command
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from drf_spectacular.validation import validate_schema
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.factories.api import ApiClientFactory, key_for, outcome, public_world
from tests.factories.pages import ChamberFactory

SCHEMA = "/api/schema/"
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]
OPERATIONS = {
    ("GET", "/api/v1/countries/"),
    ("GET", "/api/v1/countries/{id}/"),
    ("GET", "/api/v1/profiles/"),
    ("GET", "/api/v1/profiles/{id}/"),
    ("GET", "/api/v1/reference-occupations/"),
    ("GET", "/api/v1/reference-occupations/{id}/"),
    ("GET", "/api/v1/outcomes/"),
    ("GET", "/api/v1/outcomes/{id}/"),
}


@pytest.fixture
def keep_test_connection():
    """Schemathesis calls the WSGI application itself, whose request signals would close the
    test's database connection inside its transaction (PostgreSQL); Django's test client
    disconnects them the same way."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def world(translate, keep_test_connection):
    world = public_world(translate)
    world["outcome"] = outcome(ChamberFactory(), world["electrician"], world["occupation"])
    return world


def load(client, **params):
    response = client.get(SCHEMA, params)
    assert response.status_code == 200
    return yaml.safe_load(response.content)


def test_schema_is_served_valid_and_complete(client, db):
    response = client.get(SCHEMA)
    assert response["Content-Type"].startswith("application/vnd.oai.openapi")
    schema = yaml.safe_load(response.content)
    validate_schema(schema)  # OpenAPI 3 meta-schema (drf-spectacular's validator)
    assert schema["info"]["title"] == "BQ-Portal API"
    assert schema["info"]["version"] == "1.0.0"
    operations = {
        (method.upper(), path) for path, item in schema["paths"].items() for method in item
    }
    assert operations == OPERATIONS  # only /api/v1/, and only reading
    bearer = schema["components"]["securitySchemes"]["bearerAuth"]
    assert bearer["type"] == "http"
    assert bearer["scheme"] == "bearer"
    for path, item in schema["paths"].items():
        get = item["get"]
        assert "400" in get["responses"], path
        if path.startswith("/api/v1/outcomes/"):
            assert get["security"] == [{"bearerAuth": []}]
            assert {"401", "429"} <= set(get["responses"])
            assert "Retry-After" in get["responses"]["429"]["headers"]
            assert "WWW-Authenticate" in get["responses"]["401"]["headers"]
        else:
            assert "401" not in get["responses"]
        if "{id}" in path:
            assert "404" in get["responses"]
    # English by default, German on request.
    assert "Full equivalence" in response.content.decode()
    assert "Volle Gleichwertigkeit" in str(load(client, lang="de"))
    json_schema = client.get(SCHEMA, {"format": "json"})
    assert json_schema.json()["openapi"].startswith("3.")


def test_schema_generation_has_no_warnings(db, tmp_path):
    target = tmp_path / "schema.yaml"
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(target))
    assert "BQ-Portal API" in target.read_text()


def known_cases(operation, world):
    """Requests that certainly find content (generated ids almost never exist)."""
    ids = {
        "/api/v1/countries/{id}/": world["turkey"].translation_key,
        "/api/v1/profiles/{id}/": world["electrician"].translation_key,
        "/api/v1/reference-occupations/{id}/": world["occupation"].translation_key,
        "/api/v1/outcomes/{id}/": world["outcome"].translation_key,
    }
    for locale in ("de", "en"):
        if operation.path in ids:
            yield operation.Case(
                path_parameters={"id": str(ids[operation.path])}, query={"locale": locale}
            )
        else:
            yield operation.Case(query={"locale": locale, "limit": 100})


def run_schemathesis(world, headers=None, max_examples=25):
    """Every operation with generated requests; failures raise with a reproducible case."""
    schema = schemathesis.openapi.from_wsgi(f"{SCHEMA}?format=json", get_wsgi_application())
    seen = set()
    for result in schema.get_all_operations():
        operation = result.ok()
        seen.add((operation.method.upper(), operation.path))
        for case in known_cases(operation, world):
            response = case.call_and_validate(headers=headers, checks=CHECKS)
            expected = (
                401 if operation.path.startswith("/api/v1/outcomes/") and not headers else 200
            )
            assert response.status_code == expected, (case.path, response.text)

        @given(case=operation.as_strategy())
        @settings(
            max_examples=max_examples,
            deadline=None,
            database=None,
            derandomize=True,
            phases=[Phase.explicit, Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        def check(case):
            case.call_and_validate(headers=headers, checks=CHECKS)

        check()
    return seen


def test_schemathesis_anonymous(world):
    assert run_schemathesis(world) == OPERATIONS


def test_schemathesis_with_a_valid_key(world):
    _key, plaintext = key_for(ApiClientFactory(rate_limit=100_000))
    run_schemathesis(world, headers={"Authorization": f"Bearer {plaintext}"})
