"""The backups section (its screen is ui/backups_screen.py)."""
