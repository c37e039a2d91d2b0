"""`python -m quizgen`."""

from .cli import main

main()
