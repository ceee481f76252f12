"""Background work: tasks on django-tasks' database queue, their retries, the queue in the admin."""
