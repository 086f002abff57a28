# Tests of the agent module.
enclave_add_test(NAME tst_agentsimulator SOURCES agent/tst_agentsimulator.cpp agent/agenttestsupport.h LABEL agent)
