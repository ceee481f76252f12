"""Personal data (GDPR / DSGVO): what each app keeps about people, and how it lets it go.

The feature apps stay independent of each other, so none of them gathers the others' data.
Each app registers its own parts here in its AppConfig.ready(), and the command
`purge_personal_data` and the staff member's "My data" views (accounts.personal_data) iterate
the registry:

- `register_retention(name, purge)`: `purge(cutoff)` deletes this kind of data older than
  `cutoff` and returns how many records it deleted. The period is PORTAL_RETENTION[name] in
  days; a registered kind without a period (or a period that no kind uses) is an error.
- `register_export(section)`: a `Section` of a staff member's own data: its records are flat
  dicts of JSON values, never anything of another person and never restricted content the
  member may not read (the collecting function asks privacy.rules).
- `register_erasure(name, erase)`: `erase(user)` runs inside the transaction that pseudonymises
  an account, before its name, user name and address are replaced, for data an app keeps about
  the user beyond the account itself (two-factor devices, sign-in attempts by user name).

Names are unique: registering one twice replaces it (AppConfig.ready() may run twice in tests).
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.utils import timezone

_retention: dict[str, Callable[[datetime.datetime], int]] = {}
_exports: dict[str, "Section"] = {}
_erasures: dict[str, Callable] = {}


@dataclass(frozen=True)
class Section:
    """One part of a staff member's data: `collect(user)` returns its records.

    `fields` maps each record key to its label on the page (the JSON download uses the keys);
    `order` places the section on the page and in the download.
    """

    key: str
    title: str
    fields: dict = field(hash=False)
    collect: Callable = field(hash=False)
    order: int = 100


def register_retention(name, purge):
    _retention[name] = purge


def register_export(section):
    _exports[section.key] = section


def register_erasure(name, erase):
    _erasures[name] = erase


def retention_periods():
    """{name: (purge, days)} of every registered kind, checked against PORTAL_RETENTION."""
    periods = getattr(settings, "PORTAL_RETENTION", {})
    missing = sorted(set(_retention) - set(periods))
    unused = sorted(set(periods) - set(_retention))
    if missing or unused:
        raise ImproperlyConfigured(
            f"PORTAL_RETENTION must name exactly the registered kinds of personal data: "
            f"without a period: {missing}; no such kind: {unused}"
        )
    for name, days in periods.items():
        if not isinstance(days, int) or days < 1:
            raise ImproperlyConfigured(f"PORTAL_RETENTION[{name!r}] must be a whole number of days")
    return {name: (_retention[name], periods[name]) for name in sorted(_retention)}


def purge(now=None):
    """Delete every kind of personal data older than its period: [(name, days, deleted)].

    Each kind in a transaction of its own: a failing kind leaves it whole and the kinds before
    it purged.
    """
    now = now or timezone.now()
    results = []
    for name, (purge_older, days) in retention_periods().items():
        with transaction.atomic():
            results.append((name, days, purge_older(now - datetime.timedelta(days=days))))
    return results


def sections():
    return sorted(_exports.values(), key=lambda section: (section.order, section.key))


def erasures():
    return list(_erasures.values())
