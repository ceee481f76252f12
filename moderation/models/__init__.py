"""The task types of the quality-control workflows."""

from .tasks import FinalCheckTask, ReviewTask

__all__ = ["FinalCheckTask", "ReviewTask"]
