"""`resume match`: what a job posting asks for, and where the source already says it."""
