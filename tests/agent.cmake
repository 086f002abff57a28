# Tests of the agent module.
enclave_add_test(NAME tst_agentsimulator SOURCES agent/tst_agentsimulator.cpp agent/agenttestsupport.h LABEL agent)
enclave_add_test(NAME tst_agentunits SOURCES agent/tst_agentunits.cpp LABEL agent)
# Pure core units: also part of the sanitizer run (label core).
set_tests_properties(tst_agentunits PROPERTIES LABELS "agent;core")
enclave_add_test(NAME tst_nitroclibackend SOURCES agent/tst_nitroclibackend.cpp agent/agenttestsupport.h LABEL agent)
enclave_add_test(NAME tst_agentssh SOURCES agent/tst_agentssh.cpp agent/agenttestsupport.h agent/loopbacksshd.h LABEL agent)
enclave_add_test(NAME tst_nitroclisim SOURCES agent/tst_nitroclisim.cpp agent/agenttestsupport.h LABEL agent)

# The static agent (app/enclave-agent): its core units, its stdio framing and validation, and
# the empty-root run of both architectures.
enclave_add_test(NAME tst_agentcore SOURCES agent/tst_agentcore.cpp LABEL agent LIBS enclave_agent_core)
enclave_add_test(NAME tst_agentstdio SOURCES agent/tst_agentstdio.cpp agent/agenttestsupport.h LABEL agent)
enclave_add_test(NAME tst_agentchroot SOURCES agent/tst_agentchroot.cpp agent/agenttestsupport.h LABEL agent)
target_compile_definitions(tst_agentchroot PRIVATE
    ENCLAVE_AGENT_AARCH64_PATH="${CMAKE_BINARY_DIR}/lib/enclave-studio/agent/linux-aarch64/enclave-agent")
if(TARGET enclave-agent-aarch64)
    add_dependencies(tst_agentchroot enclave-agent-aarch64)
endif()
# Attesting a running enclave through the agent (issue 16): verdicts, and fetches through the real
# agent and simulator against scripted enclave endpoints.
enclave_add_test(NAME tst_liveattestation SOURCES agent/tst_liveattestation.cpp agent/agenttestsupport.h LABEL agent)
# The agent soak (issue 13): 8 concurrent real agent sessions against one nitro-cli-sim state
# directory, locally and through a real sshd with one session's ssh killed. About 25 s per variant
# (ENCLAVE_SOAK_SECONDS runs it longer).
enclave_add_test(NAME tst_agentsoak SOURCES agent/tst_agentsoak.cpp agent/agenttestsupport.h
    agent/loopbacksshd.h LABEL agent TIMEOUT 900)
