# widgets/inspector: Opening one file: EIF and attestation views, hex view, field tree, PCR table, ramdisk contents.
target_sources(enclave_widgets PRIVATE
    inspector/inspectorfeature.cpp inspector/inspectorfeature.h
    inspector/attestationfields.cpp
    inspector/attestationview.cpp inspector/attestationview.h
    inspector/bufferbytesource.h
    inspector/bytesource.h
    inspector/certificatechainmodel.cpp inspector/certificatechainmodel.h
    inspector/documentview.cpp inspector/documentview.h
    inspector/eiffields.cpp
    inspector/eifview.cpp inspector/eifview.h
    inspector/expectedpcrs.cpp inspector/expectedpcrs.h
    inspector/expectedpcrsdialog.cpp inspector/expectedpcrsdialog.h
    inspector/fieldadapters.h
    inspector/fielditem.cpp inspector/fielditem.h
    inspector/fieldtreemodel.cpp inspector/fieldtreemodel.h
    inspector/filebytesource.cpp inspector/filebytesource.h
    inspector/hexview.cpp inspector/hexview.h
    inspector/pcrjob.cpp inspector/pcrjob.h
    inspector/pcrtablemodel.cpp inspector/pcrtablemodel.h
    inspector/ramdiskcontentsmodel.cpp inspector/ramdiskcontentsmodel.h
    inspector/ramdiskcontentsview.cpp inspector/ramdiskcontentsview.h
    inspector/spanselection.cpp inspector/spanselection.h
    inspector/verificationchecksmodel.cpp inspector/verificationchecksmodel.h
)
