"""The issue's spelling of the command: `import-plan` is `import_plan`."""
from .import_plan import Command  # noqa: F401
