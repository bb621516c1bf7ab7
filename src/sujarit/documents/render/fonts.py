"""The font named in DOCX and XLSX files (ADR 0013).

Office files do not carry our Sarabun: they name a font the reader's machine has. Thai government machines have
TH SarabunPSK (one of the 13 national fonts prescribed for official documents, 16 pt for body text); on Debian,
fonts-thai-tlwg draws "TH Sarabun*" with Laksaman scaled to the same size, so LibreOffice renders it too.
"""
OFFICE_FONT = "TH SarabunPSK"
OFFICE_SIZE_BODY = 16
OFFICE_SIZE_TABLE = 14
