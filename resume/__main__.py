from resume.cli.app import main

main()
