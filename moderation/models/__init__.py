from .staff import StaffProfile
from .tasks import FinalCheckTask, ReviewTask

__all__ = ["FinalCheckTask", "ReviewTask", "StaffProfile"]
