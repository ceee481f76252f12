from .registration import RegistrationRequest
from .staff import StaffProfile
from .tasks import FinalCheckTask, ReviewTask

__all__ = ["FinalCheckTask", "RegistrationRequest", "ReviewTask", "StaffProfile"]
