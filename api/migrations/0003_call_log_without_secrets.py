"""The call log keeps no key and no full address: rows written before that rule are cut down."""

import ipaddress
from urllib.parse import parse_qsl, urlencode, urlsplit

from django.db import migrations

SECRET_PARAMETERS = {"api_key", "apikey", "key", "token", "access_token"}


def truncated(address):
    if not address:
        return address
    ip = ipaddress.ip_address(address)
    prefix = 24 if ip.version == 4 else 48
    return str(ipaddress.ip_network(f"{ip}/{prefix}", strict=False).network_address)


def withheld(path):
    parts = urlsplit(path)
    if not parts.query:
        return path
    query = [
        (name, "[withheld]" if name.lower() in SECRET_PARAMETERS else value)
        for name, value in parse_qsl(parts.query, keep_blank_values=True)
    ]
    return f"{parts.path}?{urlencode(query, safe='[]/')}"


def cut_down(apps, schema_editor):
    ApiCallLog = apps.get_model("api", "ApiCallLog")
    for call in ApiCallLog.objects.only("pk", "path", "remote_addr").iterator(chunk_size=2000):
        path, address = withheld(call.path), truncated(call.remote_addr)
        if (path, address) != (call.path, call.remote_addr):
            ApiCallLog.objects.filter(pk=call.pk).update(path=path[:2000], remote_addr=address)


class Migration(migrations.Migration):
    dependencies = [("api", "0002_administrator_permissions")]

    operations = [migrations.RunPython(cut_down, migrations.RunPython.noop)]
