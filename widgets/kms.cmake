# KMS pages (Tools menu): key policy, Sign EIF, signing certificate, posture report. Core does the work.
target_sources(enclave_widgets PRIVATE
    kmsactions.cpp kmsactions.h
    kmspolicypage.cpp kmspolicypage.h
    posturereportpage.cpp posturereportpage.h
    signeifpage.cpp signeifpage.h
    signingcertificatepage.cpp signingcertificatepage.h
)
