"""Outcome check: outcomes are published by a competent editor who did not write them, and each
chamber's group may add and edit outcomes in its own chamber's subtree only (see
moderation.chamber_groups, which does the same for every chamber made later)."""

from django.db import migrations

from moderation.migrations._helpers import ensure_permissions


def create_outcome_check(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Group = apps.get_model("auth.Group")
    Page = apps.get_model("wagtailcore.Page")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")
    FinalCheckTask = apps.get_model("moderation.FinalCheckTask")
    OutcomeIndexPage = apps.get_model("pages.OutcomeIndexPage")

    ensure_permissions(apps)
    check = FinalCheckTask.objects.create(
        name="Ergebnisprüfung", content_type=ContentType.objects.get_for_model(FinalCheckTask)
    )
    check.groups.set(Group.objects.filter(name="Competent editors"))
    workflow = Workflow.objects.create(name="Outcome check", active=True)
    WorkflowTask.objects.create(workflow=workflow, task=check, sort_order=0)
    for index in Page.objects.filter(pk__in=OutcomeIndexPage.objects.values("pk")):
        WorkflowPage.objects.create(workflow=workflow, page=index)


class Migration(migrations.Migration):
    dependencies = [
        ("moderation", "0006_translation_review"),
        ("pages", "0007_restricted_area_sections"),
    ]

    operations = [migrations.RunPython(create_outcome_check, migrations.RunPython.noop)]
