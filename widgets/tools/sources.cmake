# widgets/tools: Tools menu pages: KMS key policy, Sign EIF, signing certificate, posture report,
# and the pieces they share (error banner, path field, job runner, result panel, file saver).
target_sources(enclave_widgets PRIVATE
    tools/errorbanner.cpp tools/errorbanner.h
    tools/kmsactions.cpp tools/kmsactions.h
    tools/kmspolicypage.cpp tools/kmspolicypage.h
    tools/pathfield.cpp tools/pathfield.h
    tools/posturereportpage.cpp tools/posturereportpage.h
    tools/signeifpage.cpp tools/signeifpage.h
    tools/signingcertificatepage.cpp tools/signingcertificatepage.h
    tools/toolfilesaver.cpp tools/toolfilesaver.h
    tools/tooljobrunner.cpp tools/tooljobrunner.h
    tools/toolresultpanel.cpp tools/toolresultpanel.h
)
