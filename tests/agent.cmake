# Tests of the agent module.
enclave_add_test(NAME tst_agentsimulator SOURCES agent/tst_agentsimulator.cpp agent/agenttestsupport.h LABEL agent)
enclave_add_test(NAME tst_agentunits SOURCES agent/tst_agentunits.cpp LABEL agent)
# Pure core units: also part of the sanitizer run (label core).
set_tests_properties(tst_agentunits PROPERTIES LABELS "agent;core")
enclave_add_test(NAME tst_nitroclibackend SOURCES agent/tst_nitroclibackend.cpp agent/agenttestsupport.h LABEL agent)
enclave_add_test(NAME tst_agentssh SOURCES agent/tst_agentssh.cpp agent/agenttestsupport.h LABEL agent)
# Attesting a running enclave through the agent (issue 16): verdicts, and fetches through the real
# agent and simulator against scripted enclave endpoints.
enclave_add_test(NAME tst_liveattestation SOURCES agent/tst_liveattestation.cpp agent/agenttestsupport.h LABEL agent)
