import pytest


@pytest.fixture
def assessment(demo):
    """The demo's published 2566 assessment (made from the plan's Part 1 table)."""
    from sujarit.risks.models import RiskAssessment

    return RiskAssessment.objects.for_org(demo.org).get(fiscal_year_be=2566)


@pytest.fixture
def draft(demo, persona):
    """An empty draft assessment for 2567 linked to the demo plan."""
    from sujarit.risks import services

    return services.assessment_create(organisation=demo.org, fiscal_year_be=2567, plan=demo.plan,
                                      acting_user=persona("plan"))
