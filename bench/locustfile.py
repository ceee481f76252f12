"""The visitors of `make bench-load` (bench/load_test.py), for locust.

Four kinds of users, weighted as a working day might mix them: anonymous readers of country and
professional profiles in both languages and of their PDFs; searchers (the search page and its
suggestions); registered staff reading recognition outcomes in the restricted area; chamber
editors saving drafts through the admin's edit form and submitting them to quality control.
Staff and editors come signed in (sessions made by the runner, second factor given). What each
user asks for is in the JSON file of LOAD_TARGETS, written by the runner from the database.
Any answer but the expected one is a failure.
"""

import json
import os
import random
import re
from pathlib import Path

from locust import HttpUser, between, task

TARGETS = json.loads(Path(os.environ["LOAD_TARGETS"]).read_text())
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
LOADED = re.compile(r'name="loaded_revision_(id|created_at)" value="([^"]+)"')


class Reader(HttpUser):
    """An anonymous visitor reading profiles, sometimes as PDF."""

    weight = 12
    wait_time = between(1, 4)

    @task(10)
    def page(self):
        self.client.get(random.choice(TARGETS["pages"]), name="profile page")

    @task(1)
    def pdf(self):
        self.client.get(random.choice(TARGETS["pdfs"]), name="profile PDF")


class Searcher(HttpUser):
    """An anonymous visitor searching, letters first."""

    weight = 5
    wait_time = between(2, 5)

    @task(3)
    def search(self):
        word = random.choice(TARGETS["words"])
        self.client.get(f"{TARGETS['search']}?q={word}", name="search")

    @task(2)
    def suggestions(self):
        word = random.choice(TARGETS["words"])
        self.client.get(f"{TARGETS['suggestions']}?q={word[:4]}", name="search suggestions")


class SignedIn(HttpUser):
    """A user who arrives with a session of their own."""

    abstract = True

    def on_start(self):
        session = TARGETS[self.sessions].pop()
        self.client.cookies.update(session)


class Staff(SignedIn):
    """Registered staff reading recognition outcomes."""

    weight = 2
    wait_time = between(2, 6)
    sessions = "staff_sessions"

    @task
    def outcome(self):
        self.client.get(random.choice(TARGETS["outcomes"]), name="outcome (staff)")


class Editor(SignedIn):
    """A chamber editor saving drafts and submitting them, through the admin's edit form."""

    weight = 1
    wait_time = between(3, 8)
    sessions = "editor_sessions"

    def on_start(self):
        super().on_start()
        self.drafts = TARGETS["drafts"].pop()

    def post_form(self, draft, action, label):
        url = f"/admin/pages/{draft['id']}/edit/"
        html = self.client.get(url, name="admin edit form").text
        # Production marks the CSRF cookie Secure, which a client on plain http:// never sends
        # back: the bench sends it as a browser behind HTTPS would.
        secret = next(c.value for c in self.client.cookies if c.name == "csrftoken" and c.secure)
        self.client.cookies.set("csrftoken", secret)
        form = dict(draft["form"], csrfmiddlewaretoken=CSRF.search(html).group(1))
        form |= {f"loaded_revision_{key}": value for key, value in LOADED.findall(html)}
        form["title"] = f"{draft['title']} ({random.randint(1, 10**6)})"
        if action:
            form[action] = action
        with self.client.post(url, data=form, name=label, allow_redirects=False,
                              catch_response=True) as response:  # fmt: skip
            if response.status_code != 302:
                response.failure(f"{response.status_code}: not saved")

    @task(4)
    def save(self):
        self.post_form(self.drafts[0], None, "admin save")

    @task(1)
    def submit(self):
        """The draft goes to quality control; the next one is edited from now on."""
        if len(self.drafts) > 1:
            self.post_form(self.drafts.pop(0), "action-submit", "admin submit")
