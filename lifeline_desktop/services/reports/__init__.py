"""Documents made from several features at once: the counsellor report (and later keepsakes and exports)."""
