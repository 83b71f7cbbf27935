"""Check-ins: both partners score the round, sealed until both answered; the agenda; the trends chart."""
