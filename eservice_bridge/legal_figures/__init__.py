"""The year's legal figures (amounts, fees, windows) as one record per school year."""
