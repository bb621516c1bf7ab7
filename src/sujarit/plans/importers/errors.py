"""The importer's refusals: a stable code with a Thai and an English sentence (no Django needed)."""


class DocumentError(Exception):
    def __init__(self, code: str, message_th: str, message_en: str):
        super().__init__(message_en)
        self.code = code
        self.message_th = message_th
        self.message_en = message_en
