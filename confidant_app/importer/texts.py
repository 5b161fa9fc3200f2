"""Every problem the importer can report, as a stable ``Code`` with named parameters, and the
English sentence each one reads as.

A problem is a ``Text``: a code and its parameters (the file's line or row, a column letter, a
limit, a code from the file where it is safe to repeat, and for ``expected ...`` another ``Text``
saying what a value should look like). ``Text.english()`` is the sentence the command line prints;
those sentences are part of its contract (interfaces.md) and stay word for word.

The import dialog shows the same problem in the interface language: each English template below is
marked with ``QT_TRANSLATE_NOOP`` in the context ``ImportProblem``, so lupdate puts it in the
catalogues (``installer/build_forms.py`` reads this module), and ``ui/import_problems.py`` looks the
template up by its English text and fills in the same placeholders. ``Code`` is the one list of
codes: a test walks it and fails on a code without a Dutch sentence.

Parameters are ``str``, ``int``, ``Count`` (a number the English writes with thousands
separators: ``100,000``; the dialog uses the interface language's) or a nested ``Text``. They never
hold a note, an alias or other free text from the file: only names (a column header, a JSON key),
codes that look like codes, and numbers.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

CONTEXT = "ImportProblem"  # the translation context; lupdate needs it spelled out in each call


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation without importing Qt; the dialog translates it."""
    return text


