"""One stage per module. Each consumes one state and returns an Outcome."""
