# Sources of the kms module (paths relative to core/).
target_sources(enclave_core PRIVATE
    kms/iamrolearn.h kms/iamrolearn.cpp
    kms/kmsconditionkey.h kms/kmsconditionkey.cpp
    kms/kmspolicyoptions.h
    kms/kmspolicygenerator.h kms/kmspolicygenerator.cpp
    kms/kmspolicyjson.h kms/kmspolicyjson.cpp
    kms/kmspolicy.h kms/kmspolicy.cpp
    kms/kmspolicycheckresult.h
    kms/kmspolicychecker.h kms/kmspolicychecker.cpp
    kms/kmspolicylinter.h kms/kmspolicylinter.cpp
)
