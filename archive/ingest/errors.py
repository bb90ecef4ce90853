"""Why a file cannot become an article."""


class RejectedFile(Exception):
    """A file that is not an Arabic article; `str()` is the reason, in plain English."""
