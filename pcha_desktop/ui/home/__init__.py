"""The home section (its screen is ui/home_screen.py)."""
