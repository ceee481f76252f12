"""System checks of the content model: every hook through which the rules attach is registered."""

from django.core import checks

from . import hooks


@checks.register()
def rules_attached(app_configs=None, **kwargs):
    errors = []
    for name in hooks.ANSWERED_ONCE + hooks.RUN_ALL:
        found = len(hooks.registered(name))
        expected = "exactly one" if name in hooks.ANSWERED_ONCE else "at least one"
        if (name in hooks.ANSWERED_ONCE and found != 1) or found == 0:
            errors.append(
                checks.Error(
                    f"The Wagtail hook {name!r} has {found} functions; it needs {expected}.",
                    hint="Each rule app registers its hooks in its wagtail_hooks.py (pages.hooks).",
                    id="pages.E001",
                )
            )
    return errors
