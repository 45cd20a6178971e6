"""Department announcements shown on chosen unit sites."""
