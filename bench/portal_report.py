"""The sections bench/portal.py writes: the run's circumstances, a table per measure, and each
target of DESIGN section 8 with its figure, met or missed by how much."""

import datetime
import os
import platform
import shutil
import statistics
import subprocess

from django.conf import settings
from django.db import connection
from wagtail.models import WorkflowState

from bench.report import write_section
from pages.models import CountryProfilePage, ProfessionalProfilePage

MAX_QUERIES = 8
PROFILE_CPU_MS = 12
PROFILE_P95_MS = 40
CACHED_RATIO = 0.70
ADMIN_P95_MS = 300


def circumstances(name, scale):
    """What the figures depend on: when, where, what code, what data, how loaded."""
    git = shutil.which("git")
    command = [git, "rev-parse", "--short", "HEAD"] if git else None
    commit = subprocess.run(command, capture_output=True, text=True).stdout if git else ""
    profiles = ProfessionalProfilePage.objects.filter(live=True)
    return {
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "scale": name,
        "commit": commit.strip() or "unknown",
        "machine": f"{platform.node()} ({os.cpu_count()} cores)",
        "load_average_start": os.getloadavg()[0],
        "database": connection.settings_dict["NAME"],
        "German professional profiles": profiles.filter(locale__language_code="de").count(),
        "English professional profiles": profiles.filter(locale__language_code="en").count(),
        "German country profiles": CountryProfilePage.objects.filter(
            live=True, locale__language_code="de"
        ).count(),
        "pages in review": WorkflowState.objects.filter(status="in_progress").count(),
        "settings": settings.SETTINGS_MODULE,
        "debug": settings.DEBUG,
        "scale_parameters": scale,
    }


def verdict(value, limit):
    """Whether `value` met `limit` ("met": below it, or at most it for counts), else by how
    much it missed."""
    if value < limit or (isinstance(value, int) and value == limit):
        return "met"
    return f"missed by {value - limit:g}"


def heading(name, facts):
    return [
        f"## {name}",
        "",
        f"Measured {facts['date']} by `make bench SCALE={facts['scale']}` (bench/portal.py) on "
        f"{facts['machine']}, shared with other work (load average "
        f"{facts['load_average_start']:.1f} at the start, {facts['load_average_end']:.1f} at the "
        f"end), code {facts['commit']}, "
        f"database {facts['database']}: {facts['German professional profiles']:,} German and "
        f"{facts['English professional profiles']:,} English professional profiles, "
        f"{facts['German country profiles']:,} German country profiles, "
        f"{facts['pages in review']:,} pages in review. PostgreSQL, gunicorn with 2 workers, "
        f"production settings (DEBUG {'on' if facts['debug'] else 'off'}), Redis as the cache, "
        "clients on loopback.",
        "",
    ]


def pages_section(facts, all_rows):
    scale = facts["scale_parameters"]
    rows = [r for r in all_rows if not r.get("missing")]
    missing = [r["page"] for r in all_rows if r.get("missing")]
    lines = [
        *heading("Pages", facts),
        "*Uncached*: the page cache bypassed (the request carries a cookie the page cache does "
        "not know, so it neither serves nor stores it), the process caches warm; *cached*: "
        "answered by the page cache (`X-Page-Cache: hit`); *signed in*: a chamber editor "
        f"with the second factor given, each client its own session. {scale['rounds']} rounds "
        f"alternate uncached and cached, {scale['pages']} requests per client and round. SQL "
        "queries and app CPU: one request in the bench's own process (Django's test client, "
        f"the same settings and services; CPU the median of {scale['renders']}); worker CPU: "
        "the gunicorn workers' user and system time during the row, per request.",
        "",
        "| page | cache | SQL queries | app CPU ms | clients | requests | p50 ms | p95 ms "
        "| max ms | requests/s | worker CPU ms |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        *[
            f"| {r['page']} | {r['cache']} | {r['queries']} | {r['cpu_ms']} | {r['clients']} "
            f"| {r['requests']} | {r['p50_ms']} | {r['p95_ms']} | {r['max_ms']} "
            f"| {r['requests_per_s']} | {r['worker_cpu_ms']} |"
            for r in rows
        ],
        "",
    ]
    if missing:
        lines += [f"Not in the dataset, so not measured: {', '.join(missing)}.", ""]
    targets = page_targets(rows)
    lines += ["Targets (DESIGN section 8):", ""]
    lines += [f"- {t['what']}: {t['value']:g} ({t['verdict']})" for t in targets] + [""]
    return lines, targets


