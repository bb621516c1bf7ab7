"""Build small plan documents in the layout of a published plan's text layer, for importer and lint tests."""
from __future__ import annotations

from dataclasses import dataclass, field

from sujarit.plans.importers.normalise import to_thai_digits

ORG = "เทศบาลตำบลทดสอบ"
DIM_TITLES = {1: "การสร้างวัฒนธรรมสุจริต", 2: "การบริหารราชการด้วยความโปร่งใส",
              3: "การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน",
              4: "การยกระดับกลไกการตรวจสอบการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น"}
AREAS = {1: ("1.1", "1.1.1"), 2: ("2.1", "2.1.1"), 3: ("3.1", "3.1.1"), 4: ("4.1", "4.1.1")}


def t(value) -> str:
    return to_thai_digits(str(value))


def money(value: int) -> str:
    return t(f"{value:,}")


@dataclass
class Row:
    name: str
    dimension: int
    budget: int = 0
    quarters: tuple[int, ...] = (1,)


@dataclass
class Sheet:
    number: int
    name: str
    dimension: int
    budget: int | None = 0
    outputs: tuple[str, ...] = ("มีการดำเนินการไม่น้อยกว่า ๒ ครั้งต่อปี",)
    responsible: str = "สำนักปลัดเทศบาล"


@dataclass
class PlanDoc:
    org: str = ORG
    first: int = 2566
    last: int = 2567
    years: dict[int, list[Row]] = field(default_factory=dict)
    sheets: list[Sheet] = field(default_factory=list)
    stated: dict[int, tuple[int | None, list[int] | None]] = field(default_factory=dict)  # year -> (budget, ticks)
    eplan: dict[int, dict] = field(default_factory=dict)  # year -> {"listed", "counted", "per_dim", "rows"}
    intro_claims: dict[int, int] | None = None  # dimension -> claimed count (computed when None)
    extra_preface: str = ""
    row_numbers: dict[int, list[int]] = field(default_factory=dict)  # year -> printed numbers

    def text(self) -> str:
        out = [f"แผนปฏิบัติการป้องกันการทุจริต เพื่อยกระดับคุณธรรมและความโปร่งใส ขององค์กรปกครองส่วนท้องถิ่น "
               f"(พ.ศ. {self.first} - {self.last})", "", "คำนำ", ""]
        counts = {d: sum(1 for rows in self.years.values() for r in rows if r.dimension == d) for d in (1, 2, 3, 4)}
        claims = self.intro_claims if self.intro_claims is not None else counts
        total = sum(claims.values())
        out += [f"{self.org} ได้จัดทำแผนปฏิบัติการป้องกันการทุจริต{self.extra_preface}", "",
                f"ส่วนที่ ๒ ประกอบด้วย โครงการ/กิจกรรม/มาตรการ แยกตาม ๔ มิติ รวมทั้งสิ้นจำนวน {t(total)} โครงการ ดังนี้",
                ""]
        out += [f"มิติที่ {t(d)} {DIM_TITLES[d]} จำนวน {t(n)} โครงการ" for d, n in claims.items()] + [""]
        out += ["สำนักงาน" + self.org, "", "ส่วนที่ ๑ บทนำ", "", "๑. การประเมินความเสี่ยงการทุจริตในองค์กร", "",
                "๔. เป้าหมาย", "", "ค่าเป้าหมาย\t" + "\t".join(f"ปี {t(y)}" for y in range(self.first, self.last + 1)),
                "คะแนน ITA\t" + "\t".join("๘๕ คะแนน" for _ in range(self.first, self.last + 1)), "",
                "ส่วนที่ ๒"]
        for year, rows in self.years.items():
            out += self._year(year, rows)
        out += ["ส่วนที่ ๓", "", "รายละเอียดโครงการ/กิจกรรม/มาตรการ", ""]
        last_dim = None
        for sheet in self.sheets:
            if sheet.dimension != last_dim:
                area, sub = AREAS[sheet.dimension]
                out += [f"มิติที่ {t(sheet.dimension)} {DIM_TITLES[sheet.dimension]}", "",
                        f"{t(area)} ประเด็นทดสอบ", "", f"{t(sub)} ประเด็นย่อยทดสอบ", ""]
                last_dim = sheet.dimension
            out += self._sheet(sheet)
        return "\n".join(out)

    def _year(self, year: int, rows: list[Row]) -> list[str]:
        out = ["", f"แผนปฏิบัติการป้องกันการทุจริต พ.ศ.{t(year)}", self.org, "",
               "ลำดับ\tรายการโครงการ/กิจกรรม/มาตรการ\tมิติ\tงบประมาณ ที่ใช้\tดำเนินการตามไตรมาส\t\t\t\tหมายเหตุ",
               "\t\t\t\t๑\t๒\t๓\t๔\t"]
        numbers = self.row_numbers.get(year) or list(range(1, len(rows) + 1))
        for number, row in zip(numbers, rows):
            ticks = "\t".join("/" if q in row.quarters else "" for q in (1, 2, 3, 4))
            out.append(f"{t(number)}\t{row.name}\t{t(row.dimension)}\t{money(row.budget)}\t{ticks}\t")
        budget, ticks = self.stated.get(year, (sum(r.budget for r in rows),
                                               [sum(1 for r in rows if q in r.quarters) for q in (1, 2, 3, 4)]))
        total_budget = money(budget) if budget is not None else ""
        tick_cells = "\t".join(t(n) for n in ticks) if ticks else "\t\t\t"
        out += [f"รวมเป็นจำนวนเงินทั้งสิ้น\t\t\t{total_budget}\t{tick_cells}\t", ""]
        if year in self.eplan:
            e = self.eplan[year]
            out += [f"แผนปฏิบัติการป้องกันการทุจริต พ.ศ.{t(year)} {self.org} ในระบบ e - PlanNACC จำนวน {t(e['listed'])} โครงการ",
                    "", "โครงการตามแผนฯ ป.ป.ช.\tจำนวนโครงการขึ้นค่า\tมิติ 1\tมิติ 2\tมิติ 3\tมิติ 4",
                    "\t".join(str(n) for n in [e["listed"], e["counted"], *e["per_dim"]]), "",
                    "โครงการเพิ่มเติม (ไม่คิดคะแนน)\tมิติ 1\tมิติ 2\tมิติ 3\tมิติ 4", "0\t0\t0\t0\t0", "",
                    "ลำดับ\tชื่อโครงการ\tมิติ\tปีงบประมาณ\tดำเนินการ"]
            for number, name, dim in e["rows"]:
                out.append(f"{number}\t{name}\t{dim}\t{year}\t")
            out.append("")
        return out

    def _sheet(self, s: Sheet) -> list[str]:
        budget = f"{money(s.budget)} บาท" if s.budget is not None else "ไม่ใช้งบประมาณ"
        out = [f"ลำดับที่ {t(s.number)}", "", f"๑. ชื่อโครงการ : {s.name}", "", "๒. หลักการและเหตุผล/ที่มาของโครงการ",
               "", f"{self.org} เห็นความสำคัญของการป้องกันการทุจริต", "", "๓. วัตถุประสงค์", "",
               "๑) เพื่อป้องกันการทุจริต", "", "๔. กลุ่มเป้าหมาย", "", "บุคลากร จำนวน ๓๐ คน", "", "๕. วิธีดำเนินการ",
               "", "๑) จัดทำโครงการ", "๒) ดำเนินการตามโครงการ", "", "๖. ระยะเวลาดำเนินการ", "",
               f"ปีงบประมาณ พ.ศ. {t(self.first)} - {t(self.last)}", "", "๗. งบประมาณดำเนินการ", "", budget, "",
               "๘. ผู้รับผิดชอบโครงการ", "", s.responsible, "", "๙. ผลผลิต/ผลลัพธ์", "", "ผลผลิต", ""]
        out += [f"๑) {o}" for o in s.outputs]
        return out + ["", "ผลลัพธ์", "", "บุคลากรมีความรู้ไม่น้อยกว่า ร้อยละ ๘๐", ""]


