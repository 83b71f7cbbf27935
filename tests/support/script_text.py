"""The smallest valid conversation script, as TOML text: tests change one line of it to check one rule."""

TINY_SCRIPT = '''
id = "tiny"
version = 1
title = "A tiny script"
summary = "A short script for the tests."
helps_when = "Whenever a test needs one."
not_for = "Real couples, it is far too short."
practices = ["communication"]
minutes = 10

[[steps]]
for = "both"
text = "Hello."
'''

# with one round of turns, the shape most scripts have
TINY_SCRIPT_WITH_ROUNDS = TINY_SCRIPT + '''
[[rounds]]
repeat = 2

[[rounds.steps]]
for = "speaker"
text = "Say something."
timer_seconds = 60

[[rounds.steps]]
for = "listener"
text = "Sum it up."
'''
