from datetime import date

from sujarit.complaints.services import complaint_submit

PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde"
       b"\x00\x00\x00\x0cIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82")
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def submit(centre, *, channel="walk_in", received_on: date | None = None, **fields):
    data = {"subject": "ไฟทางดับ", "description": "ไฟทางดับหน้าบ้าน", "place": "หมู่ ๑",
            "contact_name": "นายทดสอบ", **fields}
    category = data.pop("category", centre.cats["road-lighting"])
    return complaint_submit(organisation=centre.org, channel=channel, category=category,
                            received_on=received_on, acting_user=centre.officer, **data)
