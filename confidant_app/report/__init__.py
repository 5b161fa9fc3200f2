"""The yearly report as data (with disclosure control), and its text, JSON and XLSX renderings.
No Qt; openpyxl only when a workbook is written."""
