"""Tambon committees (พชต.) and the district team's visits to them: the section's screens and the home alert."""
