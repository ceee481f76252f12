"""Reference data review: reference occupations, occupational fields, glossary terms and chambers
are published by someone who did not write the change (a reviewer, a competent editor or a
portal administrator), as pages are. Nobody holds a publish permission on them: approval in
this workflow is the only way an edit reaches the portal.
"""

from django.db import migrations

WORKFLOW = "Reference data review"
TASK = "Prüfung der Referenzdaten"
MODELS = ["referenceoccupation", "occupationalfield", "glossaryterm", "chamber"]
GROUPS = ["Reviewers", "Competent editors", "Portal administrators"]


def create_reference_data_review(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Group = apps.get_model("auth.Group")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowContentType = apps.get_model("wagtailcore.WorkflowContentType")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")
    ReviewTask = apps.get_model("moderation.ReviewTask")

    task_type, _created = ContentType.objects.get_or_create(
        app_label="moderation", model="reviewtask"
    )
    review = ReviewTask.objects.create(name=TASK, content_type=task_type)
    review.groups.set(Group.objects.filter(name__in=GROUPS))
    workflow = Workflow.objects.create(name=WORKFLOW, active=True)
    WorkflowTask.objects.create(workflow=workflow, task=review, sort_order=0)
    for model in MODELS:
        content_type, _created = ContentType.objects.get_or_create(app_label="pages", model=model)
        WorkflowContentType.objects.create(workflow=workflow, content_type=content_type)


def remove_reference_data_review(apps, schema_editor):
    apps.get_model("moderation.ReviewTask").objects.filter(name=TASK).delete()
    apps.get_model("wagtailcore.Workflow").objects.filter(name=WORKFLOW).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("moderation", "0010_editorial_review"),
        ("pages", "0012_reviewed_snippets"),
    ]

    operations = [
        migrations.RunPython(create_reference_data_review, remove_reference_data_review)
    ]