class Code(StrEnum):
    """What is wrong, one code per sentence. The values are stable: the domain's rules
    (``domain.case.Rule``) share theirs, and logs or tests may name them."""

    # -- the file as a whole
    FILE_TYPE = "file_type"
    FILE_NO_EXTENSION = "file_no_extension"
    FILE_UNREADABLE = "file_unreadable"
    FILE_TOO_LARGE = "file_too_large"
    LINE_NOT_UTF8 = "line_not_utf8"
    ROW_NOT_UTF8 = "row_not_utf8"
    TOO_MANY_LINES = "too_many_lines"
    TOO_MANY_ROWS = "too_many_rows"
    SHEET_TOO_LONG = "sheet_too_long"
    NO_CASES_JSON = "no_cases_json"
    NO_CASES_TABLE = "no_cases_table"
    # -- JSON Lines
    JSON_INVALID = "json_invalid"
    JSON_UNREADABLE = "json_unreadable"
    JSON_TOO_DEEP = "json_too_deep"
    JSON_DEEPER_THAN_A_CASE = "json_deeper_than_a_case"
    JSON_KEY_TWICE = "json_key_twice"
    JSON_NOT_A_NUMBER = "json_not_a_number"
    JSON_NUMBER_TOO_LARGE = "json_number_too_large"
    JSON_NOT_AN_OBJECT = "json_not_an_object"
    UNKNOWN_KEY = "unknown_key"
    # -- CSV
    CSV_UNREADABLE_ROW = "csv_unreadable_row"
    # -- the header row of a spreadsheet
    EMPTY_FILE = "empty_file"
    FIRST_ROW_EMPTY = "first_row_empty"
    HEADER_CELL = "header_cell"
    UNKNOWN_COLUMN = "unknown_column"
    COLUMN_TWICE = "column_twice"
    COLUMN_MISSING = "column_missing"
    VALUE_WITHOUT_COLUMN = "value_without_column"
    # -- the workbook (.xlsx)
    NOT_A_WORKBOOK = "not_a_workbook"
    WORKBOOK_UNREADABLE = "workbook_unreadable"
    WORKBOOK_NO_TABLE = "workbook_no_table"
    WORKBOOK_TOO_MANY_PARTS = "workbook_too_many_parts"
    WORKBOOK_MACROS = "workbook_macros"
    WORKBOOK_LINKS = "workbook_links"
    WORKBOOK_ZIP_BOMB = "workbook_zip_bomb"
    WORKBOOK_TOO_LARGE = "workbook_too_large"
    # -- one cell or value
    CELL_FORMULA = "cell_formula"
    CELL_EXCEL_ERROR = "cell_excel_error"
    EXPECTED = "expected"
    NO_SUCH_DAY = "no_such_day"
    CELL_DATE_AND_TIME = "cell_date_and_time"
    CELL_TIME = "cell_time"
    CELL_TRUE_FALSE = "cell_true_false"
    CELL_NUMBER_NOT_DATE = "cell_number_not_date"
    CELL_NO_NUMBER = "cell_no_number"
    CELL_EXCEL_DATE = "cell_excel_date"
    CONVERSATION_PARTS = "conversation_parts"
    CHANNEL_MISSING = "channel_missing"
    MISSING = "missing"
    EMPTY = "empty"
    UNKNOWN_KEY_IN_CONVERSATION = "unknown_key_in_conversation"
    UNKNOWN_KEY_HERE = "unknown_key_here"
    NOT_A_KNOWN_CODE = "not_a_known_code"
    NUMBER_USED_ON_LINE = "number_used_on_line"
    NUMBER_USED_ON_ROW = "number_used_on_row"
    NUMBER_IN_VAULT = "number_in_vault"
    # -- pydantic's own checks, relayed in pydantic's words (the command line always printed them)
    LIST_TOO_LONG = "list_too_long"
    TEXT_TOO_LONG = "text_too_long"
    TEXT_NOT_UNICODE = "text_not_unicode"
    AT_MOST = "at_most"
    AT_LEAST = "at_least"
    # -- the domain's rules (domain.case.Rule: the same values)
    DATE_WITH_TIME = "date_with_time"
    DATE_SHAPE = "date_shape"
    DATE_NO_SUCH_DAY = "date_no_such_day"
    DATE_TOO_EARLY = "date_too_early"
    DATE_IN_FUTURE = "date_in_future"
    UNKNOWN_CODE = "unknown_code"
    CODE_TWICE = "code_twice"
    CASE_NUMBER_SHAPE = "case_number_shape"
    CATEGORY_TWICE = "category_twice"
    UNKNOWN_CATEGORY = "unknown_category"
    CLOSED_BEFORE_OPENED = "closed_before_opened"
    CONVERSATION_BEFORE_OPENED = "conversation_before_opened"
    # -- how to fix it (the {fix} of a sentence above)
    SAVE_AS_UTF8 = "save_as_utf8"
    SAVE_AS_CSV_UTF8 = "save_as_csv_utf8"
    RESAVE_WORKBOOK = "resave_workbook"
    # -- what a value should look like (the {expected} of a sentence above)
    EXPECT_DATE_CELL = "expect_date_cell"
    EXPECT_DATE_JSON = "expect_date_json"
    EXPECT_CATEGORIES_CELL = "expect_categories_cell"
    EXPECT_CATEGORIES_JSON = "expect_categories_json"
    EXPECT_CODE_LIST_CELL = "expect_code_list_cell"
    EXPECT_CODE_LIST_JSON = "expect_code_list_json"
    EXPECT_ONE_CODE = "expect_one_code"
    EXPECT_FLAG_CELL = "expect_flag_cell"
    EXPECT_FLAG_JSON = "expect_flag_json"
    EXPECT_CONVERSATIONS_CELL = "expect_conversations_cell"
    EXPECT_CONVERSATIONS_JSON = "expect_conversations_json"
    EXPECT_CONVERSATION_CELL = "expect_conversation_cell"
    EXPECT_CONVERSATION_JSON = "expect_conversation_json"
    EXPECT_MINUTES = "expect_minutes"
    EXPECT_CASE_NUMBER = "expect_case_number"
    EXPECT_ALIAS = "expect_alias"
    EXPECT_NOTES = "expect_notes"
    EXPECT_COLUMN_NAME = "expect_column_name"
    EXPECT_ANY = "expect_any"
    # -- anything else: a sentence from elsewhere (a library, a caller), shown as it is, in English
    OTHER = "other"


