"""Translation review on the English tree: no translation goes live unreviewed.

The English country tree keeps "Quality control" (the nearer assignment wins); every other
English page gets "Translation review": one four-eyes step by a reviewer or competent editor who
did not write the translation. Translators may use wagtail-localize's translation views.
"""

from django.db import migrations

from moderation.migrations._helpers import ensure_permissions, homes_and_country_indexes


def create_translation_review(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")
    ReviewTask = apps.get_model("moderation.ReviewTask")

    ensure_permissions(apps)
    review = ReviewTask.objects.create(
        name="Übersetzungsprüfung",
        content_type=ContentType.objects.get_for_model(ReviewTask),
    )
    review.groups.set(Group.objects.filter(name__in=["Reviewers", "Competent editors"]))
    workflow = Workflow.objects.create(name="Translation review", active=True)
    WorkflowTask.objects.create(workflow=workflow, task=review, sort_order=0)
    for page in homes_and_country_indexes(apps)["english_home"]:
        WorkflowPage.objects.create(workflow=workflow, page=page)

    submit = Permission.objects.get(
        content_type__app_label="wagtail_localize", codename="submit_translation"
    )
    for name in ["Translators", "Reviewers", "Competent editors"]:
        Group.objects.get(name=name).permissions.add(submit)


class Migration(migrations.Migration):
    dependencies = [
        ("moderation", "0005_registrationrequest"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(create_translation_review, migrations.RunPython.noop)]
