# core/posture: Security posture report: inputs, checks, rendering. (paths relative to core/)
target_sources(enclave_core PRIVATE
    posture/postureassessor.h posture/postureassessor.cpp
    posture/postureinputs.h posture/postureinputs.cpp
    posture/posturereport.h posture/posturereport.cpp
)
