"""The rules attach to every portal page through named hooks; a missing or doubled one is an
error."""

from wagtail import hooks as wagtail_hooks

from pages import hooks
from pages.checks import rules_attached


def test_every_rule_is_attached():
    assert rules_attached() == []


def test_a_second_answer_to_a_hook_answered_once_is_an_error():
    with wagtail_hooks.register_temporarily(hooks.PERMISSION_TESTER, lambda user, page: None):
        errors = rules_attached()
    assert [error.id for error in errors] == ["pages.E001"]
    assert hooks.PERMISSION_TESTER in errors[0].msg
