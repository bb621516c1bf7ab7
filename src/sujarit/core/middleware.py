"""Thai first: the interface is Thai unless the user picked another language with the switcher.

Django's LocaleMiddleware would follow the browser's Accept-Language, which on most office PCs in Thailand
says English; officers expect Thai. The language cookie set by the switcher still wins.
"""
from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils import translation


class ThaiFirstLocaleMiddleware(LocaleMiddleware):
    def process_request(self, request):
        code = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        if code not in dict(settings.LANGUAGES):
            code = settings.LANGUAGE_CODE
        translation.activate(code)
        request.LANGUAGE_CODE = translation.get_language()
