"""`make bench` (search part): the portal's search at DESIGN section 8's scale, served by gunicorn.

Runs on the generated portal that `make bench` builds (bench/dataset.py: 920 country profiles,
35,000 professional profiles, English versions of a third of them; DATABASE_URL, by default the
database of BENCH_SCALE, full or small, the small one for comparing code quickly, not for
docs/benchmarks.md), starts gunicorn with the production settings (2 workers, DEBUG off), and
times searches with two facets from one and from four concurrent clients, with the words of the
vocabularies the portal's texts were made of (demo.corpus). Figures go to docs/benchmarks.md.
Nothing here is a test.

`--against DIR [ROUNDS]` compares instead: the code of another checkout (A) and of this one (B)
served side by side on the same dataset, alternated (side_by_side); its table is printed only.
"""

import contextlib
import datetime
import http.client
import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote_plus

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench import environment

SCALE = os.environ.get("BENCH_SCALE", "full")
environment.setup(
    "redis://127.0.0.1:6379/3",
    DATABASE_URL=f"{os.environ.get('BENCH_SERVER', 'postgres://postgres@127.0.0.1:5432')}"
    f"/bqportal_portal_{SCALE}",
)

from django.core.management import call_command
from django.db import connection

from bench.report import write_section
from bench.server import TICKS, WORKERS, Server
from demo import corpus
from pages.choices import IscedLevel, QualificationType
from pages.public_cache import changed as bump_generation
from pages.snippets import OccupationalField
from search.models import SearchDocument

PORT = 8765
REQUESTS = 60  # per client and scenario
BROAD = "broad (worst case)"


# Two facets per search, in the combinations a visitor ticks.
def facet_pairs(field_ids):
    types = QualificationType.values
    levels = IscedLevel.values
    pairs = [f"type={kind}&isced={level}" for kind in types for level in levels]
    pairs += [f"type={kind}&field={field}" for kind in types for field in field_ids]
    pairs += [f"isced={level}&field={field}" for level in levels for field in field_ids]
    return pairs


def query_classes(field_ids):
    """{class: [search paths]}, every path distinct, shuffled (seeded)."""
    rng = corpus.seeded(77)
    pairs = facet_pairs(field_ids)
    countries = corpus.COUNTRIES
    queries = {
        "occupation": [("de", corpus.query_word(german)) for german, _ in corpus.OCCUPATIONS]
        + [("en", english.split()[0]) for _, english in corpus.OCCUPATIONS[::3]],
        "country": [("de", german) for german, _ in countries]
        + [("en", english.replace("-", " ")) for _, english in countries[::3]],
        "common words": [("de", word) for word in corpus.COMMON_DE[:60]]
        + [
            ("de", f"{first} {second}")
            for first, second in zip(corpus.COMMON_DE[:30], corpus.COMMON_DE[30:60], strict=True)
        ]
        + [("en", word) for word in corpus.COMMON_EN[:30]],
        BROAD: [("de", word) for word in corpus.BROAD_DE]
        + [("en", word) for word in corpus.BROAD_EN],
    }
    prefix = {"de": "/de/suche/", "en": "/en/search/"}
    classes = {}
    for name, items in queries.items():
        paths = [
            f"{prefix[language]}?q={quote_plus(text)}&{pair}"
            for language, text in items
            for pair in pairs
        ]
        rng.shuffle(paths)
        classes[name] = paths
    return classes


def timed_requests(paths, latencies, uncached=False, port=PORT):
    connection_ = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    for path in paths:
        if uncached:  # nothing of any earlier search can be used, not even a part of it
            bump_generation()
        started = time.perf_counter()
        connection_.request("GET", path)
        response = connection_.getresponse()
        response.read()
        latencies.append((time.perf_counter() - started) * 1000)
        if response.status != 200:
            raise RuntimeError(f"{path}: {response.status}")


def measure(per_client, uncached=False, port=PORT):
    """Each client requests its own list of paths, all at once; latencies over all of them."""
    latencies = []
    threads = [
        threading.Thread(target=timed_requests, args=(paths, latencies, uncached, port))
        for paths in per_client
    ]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    latencies.sort()
    return {
        "requests": len(latencies),
        "p50": statistics.median(latencies),
        "p95": latencies[max(int(len(latencies) * 0.95) - 1, 0)],
        "max": latencies[-1],
        "throughput": len(latencies) / elapsed,
    }


def mixed(classes, count, rng):
    """A realistic mix: mostly occupations and countries, some common words, few broad."""
    weights = {"occupation": 4, "country": 3, "common words": 2, BROAD: 1}
    names = rng.choices(list(weights), list(weights.values()), k=count)
    return [classes[name].pop() for name in names]


