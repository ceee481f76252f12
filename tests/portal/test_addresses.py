"""One client address for every count and log, behind the configured number of proxies."""

import pytest
from axes.helpers import get_client_ip_address
from django.core.exceptions import ImproperlyConfigured
from django.test import RequestFactory

from portal.addresses import client_ip, ratelimit_ip
from portal.frameworks.ratelimit import client_ip as counted_ip
from portal.logs import client_network


def request(forwarded=None):
    headers = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded else {}
    return RequestFactory().get("/", REMOTE_ADDR="10.0.0.2", **headers)


def test_without_proxies_the_peer_is_the_client(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    forged = request("198.51.100.9")
    assert client_ip(forged) == counted_ip(forged) == "10.0.0.2"


def test_behind_one_proxy_a_forged_header_entry_is_never_used(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    forged = request("198.51.100.9, 203.0.113.5")  # the client wrote the first entry itself
    assert client_ip(forged) == counted_ip(forged) == "203.0.113.5"
    assert get_client_ip_address(forged) == "203.0.113.5"  # django-axes counts the same
    assert client_ip(request()) == "10.0.0.2"  # no header: the peer


def test_a_request_without_an_address_is_refused_by_rate_limits_and_logged_without_one():
    anonymous = RequestFactory().get("/")
    del anonymous.META["REMOTE_ADDR"]
    assert client_ip(anonymous) is None
    with pytest.raises(ImproperlyConfigured):
        ratelimit_ip(anonymous)
    assert client_network(anonymous) is None
