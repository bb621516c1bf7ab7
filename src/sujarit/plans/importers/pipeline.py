"""Read → parse → check → link → lint: one function for the command, the upload job and the tests."""
from __future__ import annotations

from dataclasses import dataclass

from ..lint import Finding, lint, view_from_parsed
from .check import check_plan
from .errors import DocumentError
from .export import plan_report
from .linking import LinkedProject, link_projects
from .parsed import ParsedPlan
from .readers import read_document
from .text_plan import parse_plan_text


@dataclass
class ImportResult:
    text: str
    parsed: ParsedPlan
    projects: list[LinkedProject]
    findings: list[Finding]

    def report(self) -> dict:
        return plan_report(self.parsed, self.projects, self.findings)


def parse_document_text(text: str) -> ImportResult:
    try:
        parsed = parse_plan_text(text)
    except (ValueError, IndexError, KeyError, AttributeError, TypeError, ArithmeticError) as error:
        # The parser steps over what it can; anything else means the layout is not a plan's.
        raise DocumentError("unreadable-layout", "อ่านโครงสร้างเอกสารไม่ได้ ไม่ใช่รูปแบบของแผนปฏิบัติการป้องกันการทุจริต",
                            "The document's layout cannot be read as an anti-corruption action plan.") from error
    check_plan(parsed)
    projects = link_projects(parsed)
    return ImportResult(text=text, parsed=parsed, projects=projects,
                        findings=lint(view_from_parsed(parsed, projects, text)))


def import_document(data: bytes, filename: str = "") -> ImportResult:
    return parse_document_text(read_document(data, filename))


__all__ = ["DocumentError", "ImportResult", "import_document", "parse_document_text"]
