"""Official outputs of the register: the assessment report and the 6/12-month risk-management report (PDF via
`sujarit.documents.pdf.render_pdf`, DOCX via python-docx) and the XLSX register in the officers' layout."""
