# Sources of the agent module (paths relative to core/).
target_sources(enclave_core PRIVATE
    agent/agentclient.h agent/agentclient.cpp
    agent/agentbinaries.h agent/agentbinaries.cpp
    agent/agentendpoint.h agent/agentendpoint.cpp
    agent/agentinstaller.h agent/agentinstaller.cpp
    agent/eifpeek.h agent/eifpeek.cpp
    agent/enclavestore.h agent/enclavestore.cpp
    agent/fdchannel.h agent/fdchannel.cpp
    agent/keyvaluefile.h agent/keyvaluefile.cpp
    agent/linebuffer.h agent/linebuffer.cpp
    agent/nitroclioutput.h agent/nitroclioutput.cpp
    agent/processprobe.h agent/processprobe.cpp
    agent/agentprotocol.h
    agent/protocol.h
    agent/rpcerror.h
    agent/sockets.h agent/sockets.cpp
    agent/vsockforwarder.h agent/vsockforwarder.cpp
)
# Attesting running enclaves through the agent (issue 16).
target_sources(enclave_core PRIVATE
    agent/liveattestation.h agent/liveattestation.cpp
    agent/liveattestationfetcher.h agent/liveattestationfetcher.cpp
    agent/simulatedattestationservice.h agent/simulatedattestationservice.cpp
)
