"""The change history section (its screen is ui/history_screen.py)."""
