"""The default category list, created for an organisation the first time its complaint centre is used."""
from __future__ import annotations

from ..models import Category

DEFAULT_CATEGORIES = [
    ("road-lighting", "ถนน ทางเท้า ไฟฟ้าสาธารณะ"),
    ("water", "น้ำประปา ท่อระบายน้ำ น้ำท่วมขัง"),
    ("waste", "ขยะและความสะอาด"),
    ("nuisance", "เหตุเดือดร้อนรำคาญ เสียงดัง กลิ่น ควัน"),
    ("health", "สาธารณสุขและโรคติดต่อ"),
    ("building", "อาคาร การขออนุญาต"),
    ("conduct", "การให้บริการและพฤติกรรมเจ้าหน้าที่"),
    ("other", "อื่น ๆ"),
]


def categories_ensure(*, organisation) -> None:
    if Category.objects.for_org(organisation).exists():
        return
    Category.objects.bulk_create(Category(organisation=organisation, code=code, name=name, order=i)
                                 for i, (code, name) in enumerate(DEFAULT_CATEGORIES, start=1))