def run_scenarios(classes):
    """Cold: every request a search never made before, after the index generation moved on.
    Warm: a few searches per class, made once before timing, then repeated."""
    rng = corpus.seeded(5)
    results = {}
    warm_sets = {name: [paths.pop() for _ in range(8)] for name, paths in classes.items()}
    for name in classes:
        for clients in (1, 4):
            bump_generation()
            per_client = [[classes[name].pop() for _ in range(REQUESTS)] for _ in range(clients)]
            results[(name, "cold", clients)] = measure(per_client)
    for clients in (1, 4):
        bump_generation()
        per_client = [mixed(classes, REQUESTS, rng) for _ in range(clients)]
        results[("realistic mix", "cold", clients)] = measure(per_client)
    for clients in (1, 4):
        per_client = [[classes[BROAD].pop() for _ in range(REQUESTS)] for _ in range(clients)]
        results[(BROAD, "none", clients)] = measure(per_client, uncached=True)
    bump_generation()
    for name, paths in warm_sets.items():
        measure([paths])  # fill the cache
        for clients in (1, 4):
            per_client = [
                [paths[(start + number) % len(paths)] for number in range(REQUESTS)]
                for start in range(clients)
            ]
            results[(name, "warm", clients)] = measure(per_client)
    typed = suggestion_paths()
    bump_generation()
    per_client = [[typed.pop() for _ in range(REQUESTS)] for _ in range(4)]
    results[("suggestions", "cold", 4)] = measure(per_client)
    suggest = ["/de/suche/vorschlaege/?q=Elek", "/en/search/suggestions/?q=mech"]
    results[("suggestions", "warm", 4)] = measure([suggest * (REQUESTS // 2)] * 4)
    return results


def suggestion_paths():
    """What visitors type into the search field: the first 3 to 6 letters of an occupation, a
    country or a common word, each once (shuffled, seeded)."""
    words_ = [corpus.query_word(german) for german, _ in corpus.OCCUPATIONS]
    words_ += [german for german, _ in corpus.COUNTRIES] + list(corpus.COMMON_DE)
    typed = {word[:length] for word in words_ for length in range(3, 7) if len(word) > length}
    paths = [f"/de/suche/vorschlaege/?q={quote_plus(text)}" for text in sorted(typed)]
    corpus.seeded(9).shuffle(paths)
    return paths


class CodeServer(Server):
    """gunicorn serving the code of the checkout `code` (bench/server.py), with this
    environment."""

    def __init__(self, port, env, log, code):
        super().__init__(port, {**env, "PYTHONPATH": str(code)}, log)
        self.code = code

    def start(self, output):
        command = [str(ROOT / ".venv/bin/gunicorn"), "portal.wsgi", f"--workers={WORKERS}"]
        command += [f"--bind=127.0.0.1:{self.port}", "--log-level=warning"]
        return subprocess.Popen(
            command, cwd=self.code, env=self.env, stdout=output, stderr=subprocess.STDOUT
        )


def database_cpu_seconds():
    """User plus system CPU time so far of the PostgreSQL backends of the bench's database
    but this process's own (the servers' connections are kept: CONN_MAX_AGE)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pid FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        pids = [row[0] for row in cursor.fetchall()]
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # ended meanwhile
        total += int(fields[11]) + int(fields[12])
    return total / TICKS


SIDE_BY_SIDE_ROWS = ("occupation", "country", "common words", BROAD, "realistic mix")


def side_by_side(against, rounds):
    """The cold classes, suggestions and the broad searches with nothing cached ("none"), at
    four clients, served by the code of `against` (A) and of this checkout (B) in turn: both
    servers run, one is asked at a time, in alternating order, the same searches of each round
    to both after the content version moved on. CPU per request: the serving workers' and the
    database backends' (/proc)."""
    field_ids = list(
        OccupationalField.objects.filter(name__startswith="Berufsbereich").values_list(
            "pk", flat=True
        )
    )
    classes, typed, rng = query_classes(field_ids), suggestion_paths(), corpus.seeded(5)
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=against,
        env={**os.environ, "PYTHONPATH": str(against)},
        check=True,
    )
    codes = {"A": against, "B": ROOT}
    results = {}
    with contextlib.ExitStack() as stack:
        servers = {
            label: stack.enter_context(
                CodeServer(
                    PORT + number,
                    os.environ.copy(),
                    ROOT / "var" / f"bench-search-{label}.log",
                    code,
                )
            )
            for number, (label, code) in enumerate(codes.items())
        }
        warm_up = [[paths[-1 - number] for paths in classes.values() for number in range(4)]] * 2
        for server in servers.values():
            measure(warm_up, port=server.port)
        for number in range(rounds):
            rows = {
                name: [[classes[name].pop() for _ in range(REQUESTS)] for _ in range(4)]
                for name in SIDE_BY_SIDE_ROWS
                if name != "realistic mix"
            }
            rows["realistic mix"] = [mixed(classes, REQUESTS, rng) for _ in range(4)]
            rows["suggestions"] = [[typed.pop() for _ in range(REQUESTS)] for _ in range(4)]
            rows["none"] = [[classes[BROAD].pop() for _ in range(REQUESTS)] for _ in range(4)]
            order = list(servers.items()) if number % 2 == 0 else list(servers.items())[::-1]
            for label, server in order:
                for name, per_client in rows.items():
                    bump_generation()
                    load, app, database = (
                        os.getloadavg()[0],
                        server.cpu_seconds(),
                        database_cpu_seconds(),
                    )
                    row = measure(per_client, uncached=name == "none", port=server.port)
                    row["app_ms"] = (server.cpu_seconds() - app) * 1000 / row["requests"]
                    row["db_ms"] = (database_cpu_seconds() - database) * 1000 / row["requests"]
                    row["load"] = load
                    results.setdefault((name, label), []).append(row)
    print(f"A: {against}\nB: {ROOT}\n")
    print(
        "| query class | code | p50 ms | p95 ms | app CPU ms/request | PostgreSQL CPU ms/request |"
    )
    print("|---|---|---|---|---|---|")
    for (name, label), runs in results.items():
        cells = [
            " / ".join(f"{run[key]:.1f}" for run in runs)
            for key in ("p50", "p95", "app_ms", "db_ms")
        ]
        print(f"| {name} | {label} | {' | '.join(cells)} |")
    loads = [run["load"] for runs in results.values() for run in runs]
    print(f"\nload average (1 min) during the rows: {min(loads):.1f} to {max(loads):.1f}")


def main():
    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)  # the manifest production needs
    profiles = SearchDocument.objects.filter(kind="pages.professionalprofilepage")
    if not profiles.exists():
        sys.exit(
            f"{connection.settings_dict['NAME']} holds no generated portal: "
            f"make bench SCALE={SCALE} builds it (bench/dataset.py)."
        )
    if "--against" in sys.argv:  # --against DIR [rounds]: side by side with another checkout
        arguments = sys.argv[sys.argv.index("--against") + 1 :]
        side_by_side(Path(arguments[0]).resolve(), int(arguments[1]) if len(arguments) > 1 else 3)
        return
    counts = {
        "German professional profiles": profiles.filter(locale__language_code="de").count(),
        "English professional profiles": profiles.filter(locale__language_code="en").count(),
        "country profiles (both languages)": SearchDocument.objects.filter(
            kind="pages.countryprofilepage"
        ).count(),
    }
    field_ids = list(
        OccupationalField.objects.filter(name__startswith="Berufsbereich").values_list(
            "pk", flat=True
        )
    )
    classes = query_classes(field_ids)
    server = subprocess.Popen(
        [
            str(ROOT / ".venv/bin/gunicorn"),
            "portal.wsgi",
            "--workers=2",
            f"--bind=127.0.0.1:{PORT}",
            "--log-level=warning",
        ],
        cwd=ROOT,
        env=os.environ.copy(),
    )
    try:
        for _ in range(50):
            try:
                http.client.HTTPConnection("127.0.0.1", PORT, timeout=1).request("GET", "/de/")
                break
            except OSError:
                time.sleep(0.2)
        warm_up = [[paths.pop() for paths in classes.values() for _ in range(4)]] * 2
        measure(warm_up)  # both workers loaded (the same searches twice: also the cache path)
        results = run_scenarios(classes)
    finally:
        server.terminate()
        server.wait()
    report(counts, results)


def report(counts, results):
    lines = [
        "## Search",
        "",
        f"Measured {datetime.date.today().isoformat()} by `make bench` (bench/search.py) on this "
        "2-core machine: PostgreSQL, gunicorn with 2 workers, production settings (DEBUG off), "
        "Redis as the Django cache, no HTTP cache in front. Every search has two facets. "
        "*Cold*: every request is a search not made before since the index last changed, so "
        "its answer is not cached (its facet counts may share parts with the searches before "
        "it: the counts of the same words with fewer filters, see search.query.CountPart); "
        "*none*: the content version changes before every request, so nothing of any earlier "
        "search is used; *warm*: eight searches per class, each made once before timing, "
        "then repeated. Suggestions: cold, what visitors type (3 to 6 letters of an "
        f"occupation, country or common word), each once; warm, two repeated. {REQUESTS} "
        "requests per client and row.",
        "",
        *[f"- {label}: {value:,}" for label, value in counts.items()],
        "",
        "| query class | cache | clients | requests | p50 ms | p95 ms | max ms | requests/s |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
        *[
            f"| {name} | {cache} | {clients} | {row['requests']} | {row['p50']:.1f} "
            f"| {row['p95']:.1f} | {row['max']:.1f} | {row['throughput']:.1f} |"
            for (name, cache, clients), row in results.items()
        ],
        "",
        "Target (DESIGN section 8): search with two facets p95 under 100 ms at four clients.",
        "",
    ]
    write_section(lines)


if __name__ == "__main__":
    main()