def page_targets(rows):
    uncached = [r for r in rows if r["cache"] != "cached" and r["clients"] == 1]
    profile, big = [r for r in uncached if r["page"].startswith("professional profile")]
    targets = [
        (
            f"{r['page']}, {r['cache']}: SQL queries (at most {MAX_QUERIES})",
            r["queries"],
            MAX_QUERIES,
        )
        for r in uncached
    ]
    targets += [
        (f"professional profile uncached: app CPU ms (under {PROFILE_CPU_MS})",
         profile["cpu_ms"], PROFILE_CPU_MS),
        (f"professional profile uncached: p95 ms at 1 client (under {PROFILE_P95_MS})",
         profile["p95_ms"], PROFILE_P95_MS),
        ("professional profile uncached: more SQL queries with 100 sections (none)",
         big["queries"] - profile["queries"], 0),
    ]  # fmt: skip
    return [
        {"what": what, "value": value, "limit": limit, "verdict": verdict(value, limit)}
        for what, value, limit in targets
    ]


def ceiling_section(facts, paths, per_round):
    scale = facts["scale_parameters"]
    medians = {what: statistics.median(values) for what, values in per_round.items()}
    ratio = medians["cached page"] / medians["trivial Django view"]
    lines = [
        *heading("Page cache", facts),
        f"4 clients, {scale['ceiling']} requests per client and round, "
        f"{scale['ceiling_rounds']} rounds alternating. The trivial view is "
        "/.well-known/security.txt (a few lines of text through the same middleware), the "
        f"static file {paths['static file']} (WhiteNoise), the cached page the professional "
        f"profile {paths['cached page']} (`X-Page-Cache: hit`).",
        "",
        "| what | requests/s per round | median |",
        "|---|---|---:|",
        *[
            f"| {what} | {', '.join(f'{x:.0f}' for x in per_round[what])} | {medians[what]:.0f} |"
            for what in per_round
        ],
        "",
        f"Cached page / trivial view: {ratio:.0%} (target: at least {CACHED_RATIO:.0%}: "
        f"{'met' if ratio >= CACHED_RATIO else f'missed by {CACHED_RATIO - ratio:.0%} points'}).",
        "",
    ]
    figures = {"paths": paths, "requests_per_s": per_round, "median": medians, "ratio": ratio}
    return lines, figures


def admin_section(facts, rows):
    scale = facts["scale_parameters"]
    lines = [
        *heading("Admin", facts),
        "Ten signed-in editors at once, each its own session with the second factor given "
        "(chamber editors of the dataset, or the bench's own superuser), "
        f"{scale['admin']} requests each per row (or as many as {scale['seconds']} s allow). "
        "SQL queries and app CPU: one request in the bench's own process, as for Pages.",
        "",
        "| role | view | SQL queries | app CPU ms | requests | p50 ms | p95 ms | max ms "
        f"| requests/s | worker CPU ms | p95 under {ADMIN_P95_MS} ms |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for r in rows:
        if "error" in r:
            r["verdict"] = "not measured"
            lines.append(f"| {r['role']} | {r['view']} | {r['error']} |||||||| {r['verdict']} |")
            continue
        r["verdict"] = verdict(r["p95_ms"], ADMIN_P95_MS)
        lines.append(
            f"| {r['role']} | {r['view']} | {r['queries']} | {r['cpu_ms']} | {r['requests']} "
            f"| {r['p50_ms']} | {r['p95_ms']} | {r['max_ms']} | {r['requests_per_s']} "
            f"| {r['worker_cpu_ms']} | {r['verdict']} |"
        )
    met = sum(r["verdict"] == "met" for r in rows)
    lines += ["", f"Target (DESIGN section 8): p95 under {ADMIN_P95_MS} ms at ten editors: "
              f"met by {met} of {len(rows)} rows.", ""]  # fmt: skip
    return lines


def memory_section(facts, workers):
    lines = [
        *heading("Memory", facts),
        "Each gunicorn worker after every page, page cache and admin row above: its resident "
        f"set (VmRSS) and its peak (VmHWM), from /proc. The run took {facts['seconds']} s.",
        "",
        "| worker | resident MiB | peak MiB |",
        "|---|---:|---:|",
        *[f"| {n} | {w['rss_mib']} | {w['hwm_mib']} |" for n, w in enumerate(workers, 1)],
        "",
    ]
    return lines


def write(facts, pages, ceiling, admin, workers, seconds):
    """Every section of the run; `seconds` it took, from its start to its last row."""
    facts["load_average_end"] = os.getloadavg()[0]
    facts["seconds"] = round(seconds)
    lines, targets = pages_section(facts, pages)
    write_section(lines, {"run": facts, "rows": pages, "targets": targets})
    lines, figures = ceiling_section(facts, *ceiling)
    write_section(lines, {"run": facts, **figures})
    write_section(admin_section(facts, admin), {"run": facts, "rows": admin})
    write_section(memory_section(facts, workers), {"run": facts, "workers": workers})
