"""The toolkit's one exceptions module: library code raises these, the CLI explains them."""


class PartnergraphError(Exception):
    """Base of every error the toolkit raises on purpose."""


class RefusedFile(PartnergraphError):
    """A file that cannot be read; `reason` is a short code, the message a one-line explanation."""

    def __init__(self, reason: str, message: str):
        super().__init__(message)
        self.reason = reason


class UnsupportedType(RefusedFile):
    def __init__(self, message: str):
        super().__init__("unsupported", message)


class TimedOut(PartnergraphError):
    """A document took longer than its time limit (raised from the alarm, wherever the work was)."""


class StoreError(PartnergraphError):
    """The database cannot be opened or written."""


class NotFound(PartnergraphError):
    """A name or document the user asked for is not in the database."""

    def __init__(self, message: str, suggestions: list[str] | None = None):
        super().__init__(message)
        self.suggestions = suggestions or []
