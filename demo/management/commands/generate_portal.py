"""`manage.py generate_portal`: a generated portal at DESIGN section 8's scale (demo.generator;
docs/dataset.md), into a freshly migrated database."""

import resource
import time

from django.core.management.base import BaseCommand, CommandError

from demo.generator import SCALES, PortalNotEmptyError, generate


class Command(BaseCommand):
    """manage.py generate_portal [--scale full|small|tiny] [--seed N] [--in-review N]."""

    help = "Generate a portal of country and professional profiles, translations and outcomes."

    def add_arguments(self, parser):
        parser.add_argument("--scale", choices=list(SCALES), default="full")
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument(
            "--in-review", type=int, default=0, help="Profiles with a newer revision in review."
        )

    def handle(self, *args, scale, seed, in_review, **options):
        started = time.perf_counter()
        try:
            counts = generate(scale, seed, in_review, log=self.stdout.write)
        except PortalNotEmptyError as error:
            raise CommandError(str(error)) from error
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
        for name, value in counts.items():
            self.stdout.write(f"{name}: {value:,}")
        self.stdout.write(f"{time.perf_counter() - started:.0f} s, peak memory {peak} MB")
