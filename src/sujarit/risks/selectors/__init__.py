"""Reads for the risk register. Views, the API and the document renderers lay out the typed models built here."""
from .register import (assessment_get, assessment_register, assessments_for_org, heat_map, latest_round,
                       project_risks, round_get, round_sheet, risks_by_level)

__all__ = ["assessment_get", "assessments_for_org", "assessment_register", "heat_map", "risks_by_level",
           "latest_round", "round_get", "round_sheet", "project_risks"]
