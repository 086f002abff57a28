# Sources of the agent module (paths relative to core/).
target_sources(enclave_core PRIVATE
    agent/agentclient.h agent/agentclient.cpp
    agent/agentendpoint.h agent/agentendpoint.cpp
    agent/agentrunner.h agent/agentrunner.cpp
    agent/agentsession.h agent/agentsession.cpp
    agent/consolecapture.h agent/consolecapture.cpp
    agent/consolelog.h agent/consolelog.cpp
    agent/eifpeek.h agent/eifpeek.cpp
    agent/eifupload.h agent/eifupload.cpp
    agent/enclavebackend.h
    agent/enclavestore.h agent/enclavestore.cpp
    agent/fdchannel.h agent/fdchannel.cpp
    agent/keyvaluefile.h agent/keyvaluefile.cpp
    agent/linebuffer.h agent/linebuffer.cpp
    agent/nitroclibackend.h agent/nitroclibackend.cpp
    agent/nitroclioutput.h agent/nitroclioutput.cpp
    agent/nitrocliprocess.h agent/nitrocliprocess.cpp
    agent/paramreader.h agent/paramreader.cpp
    agent/processprobe.h agent/processprobe.cpp
    agent/agentprotocol.h
    agent/protocol.h
    agent/rpcerror.h
    agent/simulatedenclave.h agent/simulatedenclave.cpp
    agent/simulatorbackend.h agent/simulatorbackend.cpp
    agent/sockets.h agent/sockets.cpp
    agent/vsockforwarder.h agent/vsockforwarder.cpp
)
# Attesting running enclaves through the agent (issue 16).
target_sources(enclave_core PRIVATE
    agent/liveattestation.h agent/liveattestation.cpp
    agent/liveattestationfetcher.h agent/liveattestationfetcher.cpp
    agent/simulatedattestationservice.h agent/simulatedattestationservice.cpp
)