def clean_doc() -> PlanDoc:
    """A small plan with no problem: two years, four projects, each with its sheet."""
    names = {1: "โครงการอบรมคุณธรรมจริยธรรมของเทศบาลตำบลทดสอบ", 2: "มาตรการเปิดเผยข้อมูลสาธารณะของเทศบาลตำบลทดสอบ",
             3: "มาตรการจัดการเรื่องร้องเรียนของเทศบาลตำบลทดสอบ", 4: "มาตรการบริหารความเสี่ยงการทุจริตของเทศบาลตำบลทดสอบ"}
    doc = PlanDoc()
    doc.years = {
        2566: [Row(names[1], 1, 10000, (2,)), Row(names[2], 2, 0, (1,)), Row(names[3], 3, 0, (1, 3))],
        2567: [Row(names[1], 1, 10000, (3,)), Row(names[4], 4, 5000, (4,))],
    }
    doc.sheets = [Sheet(1, names[1], 1, 10000), Sheet(2, names[2], 2, None), Sheet(3, names[3], 3, None),
                  Sheet(4, names[4], 4, 5000)]
    for year, rows in doc.years.items():
        doc.eplan[year] = {"listed": len(rows), "counted": len(rows),
                           "per_dim": [sum(1 for r in rows if r.dimension == d) for d in (1, 2, 3, 4)],
                           "rows": [(i, r.name, r.dimension) for i, r in enumerate(rows, start=1)]}
    return doc
