"""The archive's closed vocabularies, shared by models, ingest and search.

Pure values (no Django): ingest produces them, the models store them, search filters
on them, so each is written once.
"""


class Precision:
    """How much of a date the text gives (stored on Article and Meeting)."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    DAY_NO_YEAR = "day_no_year"
    UNKNOWN = "unknown"


class MeetingKind:
    """How an encounter took place."""

    IN_PERSON = "in_person"
    PHONE = "phone"
    VIDEO = "video"


class OfficeRole:
    """What an office is, whatever its printed title."""

    HEAD_OF_STATE = "head_of_state"
    HEAD_OF_GOVERNMENT = "head_of_government"
    DEPUTY_HEAD_OF_GOVERNMENT = "deputy_head_of_government"
    FOREIGN_MINISTER = "foreign_minister"
    MINISTER = "minister"
    OTHER = "other"
