"""Where these ideas come from: the research our scripts' structures follow, credited in our words."""