ENGLISH: dict[Code, str] = {
    Code.FILE_TYPE: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "cannot import a {suffix} file; expected a .jsonl, .csv or .xlsx file"),
    Code.FILE_NO_EXTENSION: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "cannot import a file without an extension; expected a .jsonl, .csv or .xlsx file"),
    Code.FILE_UNREADABLE: QT_TRANSLATE_NOOP("ImportProblem", "cannot read the file ({reason})"),
    Code.FILE_TOO_LARGE: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "the file is larger than {megabytes} MB; a case register is far smaller, so this is "
        "probably the wrong file (or split it into parts)"),
    Code.LINE_NOT_UTF8: QT_TRANSLATE_NOOP("ImportProblem", "this line is not UTF-8 text; {fix}"),
    Code.ROW_NOT_UTF8: QT_TRANSLATE_NOOP("ImportProblem", "this row is not UTF-8 text; {fix}"),
    Code.TOO_MANY_LINES: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "more than {limit} cases; split the file into smaller files and import them one by one"),
    Code.TOO_MANY_ROWS: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "more than {limit} cases; split the register into smaller files and import them one by "
        "one"),
    Code.SHEET_TOO_LONG: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "more than {limit} rows, more than a spreadsheet can hold; this is not a case register"),
    Code.NO_CASES_JSON: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "no cases found; expected one JSON object per line, each describing a case"),
    Code.NO_CASES_TABLE: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "no cases found; expected a header row with the column names, then one case per row"),
    Code.JSON_INVALID: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "not valid JSON ({reason} at column {column}); expected one object per line, like "
        "{example}"),
    Code.JSON_UNREADABLE: QT_TRANSLATE_NOOP("ImportProblem", "not valid JSON"),
    Code.JSON_TOO_DEEP: QT_TRANSLATE_NOOP("ImportProblem", "the JSON is nested far too deeply"),
    Code.JSON_DEEPER_THAN_A_CASE: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "the JSON is nested more deeply than a case can be"),
    Code.JSON_KEY_TWICE: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "the key {key} appears twice in one object"),
    Code.JSON_NOT_A_NUMBER: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{name} is not a number JSON allows; write a plain number"),
    Code.JSON_NUMBER_TOO_LARGE: QT_TRANSLATE_NOOP("ImportProblem", "a number is too large"),
    Code.JSON_NOT_AN_OBJECT: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "expected a JSON object describing one case, like {example}"),
    Code.UNKNOWN_KEY: QT_TRANSLATE_NOOP("ImportProblem", "unknown key {key}; the keys are: {keys}"),
    Code.CSV_UNREADABLE_ROW: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "this row cannot be read as CSV ({reason}); {fix}"),
    Code.EMPTY_FILE: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "the file is empty; expected a header row with the column names ({keys}), then one "
        "case per row"),
    Code.FIRST_ROW_EMPTY: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "the first row is empty; expected the column names ({keys})"),
    Code.HEADER_CELL: QT_TRANSLATE_NOOP("ImportProblem", "column {column}: {reason}"),
    Code.UNKNOWN_COLUMN: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "unknown column {name} in column {column}; the column names are: {keys}"),
    Code.COLUMN_TWICE: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "the column appears twice (columns {first} and {second})"),
    Code.COLUMN_MISSING: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "this required column is missing from the header row"),
    Code.VALUE_WITHOUT_COLUMN: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "column {column} holds a value but has no known column name in row 1"),
    Code.NOT_A_WORKBOOK: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "not an Excel workbook (.xlsx); an old .xls file or a password-protected workbook "
        "cannot be read: in Excel, use Save As 'Excel Workbook (*.xlsx)' without a password"),
    Code.WORKBOOK_UNREADABLE: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "not a readable Excel workbook; open it in Excel and save it again as 'Excel Workbook "
        "(*.xlsx)'"),
    Code.WORKBOOK_NO_TABLE: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "the first sheet holds no table; put the register on the first sheet"),
    Code.WORKBOOK_TOO_MANY_PARTS: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "the workbook has more than {limit} parts; {fix}"),
    Code.WORKBOOK_MACROS: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "the workbook contains macros; save it as 'Excel Workbook (*.xlsx)', which leaves them "
        "out"),
    Code.WORKBOOK_LINKS: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "the workbook links to other workbooks; {fix}"),
    Code.WORKBOOK_ZIP_BOMB: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "the workbook is packed suspiciously tightly (a 'zip bomb'?); {fix}"),
    Code.WORKBOOK_TOO_LARGE: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "the workbook unpacks to more than {megabytes} MB, far more than a case register "
        "needs; {fix}"),
    Code.CELL_FORMULA: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "the cell holds a formula; type the value itself (or copy the column and use Paste "
        "Special > Values)"),
    Code.CELL_EXCEL_ERROR: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "the cell shows an Excel error (such as #N/A or #VALUE!); type the value"),
    Code.EXPECTED: QT_TRANSLATE_NOOP("ImportProblem", "expected {expected}"),
    Code.NO_SUCH_DAY: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "no such day in the calendar; expected {expected}"),
    Code.CELL_DATE_AND_TIME: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "the cell holds a time of day as well; expected {expected}"),
    Code.CELL_TIME: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "the cell holds a time, not a date; expected {expected}"),
    Code.CELL_TRUE_FALSE: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "the cell holds TRUE/FALSE; expected {expected}"),
    Code.CELL_NUMBER_NOT_DATE: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "the cell holds a number, not a date; format the cell as a date or type {expected}"),
    Code.CELL_NO_NUMBER: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "the cell holds no usable number; expected {expected}"),
    Code.CELL_EXCEL_DATE: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "Excel stored this cell as a date or time; format the column as Text and type the "
        "value again; expected {expected}"),
    Code.CONVERSATION_PARTS: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "expected date/channel/minutes, like 2025-03-04/F/45 (conversations are separated by ';')"),
    Code.CHANNEL_MISSING: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "the channel is missing; expected a code such as F (face to face)"),
    Code.MISSING: QT_TRANSLATE_NOOP("ImportProblem", "missing; expected {expected}"),
    Code.EMPTY: QT_TRANSLATE_NOOP("ImportProblem", "empty; expected {expected}"),
    Code.UNKNOWN_KEY_IN_CONVERSATION: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "unknown key; a conversation has only the keys {keys}"),
    Code.UNKNOWN_KEY_HERE: QT_TRANSLATE_NOOP("ImportProblem", "unknown key; the keys are: {keys}"),
    Code.NOT_A_KNOWN_CODE: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "not a known code; expected {expected}"),
    Code.NUMBER_USED_ON_LINE: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{number} is already used on line {line}; each case needs its own number"),
    Code.NUMBER_USED_ON_ROW: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{number} is already used on row {line}; each case needs its own number"),
    Code.NUMBER_IN_VAULT: QT_TRANSLATE_NOOP("ImportProblem", "{number} is already in the vault"),
    Code.LIST_TOO_LONG: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "List should have at most {max_length} items after validation, not {actual_length}"),
    Code.TEXT_TOO_LONG: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "String should have at most {max_length} characters"),
    Code.TEXT_NOT_UNICODE: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "Input should be a valid string, unable to parse raw data as a unicode string"),
    Code.AT_MOST: QT_TRANSLATE_NOOP("ImportProblem", "Input should be less than or equal to {le}"),
    Code.AT_LEAST: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "Input should be greater than or equal to {ge}"),
    Code.DATE_WITH_TIME: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "expected a date without a time of day"),
    Code.DATE_SHAPE: QT_TRANSLATE_NOOP("ImportProblem", "expected a date like 2025-03-04"),
    Code.DATE_NO_SUCH_DAY: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "expected a date like 2025-03-04 (no such day)"),
    Code.DATE_TOO_EARLY: QT_TRANSLATE_NOOP("ImportProblem", "date lies before {date}"),
    Code.DATE_IN_FUTURE: QT_TRANSLATE_NOOP("ImportProblem", "date lies in the future"),
    Code.UNKNOWN_CODE: QT_TRANSLATE_NOOP("ImportProblem", "unknown code {code}; valid: {codes}"),
    Code.CODE_TWICE: QT_TRANSLATE_NOOP("ImportProblem", "{code} is listed twice"),
    Code.CASE_NUMBER_SHAPE: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "expected a case number like 2025-0042 (at most 32 letters, digits and . _ / -, "
        "starting with a letter or digit)"),
    Code.CATEGORY_TWICE: QT_TRANSLATE_NOOP("ImportProblem", "category {code} is listed twice"),
    Code.UNKNOWN_CATEGORY: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "unknown category code {code} in taxonomy {taxonomy}"),
    Code.CLOSED_BEFORE_OPENED: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "the closing date lies before the opening date"),
    Code.CONVERSATION_BEFORE_OPENED: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "conversation {number} lies before the opening date"),
    Code.SAVE_AS_UTF8: QT_TRANSLATE_NOOP("ImportProblem", "save the file with UTF-8 encoding"),
    Code.SAVE_AS_CSV_UTF8: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "in Excel, use Save As and choose 'CSV UTF-8 (Comma delimited) (*.csv)'"),
    Code.RESAVE_WORKBOOK: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "copy the register into a new, empty workbook (paste values only) and save that"),
    Code.EXPECT_DATE_CELL: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "a date like 2025-03-04 or 04-03-2025"),
    Code.EXPECT_DATE_JSON: QT_TRANSLATE_NOOP("ImportProblem", 'a date string like "2025-03-04"'),
    Code.EXPECT_CATEGORIES_CELL: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "category codes separated by ';', like AC.ARB;OG.PES (the first is the main one)"),
    Code.EXPECT_CATEGORIES_JSON: QT_TRANSLATE_NOOP(
        "ImportProblem",
        'a list of category codes like ["AC.ARB", "OG.PES"], the first is the main one'),
    Code.EXPECT_CODE_LIST_CELL: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "codes separated by ';', from: {codes}"),
    Code.EXPECT_CODE_LIST_JSON: QT_TRANSLATE_NOOP(
        "ImportProblem",
        'a list of codes like ["{example}"], from: {codes}'),
    Code.EXPECT_ONE_CODE: QT_TRANSLATE_NOOP("ImportProblem", "one of the codes {codes}"),
    Code.EXPECT_FLAG_CELL: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "ja or nee (also yes/no, 1/0, true/false), or an empty cell"),
    Code.EXPECT_FLAG_JSON: QT_TRANSLATE_NOOP("ImportProblem", "true or false"),
    Code.EXPECT_CONVERSATIONS_CELL: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "conversations separated by ';', each as date/channel/minutes, like "
        "2025-03-04/F/45;2025-03-11/T/20"),
    Code.EXPECT_CONVERSATIONS_JSON: QT_TRANSLATE_NOOP("ImportProblem", "a list like {example}"),
    Code.EXPECT_CONVERSATION_CELL: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "date/channel/minutes, like 2025-03-04/F/45"),
    Code.EXPECT_CONVERSATION_JSON: QT_TRANSLATE_NOOP("ImportProblem", "an object like {example}"),
    Code.EXPECT_MINUTES: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "a whole number of minutes from 0 to {max}"),
    Code.EXPECT_CASE_NUMBER: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "a case number like 2025-0042 (at most 32 letters, digits and . _ / -, starting with a "
        "letter or digit)"),
    Code.EXPECT_ALIAS: QT_TRANSLATE_NOOP(
        "ImportProblem",
        "a short text of at most {max} characters (never a real name)"),
    Code.EXPECT_NOTES: QT_TRANSLATE_NOOP("ImportProblem", "text of at most {max} characters"),
    Code.EXPECT_COLUMN_NAME: QT_TRANSLATE_NOOP("ImportProblem", "a column name"),
    Code.EXPECT_ANY: QT_TRANSLATE_NOOP("ImportProblem", "a value of the import format"),
    Code.OTHER: "{text}",  # not marked: the text is shown as it came
}


class Count(int):
    """A number the English sentence writes with thousands separators (``100,000``)."""

    def __format__(self, spec: str) -> str:
        return format(int(self), spec or ",")


@dataclass(frozen=True)
class Text:
    """A sentence as a code and its named parameters; ``english()`` writes it."""

    code: Code
    params: Mapping[str, str | int | Text] = field(default_factory=dict)

    def english(self) -> str:
        values = {name: value.english() if isinstance(value, Text) else value
                  for name, value in self.params.items()}
        return ENGLISH[self.code].format(**values)

    def __str__(self) -> str:
        return self.english()

    def __hash__(self) -> int:  # a problem stays hashable, as it was with a plain message
        return hash((self.code, tuple(sorted(self.params.items()))))


def say(code: Code, **params: str | int | Text) -> Text:
    """``say(Code.COLUMN_TWICE, first="B", second="C")``."""
    return Text(code, params)


def other(text: str) -> Text:
    """A sentence without a code of its own (from a library or a caller): kept as it is."""
    return Text(Code.OTHER, {"text": text})
