"""gunicorn as the benches serve the portal, and what its workers cost, read from /proc.

Production settings from the environment it is given (bench/environment.py), 2 sync workers (or
as many as asked), bound to loopback only. A worker's CPU is user plus system time
(/proc/PID/stat), its memory the resident set now and at its peak (VmRSS, VmHWM in
/proc/PID/status).
"""

import http.client
import os
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORKERS = 2
TICKS = os.sysconf("SC_CLK_TCK")


class Server:
    """`with Server(port, env, log) as server:` gunicorn, started and ready, stopped at the end;
    what it prints (the request log) goes to the file `log`."""

    def __init__(self, port, env, log, workers=WORKERS):
        self.port = port
        self.worker_count = workers
        self.env = env
        self.log = log
        self.process = None

    def __enter__(self):
        with self.log.open("w") as output:
            self.process = self.start(output)
        self.wait_ready()
        return self

    def start(self, output):
        return subprocess.Popen(
            [
                str(ROOT / ".venv/bin/gunicorn"),
                "portal.wsgi",
                f"--workers={self.worker_count}",
                f"--bind=127.0.0.1:{self.port}",
                "--log-level=warning",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait()

    def wait_ready(self, seconds=180):
        """Until both workers run and one answers (importing Django takes a while on a busy
        machine)."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn ended with {self.process.returncode}: {self.log}")
            try:
                connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
                connection.request("GET", "/.well-known/security.txt")
                if (
                    connection.getresponse().status == 200
                    and len(self.workers()) == self.worker_count
                ):
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"gunicorn did not answer on port {self.port} in {seconds} s")

    def workers(self):
        """The worker processes' ids (the master's children)."""
        master = str(self.process.pid)
        children = []
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                except OSError:
                    continue  # ended meanwhile
                if fields[1] == master:
                    children.append(int(entry.name))
        return sorted(children)

    def cpu_seconds(self):
        """User plus system CPU time of all workers so far."""
        total = 0
        for pid in self.workers():
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15)
        return total / TICKS

    def memory(self):
        """Each worker's resident set now and at its peak, in MiB."""
        rows = []
        for pid in self.workers():
            status = dict(
                line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines()
            )
            rows.append(
                {
                    "pid": pid,
                    "rss_mib": round(int(status["VmRSS"].split()[0]) / 1024, 1),
                    "hwm_mib": round(int(status["VmHWM"].split()[0]) / 1024, 1),
                }
            )
        return rows


def collect_static():
    """The static files and manifest the production settings serve, collected again only when
    the portal's own or the installed packages' are newer (it takes a minute). Django must be
    set up (bench/environment.py)."""
    from django.conf import settings
    from django.core.management import call_command

    manifest = Path(settings.STATIC_ROOT) / "staticfiles.json"
    sources = [ROOT / ".venv/.installed", *(ROOT / "static").rglob("*")]
    if (
        not manifest.exists()
        or max(path.stat().st_mtime for path in sources) > manifest.stat().st_mtime
    ):
        call_command("collectstatic", interactive=False, verbosity=0)
