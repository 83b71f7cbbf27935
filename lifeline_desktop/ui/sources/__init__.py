"""Where these ideas come from."""
