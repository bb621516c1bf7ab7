"""The corruption-risk register: matrices (versioned), assessments per fiscal year, risks, control measures
linked to plan projects, and follow-up rounds at 6 and 12 months."""
from .assessment import (AssessmentEvent, AssessmentStatus, RiskAssessment, WorkingGroupMember,
                         WorkingGroupRole)
from .followup import FollowUpRound, MeasureProgress, MeasureStatus, RiskReview
from .matrix import RiskMatrix
from .risk import ControlMeasure, MeasureProject, Risk, RiskArea

__all__ = [
    "RiskMatrix", "RiskAssessment", "AssessmentStatus", "AssessmentEvent", "WorkingGroupMember",
    "WorkingGroupRole", "Risk", "RiskArea", "ControlMeasure", "MeasureProject", "FollowUpRound",
    "MeasureProgress", "MeasureStatus", "RiskReview",
]
