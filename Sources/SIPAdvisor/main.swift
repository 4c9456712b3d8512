import SIPAdvisorCommands

SIPAdvisorCommand.main()
