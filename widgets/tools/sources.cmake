# widgets/tools: Tools menu pages: KMS key policy, Sign EIF, signing certificate, posture report.
target_sources(enclave_widgets PRIVATE
    tools/kmsactions.cpp tools/kmsactions.h
    tools/kmspolicypage.cpp tools/kmspolicypage.h
    tools/posturereportpage.cpp tools/posturereportpage.h
    tools/signeifpage.cpp tools/signeifpage.h
    tools/signingcertificatepage.cpp tools/signingcertificatepage.h
)
