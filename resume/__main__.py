from resume.cli import main

main()
