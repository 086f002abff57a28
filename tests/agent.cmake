# Tests of the agent module.
