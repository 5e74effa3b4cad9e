"""Workbooks the app writes (openpyxl): plain data in, an .xlsx out. Every cell of user text goes through
``cells.write_cell``/``cells.append_row`` so it is stored as text, never run as a formula."""
